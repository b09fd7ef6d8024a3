// Concept lookup: glossary terms found in text, and how a strength's concept relates to a need's.
import type { Glossary } from '../records/schemas.js';
import { getOrCreate } from '../util/collections.js';
import { canonical, foldCanonical, hasJapanese, isKanji, isKatakana, normalize } from '../util/normalize.js';
import type { ConceptRelation } from '../util/reason.js';
import { inflection, isHiragana } from './inflection.js';
import { wordStarts } from './segmenter.js';
import { BREADTH, GENERALITY, LEVEL, RELATION, TERM_GAP_MAX, USUAL_ONLY } from './weights.js';

export type Relation = ConceptRelation;

export interface ConceptHit {
  concept: string;
  /** Character offsets in the normalised text. */
  start: number;
  end: number;
  /** The stretches of text the hit covers, when read across a gap (ネット…販売): not the gap. */
  spans?: Array<[start: number, end: number]>;
}

export interface RelatedConcept {
  concept: string;
  relation: Relation;
  weight: number;
}

/** The glossary's family of places in Japan (regions.yaml). */
export const PLACES = 'japan-regions';

/**
 * Kanji that may stand just before a city, town or village's full name (福岡県|行橋市, 岐阜県|関市):
 * after any other kanji the name may be the end of a longer one (下関市 is not 関市, 京田辺市 not
 * 田辺市), and is read only where the words fall so (来月|関市).
 */
const BEFORE_MUNICIPALITY = new Set('県都府道郡');

/**
 * Particles after a verb's stem that make it a noun (届けが出ていない is a notice, not delivering):
 * not に (借りに行く) nor も (辞めもしない).
 */
const NOUN_PARTICLES = new Set('がをのはでとやへ');

/** Endings after a verb's stem that start as one of those particles do: 辞めやすい, 追われがち, 届けはじめる. */
const STEM_ENDINGS = /^(?:やす|がち(?!ゃ)|はじめ)/;

/** Hiragana after a kanji that are particles, not the ending of a verb's stem (手|が回らない). */
const NOT_OKURIGANA = new Set('がをのにはでともやへ');

/** Whether the text has a kanji just before `at`. */
function afterKanji(canon: string, at: number): boolean {
  return at > 0 && isKanji(canon.charCodeAt(at - 1));
}

/** Whether a kanji with its verb ending starts at `at` (立て, 直し), not a noun and a particle. */
function startsWithStem(canon: string, at: number): boolean {
  const next = canon[at + 1];
  return isKanji(canon.charCodeAt(at)) && next !== undefined && isHiragana(next) && !NOT_OKURIGANA.has(next);
}

/** In a term, `…` stands for a few characters of anything: 「ネット…販売」 also reads 「ネットで全国に販売」. */
const GAP_MARK = '…';

/** A glossary term made ready for lookup (the same for every concept that lists it). */
export interface CompiledTerm {
  text: string;
  /** The pieces of a gapped term after the first (the first is at the start of `text`). */
  rest: string[];
  /** ASCII terms must stand as whole words: "app" is not in "happy". */
  asciiStart: boolean;
  asciiEnd: boolean;
  /** A short katakana word (パン, ロゴ) must not be read inside a longer one (パンフレット). */
  shortKatakana: boolean;
  /**
   * The term starts in katakana (サイト, ゴミ): in hiragana that folds to the same letters it is
   * read only where a word starts (ごみ in 家のごみ), never inside another word (さいと in うるさいと).
   */
  katakana: boolean;
  /**
   * The term ends in katakana (ネイル, まつエク): it is never a verb, and a katakana word may follow
   * its katakana letters (まつエク|サロン), which in a term of hiragana are the start of that word.
   */
  katakanaEnd: boolean;
  /** The term ends in an English word written in capitals (SUP, AI, POS): it takes no ending. */
  acronym: boolean;
  /**
   * When the term ends in a verb or adjective, its last piece is the stem and this says which kana
   * may follow (`*`: any), so that 辞める also reads 辞めて and 辞めた, 来ない also 来なくて.
   */
  next?: string;
}

type Term = CompiledTerm & { concept: string };

