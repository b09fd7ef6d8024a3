// The words of a text that lexical matching compares: runs of kanji, runs of katakana, ASCII words,
// the words Intl.Segmenter finds inside long runs, hiragana content words, and the base forms of
// verbs the synonym dictionary knows (直し → 直す). Every term keeps the words as written, so
// that a reason quotes whole words, never a fragment.
import { canonical, foldCanonical, isKanji, isKatakana } from '../util/normalize.js';
import { baseForms, isHiragana, isHiraganaOnly } from './inflection.js';
import { words } from './segmenter.js';
import type { SynonymTable } from './synonyms.js';
import { STOP_EN, STOP_JA, STOP_KANJI } from './vocabulary.js';
import { LENGTH_SAYS, MIXED_LETTER_SAYS, SINGLE_KANJI_SAYS, VERB_SAYS } from './weights.js';

/**
 * How a term meets a helper's text: `inside` (a kanji term found inside a longer compound:
 * 太鼓 in 和太鼓教室) or `whole` (katakana, hiragana and ASCII words match whole words only:
 * パン is not in パンフレット).
 */
export type TermMatch = 'inside' | 'whole';

export interface Term {
  /** The folded form compared (kana folded to hiragana, lower case). */
  key: string;
  /** The words as the record writes them (NFKC), for reasons. */
  surface: string;
  match: TermMatch;
  /** The run (compound) this term is, or is a part of: a compound and its parts count once. */
  root: number;
  /** A part of a longer run (「太鼓」 in 「和太鼓」), not the run itself. */
  part: boolean;
  /** How much the word says by itself, 0–1 (see `specificity`). */
  specificity: number;
  /** Where it starts in the text (after NFKC). */
  start: number;
}

type Script = 'kanji' | 'katakana' | 'ascii' | 'other';

function scriptOf(code: number): Script {
  if (isKanji(code)) return 'kanji';
  // ・ (U+30FB) separates words; ー and the katakana block belong to a katakana word
  if (isKatakana(code) && code !== 0x30fb) return 'katakana';
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) return 'ascii';
  return 'other';
}

/** A light English stem: plural and common verb endings, so "photos" meets "photo". */
export function stemEnglish(word: string): string {
  let stem = word;
  if (stem.length > 4 && stem.endsWith('ies')) stem = `${stem.slice(0, -3)}y`;
  else if (stem.length > 5 && stem.endsWith('ing')) stem = stem.slice(0, -3);
  else if (stem.length > 4 && stem.endsWith('ed')) stem = stem.slice(0, -2);
  else if (stem.length > 3 && stem.endsWith('s') && !stem.endsWith('ss')) stem = stem.slice(0, -1);
  // "guide", "guides" and "guided" meet at "guid"
  return stem.length > 3 && stem.endsWith('e') ? stem.slice(0, -1) : stem;
}

/** Kana that end a verb stem inside a noun compound (not particles, not い, く, う). */
const OKURIGANA = new Set('りきしちみひびえけせれげじ');

/**
 * How much a word says by its length, 0–1 (weights.ts, long(t)): a longer word is a rarer string
 * (和太鼓 against 作業, マイクロフォン against ネット).
 */
export function specificity(word: string, script: 'kanji' | 'kana' | 'ascii'): number {
  const byLength = LENGTH_SAYS[script];
  return byLength[Math.min(word.length, byLength.length - 1)]!;
}

/** Particles that follow a noun: が, を, の … */
const PARTICLES = new Set('がをのにはでともやへ');

/** Whether a text holds a kanji (then it is compared as a compound, inside longer ones). */
function hasKanji(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isKanji(text.charCodeAt(i))) return true;
  return false;
}

interface Run {
  start: number;
  end: number;
  script: Script;
}

