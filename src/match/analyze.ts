// Turns a text into what scoring uses: weighted concepts and weighted terms with their synonyms.
import { canonical, hasJapanese } from '../util/normalize.js';
import { lookedFor } from './asks.js';
import type { ConceptIndex } from './concepts.js';
import { quotedSpan } from './quote.js';
import { lackingToo, ruledOutHits } from './ruled-out.js';
import { type AreaLimit, readLimits, readNeedAreas } from './service-area.js';
import type { SynonymKey, SynonymTable } from './synonyms.js';
import { type Term, terms } from './text.js';
import {
  CONTEXT,
  MODIFIER,
  OWN_DOMAIN,
  POSITION_EARLIER,
  POSITION_LEAST,
  SITUATION,
  TEXT_MAX,
} from './weights.js';

export interface WeightedTerm extends Term {
  /** How central the term is to the text: the weight of the part it is in. */
  weight: number;
  synonyms: SynonymKey[];
}

export interface Analysis {
  /** Concept → weight (0–1): how central the concept is to the text. */
  concepts: Map<string, number>;
  /** Concept → the words of the text that named it, as written (for reasons). */
  evidence: Map<string, string>;
  terms: WeightedTerm[];
  /**
   * An offer's: the places it says it serves only (「札幌市内のみ」); a need's: the places it asks
   * its helper to be in (「宮城県内の蔵で」). service-area.ts.
   */
  limits: AreaLimit[];
  /** The concepts of a clause that says whom the need looks for (「公認会計士を探している」). */
  asked: string[];
}

export interface TextPart {
  text: string;
  weight: number;
  /** A title: in Japanese the last concept named weighs most. */
  positional?: boolean;
}

/**
 * Japanese puts what is wanted last (「宿のパンフレット用の写真を新しくしたい」 is about 写真, not
 * パンフレット), so the last concept named in a Japanese title weighs most and each earlier one
 * less. English is read evenly. Hits that end together (観光客: tourists and tourism) share a rank.
 */
function rankWeights(hits: Array<{ end: number }>, japanese: boolean): number[] {
  if (!japanese) return hits.map(() => 1);
  const ends = [...new Set(hits.map((h) => h.end))].sort((a, b) => b - a);
  return hits.map((h) => Math.max(POSITION_LEAST, POSITION_EARLIER ** ends.indexOf(h.end)));
}

/** A word followed by 「の」 modifies the next one (「セミナーの参加者」 is about participants). */
const MODIFIES = /^(用|向け|関係|関連)?の/;

/**
 * 「Xなのに」「Xですが」 concede what the owner is when X is a trade (「酒屋なのに、酒粕の山を
 * どうするか」: 酒屋 is the owner's own trade, not what is needed). Without a trade they say
 * something else (「人手不足なのに」, 「ホームページですが、スマホで崩れる」, 「空き家ですが」).
 */
const CONCEDES = /^(?:なのに|のくせに|なんだけど|だけど|ですが)/;
const TRADE = /(?:屋|店|業|農家|作家|専門家)$/;
const TRADE_AFTER = /^(?:屋|店|業)/;

function modifierWeight(normalized: string, start: number, end: number, japanese: boolean): number {
  if (!japanese) return 1;
  const after = normalized.slice(end, end + 7);
  const suffix = TRADE_AFTER.exec(after)?.[0] ?? '';
  if ((suffix || TRADE.test(normalized.slice(start, end))) && CONCEDES.test(after.slice(suffix.length)))
    return OWN_DOMAIN;
  return MODIFIES.test(after) ? MODIFIER : 1;
}

/**
 * A text as written, of the same length as its canonical form (positions of the concept index's
 * hits point into both): NFKC where lower case kept the length ("English", not "english").
 */
export function asWritten(text: string, canon = canonical(text)): string {
  const nfkc = text.normalize('NFKC');
  return nfkc.length === canon.length ? nfkc : canon;
}