/** A compiled term in a compact form for the build's JSON: [text, rest, flags, next]. */
export type PackedTerm = [text: string, rest: string[], flags: number, next?: string];

export function packTerm(t: CompiledTerm): PackedTerm {
  const flags =
    (t.asciiStart ? 1 : 0) |
    (t.asciiEnd ? 2 : 0) |
    (t.shortKatakana ? 4 : 0) |
    (t.katakana ? 8 : 0) |
    (t.katakanaEnd ? 16 : 0) |
    (t.acronym ? 32 : 0);
  return t.next === undefined ? [t.text, t.rest, flags] : [t.text, t.rest, flags, t.next];
}

export function unpackTerm(packed: PackedTerm): CompiledTerm {
  const { concept: _, ...term } = termOf(packed, '');
  return term;
}

const packOrNull = (t: CompiledTerm | null) => t && packTerm(t);

/** A packed term as the index holds it (one object, made once: an index holds thousands). */
function termOf([text, rest, flags, next]: PackedTerm, concept: string): Term {
  const term: Term = {
    text,
    rest,
    asciiStart: (flags & 1) !== 0,
    asciiEnd: (flags & 2) !== 0,
    shortKatakana: (flags & 4) !== 0,
    katakana: (flags & 8) !== 0,
    katakanaEnd: (flags & 16) !== 0,
    acronym: (flags & 32) !== 0,
    concept,
  };
  if (next !== undefined) term.next = next;
  return term;
}

/** A term of the glossary as lookup needs it: normalised, cut at gaps and particles, inflected. */
export function compileTerm(raw: string): CompiledTerm | null {
  // NFKC turns `…` into `...`
  const pieces = normalize(raw)
    .split(normalize(GAP_MARK))
    .flatMap((p) => atParticles(p.trim()));
  // (a word that ends in katakana is a loanword, never a verb: ネイル is not ねい|る, which would
  // read ネイティブ and ネイビー as nails, and モデル would read モデム)
  const canon = canonical(raw).trim();
  const katakanaEnd = isKatakana(canon.charCodeAt(canon.length - 1));
  const inflected = !katakanaEnd && hasJapanese(pieces.at(-1) ?? '') ? inflection(pieces.at(-1)!) : undefined;
  if (inflected) pieces[pieces.length - 1] = inflected.stem;
  const [text = '', ...rest] = pieces;
  if (!text) return null;
  return {
    text,
    rest,
    asciiStart: isAsciiWordChar(text[0]),
    asciiEnd: isAsciiWordChar(text.at(-1)),
    shortKatakana: canon.length <= 2 && [...canon].every((ch) => isKatakana(ch.charCodeAt(0))),
    katakana: isKatakana(canon.charCodeAt(0)),
    katakanaEnd,
    acronym: /(^|[^A-Za-z])[A-Z]{2,}$/.test(raw.normalize('NFKC').trim()),
    ...(inflected ? { next: inflected.next } : {}),
  };
}

const isAsciiWordChar = (c: string | undefined) => c !== undefined && /[a-z0-9]/.test(c);

/**
 * Whether the kana at `at`, after a verb's stem, ends the verb: hiragana, but not a particle that
 * makes the stem a noun (届けが出ていない) unless an ending starts the same way (辞めやすい).
 */
function takesVerbEnding(normalized: string, at: number): boolean {
  const after = normalized[at]!;
  if (!isHiragana(after)) return false;
  return !NOUN_PARTICLES.has(after) || STEM_ENDINGS.test(normalized.slice(at, at + 3));
}

/**
 * Whether a term read from `from` to `stop` ends in the first one or two letters of a katakana
 * word: not きのこ in つきのコワーキング (a longer katakana part may name a compound:
 * お試しセットメニュー; ・ ends a word). A term's own katakana ending is a word that another may
 * follow (まつエク|サロン): the caller leaves those out.
 */
function endsInKatakanaWordStart(canon: string, from: number, stop: number): boolean {
  const katakanaAt = (i: number) => i >= 0 && i < canon.length && isKatakana(canon.charCodeAt(i));
  if (!katakanaAt(stop - 1) || !katakanaAt(stop) || canon[stop] === '・') return false;
  let k = stop - 1;
  while (k > from && katakanaAt(k - 1)) k--;
  return stop - k <= 2;
}

