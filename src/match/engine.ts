// Scores needs against what parties offer and ranks the pairings. Pure: data in, suggestions out.
import { t } from '../ui/messages.js';
import { type Analysis, analyzeText } from './analyze.js';
import { ConceptIndex, type RelatedConcept } from './concepts.js';
import type { MatchInput, MatchOptions, NeedInput, PartyInput, ScoreParts, Suggestion } from './types.js';
import { Corpus, cosine, sharedTokens, type Vector } from './vectors.js';

/** How much one fully matched concept contributes (a second one raises the score further). */
const CONCEPT_STRENGTH = 0.8;
/** How much text similarity adds on top of concepts. */
const TEXT_STRENGTH = 0.75;
/** Shares of the final score: relevance alone reaches BASE; the bonuses add the rest. */
const BASE = 0.85;
const MUTUAL_BONUS = 0.1;
const CROSS_BONUS = 0.05;
/**
 * Tokens in more than this share of documents (and more than COMMON_MIN of them) do not propose
 * candidates by themselves; they still count in the score.
 */
const COMMON_TOKEN = 0.05;
const COMMON_MIN = 20;
/** A detail sentence says less about the need than its title. */
const DETAIL_WEIGHT = 0.55;
/**
 * A concept that describes the need's owner itself (a tea farm's 「緑茶」 in 「緑茶を海外に輸出したい」)
 * is context, not what is needed: it counts this much.
 */
const OWN_DOMAIN = 0.4;

interface OfferDoc {
  party: PartyInput;
  offerIndex: number;
  weight: number;
  analysis: Analysis;
  vector: Vector;
}

interface NeedDoc {
  need: NeedInput;
  analysis: Analysis;
  vector: Vector;
}

interface Evidence {
  needConcept?: string;
  offer?: OfferDoc;
  relation?: RelatedConcept;
  conceptValue: number;
  textOffer?: OfferDoc;
  text: number;
}

export class Matcher {
  readonly index: ConceptIndex;
  private readonly corpus = new Corpus();
  private readonly parties = new Map<string, PartyInput>();
  private readonly offersOf = new Map<string, OfferDoc[]>();
  private readonly needDocs = new Map<string, NeedDoc>();
  private readonly needsOf = new Map<string, NeedDoc[]>();
  private readonly conceptPostings = new Map<string, OfferDoc[]>();
  private readonly tokenPostings = new Map<string, OfferDoc[]>();
  private readonly relationCache = new Map<string, RelatedConcept | null>();
  private readonly mutualCache = new Map<string, { value: number; need?: NeedDoc; offer?: OfferDoc }>();

  constructor(private readonly input: MatchInput) {
    this.index = new ConceptIndex(input.glossary);
    const offerAnalyses: Array<[PartyInput, number, Analysis, number]> = [];
    for (const party of input.parties) {
      this.parties.set(party.id, party);
      party.offers.forEach((offer, i) => {
        const analysis = analyzeText(this.index, [{ text: offer.text, weight: 1 }], offer.tags);
        this.corpus.add(analysis.tokens);
        offerAnalyses.push([party, i, analysis, offer.weight]);
      });
    }
    const needAnalyses = input.needs.map((need) => {
      const analysis = analyzeText(
        this.index,
        [
          { text: need.title, weight: 1, positional: true },
          { text: need.detail ?? '', weight: DETAIL_WEIGHT },
        ],
        need.tags,
      );
      this.corpus.add(analysis.tokens);
      const own = this.ownConcepts(need.owner);
      for (const [concept, weight] of analysis.concepts)
        if (own.has(concept)) analysis.concepts.set(concept, weight * OWN_DOMAIN);
      return { need, analysis };
    });
    for (const [party, offerIndex, analysis, weight] of offerAnalyses) {
      const doc: OfferDoc = {
        party,
        offerIndex,
        weight,
        analysis,
        vector: this.corpus.vector(analysis.tokens),
      };
      push(this.offersOf, party.id, doc);
      if (party.doNotContact) continue;
      for (const concept of analysis.concepts.keys()) push(this.conceptPostings, concept, doc);
      for (const token of doc.vector.keys())
        if (!this.corpus.isCommon(token, COMMON_TOKEN, COMMON_MIN)) push(this.tokenPostings, token, doc);
    }
    for (const { need, analysis } of needAnalyses) {
      const doc: NeedDoc = { need, analysis, vector: this.corpus.vector(analysis.tokens) };
      this.needDocs.set(need.id, doc);
      if (need.open) push(this.needsOf, need.owner, doc);
    }
  }

