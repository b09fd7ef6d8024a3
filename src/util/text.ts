// Small text helpers shared by messages and tables.
import { isKanji, isKatakana } from './normalize.js';
import { characters, textWidth } from './width.js';

/** Edit distance, for "did you mean" hints. */
export function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/** The candidate nearest to `word`, when it is near enough to be a likely typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const d = levenshtein(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  const limit = Math.max(2, Math.floor(word.length / 3));
  if (bestDistance <= limit) return best;
  // `github_user` for `github`: a known key with something added
  return candidates.find((c) => c.length >= 3 && word.toLowerCase().startsWith(c.toLowerCase()));
}

/**
 * Up to `n` candidates by closeness, for "similar ids". A candidate that no alignment shares a
 * letter with (`xyz` and `met`: as many edits as the longer has letters) is no typo of it, however
 * short; one with letters left out (`tg` for `tags`) or held whole (`cl` for `closed`) still is.
 */
export function nearest(word: string, candidates: Iterable<string>, n = 3): string[] {
  const near = (c: string, d: number) =>
    d <= Math.max(3, word.length / 2) && d < Math.max(word.length, c.length);
  // (what the word starts comes first: `cl` is closed before anything it is a few edits from)
  const starts = (c: string) => (c.startsWith(word) ? 0 : 1);
  return [...candidates]
    .map((c) => ({ c, d: levenshtein(word, c) }))
    .filter(({ c, d }) => near(c, d) || c.includes(word))
    .sort((a, b) => starts(a.c) - starts(b.c) || a.d - b.d || (a.c < b.c ? -1 : 1))
    .slice(0, n)
    .map(({ c }) => c);
}

/**
 * Display width in a terminal: East Asian wide and fullwidth characters and emoji take two
 * columns, combining marks and ANSI escapes none (string-width's measure, see width.ts).
 */
export function displayWidth(text: string): number {
  // (printable ASCII is one column a character, whatever the tables say)
  if (/^[\x20-\x7e]*$/.test(text)) return text.length;
  if (text.length > SHORT) return textWidth(text);
  let width = shortWidths.get(text);
  if (width === undefined) {
    if (shortWidths.size >= SHORT_KEPT) shortWidths.clear();
    width = textWidth(text);
    shortWidths.set(text, width);
  }
  return width;
}

// Wrapping and tables ask for the width of the same characters and short words again and again
// (every character of a help text, to know where a line may break): each is measured once.
const SHORT = 8;
const SHORT_KEPT = 10_000;
const shortWidths = new Map<string, number>();

/** Cut to at most `width` columns, marking the cut with an ellipsis. */
export function truncateWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const ch of characters(text)) {
    const w = displayWidth(ch);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return `${out}…`;
}

/**
 * The part of a line after `lead` (already `leadWidth` columns), cut with … to end the line within
 * `width` columns; never cut below `least` columns (a very narrow terminal wraps instead).
 */
export function fitTail(tail: string, leadWidth: number, width: number, least = 12): string {
  return truncateWidth(tail, Math.max(width - leadWidth, least));
}

export function padWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

// Japanese line breaking (kinsoku): these never begin a line, those never end one.
const NO_LINE_START = new Set([
  ...'、。，．,.)]）］｝〕〉》」』】〙〗・：；:;!?！？ー～…‥ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ々〻',
]);
const NO_LINE_END = new Set([...'([（［｛〔〈《「『【〘〖']);
/** A letter of a katakana word: the katakana block without the middle dot ・ that parts words. */
const isKatakanaWord = (ch: string) => ch !== '・' && isKatakana(ch.charCodeAt(0));
const isKanjiChar = (ch: string) => isKanji(ch.charCodeAt(0));
/** A kanji compound of up to this many characters (学生, 補助金, 事業計画) stays on one line. */
const KANJI_WORD = 4;

/** How many kanji a text ends with. */
function kanjiAtEnd(text: string): number {
  let n = 0;
  while (n < text.length && isKanjiChar(text[text.length - 1 - n]!)) n++;
  return n;
}
/** What follows a number as its unit (年, 円, 万 …): not parted from it. */
const COUNTERS = new Set([...'年月日時分秒円万千億件個人回歳']);