/** The endings an English term may take as it is written: photos, taxes, biked, bikers, streaming. */
const ENGLISH_ENDING = /^(s|es|d|ed|r|rs|ing|er|ers)(?![a-z0-9])/;

/** A word of one syllable that ends in one vowel and one consonant: it doubles that consonant. */
const DOUBLES = /^[^aeiou]*[aeiou][^aeiouwxy]$/;

/**
 * Whether an English word may take this ending as its own form: "bike" + "d", "tax" + "es", but not
 * "ai" + "d" (aid), "ski" + "es" (skies), and a word of one syllable that ends in one vowel and one
 * consonant doubles it before a vowel ("cat" + "er" is cater, "cod" + "ing" coding, "sup" + "er"
 * super: catering, cod and SUP are written otherwise).
 */
function englishEnding(term: string, ending: string): boolean {
  const word = /[a-z]+$/.exec(term)?.[0] ?? '';
  if (ending === 'd' || ending === 'r' || ending === 'rs') return word.endsWith('e');
  if (ending === 'es' && !/(s|x|z|ch|sh|o)$/.test(word)) return false;
  if (ending === 's' || ending === 'es') return true;
  return !DOUBLES.test(word);
}

/** Words that look like a changed form of a shorter word but are words of their own. */
const NOT_A_FORM = new Set([
  'living',
  'hammer',
  'supper',
  'upper',
  'thinner',
  'flatter',
  'hopper',
  'dinner',
  'banner',
  'manner',
  'summer',
  'letter',
  'better',
  'bitter',
  'butter',
  'matter',
  'litter',
  'setter',
  'copper',
  'pepper',
  'slipper',
  'zipper',
  'dipper',
  'kidding',
  'tripped',
  'tripping',
  'starring',
]);

/** How an English term's last word changes before an ending: its changed stem, and the endings it then takes. */
interface ChangedForm {
  stem: string;
  endings: RegExp;
}

/** Each term's `ChangedForm` (null: its word does not change), worked out once per term. */
const changedForms = new Map<string, ChangedForm | null>();

function changedFormOf(text: string): ChangedForm | null {
  let form = changedForms.get(text);
  if (form === undefined) {
    const word = /[a-z]+$/.exec(text)?.[0] ?? '';
    const last = word.at(-1);
    form =
      word.length < 3
        ? null
        : /[^aeiouy]e$/.test(word)
          ? { stem: text.slice(0, -1), endings: /^ing(?![a-z0-9])/ }
          : /[^aeiou]y$/.test(word)
            ? { stem: `${text.slice(0, -1)}i`, endings: /^(es|ed|er|ers)(?![a-z0-9])/ }
            : DOUBLES.test(word)
              ? { stem: text + last, endings: /^(ing|ed|er|ers)(?![a-z0-9])/ }
              : null;
    changedForms.set(text, form);
  }
  return form;
}

/**
 * Where an English term ends when its last word changes before an ending: bake → baking,
 * party → parties, supply → supplier, scam → scammers, plan → planning; -1 when it does not.
 */
function changedEnglishForm(normalized: string, at: number, text: string): number {
  const form = changedFormOf(text);
  if (!form || !normalized.startsWith(form.stem, at)) return -1;
  const ending = form.endings.exec(normalized.slice(at + form.stem.length, at + form.stem.length + 4));
  if (!ending) return -1;
  const stop = at + form.stem.length + ending[0].length;
  const formed = /[a-z]+$/.exec(normalized.slice(at, stop))?.[0] ?? '';
  return NOT_A_FORM.has(formed.replace(/s$/, '')) ? -1 : stop;
}

/**
 * Where an English term ends in a text that has it at `at`, as written (`written`: the caller has
 * seen it there) or in one of its forms (photos, livestreamed, streaming, baking, parties,
 * scammers; NPOs but not SUPer); -1 if not there.
 */