  /** Concepts that say what a party is: its name, strengths, summary and tags. */
  private ownConcepts(partyId: string): Set<string> {
    const party = this.parties.get(partyId);
    if (!party) return new Set();
    const found = new Set(analyzeText(this.index, [{ text: party.name, weight: 1 }]).concepts.keys());
    for (const offer of party.offers)
      for (const concept of analyzeText(
        this.index,
        [{ text: offer.text, weight: 1 }],
        offer.tags,
      ).concepts.keys())
        found.add(concept);
    return found;
  }

  private relation(s: string, n: string): RelatedConcept | undefined {
    const key = `${s}\u0000${n}`;
    let r = this.relationCache.get(key);
    if (r === undefined) {
      r = this.index.relation(s, n) ?? null;
      this.relationCache.set(key, r);
    }
    return r ?? undefined;
  }

  /** How well a party's offers answer a need: concept evidence, text similarity, and where each came from. */
  private evidence(need: NeedDoc, party: PartyInput): Evidence {
    const offers = this.offersOf.get(party.id) ?? [];
    let miss = 1;
    const best: Evidence = { conceptValue: 0, text: 0 };
    for (const [needConcept, needWeight] of need.analysis.concepts) {
      let value = 0;
      let from: OfferDoc | undefined;
      let relation: RelatedConcept | undefined;
      for (const offer of offers) {
        for (const [offerConcept, offerWeight] of offer.analysis.concepts) {
          const r = this.relation(offerConcept, needConcept);
          if (!r) continue;
          const v = r.weight * offerWeight * offer.weight;
          if (v > value) [value, from, relation] = [v, offer, r];
        }
      }
      const contribution = CONCEPT_STRENGTH * needWeight * value;
      miss *= 1 - contribution;
      if (contribution > best.conceptValue)
        Object.assign(best, { conceptValue: contribution, needConcept, offer: from, relation });
    }
    best.conceptValue = 1 - miss;
    for (const offer of offers) {
      const sim = cosine(need.vector, offer.vector) * offer.weight;
      if (sim > best.text) [best.text, best.textOffer] = [sim, offer];
    }
    return best;
  }

  private relevance(e: Evidence): number {
    return 1 - (1 - e.conceptValue) * (1 - TEXT_STRENGTH * e.text);
  }

  /** How well the need's owner can help the helper with one of the helper's own open needs. */
  private mutual(owner: PartyInput | undefined, helper: PartyInput) {
    if (!owner) return { value: 0 };
    const key = `${owner.id}\u0000${helper.id}`;
    let found = this.mutualCache.get(key);
    if (!found) {
      found = { value: 0 };
      for (const need of this.needsOf.get(helper.id) ?? []) {
        const e = this.evidence(need, owner);
        const value = this.relevance(e);
        if (value > found.value) found = { value, need, offer: e.offer ?? e.textOffer };
      }
      this.mutualCache.set(key, found);
    }
    return found;
  }

  /** Parties that could plausibly answer a need: by related concepts and by rarer shared tokens. */
  private candidates(need: NeedDoc): Set<PartyInput> {
    const found = new Set<PartyInput>();
    for (const concept of need.analysis.concepts.keys())
      for (const related of this.index.answering(concept))
        for (const offer of this.conceptPostings.get(related.concept) ?? []) found.add(offer.party);
    for (const token of need.vector.keys())
      for (const offer of this.tokenPostings.get(token) ?? []) found.add(offer.party);
    return found;
  }

  private crossSpace(owner: PartyInput | undefined, ownerId: string, helper: PartyInput): boolean {
    const ownerSpaces = owner?.spaces ?? [ownerId];
    return (
      ownerSpaces.length > 0 &&
      helper.spaces.length > 0 &&
      !helper.spaces.some((s) => ownerSpaces.includes(s))
    );
  }

  /** Every pairing for one need at or above the minimum score, best first. */
  scoreNeed(needId: string, options: MatchOptions): Suggestion[] {
    const doc = this.needDocs.get(needId);
    if (!doc?.need.open) return [];
    const owner = this.parties.get(doc.need.owner);
    if (owner?.doNotContact) return [];
    const out: Suggestion[] = [];
    for (const helper of this.candidates(doc)) {
      if (helper.id === doc.need.owner || helper.doNotContact) continue;
      if (options.helper && helper.id !== options.helper) continue;
      if (!options.all && this.input.proposed.has(`${needId}|${helper.id}`)) continue;
      if (
        options.space &&
        !helper.spaces.includes(options.space) &&
        !(owner?.spaces ?? [doc.need.owner]).includes(options.space)
      )
        continue;
      const e = this.evidence(doc, helper);
      const relevance = this.relevance(e);
      // The bonuses can only lift a real match: checked before they are computed.
      if (relevance * (BASE + MUTUAL_BONUS + CROSS_BONUS) < options.minScore) continue;
      const mutual = this.mutual(owner, helper);
      const cross = this.crossSpace(owner, doc.need.owner, helper);
      // Rounded before the comparison, so that `--min-score` with a printed score keeps that pairing.
      const score = round(relevance * (BASE + MUTUAL_BONUS * mutual.value + (cross ? CROSS_BONUS : 0)));
      if (score < options.minScore) continue;
      const parts: ScoreParts = {
        concept: round(e.conceptValue),
        text: round(e.text),
        mutual: round(mutual.value),
        crossSpace: cross,
      };
      out.push({
        need: needId,
        owner: doc.need.owner,
        helper: helper.id,
        score,
        reasons: this.reasons(doc, owner, helper, e, mutual, cross, options),
        parts,
      });
    }
    return out.sort(bySuggestion);
  }

