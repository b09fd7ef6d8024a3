// Reasons as data, from both sides, quoting whole words of the records: the concept that links
// them, the words they share, a family member that differs, a service area the need is not in,
// a main concept nobody answers, the team's own outcomes, what the owner can give back (相互), and the spaces joined (別スペース).
// The ui words them.
import type { ConceptIndex } from './concepts.js';
import type { OfferDoc, Scored } from './docs.js';
import type { ConceptLabel, PartyInput, Reason } from './types.js';
import { MUTUAL_REASON, WORD_REASON, WORDS_NAMED } from './weights.js';

/** The text of an offer as the record has it (tags when it is only tags). */
export function offerText(o: OfferDoc): string {
  const offer = o.party.offers[o.offerIndex]!;
  return offer.text || offer.tags.join('、');
}

/** Whether the offer is the party's name rather than a strength (reasons say so). */
export const isName = (o: OfferDoc) => o.party.offers[o.offerIndex]!.name === true;

const fromOf = (o: OfferDoc) => (isName(o) ? { from: 'name' as const } : {});

function conceptLabel(index: ConceptIndex, id: string): ConceptLabel {
  return { id, ja: index.label(id, 'ja'), en: index.label(id, 'en'), proper: index.proper(id) };
}

export interface ReasonContext {
  concepts: ConceptIndex;
  parties: Map<string, PartyInput>;
  spaceNames: Map<string, string>;
}

export function reasons(s: Scored, ctx: ReasonContext): Reason[] {
  const { need, helper, evidence: e, mutual } = s;
  const owner = ctx.parties.get(need.need.owner);
  const out: Reason[] = [];
  let quoted = '';
  if (e.answer && e.needConcept) {
    const needWords = need.analysis.evidence.get(e.needConcept) ?? '';
    const helperConcept = e.answer.relation.concept;
    quoted = needWords;
    out.push({
      kind: 'concept',
      relation: e.answer.relation.relation,
      needWords,
      helperWords: e.answer.offer.analysis.evidence.get(helperConcept) ?? '',
      strength: offerText(e.answer.offer),
      ...fromOf(e.answer.offer),
      needConcept: conceptLabel(ctx.concepts, e.needConcept),
      helperConcept: conceptLabel(ctx.concepts, helperConcept),
    });
  }
  const words = e.shared
    .filter((w) => w.contribution >= WORD_REASON && !quoted.includes(w.need))
    .slice(0, WORDS_NAMED);
  if (words.length)
    out.push({
      kind: 'words',
      words: words.map(({ need: n, helper: h, via }) => ({ need: n, helper: h, via })),
      strength: offerText(words[0]!.offer),
      ...fromOf(words[0]!.offer),
    });
  if (e.difference)
    out.push({
      kind: 'differs',
      family: conceptLabel(ctx.concepts, e.difference.family),
      need: conceptLabel(ctx.concepts, e.difference.needConcept),
      helper: conceptLabel(ctx.concepts, e.difference.helperConcept),
      needWords: e.difference.needWords,
      helperWords: e.difference.helperWords,
    });
  if (e.outside) out.push({ kind: 'out-of-area', ...e.outside });
  if (e.elsewhere) out.push({ kind: 'elsewhere', ...e.elsewhere });
  if (e.farAway)
    out.push({ kind: 'far-away', ...e.farAway, concept: conceptLabel(ctx.concepts, e.farAway.concept) });
  if (e.tooSmall) out.push({ kind: 'too-small', ...e.tooSmall });
  if (e.unanswered)
    out.push({
      kind: e.unanswered.others ? 'misses-asked' : 'unanswered',
      concept: conceptLabel(ctx.concepts, e.unanswered.concept),
      needWords: e.unanswered.needWords,
    });
  if (e.history)
    out.push({
      kind: 'history',
      concept: conceptLabel(ctx.concepts, e.history.concept),
      successes: e.history.successes,
      failures: e.history.failures,
    });
  if (mutual.value >= MUTUAL_REASON && mutual.need && mutual.offer && owner)
    out.push({
      kind: 'mutual',
      owner: owner.name,
      ownerStrength: offerText(mutual.offer),
      helper: helper.name,
      helperNeed: mutual.need.need.title,
    });
  if (s.cross) {
    const name = (id: string) => ctx.spaceNames.get(id) ?? id;
    const ownerSpaces = owner?.spaces ?? [need.need.owner];
    out.push({
      kind: 'cross-space',
      ownerSpace: name(ownerSpaces[0]!),
      helperSpace: name(helper.spaces[0]!),
    });
  }
  return out;
}

/** The helper's offer that answers the need best. */
export function bestOffer(s: Scored): OfferDoc | undefined {
  const { answer, shared } = s.evidence;
  const byConcept = answer ? answer.value * s.evidence.concept : 0;
  const byWords = shared[0]?.contribution ?? 0;
  return byWords > byConcept ? shared[0]!.offer : (answer?.offer ?? shared[0]?.offer);
}