function englishForm(normalized: string, at: number, term: CompiledTerm, written: boolean): number {
  const end = at + term.text.length;
  if (written) {
    if (!isAsciiWordChar(normalized[end])) return end;
    const suffix = ENGLISH_ENDING.exec(normalized.slice(end, end + 4));
    if (suffix && (term.acronym ? suffix[1] === 's' : englishEnding(term.text, suffix[1]!)))
      return end + suffix[0].length;
  }
  // (a gapped term's first piece is read as written)
  return term.acronym || term.rest.length ? -1 : changedEnglishForm(normalized, at, term.text);
}

/** Particles after which a phrase may go on a few words later: 客が来ない reads 客がぱったり来ない. */
const PARTICLES = new Set('がをにでもへ');

/**
 * A Japanese phrase split after each particle that a kanji follows, so that its parts may stand a
 * short gap apart (「手が回らない」 also reads 「手がまったく回らない」).
 */
function atParticles(piece: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let i = 1; i + 1 < piece.length; i++)
    if (PARTICLES.has(piece[i]!) && isKanji(piece.charCodeAt(i + 1))) {
      parts.push(piece.slice(from, i + 1));
      from = i + 1;
    }
  parts.push(piece.slice(from));
  return parts;
}

/**
 * Drops a hit that lies wholly inside a longer one: 「小学生」 is children, not the 「学生」 inside it;
 * 「予約システム」 is a booking system, not any 「システム」.
 */
function outermost(hits: ConceptHit[]): ConceptHit[] {
  // A hit read across a gap does not swallow what lies in the gap: お米 in ネットでお米を売りたい.
  const covers = (o: ConceptHit, h: ConceptHit) =>
    (o.spans ?? [[o.start, o.end]]).some(([start, end]) => start <= h.start && end >= h.end);
  return hits.filter((h) => !hits.some((o) => o !== h && o.end - o.start > h.end - h.start && covers(o, h)));
}

/** A list of terms as prepared: each with the concept that claims it. */
type PackedList = Array<[concept: string, ...term: PackedTerm]>;

/**
 * The lookup lists of a glossary: for each first two characters of a term (one, for a term of
 * one), its terms longest first, each with the concept that claims it. The build prepares the
 * built-in glossary's (scripts/build-data.mjs), so that a command does not redo it on every run.
 */
export type PreparedTerms = Array<[start: string, terms: PackedList]>;
/** Lookup lists made ahead: as `prepareTerms` made them, as `readPreparedTerms` read them, or what reads them. */
export type PreparedLists = PreparedTerms | ReadonlyMap<string, string> | (() => ReadonlyMap<string, string>);

/** Prepared lists as the build writes them: a line per start, `start<TAB>its list as JSON`. */
export function writePreparedTerms(prepared: PreparedTerms): string {
  return prepared
    .map(([start, list]) => {
      if (/[\t\n]/.test(start))
        throw new Error(`a term starts with a tab or a line break: ${JSON.stringify(start)}`);
      return `${start}\t${JSON.stringify(list)}\n`;
    })
    .join('');
}

/**
 * Prepared lists from the text `writePreparedTerms` wrote. Each list stays JSON until it is
 * looked up: reading all of them would cost more than a command's lookups.
 */
export function readPreparedTerms(text: string): Map<string, string> {
  const lists = new Map<string, string>();
  for (let from = 0; from < text.length; ) {
    const tab = text.indexOf('\t', from);
    const end = text.indexOf('\n', tab);
    if (tab < 0 || end < 0) break;
    lists.set(text.slice(from, tab), text.slice(tab + 1, end));
    from = end + 1;
  }
  return lists;
}

/**
 * A glossary's lookup lists. `compiled` holds terms compiled ahead (the built-in glossary's, at
 * build time): a term found there is not compiled again.
 */
export function prepareTerms(
  glossary: Glossary,
  compiled: Readonly<Record<string, PackedTerm | null>> = {},
): PreparedTerms {
  const byStart = new Map<string, PackedList>();
  const seen = new Set<string>();
  for (const [id, concept] of Object.entries(glossary)) {
    for (const raw of concept.terms) {
      const packed = compiled[raw] ?? (compiled[raw] === null ? null : packOrNull(compileTerm(raw)));
      if (!packed) continue;
      // the first concept to claim a term keeps it
      const key = packed.length === 3 && packed[1].length === 0 ? packed[0] : JSON.stringify(packed);
      if (seen.has(key)) continue;
      seen.add(key);
      getOrCreate(byStart, packed[0].slice(0, 2), () => []).push([id, ...packed]);
    }
  }
  for (const list of byStart.values()) list.sort((a, b) => b[1].length - a[1].length);
  return [...byStart];
}

