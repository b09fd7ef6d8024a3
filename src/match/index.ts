// What the matcher knows about the helpers, built once per run: each helper's offers analysed, and
// inverted indexes from a concept, a word and a synonym group to the helpers that have it. A
// helper who must not be contacted is in no index.
import { getOrCreate } from '../util/collections.js';
import type { Analysis, WeightedTerm } from './analyze.js';
import type { Headcount } from './headcount.js';
import type { PartyInput } from './types.js';
import { RARITY_FLOOR_HELPERS } from './weights.js';

export interface OfferDoc {
  party: PartyInput;
  offerIndex: number;
  /** A strength 1, a summary or tags less. */
  weight: number;
  analysis: Analysis;
  /** The most people a strength says it takes (「50人まで」), if it says. */
  capacity?: Headcount;
}

/** Where a helper has a word: the offer, the words as it writes them, and how much they count. */
export interface WordHit {
  offer: OfferDoc;
  surface: string;
  weight: number;
  /** The dictionary marks the helper's word as ambiguous. */
  ambiguous: boolean;
}

export type Hits = Map<PartyInput, WordHit>;

/** Helpers that meet a need's word one way, and how rare that is among helpers. */
export interface Meeting {
  hits: Hits;
  rarity: number;
  /** The need's word is ambiguous in the dictionary. */
  ambiguous: boolean;
}

/** How a need's word meets helpers: the same word, a variant of it, a synonym. */
export interface WordMatches {
  same: Meeting;
  variants: Meeting[];
  synonyms: Meeting[];
}

/** The 2-character pieces of a word, to find the compounds that contain it. */
function bigrams(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < word.length; i++) out.push(word.slice(i, i + 2));
  return out;
}

function keep(hits: Hits, party: PartyInput, hit: WordHit): void {
  const known = hits.get(party);
  if (!known || hit.weight > known.weight) hits.set(party, hit);
}

export class HelperIndex {
  /** Contactable helpers with at least one offer. */
  readonly helpers = new Set<PartyInput>();
  /** Words matched whole (katakana, hiragana, ASCII, base forms), by key. */
  private readonly whole = new Map<string, Hits>();
  /** Kanji compounds, by key; found through `compoundsWith`. */
  private readonly compounds = new Map<string, Hits>();
  private readonly compoundsByBigram = new Map<string, Set<string>>();
  private readonly byVocabulary = new Map<string, Hits>();
  private readonly byGroup = new Map<string, Hits>();
  private readonly matches = new Map<string, WordMatches>();
  private readonly byTerm = new WeakMap<WeightedTerm, WordMatches>();
  /** Offers by the concepts they name. */
  readonly conceptPostings = new Map<string, OfferDoc[]>();
  /** Each helper's offers (for the check that a helper names another member of a family). */
  readonly offersOf = new Map<PartyInput, OfferDoc[]>();

  add(offer: OfferDoc): void {
    const party = offer.party;
    getOrCreate(this.offersOf, party, () => []).push(offer);
    if (party.doNotContact) return;
    this.helpers.add(party);
    for (const concept of offer.analysis.concepts.keys())
      getOrCreate(this.conceptPostings, concept, () => []).push(offer);
    for (const term of offer.analysis.terms) this.addTerm(offer, term);
  }

  private addTerm(offer: OfferDoc, term: WeightedTerm): void {
    const hit = (ambiguous: boolean): WordHit => ({
      offer,
      surface: term.surface,
      weight: offer.weight * term.weight,
      ambiguous,
    });
    if (term.match === 'inside') {
      if (!this.compounds.has(term.key))
        for (const piece of bigrams(term.key))
          getOrCreate(this.compoundsByBigram, piece, () => new Set()).add(term.key);
      keep(
        getOrCreate(this.compounds, term.key, () => new Map()),
        offer.party,
        hit(false),
      );
    } else
      keep(
        getOrCreate(this.whole, term.key, () => new Map()),
        offer.party,
        hit(false),
      );
    for (const key of term.synonyms) {
      keep(
        getOrCreate(this.byVocabulary, key.vocabulary, () => new Map()),
        offer.party,
        hit(key.ambiguous),
      );
      keep(
        getOrCreate(this.byGroup, key.group, () => new Map()),
        offer.party,
        hit(key.ambiguous),
      );
    }
  }

  /** How a need's word meets the helpers. Cached: needs share many words. */
  wordMatches(term: WeightedTerm): WordMatches {
    // Looked up by the term first (needs share their analyses), then by its text.
    const known = this.byTerm.get(term);
    if (known) return known;
    const cacheKey = `${term.match}:${term.key}`;
    let found = this.matches.get(cacheKey);
    if (!found) {
      const same: Hits = new Map();
      const merge = (hits: Hits | undefined) => {
        if (hits) for (const [party, hit] of hits) keep(same, party, hit);
      };
      merge(this.whole.get(term.key));
      // A kanji word is found inside the helpers' longer compounds too (太鼓 in 和太鼓教室).
      if (term.match === 'inside')
        for (const compound of this.compoundsWith(term.key)) merge(this.compounds.get(compound));
      const meeting = (hits: Hits, ambiguous: boolean): Meeting => ({
        hits,
        rarity: this.rarity(hits.size),
        ambiguous,
      });
      found = {
        same: meeting(same, false),
        variants: term.synonyms.flatMap((k) => {
          const hits = this.byVocabulary.get(k.vocabulary);
          return hits ? [meeting(hits, k.ambiguous)] : [];
        }),
        synonyms: term.synonyms.flatMap((k) => {
          const hits = this.byGroup.get(k.group);
          return hits ? [meeting(hits, k.ambiguous)] : [];
        }),
      };
      this.matches.set(cacheKey, found);
    }
    this.byTerm.set(term, found);
    return found;
  }

  /** The helpers' kanji compounds that contain `word`. */
  private compoundsWith(word: string): string[] {
    const pieces = bigrams(word);
    if (pieces.length === 0) return [];
    let smallest: Set<string> | undefined;
    for (const piece of pieces) {
      const set = this.compoundsByBigram.get(piece);
      if (!set) return [];
      if (!smallest || set.size < smallest.size) smallest = set;
    }
    return [...smallest!].filter((compound) => compound.includes(word));
  }

  /**
   * How rare a thing `count` helpers have is, 0–1: BM25's idf relative to a thing only one helper
   * has, as if the folder had at least RARITY_FLOOR_HELPERS helpers.
   */
  rarity(count: number): number {
    const n = Math.max(this.helpers.size, RARITY_FLOOR_HELPERS);
    const idf = (df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));
    return Math.max(0, idf(Math.max(1, count)) / idf(1));
  }
}
