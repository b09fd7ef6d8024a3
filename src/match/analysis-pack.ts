// Analyses in a compact, JSON-safe form, for a cache kept between runs (commands/match-input.ts):
// reading a text is most of what a daily `mixer suggest` spends on a small folder, and the same
// texts come back run after run. Unpacking checks the shape and gives undefined for anything else,
// so a stale or damaged entry is made again, never half used.
import type { Analysis, WeightedTerm } from './analyze.js';
import type { RelatedConcept, Relation } from './concepts.js';
import { parseSynonymKey, writeSynonymKey } from './synonyms.js';

/** [concept, weight, the words that named it] … */
type PackedConcept = [concept: string, weight: number, words: string];
/** A term; `synonyms` as the table writes them: `group.vocabulary` joined by `,`, `~` if ambiguous. */
type PackedWeightedTerm = [
  key: string,
  surface: string,
  whole: 0 | 1,
  root: number,
  part: 0 | 1,
  specificity: number,
  start: number,
  weight: number,
  synonyms: string,
];
/** [place, words] or [place, words, city] … */
type PackedLimit = [place: string, words: string] | [place: string, words: string, city: string];
export type PackedAnalysis = [
  concepts: PackedConcept[],
  terms: PackedWeightedTerm[],
  limits: PackedLimit[],
  asked: string[],
];

export function packAnalysis(a: Analysis): PackedAnalysis {
  const concepts = [...a.concepts].map(
    ([id, weight]): PackedConcept => [id, weight, a.evidence.get(id) ?? ''],
  );
  const terms = a.terms.map(
    (t): PackedWeightedTerm => [
      t.key,
      t.surface,
      t.match === 'whole' ? 1 : 0,
      t.root,
      t.part ? 1 : 0,
      t.specificity,
      t.start,
      t.weight,
      t.synonyms.map(writeSynonymKey).join(','),
    ],
  );
  return [
    concepts,
    terms,
    a.limits.map(
      (l): PackedLimit => (l.city === undefined ? [l.place, l.words] : [l.place, l.words, l.city]),
    ),
    a.asked,
  ];
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isFlag = (v: unknown): v is 0 | 1 => v === 0 || v === 1;

function unpackTerm(p: unknown): WeightedTerm | undefined {
  if (!Array.isArray(p) || p.length !== 9) return undefined;
  const [key, surface, whole, root, part, specificity, start, weight, synonyms] = p;
  if (!isString(key) || !isString(surface) || !isFlag(whole) || !isFlag(part) || !isString(synonyms))
    return undefined;
  if (!isNumber(root) || !isNumber(specificity) || !isNumber(start) || !isNumber(weight)) return undefined;
  return {
    key,
    surface,
    match: whole ? 'whole' : 'inside',
    root,
    part: part === 1,
    specificity,
    start,
    weight,
    synonyms: synonyms ? synonyms.split(',').map(parseSynonymKey) : [],
  };
}

export function unpackAnalysis(packed: unknown): Analysis | undefined {
  if (!Array.isArray(packed) || packed.length !== 4) return undefined;
  const [conceptList, termList, limitList, asked] = packed;
  if (!Array.isArray(conceptList) || !Array.isArray(termList) || !Array.isArray(limitList)) return undefined;
  if (!Array.isArray(asked) || !asked.every(isString)) return undefined;
  const concepts = new Map<string, number>();
  const evidence = new Map<string, string>();
  for (const c of conceptList) {
    if (!Array.isArray(c) || c.length !== 3 || !isString(c[0]) || !isNumber(c[1]) || !isString(c[2]))
      return undefined;
    concepts.set(c[0], c[1]);
    evidence.set(c[0], c[2]);
  }
  const terms: WeightedTerm[] = [];
  for (const p of termList) {
    const term = unpackTerm(p);
    if (!term) return undefined;
    terms.push(term);
  }
  const limits: Analysis['limits'] = [];
  for (const l of limitList) {
    if (!Array.isArray(l) || (l.length !== 2 && l.length !== 3) || !l.every(isString)) return undefined;
    const [place, words, city] = l as string[];
    limits.push(
      city === undefined ? { place: place!, words: words! } : { place: place!, words: words!, city },
    );
  }
  return { concepts, evidence, terms, limits, asked };
}

const RELATIONS = new Set<string>(['same', 'solves', 'solves-broader', 'narrower', 'broader', 'sibling']);

/** The concepts that answer a need concept (ConceptIndex.answering), packed: [concept, relation, weight]. */
export function packAnswering(list: RelatedConcept[]): Array<[string, string, number]> {
  return list.map((r) => [r.concept, r.relation, r.weight]);
}

export function unpackAnswering(packed: unknown): RelatedConcept[] | undefined {
  if (!Array.isArray(packed)) return undefined;
  const list: RelatedConcept[] = [];
  for (const p of packed) {
    if (!Array.isArray(p) || p.length !== 3 || !isString(p[0]) || !RELATIONS.has(p[1]) || !isNumber(p[2]))
      return undefined;
    list.push({ concept: p[0], relation: p[1] as Relation, weight: p[2] });
  }
  return list;
}

/** A list of concept ids (what a party's name names). */
export function unpackConceptIds(packed: unknown): string[] | undefined {
  return Array.isArray(packed) && packed.every(isString) ? packed : undefined;
}

/** Pairs of strings (a place and the words that name it). */
export function unpackStringPairs(packed: unknown): Array<[string, string]> | undefined {
  return Array.isArray(packed) && packed.every((p) => Array.isArray(p) && p.length === 2 && p.every(isString))
    ? (packed as Array<[string, string]>)
    : undefined;
}