export class ConceptIndex {
  /**
   * Terms by their first two characters (one, for a term of one), longest first, as prepared;
   * made at the first lookup (a run whose analyses all come from the cache makes none).
   */
  private packedLists?: Map<string, PackedList | string>;
  /** The same made into terms, each list when first looked up: a text meets few of them. */
  private readonly byStart = new Map<string, Term[]>();
  private readonly related = new Map<string, RelatedConcept[]>();
  private readonly ancestorsOf = new Map<string, string[]>();
  private readonly solverCount = new Map<string, number>();
  private readonly familiesOf = new Map<string, Array<{ family: string; member: string }>>();
  private descendants?: Map<string, number>;
  private kinship?: { children: Map<string, string[]>; solversOf: Map<string, Set<string>> };

  /**
   * `compiled` holds terms compiled ahead (the built-in glossary's, at build time): a term found
   * there is not compiled again. `prepared` are the lookup lists of this very glossary, made ahead
   * by `prepareTerms` (the built-in glossary's, at build time, read by `readPreparedTerms`), or
   * what reads them when they are first needed.
   */
  constructor(
    readonly glossary: Glossary,
    private readonly compiled: Readonly<Record<string, PackedTerm | null>> = {},
    private readonly prepared?: PreparedLists,
  ) {}

  private get packed(): Map<string, PackedList | string> {
    if (!this.packedLists) {
      const prepared = typeof this.prepared === 'function' ? this.prepared() : this.prepared;
      this.packedLists = new Map<string, PackedList | string>(
        prepared ?? prepareTerms(this.glossary, this.compiled),
      );
    }
    return this.packedLists;
  }

  /** The terms that start with `start` (two characters, or one), longest first. */
  private termsAt(start: string): Term[] | undefined {
    let terms = this.byStart.get(start);
    if (!terms) {
      const entry = this.packed.get(start);
      if (entry === undefined) return undefined;
      const packed = typeof entry === 'string' ? (JSON.parse(entry) as PackedList) : entry;
      terms = packed.map(([concept, ...term]) => termOf(term, concept));
      this.byStart.set(start, terms);
    }
    return terms;
  }

  /**
   * Whether a word is in the dictionary (the synonym table), when the matcher has one: it tells
   * where a katakana compound may be cut (see `startsWord`).
   */
  knownWord?: (normalized: string) => boolean;

  /**
   * Whether a katakana term that starts inside a longer katakana word starts a word of it: where
   * the segmenter cuts (ネット|ショップ), or after a word the dictionary knows (コピー|ライター,
   * シー|カヤック); not inside another word (トラクター in インストラクター, パート in アパート).
   */
  private startsWord(canon: string, normalized: string, at: number, starts: Set<number>): boolean {
    if (starts.has(at)) return true;
    let from = at;
    // (・ separates katakana words)
    while (from > 0 && isKatakana(canon.charCodeAt(from - 1)) && canon[from - 1] !== '・') from--;
    return this.knownWord?.(normalized.slice(from, at)) === true;
  }

  /** Whether the concept is a place in Japan (a region, a prefecture and its cities). */
  isPlace(id: string): boolean {
    return id !== PLACES && this.ancestors(id).includes(PLACES);
  }

  /** Whether the concept is an exclusive family (languages, sports) whose members are alternatives. */
  isFamily(id: string): boolean {
    return this.glossary[id]?.exclusive === true;
  }

  /** Whether the concept, or one it is a kind of, is a place one goes to (a venue): wanted near. */
  isNearby(id: string): boolean {
    // (the nearest concept that says: a folder may mark a kind of a venue `nearby: false`)
    const said = [id, ...this.ancestors(id)].find((c) => this.glossary[c]?.nearby !== undefined);
    return said !== undefined && this.glossary[said]!.nearby === true;
  }