/** The terms of a text, in order. `limit` bounds how much of a huge text is read. */
export function terms(text: string, synonyms: SynonymTable, limit = Number.POSITIVE_INFINITY): Term[] {
  const read = text.length > limit ? text.slice(0, limit) : text;
  const canon = canonical(read);
  const folded = foldCanonical(canon);
  // Reasons quote the words as written ("English", not "english"), where lower case kept the length.
  const nfkc = read.normalize('NFKC');
  const shown = nfkc.length === canon.length ? nfkc : canon;
  const out: Term[] = [];
  const runs: Run[] = [];
  // Okurigana between two kanji belongs to the compound: 登り窯, 焼き菓子, 書き初め.
  const at = (i: number) =>
    i > 0 && OKURIGANA.has(canon[i]!) && isKanji(canon.charCodeAt(i - 1)) && isKanji(canon.charCodeAt(i + 1))
      ? 'kanji'
      : scriptOf(canon.charCodeAt(i));
  for (let i = 0; i < canon.length; ) {
    const script = at(i);
    let j = i + 1;
    while (j < canon.length && at(j) === script) j++;
    if (script !== 'other') runs.push({ start: i, end: j, script });
    i = j;
  }
  // Compounds: adjacent runs of kanji and katakana (防霜ファン, 和太鼓教室); an ASCII word alone.
  const compounds: Run[][] = [];
  for (const run of runs) {
    const last = compounds.at(-1)?.at(-1);
    if (last && run.script !== 'ascii' && last.script !== 'ascii' && last.end === run.start)
      compounds.at(-1)!.push(run);
    else compounds.push([run]);
  }
  // The segmenter's words, to find words inside compounds and okurigana after them (手描|き).
  const segments = [...words(canon)].filter((seg) => seg.isWordLike);
  /** Where the word that covers each position ends (-1 between words). */
  const wordEnd = new Int32Array(canon.length).fill(-1);
  for (const seg of segments)
    wordEnd.fill(seg.index + seg.segment.length, seg.index, seg.index + seg.segment.length);
  /** The compound's text as written, with the okurigana the segmenter joins to its last kanji. */
  const written = (start: number, end: number) => {
    const stop = end < canon.length && end > 0 ? wordEnd[end]! : -1;
    const tail = stop >= 0 && stop === wordEnd[end - 1] ? canon.slice(end, stop) : '';
    return shown.slice(start, end) + (isHiraganaOnly(tail) ? tail : '');
  };
  const kana = (run: Run) => (run.script === 'ascii' ? 'ascii' : run.script === 'kanji' ? 'kanji' : 'kana');
  compounds.forEach((compound, root) => {
    const start = compound[0]!.start;
    const end = compound.at(-1)!.end;
    const surface = shown.slice(start, end);
    const first = compound[0]!;
    if (first.script === 'ascii') {
      if (surface.length < 2 || STOP_EN.has(canon.slice(start, end)) || /^[0-9]+$/.test(surface)) return;
      const key = stemEnglish(canon.slice(start, end));
      if (STOP_EN.has(key)) return;
      out.push({
        key,
        surface,
        match: 'whole',
        root,
        part: false,
        specificity: specificity(key, 'ascii'),
        start,
      });
      return;
    }
    const inside: TermMatch = hasKanji(surface) ? 'inside' : 'whole';
    // A single kanji inside a word says too little (語, 化, 機); standing alone as a word it is a
    // noun (牛の往診, 窯を直したい), compared whole only: 牛 does not meet 牛乳, nor 米 米国.
    if (
      surface.length === 1 &&
      first.script === 'kanji' &&
      wordEnd[start] === end &&
      !STOP_KANJI.has(surface) &&
      // followed by a particle or nothing: a noun, not a verb's stem (歩いて)
      (end === canon.length || !isHiragana(canon[end]!) || PARTICLES.has(canon[end]!))
    )
      out.push({
        key: folded.slice(start, end),
        surface,
        match: 'whole',
        root,
        part: false,
        specificity: SINGLE_KANJI_SAYS,
        start,
      });
    if (surface.length >= 2) {
      const score =
        compound.length > 1
          ? Math.min(1, MIXED_LETTER_SAYS * surface.length)
          : specificity(surface, kana(first));
      out.push({
        key: folded.slice(start, end),
        surface: written(start, end),
        match: inside,
        root,
        part: false,
        specificity: score,
        start,
      });
    }
    const parts: Array<[number, number, Run]> = [];
    if (compound.length > 1) for (const run of compound) parts.push([run.start, run.end, run]);
    for (const seg of segments) {
      const s0 = seg.index;
      const s1 = s0 + seg.segment.length;
      const run = compound.find((r) => r.start <= s0 && s1 <= r.end);
      if (!run || (run.start === s0 && run.end === s1)) continue;
      // A katakana piece must leave a word of two or more beside it (マイク is not in マイクラ).
      if (run.script === 'katakana' && (s0 - run.start === 1 || run.end - s1 === 1)) continue;
      parts.push([s0, s1, run]);
    }
    for (const [s0, s1, run] of parts) {
      if (s1 - s0 < 2) continue;
      out.push({
        key: folded.slice(s0, s1),
        surface: written(s0, s1),
        match: run.script === 'kanji' ? 'inside' : 'whole',
        root,
        part: true,
        specificity: specificity(canon.slice(s0, s1), kana(run)),
        start: s0,
      });
    }
  });
  // Hiragana content words and verbs, as the segmenter sees them.
  for (const seg of segments) {
    const word = seg.segment;
    const start = seg.index;
    if (runs.some((r) => r.script !== 'ascii' && r.start <= start && start + word.length <= r.end)) continue;
    if (isKanji(word.charCodeAt(0))) {
      // a verb or adjective: kanji then hiragana (直したい → 直し), compared by its base form
      // (直す) and quoted as written
      for (const base of baseForms(word, (base) => synonyms.has(base)))
        out.push({
          key: base,
          surface: shown.slice(start, start + word.length),
          match: 'whole',
          root: -1 - start,
          part: false,
          specificity: VERB_SAYS,
          start,
        });
      continue;
    }
    if (word.length >= 3 && [...word].every((ch) => isHiragana(ch) || ch === 'ー') && !STOP_JA.has(word))
      out.push({
        key: folded.slice(start, start + word.length),
        surface: word,
        match: 'whole',
        root: -1 - start,
        part: false,
        specificity: specificity(word, 'kana'),
        start,
      });
  }
  return out;
}