/** A character a line may break before or after: wide (CJK, kana, emoji) or a space. */
const isBreakable = (ch: string) => displayWidth(ch) === 2 || /^\s$/u.test(ch);

/**
 * Pieces of text that stay on one line: a run of narrow characters (a word, an id, a flag) or one
 * wide character, with the punctuation that may not start or end a line attached.
 */
function units(text: string): string[] {
  const out: string[] = [];
  let current = '';
  let narrow = false;
  for (const ch of characters(text)) {
    const space = /^\s$/u.test(ch);
    const glued =
      NO_LINE_START.has(ch) ||
      (current !== '' && NO_LINE_END.has(current.at(-1)!)) ||
      // 2026年11月20日, 3万円: a number and its units stay together
      (COUNTERS.has(ch) && /[0-9０-９]$/.test(current)) ||
      (/^[0-9０-９]$/.test(ch) && /[0-9０-９][年月日時万千億]$/.test(current)) ||
      // a katakana word (ボランティア) is read as one: broken only when it is wider than a line
      (isKatakanaWord(ch) && current !== '' && isKatakanaWord(current.at(-1)!)) ||
      // a short kanji compound too (a longer run breaks every KANJI_WORD characters)
      (isKanjiChar(ch) && kanjiAtEnd(current) % KANJI_WORD !== 0);
    if (space) {
      if (current) out.push(current);
      out.push(ch);
      current = '';
      narrow = false;
    } else {
      if (!glued && !(narrow && !isBreakable(ch))) {
        if (current) out.push(current);
        current = '';
      }
      current += ch;
      narrow = !isBreakable(ch);
    }
  }
  if (current) out.push(current);
  return out;
}

/**
 * Wraps text to lines of at most `width` columns, counted by display width: between words, between
 * Japanese characters (but not before 、。」 nor after 「, nor inside a katakana word or a kanji
 * compound of up to four characters), and inside a word only when the word alone is wider than a
 * line. Spaces at a break are dropped; existing line breaks are kept.
 */
export function wrapWidth(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    let used = 0;
    const flush = () => {
      lines.push(line.trimEnd());
      line = '';
      used = 0;
    };
    for (const unit of units(paragraph)) {
      const w = displayWidth(unit);
      if (/^\s$/u.test(unit)) {
        if (used > 0 && used + w <= width) {
          line += unit;
          used += w;
        }
        continue;
      }
      if (used + w <= width) {
        line += unit;
        used += w;
        continue;
      }
      if (used > 0) flush();
      if (w <= width) {
        line = unit;
        used = w;
        continue;
      }
      // A single piece wider than a line (a long URL): cut it at the width, and not before 、。）.
      for (const ch of characters(unit)) {
        const cw = displayWidth(ch);
        if (used + cw > width && used > 0) {
          const chars = characters(line);
          const carried = NO_LINE_START.has(ch) && chars.length > 1 ? chars.pop()! : '';
          line = chars.join('');
          flush();
          line = carried;
          used = displayWidth(carried);
        }
        line += ch;
        used += cw;
      }
    }
    flush();
  }
  return lines;
}

/**
 * A shell command folded to `width` columns with ` \` line continuations, before an option
 * (`--name`) where it can, so that it still runs when copied whole. Quoted words ("伊藤 学")
 * stay whole; a word wider than the line stands alone on its line.
 */
export function foldCommand(command: string, width: number, indent = '    '): string[] {
  const words = command.match(/(?:"[^"]*"|'[^']*'|\S)+/g) ?? [];
  const lines: string[][] = [[]];
  const lineWidth = (line: string[], first: boolean) =>
    displayWidth((first ? '' : indent) + line.join(' ')) + 2; // (room for the " \\")
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const line = lines.at(-1)!;
    const first = lines.length === 1;
    // An option starts a new line with its value when the two would not fit on this one.
    const unit =
      word.startsWith('--') && words[i + 1] && !words[i + 1]!.startsWith('--')
        ? [word, words[i + 1]!]
        : [word];
    if (line.length && lineWidth([...line, ...unit], first) > width) lines.push([]);
    lines.at(-1)!.push(...unit);
    i += unit.length - 1;
  }
  return lines.map((line, n) => (n ? indent : '') + line.join(' ') + (n < lines.length - 1 ? ' \\' : ''));
}
