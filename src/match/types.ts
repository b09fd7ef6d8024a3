// What the matcher reads and returns. Plain data: the matcher never touches files.
import type { Glossary } from '../records/schemas.js';
import type { Lang } from '../util/lang.js';

export interface NeedInput {
  id: string;
  owner: string;
  title: string;
  detail?: string;
  tags: string[];
  open: boolean;
}

/** Something a party offers: a strength, or its summary (weaker evidence). */
export interface Offer {
  text: string;
  tags: string[];
  /** How much this offer counts: 1 for a strength, less for a summary. */
  weight: number;
}

export interface PartyInput {
  id: string;
  name: string;
  kind: 'space' | 'member';
  /** Spaces the party belongs to; a space belongs to itself. */
  spaces: string[];
  offers: Offer[];
  doNotContact: boolean;
}

export interface MatchInput {
  needs: NeedInput[];
  parties: PartyInput[];
  /** Pairs that already have a proposal, as `need|helper`. */
  proposed: Set<string>;
  /** Space names, for reasons. */
  spaceNames: Map<string, string>;
  glossary: Glossary;
}

export interface MatchOptions {
  needs?: string[];
  helper?: string;
  space?: string;
  minScore: number;
  limit: number;
  /** In a list over many needs: how often one helper may appear. */
  perHelper: number;
  /** In a list over many needs: how many helpers one need may take. */
  perNeed: number;
  /** Include pairs that already have a proposal. */
  all: boolean;
  /** Rank every pairing, even those that cannot enter the list (to check the shortcut against). */
  exhaustive?: boolean;
  lang: Lang;
}

export interface ScoreParts {
  /** Concept evidence, 0–1. */
  concept: number;
  /** Text similarity (TF-IDF cosine over words and bigrams), 0–1. */
  text: number;
  /** How well the need's owner can help the helper in turn, 0–1. */
  mutual: number;
  crossSpace: boolean;
}

export interface Suggestion {
  need: string;
  owner: string;
  helper: string;
  score: number;
  reasons: string[];
  parts: ScoreParts;
  /** The helper's offer that answers the need best (for letters, which print it only if public). */
  strength?: string;
}

export const DEFAULT_MIN_SCORE = 0.3;
export const DEFAULT_LIMIT = 20;
export const DEFAULT_PER_HELPER = 3;
export const DEFAULT_PER_NEED = 3;