export function analyzeText(
  index: ConceptIndex,
  synonyms: SynonymTable,
  parts: TextPart[],
  tags: Array<{ tag: string; weight: number }> = [],
  /** Whether the text is an offer (its areas are those it serves only) or a need (where it asks for help). */
  serves = false,
): Analysis {
  const concepts = new Map<string, number>();
  const evidence = new Map<string, string>();
  const found: WeightedTerm[] = [];
  const limits: AreaLimit[] = [];
  const add = (concept: string, weight: number, words: string) => {
    if (weight > (concepts.get(concept) ?? 0)) {
      concepts.set(concept, weight);
      evidence.set(concept, words);
    }
  };
  // Each part's runs get roots of their own, so that terms of different parts never merge.
  let nextRoot = 0;
  // Words inside a concept that says whom or where (札幌, 子ども) say little about what is offered.
  const addTerms = (
    text: string,
    weight: number,
    context: Array<[number, number]> = [],
    ruledOut: Array<[number, number]> = [],
  ) => {
    const roots = new Map<number, number>();
    for (const term of terms(text, synonyms, TEXT_MAX)) {
      if (ruledOut.some(([start, end]) => start <= term.start && term.start < end)) continue;
      if (!roots.has(term.root)) roots.set(term.root, nextRoot++);
      const root = roots.get(term.root)!;
      const inContext = context.some(([start, end]) => start <= term.start && term.start < end);
      found.push({
        ...term,
        root,
        weight: weight * (inContext ? CONTEXT : 1),
        synonyms: synonyms.keys(term.key),
      });
    }
  };
  const asked = new Set<string>();
  // (each part's clauses that say whom the need looks for, and where its terms begin in `found`)
  const askedClauses = new Map<number, Array<[number, number]>>();
  const firstTerm: number[] = [];
  const read = parts
    .filter((part) => part.text)
    .map((part) => {
      const text = part.text.length > TEXT_MAX ? part.text.slice(0, TEXT_MAX) : part.text;
      return { part, text, ...index.find(text) };
    });
  // What each part names and does not say it lacks (「英語もあまり話せない」 beside a title's Tagalog).
  const named = read.map((r) => {
    const lacking = lackingToo(r.normalized, r.hits);
    return r.hits.filter((h) => !lacking.has(h)).map((h) => h.concept);
  });
  for (const [at, { part, text, normalized: norm, hits }] of read.entries()) {
    const canon = canonical(text);
    const shown = asWritten(text, canon);
    const japanese = hasJapanese(norm);
    const elsewhere = named.filter((_, i) => i !== at).flat();
    const ruledOut = ruledOutHits(index, norm, hits, japanese, elsewhere);
    // (what the need rules out takes no rank: the last concept it does ask for weighs most)
    const kept = hits.filter((hit) => !ruledOut.has(hit));
    const ranks = rankWeights(kept, japanese && part.positional === true);
    const looked = japanese && !serves ? lookedFor(norm, kept) : undefined;
    for (const concept of looked?.concepts ?? []) asked.add(concept);
    if (looked?.clauses.length) askedClauses.set(at, looked.clauses);
    firstTerm.push(found.length);
    kept.forEach((hit, i) => {
      const modifier = part.positional ? modifierWeight(norm, hit.start, hit.end, japanese) : 1;
      add(
        hit.concept,
        part.weight * ranks[i]! * modifier,
        shown.slice(...quotedSpan(canon, hit.start, hit.end)),
      );
    });
    const context = hits
      .filter((h) => index.isContext(h.concept))
      .map((h): [number, number] => [h.start, h.end]);
    // (nor are the words that named what it turns away: 「ホームページはいらない」)
    addTerms(
      text,
      part.weight,
      context,
      [...ruledOut].flatMap(
        ([hit, end]): Array<[number, number]> => (end === null ? [] : [[hit.start, end]]),
      ),
    );
    // (an offer's areas are those it serves only; a need's, where it asks its helper to be)
    limits.push(...(serves ? readLimits : readNeedAreas)(index, norm, hits, shown));
  }
  // A need that says whom it looks for asks for that; the rest is its situation. Its words weigh
  // less wherever they are outside that clause; its concepts only when the clause names one (a
  // clause that names none, 「調べてもらえる所を探している」, leaves nothing to ask for in their place).
  if (asked.size)
    for (const [concept, weight] of concepts)
      concepts.set(concept, asked.has(concept) ? 1 : weight * SITUATION);
  if (askedClauses.size) {
    firstTerm.push(found.length);
    for (let part = 0; part + 1 < firstTerm.length; part++) {
      const clauses = askedClauses.get(part) ?? [];
      for (let i = firstTerm[part]!; i < firstTerm[part + 1]!; i++) {
        const term = found[i]!;
        if (!clauses.some(([from, to]) => term.start >= from && term.start < to))
          found[i] = { ...term, weight: term.weight * SITUATION };
      }
    }
  }
  for (const { tag, weight } of tags) {
    const concept = index.fromTag(tag);
    if (concept) add(concept, weight, tag);
    addTerms(tag, weight);
  }
  return { concepts, evidence, terms: found, limits, asked: [...asked] };
}
