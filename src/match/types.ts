// What the matcher reads and returns. Plain data: the matcher never touches files.
import type { Glossary } from '../records/schemas.js';
import type { Reason } from '../util/reason.js';
import type { PackedTerm, PreparedLists } from './concepts.js';
import type { SynonymTable } from './synonyms.js';

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
  /** The party's summary, which also says where it is (「伊豆大島のゲストハウス」). */
  summary?: true;
  /** The party's name, which often says its trade (「佐藤写真館」, 「関熱処理工業」): counted as a summary. */
  name?: true;
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
  /** Where each space is (its `area`, 「青森県弘前市」), for strengths that serve one area only. */
  spaceAreas?: Map<string, string>;
  glossary: Glossary;
  /** Terms of the glossary compiled ahead (the built-in ones, at build time); optional. */
  compiledTerms?: Readonly<Record<string, PackedTerm | null>>;
  /** The glossary's lookup lists made ahead (`prepareTerms`: the built-in glossary's, at build time). */
  preparedTerms?: PreparedLists;
  /** Synonyms and spelling variants (the compiled dictionary; empty when there is none). */
  synonyms: SynonymTable;
  /** How the folder's closed proposals ended: the team's own evidence of what works. */
  outcomes: Outcome[];
  /** What was read in these texts before, kept by the caller between runs; optional. */
  memo?: AnalysisMemo;
}

/**
 * A store of packed analyses (analysis-pack.ts) by a key that holds the kind of text and the text
 * itself. The matcher checks what it gets back and reads the text again when it is not usable.
 */
export interface AnalysisMemo {
  get(key: string): unknown;
  set(key: string, packed: unknown): void;
}

/** A closed proposal: a deal or collaboration is a success; declined or no result is not. */
export interface Outcome {
  need: string;
  helper: string;
  success: boolean;
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
}

export interface ScoreParts {
  /** Concept evidence, 0–1. */
  concept: number;
  /** Word evidence (shared words, variants and synonyms weighted by rarity), 0–1. */
  words: number;
  /**
   * 1, or the factor by which a difference lowers the pairing: the helper names another member of
   * the need's family, or serves only another area.
   */
  differs: number;
  /** The factor from the folder's own outcomes (above 1 after successes, below after failures). */
  history: number;
  /** How well the need's owner can help the helper in turn, 0–1. */
  mutual: number;
  crossSpace: boolean;
}

export interface Suggestion {
  need: string;
  owner: string;
  helper: string;
  score: number;
  /** Why, as data: the ui words each reason in the user's language. */
  reasons: Reason[];
  parts: ScoreParts;
  /** The helper's offer that answers the need best (for letters, which print it only if public). */
  strength?: string;
}

export type { ConceptLabel, ConceptRelation, Reason } from '../util/reason.js';
