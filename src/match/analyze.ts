// Turns a text into what scoring uses: weighted concepts and a token vector.

import { hasJapanese } from '../util/normalize.js';
import type { ConceptIndex } from './concepts.js';
import { tokenize } from './segment.js';

export interface Analysis {
  /** Concept → weight (0–1): how central the concept is to the text. */
  concepts: Map<string, number>;
  /** Concept → the words of the text that named it (for reasons). */
  evidence: Map<string, string>;
  tokens: string[];
}

/** Each concept named earlier in a Japanese sentence than the last one weighs this much less… */
const EARLIER = 0.75;
/** …but never less than this. */
const EARLIEST = 0.6;

/**
 * Japanese puts what is wanted last (「宿のパンフレット用の写真を新しくしたい」 is about 写真, not
 * パンフレット), so the last concept named in a Japanese title weighs most and each earlier one
 * less. English is read evenly. Hits that end together (観光客: tourists and tourism) share a rank.
 */
function rankWeights(hits: Array<{ end: number }>, japanese: boolean): number[] {
  if (!japanese) return hits.map(() => 1);
  const ends = [...new Set(hits.map((h) => h.end))].sort((a, b) => b - a);
  return hits.map((h) => Math.max(EARLIEST, EARLIER ** ends.indexOf(h.end)));
}

/** A word followed by 「の」 modifies the next one (「セミナーの参加者」 is about participants). */
const MODIFIER = 0.8;
const MODIFIES = /^(用|向け|関係|関連)?の/;

function modifierWeight(normalized: string, end: number, japanese: boolean): number {
  return japanese && MODIFIES.test(normalized.slice(end, end + 3)) ? MODIFIER : 1;
}

export function analyzeText(
  index: ConceptIndex,
  parts: Array<{ text: string; weight: number; positional?: boolean }>,
  tags: string[] = [],
): Analysis {
  const concepts = new Map<string, number>();
  const evidence = new Map<string, string>();
  const tokens: string[] = [];
  const add = (concept: string, weight: number, words: string) => {
    if (weight > (concepts.get(concept) ?? 0)) {
      concepts.set(concept, weight);
      evidence.set(concept, words);
    }
  };
  for (const part of parts) {
    if (!part.text) continue;
    const { normalized: norm, hits } = index.find(part.text);
    const japanese = hasJapanese(norm);
    const ranks = rankWeights(hits, japanese && part.positional === true);
    hits.forEach((hit, i) => {
      const modifier = part.positional ? modifierWeight(norm, hit.end, japanese) : 1;
      add(hit.concept, part.weight * ranks[i]! * modifier, norm.slice(hit.start, hit.end));
    });
    tokens.push(...tokenize(part.text));
  }
  for (const tag of tags) {
    const concept = index.fromTag(tag);
    if (concept) add(concept, 1, tag);
    tokens.push(...tokenize(tag));
  }
  return { concepts, evidence, tokens };
}
