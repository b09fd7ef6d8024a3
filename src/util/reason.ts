// The shape of a pairing's reasons: the matcher makes them as data, the ui words them. Here, below
// both, so that neither depends on the other.

/** A glossary concept, with its labels for the ui. */
export interface ConceptLabel {
  id: string;
  ja: string;
  en: string;
  /** Its English label begins with a proper noun (English, Hokkaido): capitalised in a sentence too. */
  proper: boolean;
}

/** How a helper's concept relates to the need's. */
export type ConceptRelation = 'same' | 'solves' | 'solves-broader' | 'narrower' | 'broader' | 'sibling';

/** One reason for a pairing, with whole words quoted from both records. */
export type Reason =
  | {
      kind: 'concept';
      relation: ConceptRelation;
      /** The words of the need that named its concept, and of the helper's strength. */
      needWords: string;
      helperWords: string;
      /** The helper's strength as written (or its name, when `from` says so). */
      strength: string;
      /** Set when the words are the helper's name, not one of its strengths (「佐藤写真館」). */
      from?: 'name';
      needConcept: ConceptLabel;
      helperConcept: ConceptLabel;
    }
  | {
      kind: 'words';
      /** Shared words: the need's word, the helper's word, and how they meet. */
      words: Array<{ need: string; helper: string; via: 'same' | 'variant' | 'synonym' }>;
      strength: string;
      from?: 'name';
    }
  | {
      kind: 'differs';
      family: ConceptLabel;
      need: ConceptLabel;
      helper: ConceptLabel;
      needWords: string;
      helperWords: string;
    }
  | {
      kind: 'out-of-area';
      /** The area the strength serves, as written (「札幌市内のみ」), and where the need is. */
      limit: string;
      needArea: string;
    }
  | {
      kind: 'elsewhere';
      /** Where the need asks its helper to be, as written (「宮城県内」), and where the helper is. */
      needArea: string;
      helperArea: string;
    }
  | {
      kind: 'far-away';
      /** The need's concept that is a place one goes to (a venue), and where the need and the helper are. */
      concept: ConceptLabel;
      needArea: string;
      helperArea: string;
    }
  | {
      kind: 'too-small';
      /** How many people the need brings (「100人くらい」), and the most the strength takes (「50人まで」). */
      needWords: string;
      helperWords: string;
    }
  | {
      kind: 'unanswered';
      /** The need's main concept, which no helper of the folder answers, and its words as written. */
      concept: ConceptLabel;
      needWords: string;
    }
  | {
      kind: 'misses-asked';
      /** A member of a family the need says it looks for (German), which this helper does not name. */
      concept: ConceptLabel;
      needWords: string;
    }
  | { kind: 'history'; concept: ConceptLabel; successes: number; failures: number }
  | { kind: 'mutual'; owner: string; ownerStrength: string; helper: string; helperNeed: string }
  | { kind: 'cross-space'; ownerSpace: string; helperSpace: string };
