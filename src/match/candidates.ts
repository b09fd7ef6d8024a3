// Which helpers a need looks at: those that answer one of its concepts (a bounded, rotated slice
// of each concept's best), and those that share one of its words, a variant or a synonym of it.
// The work per need grows with what it names, not with the size of the folder.
import type { ConceptIndex } from './concepts.js';
import type { Answer, ConceptAnswers, NeedDoc, Ranked } from './docs.js';
import type { HelperIndex, Meeting } from './index.js';
import { meetingCeiling } from './scoring.js';
import type { PartyInput } from './types.js';
import {
  CANDIDATE_WORD_MAX,
  CANDIDATES_PER_CONCEPT,
  CONCEPT_RARITY,
  CONTEXT,
  PART,
  RARITY_FLOOR_HELPERS,
  SYNONYM,
  VARIANT,
} from './weights.js';

export class Candidates {
  private readonly answers = new Map<string, Map<PartyInput, Answer>>();
  private readonly ranked = new Map<string, Ranked>();

  constructor(
    private readonly concepts: ConceptIndex,
    private readonly helpers: HelperIndex,
    /** Every party, to weigh how many of them answer a concept. */
    private readonly partyCount: number,
  ) {}

  /** For one need concept: every contactable helper that answers it, with how well. Built once. */
  answersTo(needConcept: string): Map<PartyInput, Answer> {
    let found = this.answers.get(needConcept);
    if (!found) {
      found = new Map();
      const context = this.concepts.isContext(needConcept) ? CONTEXT : 1;
      for (const relation of this.concepts.answering(needConcept))
        for (const offer of this.helpers.conceptPostings.get(relation.concept) ?? []) {
          const value =
            context * relation.weight * offer.analysis.concepts.get(relation.concept)! * offer.weight;
          const known = found.get(offer.party);
          if (!known || value > known.value) found.set(offer.party, { value, offer, relation });
        }
      this.answers.set(needConcept, found);
    }
    return found;
  }

  /** The helpers of `answersTo`, best first (ties by id). */
  rankedFor(needConcept: string): Ranked {
    let ranked = this.ranked.get(needConcept);
    if (!ranked) {
      const list = [...this.answersTo(needConcept)].sort(
        ([a, x], [b, y]) => y.value - x.value || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      );
      // Where each run of equal values ends, found once rather than walked for every need.
      const groupEnds: number[] = [];
      for (let i = 1; i <= list.length; i++)
        if (i === list.length || list[i]![1].value !== list[i - 1]![1].value) groupEnds.push(i);
      ranked = { list, groupEnds };
      this.ranked.set(needConcept, ranked);
    }
    return ranked;
  }

  /** The need's concepts with their weights (rarity included) and who answers each: once per need. */
  conceptAnswers(need: NeedDoc): ConceptAnswers {
    need.answers ??= [...need.analysis.concepts].map(([concept, weight]) => {
      const answered = this.answersTo(concept);
      return [concept, weight * this.rarity(answered.size), answered];
    });
    return need.answers;
  }

  /**
   * A concept that many helpers answer tells them apart less than a rare one (a workshop anyone
   * could host, against the topic only one knows): 1 for a rare concept, down to 1 − CONCEPT_RARITY.
   */
  private rarity(answeredBy: number): number {
    // as if the folder had at least as many helpers as word rarity assumes (weights.ts)
    const all = Math.max(RARITY_FLOOR_HELPERS, this.partyCount);
    return 1 - CONCEPT_RARITY * (Math.log(1 + answeredBy) / Math.log(1 + all));
  }

  /** Up to CANDIDATES_PER_CONCEPT helpers per need concept, the best first; equal ones rotated by need. */
  fromConcepts(need: NeedDoc, into: Set<PartyInput>): void {
    const turn = hash(need.need.id);
    for (const [concept, weight] of need.analysis.concepts) {
      const { list, groupEnds } = this.rankedFor(concept);
      // A concept that weighs less in the need brings fewer helpers.
      const quota = Math.ceil(CANDIDATES_PER_CONCEPT * weight);
      if (list.length <= quota) {
        for (const [party] of list) into.add(party);
        continue;
      }
      let taken = 0;
      for (let g = 0, start = 0; g < groupEnds.length && taken < quota; g++) {
        const end = groupEnds[g]!;
        const group = end - start;
        const want = Math.min(group, quota - taken);
        const offset = group > want ? turn % group : 0;
        for (let i = 0; i < want; i++) into.add(list[start + ((offset + i) % group)]![0]);
        taken += want;
        start = end;
      }
    }
  }

  /**
   * Helpers that share a word with the need (or a variant or synonym), unless too many do, and
   * only through a word that could bring at least `floor` of relevance by itself.
   */
  fromWords(need: NeedDoc, into: Set<PartyInput>, floor: number): void {
    for (const root of need.roots)
      for (const term of root.whole ? [root.whole, ...root.parts] : root.parts) {
        const matches = this.helpers.wordMatches(term);
        const part = term === root.whole ? 1 : PART;
        const propose = (meeting: Meeting, factor: number) => {
          if (meeting.hits.size > CANDIDATE_WORD_MAX) return;
          if (part * meetingCeiling(term, root.weight, meeting, factor) < floor) return;
          for (const party of meeting.hits.keys()) into.add(party);
        };
        propose(matches.same, 1);
        for (const meeting of matches.variants) propose(meeting, VARIANT);
        for (const meeting of matches.synonyms) propose(meeting, SYNONYM);
      }
  }
}

/** A small stable string hash (FNV-1a), to rotate equal candidates per need. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