  /** Whether the concept says whom or where (children, Hokkaido) rather than what. */
  isContext(id: string): boolean {
    return this.glossary[id]?.context === true;
  }

  has(id: string): boolean {
    return id in this.glossary;
  }

  label(id: string, lang: 'ja' | 'en'): string {
    return this.glossary[id]?.label[lang] ?? id;
  }

  /** Whether its English label begins with a proper noun (glossary `proper`). */
  proper(id: string): boolean {
    return this.glossary[id]?.proper === true;
  }

  /** Every concept term in a text. Overlapping hits are all kept; offsets are into `normalized`. */
  find(text: string): { normalized: string; hits: ConceptHit[] } {
    const canon = canonical(text);
    const normalized = foldCanonical(canon);
    const katakanaAt = (i: number) => i >= 0 && i < canon.length && isKatakana(canon.charCodeAt(i));
    const hits: ConceptHit[] = [];
    const none: Term[] = [];
    let starts: Set<number> | undefined;
    for (let i = 0; i < normalized.length; i++) {
      const long = this.termsAt(normalized.slice(i, i + 2)) ?? none;
      const short = this.termsAt(normalized[i]!) ?? none;
      if (!long.length && !short.length) continue;
      // (inside an English word no English term starts: read once here, not for every term)
      const inWord = isAsciiWordChar(normalized[i - 1]);
      for (const term of long.length ? (short.length ? [...long, ...short] : long) : short) {
        if (term.asciiStart && inWord) continue;
        const end = i + term.text.length;
        const written = normalized.startsWith(term.text, i);
        let stop = written ? end : -1;
        if (term.asciiEnd && (!written || isAsciiWordChar(normalized[end])))
          stop = englishForm(normalized, i, term, written);
        if (stop < 0) continue;
        const spans: Array<[number, number]> = [];
        if (term.katakana && !katakanaAt(i)) {
          // in hiragana only where a word starts (ごみ in 家のごみ, not さいと in うるさいと)
          starts ??= wordStarts(canon);
          if (!starts.has(i)) continue;
        }
        if (term.shortKatakana && (katakanaAt(i - 1) || katakanaAt(end))) continue;
        if (afterKanji(canon, i) && startsWithStem(canon, i)) {
          // a verb stem right after another kanji may be the end of another word: 立て直し is
          // not in 仕立て|直し, 直し not in 見直し; read it only where a word starts
          starts ??= wordStarts(canon);
          if (!starts.has(i)) continue;
        }
        if (
          afterKanji(canon, i) &&
          !BEFORE_MUNICIPALITY.has(canon[i - 1]!) &&
          /[市町村]$/.test(term.text) &&
          this.isPlace(term.concept)
        ) {
          // a city's full name after another kanji: read where the segmenter cuts a word of two
          // kanji or more before it (来月|関市, 現在|松本市, 信州|松本市), not inside a longer name
          // (下関市) nor after one kanji that may start it (東|近江市)
          starts ??= wordStarts(canon);
          if (!starts.has(i) || starts.has(i - 1)) continue;
        }
        if (katakanaAt(i) && katakanaAt(i - 1)) {
          starts ??= wordStarts(canon);
          if (!this.startsWord(canon, normalized, i, starts)) continue;
        }
        let from = i;
        for (const piece of term.rest) {
          const at = normalized.indexOf(piece, stop);
          if (at > stop) {
            spans.push([from, stop]);
            from = at;
          }
          stop = at >= 0 && at - stop <= TERM_GAP_MAX ? at + piece.length : -1;
          if (stop < 0) break;
        }
        if (stop < 0) continue;
        if (term.next !== undefined) {
          // an inflected ending: the kana after the stem must be one the word can take, and a
          // stem that ends in kanji (研 of 研ぐ) must have one (総研 is not 研ぐ)
          const after = normalized[stop];
          if (after === undefined) {
            if (term.next !== '*') continue;
          } else if (term.next === '*' ? !takesVerbEnding(normalized, stop) : !term.next.includes(after))
            continue;
          else stop++;
        }
        if (!term.katakanaEnd && isHiragana(canon[i]) && endsInKatakanaWordStart(canon, i, stop)) continue;
        if (spans.length) spans.push([from, stop]);
        hits.push({ concept: term.concept, start: i, end: stop, ...(spans.length ? { spans } : {}) });
      }
    }
    return { normalized, hits: outermost(hits) };
  }

