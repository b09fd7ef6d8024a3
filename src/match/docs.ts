// What the matcher derives from its input and passes between its parts.
import type { Analysis } from './analyze.js';
import type { RelatedConcept } from './concepts.js';
import type { NeedInput, PartyInput } from './types.js';
import type { Vector } from './vectors.js';

export interface OfferDoc {
  party: PartyInput;
  offerIndex: number;
  weight: number;
  analysis: Analysis;
  vector: Vector;
}

export interface NeedDoc {
  need: NeedInput;
  analysis: Analysis;
  vector: Vector;
  /** Filled on first use by `conceptAnswers`. */
  answers?: ConceptAnswers;
}

/** A need's concepts, each with its weight in the need and who answers it how well. */
export type ConceptAnswers = Array<[concept: string, weight: number, answeredBy: Map<PartyInput, Answer>]>;

/** How well one helper answers one need concept, and through which offer. */
export interface Answer {
  value: number;
  offer: OfferDoc;
  relation: RelatedConcept;
}

export interface Evidence {
  needConcept?: string;
  answer?: Answer;
  conceptValue: number;
  textOffer?: OfferDoc;
  text: number;
}

export interface Scored {
  need: NeedDoc;
  helper: PartyInput;
  evidence: Evidence;
  mutual: Mutual;
  cross: boolean;
  score: number;
}

/** Helpers that answer a need concept, best first, and where each run of equal values ends. */
export interface Ranked {
  list: Array<[PartyInput, Answer]>;
  groupEnds: number[];
}

/** Text similarity by helper, and the offer it came from. */
export interface TextMatches {
  sim: Map<PartyInput, number>;
  offer: Map<PartyInput, OfferDoc>;
}

export interface Mutual {
  value: number;
  need?: NeedDoc;
  offer?: OfferDoc;
}
