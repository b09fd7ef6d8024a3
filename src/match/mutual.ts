// The both-gain bonus (相互): how well a need's owner could help the helper in turn with one of the
// helper's own open needs, and ceilings of it, from either side, that ranking uses to skip a need
// or a candidate without computing it.
import { push } from '../util/collections.js';
import type { ConceptAnswers, Mutual, NeedDoc } from './docs.js';
import { conceptRelevance } from './scoring.js';
import type { PartyInput } from './types.js';
import { CONCEPT } from './weights.js';

const NO_MUTUAL: Mutual = { value: 0 };

export class MutualBonus {
  private askerMost?: Map<PartyInput, number>;
  private readonly helperMost = new Map<PartyInput, number>();

  constructor(
    /** Open needs by owner. */
    private readonly needsOf: Map<string, NeedDoc[]>,
    /** A need's concepts with their weights and who answers each (the candidates' `conceptAnswers`). */
    private readonly answersOf: (need: NeedDoc) => ConceptAnswers,
    /** The most concept evidence any helper can give a need. */
    private readonly conceptBound: (need: NeedDoc) => number,
  ) {}

  /** How well `owner` can help `helper` with one of the helper's open needs (concept evidence only). */
  of(owner: PartyInput | undefined, helper: PartyInput): Mutual {
    // Not cached: nearly every owner–helper pair is asked once, and a cache that size costs more.
    let found: Mutual = NO_MUTUAL;
    if (!owner || owner.doNotContact) return found;
    for (const need of this.needsOf.get(helper.id) ?? []) {
      const e = conceptRelevance(this.answersOf(need), owner);
      if (e.concept > found.value) found = { value: e.concept, need, offer: e.answer?.offer };
    }
    return found;
  }

  /**
   * The most `of(owner, any helper)` can be: the owner's contributions to concepts, each at the
   * concept's heaviest weight in any open need, combined as `conceptRelevance` combines them over
   * as many of the largest as a need has concepts (a need's own contributions are each at most
   * one of these, and there are no more of them).
   */
  asker(owner: PartyInput | undefined): number {
    if (!owner || owner.doNotContact) return 0;
    this.askerMost ??= this.askerCeilings();
    return above(this.askerMost.get(owner) ?? 0);
  }

  /** The most `of(any owner, helper)` can be: how well anyone could answer the helper's own open needs. */
  helper(helper: PartyInput): number {
    let most = this.helperMost.get(helper);
    if (most === undefined) {
      most = 0;
      for (const need of this.needsOf.get(helper.id) ?? []) most = Math.max(most, this.conceptBound(need));
      most = above(most);
      this.helperMost.set(helper, most);
    }
    return most;
  }

  private askerCeilings(): Map<PartyInput, number> {
    // Each need concept at its heaviest in any open need, and who answers it.
    const heaviest = new Map<string, { weight: number; answered: ConceptAnswers[number][2] }>();
    let mostConcepts = 0;
    for (const needs of this.needsOf.values())
      for (let n = 0; n < needs.length; n++) {
        const answers = this.answersOf(needs[n]!);
        mostConcepts = Math.max(mostConcepts, answers.length);
        for (let i = 0; i < answers.length; i++) {
          const [concept, weight, answered] = answers[i]!;
          const known = heaviest.get(concept);
          if (!known) heaviest.set(concept, { weight, answered });
          else if (weight > known.weight) known.weight = weight;
        }
      }
    const contributions = new Map<PartyInput, number[]>();
    for (const { weight, answered } of heaviest.values())
      answered.forEach((answer, party) => {
        push(contributions, party, CONCEPT * weight * answer.value);
      });
    const most = new Map<PartyInput, number>();
    contributions.forEach((values, party) => {
      if (values.length > mostConcepts) values = values.sort((x, y) => y - x).slice(0, mostConcepts);
      let miss = 1;
      for (let i = 0; i < values.length; i++) miss *= 1 - values[i]!;
      most.set(party, 1 - miss);
    });
    return most;
  }
}

/** A hair above, so that rounding can never make a ceiling fall below the value it bounds. */
function above(x: number): number {
  return Math.min(1, x + 1e-9);
}