  /** A tag names a concept by id or by one of its terms. */
  fromTag(tag: string): string | undefined {
    if (this.glossary[tag]) return tag;
    const text = normalize(tag);
    return this.termsAt(text.slice(0, 2))?.find((t) => t.text === text)?.concept;
  }

  ancestors(id: string): string[] {
    let chain = this.ancestorsOf.get(id);
    if (!chain) {
      chain = [];
      for (
        let next = this.glossary[id]?.broader;
        next && !chain.includes(next);
        next = this.glossary[next]?.broader
      )
        chain.push(next);
      this.ancestorsOf.set(id, chain);
    }
    return chain;
  }

  /** Every relation of a strength concept `s` to a need concept `n`. */
  private relations(s: string, n: string): Relation[] {
    if (s === n) return ['same'];
    const found: Relation[] = [];
    const sUp = [s, ...this.ancestors(s)];
    // An offer inherits what its broader concept solves.
    const solves = new Set(sUp.flatMap((c) => this.glossary[c]?.solves ?? []));
    if (solves.has(n)) found.push('solves');
    else if (this.ancestors(n).some((a) => solves.has(a))) found.push('solves-broader');
    if (this.ancestors(s).includes(n)) found.push('narrower');
    if (this.ancestors(n).includes(s)) found.push('broader');
    const sp = this.glossary[s]?.broader;
    // Members of an exclusive family (English, Korean) are alternatives, not kin.
    if (found.length === 0 && sp && sp === this.glossary[n]?.broader && !this.glossary[sp]?.exclusive)
      found.push('sibling');
    return found;
  }

  /** 1 for a concept with no kinds below it, less the more kinds it has (repair, crafts). */
  narrowness(id: string): number {
    if (!this.descendants) {
      this.descendants = new Map();
      for (const c of Object.keys(this.glossary))
        for (const a of this.ancestors(c)) this.descendants.set(a, (this.descendants.get(a) ?? 0) + 1);
    }
    return 1 / (1 + BREADTH * Math.log2(1 + (this.descendants.get(id) ?? 0)));
  }

  /** 1 for a need concept few things solve, less for a goal that nearly everything serves. */
  private specificity(n: string): number {
    let k = this.solverCount.get(n);
    if (k === undefined) {
      // (the members of an exclusive family count as one: however many languages the glossary
      // lists, translation is one thing that serves inbound tourism)
      const solvers = new Set<string>();
      // (the outermost family: simplified and traditional Chinese are translation too)
      const add = (c: string) => solvers.add(this.families(c).at(-1)?.family ?? c);
      for (const c of this.kin().solversOf.get(n) ?? []) add(c);
      for (const a of this.ancestors(n)) for (const c of this.kin().solversOf.get(a) ?? []) add(c);
      k = solvers.size;
      this.solverCount.set(n, k);
    }
    return 1 / (1 + GENERALITY * Math.log2(1 + k));
  }

  /**
   * Who is related to whom, built once: each concept's narrower concepts, and for each need
   * concept the concepts that solve it (a concept solves what it and its broader concepts solve).
   */
  private kin(): { children: Map<string, string[]>; solversOf: Map<string, Set<string>> } {
    if (!this.kinship) {
      const children = new Map<string, string[]>();
      const solversOf = new Map<string, Set<string>>();
      for (const [id, concept] of Object.entries(this.glossary)) {
        if (concept.broader) getOrCreate(children, concept.broader, () => []).push(id);
        // (a member kept apart does not solve what its family solves: Japanese lessons for tourists)
        for (const c of concept.apart ? [id] : [id, ...this.ancestors(id)])
          for (const target of this.glossary[c]?.solves ?? [])
            getOrCreate(solversOf, target, () => new Set()).add(id);
      }
      this.kinship = { children, solversOf };
    }
    return this.kinship;
  }