  private reasons(
    need: NeedDoc,
    owner: PartyInput | undefined,
    helper: PartyInput,
    e: Evidence,
    mutual: { value: number; need?: NeedDoc; offer?: OfferDoc },
    cross: boolean,
    options: MatchOptions,
  ): string[] {
    const lang = options.lang;
    const reasons: string[] = [];
    const offerText = (o: OfferDoc) => o.party.offers[o.offerIndex]!.text;
    if (e.offer && e.needConcept && e.relation) {
      const needLabel = this.index.label(e.needConcept, lang);
      const strengthLabel = this.index.label(e.relation.concept, lang);
      const relation = e.relation.relation;
      if (relation === 'same')
        reasons.push(
          t(lang, 'reason.concept-same', {
            need: need.need.title,
            strength: offerText(e.offer),
            concept: needLabel,
          }),
        );
      else {
        const arrow =
          relation === 'solves' || relation === 'solves-broader' ? '→' : relation === 'narrower' ? '⊂' : '⊃';
        reasons.push(
          t(lang, 'reason.concept-solves', {
            need: need.need.title,
            strength: offerText(e.offer),
            path: `${strengthLabel} ${arrow} ${needLabel}`,
          }),
        );
      }
    }
    if (e.textOffer && e.text >= 0.2 && (!e.offer || e.textOffer !== e.offer || reasons.length === 0)) {
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
    if (mutual.value >= 0.3 && mutual.need && mutual.offer && owner)
      reasons.push(
        t(lang, 'reason.mutual', {
          owner: owner.name,
          strength: offerText(mutual.offer),
          helper: helper.name,
          need: mutual.need.need.title,
        }),
      );
    if (cross) {
      const name = (id: string) => this.input.spaceNames.get(id) ?? id;
      const ownerSpaces = owner?.spaces ?? [need.need.owner];
      reasons.push(t(lang, 'reason.cross-space', { a: name(ownerSpaces[0]!), b: name(helper.spaces[0]!) }));
    }
    return reasons;
  }

  /** Needs the options select, in a stable order. */
  private selectedNeeds(options: MatchOptions): string[] {
    if (options.needs) return options.needs;
    return [...this.needDocs.keys()].sort();
  }

  /**
   * The ranked list. Over many needs, one helper appears at most `perHelper` times and one need
   * at most `perNeed` times, so the list spreads; the next best fill the freed places.
   */
  suggest(options: MatchOptions): Suggestion[] {
    const all = this.selectedNeeds(options).flatMap((id) => this.scoreNeed(id, options));
    all.sort(bySuggestion);
    const spread = !options.needs && !options.helper;
    if (!spread) return all.slice(0, options.limit);
    const perHelper = new Map<string, number>();
    const perNeed = new Map<string, number>();
    const out: Suggestion[] = [];
    for (const s of all) {
      if (
        (perHelper.get(s.helper) ?? 0) >= options.perHelper ||
        (perNeed.get(s.need) ?? 0) >= options.perNeed
      )
        continue;
      perHelper.set(s.helper, (perHelper.get(s.helper) ?? 0) + 1);
      perNeed.set(s.need, (perNeed.get(s.need) ?? 0) + 1);
      out.push(s);
      if (out.length >= options.limit) break;
    }
    return out;
  }

  /** Open needs (of parties one may contact) that get no suggestion at the minimum score. */
  unmatched(options: MatchOptions): NeedInput[] {
    return [...this.needDocs.values()]
      .filter((d) => d.need.open && !this.parties.get(d.need.owner)?.doNotContact)
      .filter((d) => this.scoreNeed(d.need.id, { ...options, all: true }).length === 0)
      .map((d) => d.need);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function bySuggestion(a: Suggestion, b: Suggestion): number {
  return (
    b.score - a.score || (a.need < b.need ? -1 : a.need > b.need ? 1 : 0) || (a.helper < b.helper ? -1 : 1)
  );
}
