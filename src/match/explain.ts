// Reasons a person can check, from both sides, quoting the records: the concept path, the words
// in common, what the owner can give back (相互), and the spaces joined (別スペース).
import { type Lang, t } from '../ui/messages.js';
import type { ConceptIndex } from './concepts.js';
import type { OfferDoc, Scored } from './docs.js';
import type { PartyInput } from './types.js';
import { sharedTokens } from './vectors.js';

/** Below this, "both gain" is not worth a reason. */
const MUTUAL_REASON = 0.3;
/** Below this, shared words are not worth a reason. */
const TEXT_REASON = 0.2;

export interface ExplainContext {
  index: ConceptIndex;
  parties: Map<string, PartyInput>;
  spaceNames: Map<string, string>;
}

/** The text of an offer as the record has it (tags when it is only tags). */
export function offerText(o: OfferDoc): string {
  const offer = o.party.offers[o.offerIndex]!;
  return offer.text || offer.tags.join('、');
}

export function explain(s: Scored, ctx: ExplainContext, lang: Lang): string[] {
  const { need, helper, evidence: e, mutual } = s;
  const owner = ctx.parties.get(need.need.owner);
  const reasons: string[] = [];
  if (e.answer && e.needConcept) {
    const needLabel = ctx.index.label(e.needConcept, lang);
    const relation = e.answer.relation.relation;
    if (relation === 'same')
      reasons.push(
        t(lang, 'reason.concept-same', {
          need: need.need.title,
          strength: offerText(e.answer.offer),
          concept: needLabel,
        }),
      );
    else {
      const strengthLabel = ctx.index.label(e.answer.relation.concept, lang);
      const arrow =
        relation === 'solves' || relation === 'solves-broader' ? '→' : relation === 'narrower' ? '⊂' : '⊃';
      reasons.push(
        t(lang, 'reason.concept-solves', {
          need: need.need.title,
          strength: offerText(e.answer.offer),
          path: `${strengthLabel} ${arrow} ${needLabel}`,
        }),
      );
    }
  }
  if (e.textOffer && e.text >= TEXT_REASON && (e.textOffer !== e.answer?.offer || reasons.length === 0)) {
    const words = sharedTokens(need.vector, e.textOffer.vector).map((w) => w.slice(2));
    if (words.length)
      reasons.push(
        t(lang, 'reason.text', {
          need: need.need.title,
          strength: offerText(e.textOffer),
          words: words.join('・'),
        }),
      );
  }
  if (mutual.value >= MUTUAL_REASON && mutual.need && mutual.offer && owner)
    reasons.push(
      t(lang, 'reason.mutual', {
        owner: owner.name,
        strength: offerText(mutual.offer),
        helper: helper.name,
        need: mutual.need.need.title,
      }),
    );
  if (s.cross) {
    const name = (id: string) => ctx.spaceNames.get(id) ?? id;
    const ownerSpaces = owner?.spaces ?? [need.need.owner];
    reasons.push(t(lang, 'reason.cross-space', { a: name(ownerSpaces[0]!), b: name(helper.spaces[0]!) }));
  }
  return reasons;
}