  /** Every concept below `id`. */
  private below(id: string): string[] {
    const out: string[] = [];
    const walk = (c: string) => {
      for (const child of this.kin().children.get(c) ?? [])
        if (!out.includes(child)) {
          out.push(child);
          walk(child);
        }
    };
    walk(id);
    return out;
  }

  /**
   * USUAL_ONLY when `n` is an exclusive family named in general, `s` one of its members, and the
   * family has a usual member (glossary `usual`: English among the foreign languages) that `s` is not.
   */
  private unusual(s: string, n: string, relation: string): number {
    if (relation !== 'narrower' || !this.glossary[n]?.exclusive || this.glossary[s]?.usual) return 1;
    const usual = (this.kin().children.get(n) ?? []).some((c) => this.glossary[c]?.usual);
    return usual ? USUAL_ONLY : 1;
  }

  /** The strongest relation of strength concept `s` to need concept `n`, with its weight. */
  relation(s: string, n: string): RelatedConcept | undefined {
    let best: RelatedConcept | undefined;
    for (const relation of this.relations(s, n)) {
      // (a member kept apart does not answer its family named in general: Japanese lessons for 外国語対応)
      if (relation === 'narrower' && this.glossary[s]?.apart && this.glossary[n]?.exclusive) continue;
      const solving = relation === 'solves' || relation === 'solves-broader';
      // A parent two levels up (farming for sheep) says less than the direct one (livestock).
      const depth =
        relation === 'broader'
          ? this.ancestors(n).indexOf(s)
          : relation === 'narrower'
            ? this.ancestors(s).indexOf(n)
            : 0;
      // Naming only a broad concept (修理, 伝統工芸) says less than naming one of its kinds.
      const broad = relation === 'same' ? this.narrowness(n) : 1;
      // A family named in general (翻訳全般) answers any of its members (Korean) nearly as well.
      const kind =
        relation === 'broader' && depth === 0 && this.glossary[s]?.exclusive
          ? RELATION.family
          : RELATION[relation];
      const weight =
        kind * (solving ? this.specificity(n) : 1) * LEVEL ** depth * broad * this.unusual(s, n, relation);
      if (!best || weight > best.weight) best = { concept: s, relation, weight };
    }
    // A kind of a need that also solves it (採用支援 for 応募が来ない) is said as what it solves.
    if (best?.relation === 'narrower' && this.relations(s, n).includes('solves')) best.relation = 'solves';
    return best;
  }

  /**
   * The exclusive families a concept belongs to, each with the member it falls under: Korean
   * interpretation is in the family of languages as Korean. A family itself is in none of its own.
   */
  families(id: string): Array<{ family: string; member: string }> {
    let found = this.familiesOf.get(id);
    if (!found) {
      found = [];
      const chain = [id, ...this.ancestors(id)];
      for (let i = 1; i < chain.length; i++)
        if (this.glossary[chain[i]!]?.exclusive) found.push({ family: chain[i]!, member: chain[i - 1]! });
      this.familiesOf.set(id, found);
    }
    return found;
  }

  /**
   * What keeps `answering`'s lists between runs (the matcher's memo): they follow from the
   * glossary alone, which the memo's keeper accounts for.
   */
  memo?: { get(n: string): RelatedConcept[] | undefined; set(n: string, list: RelatedConcept[]): void };

  /** Strength concepts that answer need concept `n`, with their weights. Cached. */
  answering(n: string): RelatedConcept[] {
    let list = this.related.get(n) ?? this.memo?.get(n);
    if (list) this.related.set(n, list);
    else {
      const { children, solversOf } = this.kin();
      const up = this.ancestors(n);
      // Only concepts of the family or with a `solves` path can relate: no need to try them all.
      const maybe = new Set<string>([n, ...up, ...this.below(n), ...(solversOf.get(n) ?? [])]);
      for (const a of up) for (const c of solversOf.get(a) ?? []) maybe.add(c);
      const parent = this.glossary[n]?.broader;
      if (parent) for (const c of children.get(parent) ?? []) maybe.add(c);
      list = [];
      for (const s of maybe) {
        const related = this.relation(s, n);
        if (related) list.push(related);
      }
      this.related.set(n, list);
      this.memo?.set(n, list);
    }
    return list;
  }
}
