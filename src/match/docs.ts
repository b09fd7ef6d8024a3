// What the matcher derives from its input and passes between its parts.
import type { Analysis, WeightedTerm } from './analyze.js';
import type { RelatedConcept } from './concepts.js';
import type { Headcount } from './headcount.js';
import type { OfferDoc } from './index.js';
import type { NeedInput, PartyInput } from './types.js';

export type { OfferDoc };

/** A compound and its parts (和太鼓; 和太鼓 → 太鼓): they count once, the whole or its parts. */
export interface WordRoot {
  weight: number;
  whole?: WeightedTerm;
  parts: WeightedTerm[];
}

export interface NeedDoc {
  need: NeedInput;
  analysis: Analysis;
  /** The need's words grouped by compound, heaviest first. */
  roots: WordRoot[];
  /** How many people the need says come (「100人くらい」), if it says. */
  headcount?: Headcount;
  /** Filled on first use by `conceptAnswers`. */
  answers?: ConceptAnswers;
  /** Filled on first use by `offersBearing`: the concepts that bear on the need. */
  bears?: Set<string>;
  /** Filled on first use by `unansweredMain`: null when every main concept has an answer. */
  unanswered?: Unanswered | null;
  /** Filled on first use by `askedMembers`: the members of a family it asks for that someone offers. */
  askedMembers?: AskedMember[];
  /**
   * The most concept evidence any helper can give it (the matcher's `conceptBound`), once. Kept per
   * need, not per wording as the word bound is: its concepts are discounted by its owner's own.
   */
  conceptAtMost?: number;
}

/** A member of an exclusive family a need says it looks for, the families it is in, and who answers it. */
export interface AskedMember {
  concept: string;
  families: string[];
  answeredBy: Map<PartyInput, Answer>;
}

/** A need's concepts, each with its weight in the need and who answers it how well. */
export type ConceptAnswers = Array<[concept: string, weight: number, answeredBy: Map<PartyInput, Answer>]>;

/** How well one helper answers one need concept, and through which offer. */
export interface Answer {
  value: number;
  offer: OfferDoc;
  relation: RelatedConcept;
}

/** A word of the need that a helper's offer shares (or a variant or synonym of it). */
export interface SharedWord {
  need: string;
  helper: string;
  via: 'same' | 'variant' | 'synonym';
  /** What it added to the word evidence. */
  contribution: number;
  offer: OfferDoc;
}

/** The need names one member of an exclusive family, the helper only others. */
export interface Difference {
  family: string;
  needConcept: string;
  helperConcept: string;
  needWords: string;
  helperWords: string;
}

/** The evidence comes only from strengths that serve an area the need is not in. */
export interface OutOfArea {
  /** The strength's limit as written (「札幌市内のみ」), and where the need is (「青森県弘前市」). */
  limit: string;
  needArea: string;
}

/** The need asks for a helper in a place (「宮城県内の蔵で」) and the helper is known to be elsewhere. */
export interface Elsewhere {
  /** The need's words (「宮城県内」), and where the helper is (「山形県鶴岡市」). */
  needArea: string;
  helperArea: string;
}

/** The need's answer is a place one goes to (a venue) and the helper is in another prefecture. */
export interface FarAway {
  /** The need's concept that is such a place, where the need is (「宮城県仙台市」), where the helper is. */
  concept: string;
  needArea: string;
  helperArea: string;
}

/** The need brings more people (「100人くらい」) than every strength that answers it takes (「50人まで」). */
export interface TooSmall {
  needWords: string;
  helperWords: string;
}

/** No helper of the folder answers the need's main concept (「手話」): what answers it answers the rest. */
export interface Unanswered {
  concept: string;
  /** The need's words that name it, as written. */
  needWords: string;
  /**
   * Whether the need surely asks for it, so that every helper counts UNANSWERED_ASKED: it is named
   * where the need says whom it looks for (「公認会計士を探している」), or it is a member of a family
   * nobody offers (Thai, thatch).
   */
  sure: boolean;
  /** Others in the folder offer it; this helper does not (MISSES_ASKED). */
  others?: boolean;
}

export interface History {
  concept: string;
  successes: number;
  failures: number;
}

export interface Evidence {
  /** Concept evidence, 0–1, and the need concept and answer that gave most of it. */
  concept: number;
  needConcept?: string;
  answer?: Answer;
  /** Word evidence, 0–1, and the shared words, most telling first. */
  words: number;
  shared: SharedWord[];
  difference?: Difference;
  outside?: OutOfArea;
  elsewhere?: Elsewhere;
  farAway?: FarAway;
  tooSmall?: TooSmall;
  history?: History;
  unanswered?: Unanswered;
  /** The factors of `difference`, `outside`, `elsewhere` or `farAway`, `tooSmall`, `history` and `unanswered` (1 when there is none). */
  differs: number;
  outsideFactor: number;
  sizeFactor: number;
  historyFactor: number;
  unansweredFactor: number;
  /** Everything but the bonuses: what says the helper can answer the need. */
  relevance: number;
}

export interface Scored {
  need: NeedDoc;
  helper: PartyInput;
  evidence: Evidence;
  mutual: Mutual;
  cross: boolean;
  score: number;
  /**
   * How many of the helper's offers bear on the need: among equal scores, more comes first. Counted
   * when first asked, which only a tie does.
   */
  support: () => number;
}

/** Helpers that answer a need concept, best first, and where each run of equal values ends. */
export interface Ranked {
  list: Array<[PartyInput, Answer]>;
  groupEnds: number[];
}

export interface Mutual {
  value: number;
  need?: NeedDoc;
  offer?: OfferDoc;
}
