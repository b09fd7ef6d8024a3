// Scores needs against what parties offer and ranks the pairings. Pure: data in, suggestions out.
//
// Parts: analyze.ts reads a text once (concepts, words, synonyms, service areas); index.ts holds
// the helpers' offers and the inverted indexes; candidates.ts picks the helpers a need looks at;
// scoring.ts turns the evidence into one score (the formula is in weights.ts), with
// service-area.ts and whereabouts.ts for strengths that serve one area only; list.ts ranks and
// spreads; mutual.ts is the both-gain bonus and its ceilings; reasons.ts says why, as data.
import { getOrCreate, push } from '../util/collections.js';
import {
  packAnalysis,
  packAnswering,
  unpackAnalysis,
  unpackAnswering,
  unpackConceptIds,
} from './analysis-pack.js';
import { type Analysis, analyzeText } from './analyze.js';
import { Candidates } from './candidates.js';
import { ConceptIndex } from './concepts.js';
import type { ConceptAnswers, NeedDoc, Scored, WordRoot } from './docs.js';
import { capacityOf, headcountOf } from './headcount.js';
import { HelperIndex, type OfferDoc } from './index.js';
import { byScored, type NeedRanker, rankList } from './list.js';
import { MutualBonus } from './mutual.js';
import { bestOffer, isName, offerText, reasons } from './reasons.js';
import {
  conceptMiss,
  evidence,
  historyCeiling,
  type Outcomes,
  offersBearing,
  outcomeKey,
  relevanceCeiling,
  relevanceOnly,
  type ScoringContext,
  termFactor,
  wordCeiling,
} from './scoring.js';
import type { MatchInput, MatchOptions, NeedInput, PartyInput, Suggestion } from './types.js';
import {
  BASE,
  CONCEPT,
  CROSS,
  DETAIL,
  HISTORY_CONCEPT_SHARE,
  MUTUAL,
  OWN_DOMAIN,
  PART,
  SYNONYM,
  TAGS,
  VARIANT,
  WORD_PROPOSES,
  WORDS,
} from './weights.js';
import { Locator } from './whereabouts.js';

/** The most a relevance can become with every bonus. */
const FULL_BONUS = BASE + MUTUAL + CROSS;

export class Matcher {
  readonly concepts: ConceptIndex;
  private readonly helpers = new HelperIndex();
  private readonly candidates: Candidates;
  private readonly scoring: ScoringContext;
  private readonly parties = new Map<string, PartyInput>();
  private readonly needDocs = new Map<string, NeedDoc>();
  /** Open needs by owner: what a helper could get back (相互). */
  private readonly needsOf = new Map<string, NeedDoc[]>();
  private readonly offerAnalyses = new Map<string, Analysis>();
  /** Helpers that already have a proposal, by need. */
  private readonly proposedFor = new Map<string, Set<string>>();
  /** `wordBound` by the words of a need (shared by needs worded alike). */
  private readonly wordBounds = new Map<WordRoot[], number>();
  /** The both-gain bonus of a pairing, and its ceilings. */
  private readonly mutual: MutualBonus;

  constructor(private readonly input: MatchInput) {
    this.concepts = new ConceptIndex(input.glossary, input.compiledTerms, input.preparedTerms);
    this.concepts.knownWord = (word) => input.synonyms.knows(word);
    const { memo } = input;
    if (memo)
      this.concepts.memo = {
        get: (n) => unpackAnswering(memo.get(`answering\u0000${n}`)),
        set: (n, list) => memo.set(`answering\u0000${n}`, packAnswering(list)),
      };
    for (const pair of input.proposed) {
      const [need = '', helper = ''] = pair.split('|');
      getOrCreate(this.proposedFor, need, () => new Set()).add(helper);
    }
    const sized = new Set<PartyInput>();
    for (const party of input.parties) {
      this.parties.set(party.id, party);
      party.offers.forEach((offer, offerIndex) => {
        const doc: OfferDoc = {
          party,
          offerIndex,
          weight: offer.weight,
          analysis: this.analyzeOffer(offer.text, offer.tags),
        };
        // (a summary says what a party is, not what it takes: 「入所80床」)
        const capacity = offer.summary ? undefined : capacityOf(offer.text);
        if (capacity) {
          doc.capacity = capacity;
          sized.add(party);
        }
        this.helpers.add(doc);
      });
    }
    const limited = new Set(
      input.parties.filter((p) => p.offers.some((o) => this.analyzeOffer(o.text, o.tags).limits.length > 0)),
    );
    this.candidates = new Candidates(this.concepts, this.helpers, this.parties.size);
    this.mutual = new MutualBonus(
      this.needsOf,
      (need) => this.conceptAnswers(need),
      (need) => this.conceptBound(need),
    );
    const ownConcepts = new Map<string, Set<string>>();
    // Needs worded alike (「ホームページを作りたい」 from many owners) are analysed once.
    const needTexts = new Map<string, { analysis: Analysis; roots: WordRoot[] }>();
    for (const need of input.needs) {
      const key = `${need.title}\u0000${need.detail ?? ''}\u0000${need.tags.join('\u0000')}`;
      const shared = getOrCreate(needTexts, key, () => {
        const analysis = this.remembered(`need\u0000${key}`, () =>
          analyzeText(
            this.concepts,
            input.synonyms,
            [
              { text: need.title, weight: 1, positional: true },
              { text: need.detail ?? '', weight: DETAIL },
            ],
            need.tags.map((tag) => ({ tag, weight: TAGS })),
          ),
        );
        return { analysis, roots: wordRoots(analysis) };
      });
      // The owner's own concepts are discounted per need, on a copy of the shared analysis.
      const own = getOrCreate(ownConcepts, need.owner, () => this.ownConcepts(need.owner));
      const concepts = new Map(shared.analysis.concepts);
      for (const [concept, weight] of concepts)
        if (own.has(concept)) concepts.set(concept, weight * OWN_DOMAIN);
      const doc: NeedDoc = { need, analysis: { ...shared.analysis, concepts }, roots: shared.roots };
      const headcount = sized.size ? headcountOf([need.title, need.detail ?? '']) : undefined;
      if (headcount) doc.headcount = headcount;
      this.needDocs.set(need.id, doc);
      if (need.open) push(this.needsOf, need.owner, doc);
    }
    // Where parties are matters only for strengths that serve one area only, for needs that ask for
    // a helper in one place and for needs of a place one goes to (a venue, wanted near): spaces'
    // areas are read only when some strength or need does.
    const placed = [...this.needDocs.values()].some(
      (d) =>
        d.need.open &&
        (d.analysis.limits.length > 0 ||
          [...d.analysis.concepts.keys()].some((c) => this.concepts.isNearby(c))),
    );
    const locator = new Locator(
      {
        concepts: this.concepts,
        recall: (key, unpack, pack, make) => this.recall(key, unpack, pack, make),
        analyzeOffer: (text, tags) => this.analyzeOffer(text, tags),
        party: (id) => this.parties.get(id),
      },
      limited.size || placed ? (input.spaceAreas ?? []) : [],
    );
    // (where the parties that may be looked at are, now, so that the memo keeps the names read)
    for (const party of placed ? input.parties : limited) locator.party(party);
    this.scoring = {
      concepts: this.concepts,
      helpers: this.helpers,
      outcomes: this.outcomes(input),
      lifted: new Set(input.outcomes.filter((o) => o.success).map((o) => o.helper)),
      familyNames: new Map(),
      limited,
      sized,
      whereIsNeed: (doc) => locator.need(doc),
      whereIsParty: (party) => locator.party(party),
    };
    // What answers each open need's concepts, now: from the memo when it has it, else made here,
    // so that the caller keeps it with the analyses once the matcher is made.
    if (input.memo)
      for (const doc of this.needDocs.values())
        if (doc.need.open)
          for (const concept of doc.analysis.concepts.keys()) this.concepts.answering(concept);
  }

  /** What the memo of earlier runs holds under `key` when it is usable, else made (and kept). */
  private recall<T>(
    key: string,
    unpack: (packed: unknown) => T | undefined,
    pack: (value: T) => unknown,
    make: () => T,
  ): T {
    const memo = this.input.memo;
    const known = memo && unpack(memo.get(key));
    if (known) return known;
    const made = make();
    memo?.set(key, pack(made));
    return made;
  }

  /** An analysis, from the memo when it holds one. */
  private remembered(key: string, make: () => Analysis): Analysis {
    return this.recall(key, unpackAnalysis, packAnalysis, make);
  }

  /** Offers repeat («ホームページ制作» in many records): analyse each text once. */
  private analyzeOffer(text: string, tags: string[]): Analysis {
    const key = `${text}\u0000${tags.join('\u0000')}`;
    return getOrCreate(this.offerAnalyses, key, () =>
      this.remembered(`offer\u0000${key}`, () =>
        analyzeText(
          this.concepts,
          this.input.synonyms,
          [{ text, weight: 1 }],
          tags.map((tag) => ({ tag, weight: 1 })),
          true,
        ),
      ),
    );
  }

  /** The concepts a name names (「山田デザイン事務所」: design), from the memo when it has them. */
  private nameConcepts(name: string): string[] {
    return this.recall(
      `name\u0000${name}`,
      unpackConceptIds,
      (ids) => ids,
      () => [...new Set(this.concepts.find(name).hits.map((hit) => hit.concept))],
    );
  }

  /** Concepts that say what a party is: its name, strengths, summary and tags. */
  private ownConcepts(partyId: string): Set<string> {
    const party = this.parties.get(partyId);
    if (!party) return new Set();
    const found = new Set(this.nameConcepts(party.name));
    for (const offer of party.offers)
      for (const concept of this.analyzeOffer(offer.text, offer.tags).concepts.keys()) found.add(concept);
    return found;
  }

  /** The folder's closed proposals, counted by helper and by the main concepts of their needs. */
  private outcomes(input: MatchInput): Outcomes {
    const counts: Outcomes = new Map();
    for (const outcome of input.outcomes) {
      const doc = this.needDocs.get(outcome.need);
      if (!doc) continue;
      const weights = [...doc.analysis.concepts.values()];
      const most = Math.max(0, ...weights);
      for (const [concept, weight] of doc.analysis.concepts) {
        if (weight < most * HISTORY_CONCEPT_SHARE) continue;
        const count = getOrCreate(counts, outcomeKey(outcome.helper, concept), () => ({
          successes: 0,
          failures: 0,
        }));
        if (outcome.success) count.successes++;
        else count.failures++;
      }
    }
    return counts;
  }

  private conceptAnswers(need: NeedDoc): ConceptAnswers {
    return this.candidates.conceptAnswers(need);
  }

  /** The most relevance any helper can reach for a need. */
  private relevanceBound(need: NeedDoc): number {
    const concept = this.conceptBound(need);
    const words = this.wordBound(need);
    const relevance = 1 - (1 - concept) * (1 - words);
    // A hair above, so that rounding can never make the bound fall below a score it bounds.
    return (this.scoring.lifted.size ? historyCeiling(relevance) : relevance) + 1e-9;
  }

  /** The most concept evidence any helper can give the need: each concept by its best answer. */
  private conceptBound(need: NeedDoc): number {
    if (need.conceptAtMost !== undefined) return need.conceptAtMost;
    let miss = 1;
    for (const [concept, weight] of this.conceptAnswers(need)) {
      const best = this.candidates.rankedFor(concept).list[0]?.[1].value ?? 0;
      miss *= 1 - CONCEPT * weight * best;
    }
    need.conceptAtMost = 1 - miss;
    return need.conceptAtMost;
  }

  /** The most word evidence the need can have with any helper: each word at its best meeting. */
  private wordBound(need: NeedDoc): number {
    // Once per wording (needs worded alike share their words), and a hair above, so that rounding
    // can never make it fall below the word evidence it bounds.
    return getOrCreate(this.wordBounds, need.roots, () => Math.min(1, this.wordsAtBest(need.roots) + 1e-9));
  }

  private wordsAtBest(roots: WordRoot[]): number {
    let miss = 1;
    const best = (term: NonNullable<WordRoot['whole']>) => {
      const m = this.helpers.wordMatches(term);
      let most = m.same.hits.size ? m.same.rarity : 0;
      for (const v of m.variants) most = Math.max(most, VARIANT * v.rarity);
      for (const v of m.synonyms) most = Math.max(most, SYNONYM * v.rarity);
      return most * termFactor(term);
    };
    for (const root of roots) {
      let partMiss = 1;
      for (const part of root.parts) partMiss *= 1 - best(part);
      const value = Math.max(root.whole ? best(root.whole) : 0, PART * (1 - partMiss));
      miss *= 1 - WORDS * root.weight * value;
    }
    return 1 - miss;
  }

  /**
   * The most the bonuses can lift a pairing of this owner's need: a full cross-space bonus, and the
   * mutual one only as far as the owner could answer any open need at all.
   */
  private bonusCeiling(owner: PartyInput | undefined): number {
    return BASE + MUTUAL * this.mutual.asker(owner) + CROSS;
  }

  private crossSpace(owner: PartyInput | undefined, ownerId: string, helper: PartyInput): boolean {
    const ownerSpaces = owner?.spaces ?? [ownerId];
    return (
      ownerSpaces.length > 0 &&
      helper.spaces.length > 0 &&
      !helper.spaces.some((s) => ownerSpaces.includes(s))
    );
  }

  /**
   * The best `keep` pairings of one need at or above the minimum score, best first. Pairings below
   * `floor` may be left out (a list over many needs passes the score it can no longer use).
   */
  private rankNeed(doc: NeedDoc, options: MatchOptions, keep: number, floor = 0): Scored[] {
    if (!doc.need.open) return [];
    const owner = this.parties.get(doc.need.owner);
    if (owner?.doNotContact) return [];
    const cutoff = Math.max(options.minScore, floor);
    if (floor > 0 && reach(this.relevanceBound(doc), this.bonusCeiling(owner)) < cutoff) return [];
    const answers = this.conceptAnswers(doc);
    const wordsAtMost = this.wordBound(doc);
    const candidates = new Set<PartyInput>();
    this.candidates.fromConcepts(doc, candidates);
    // A word proposes helpers only when it could carry a good part of a pairing by itself. (Of the
    // minimum, not of `floor`: which helpers a need looks at must not depend on the needs before it.)
    this.candidates.fromWords(doc, candidates, (WORD_PROPOSES * options.minScore) / FULL_BONUS);
    const ownerSpaces = owner?.spaces ?? [doc.need.owner];
    const proposed = options.all ? undefined : this.proposedFor.get(doc.need.id);
    // Candidates by their ceilings alone; relevance only for those that could still enter the list,
    // and the evidence for reasons only for pairings that are kept.
    const askerMost = this.mutual.asker(owner);
    const plausible: Array<{ helper: PartyInput; reachAtMost: number; cross: boolean; bonus: number }> = [];
    for (const helper of candidates) {
      if (helper.id === doc.need.owner || helper.doNotContact) continue;
      if (options.helper && helper.id !== options.helper) continue;
      if (proposed?.has(helper.id)) continue;
      if (options.space && !helper.spaces.includes(options.space) && !ownerSpaces.includes(options.space))
        continue;
      // The cheap ceilings first, most candidates end here, each with the most bonus this pairing
      // could get: the helper's concepts with the need's words at their best (no word of the
      // helper looked at), then with the helper's own words.
      const miss = conceptMiss(answers, helper);
      const cross = this.crossSpace(owner, doc.need.owner, helper);
      const helperBonus =
        BASE + MUTUAL * Math.min(askerMost, this.mutual.helper(helper)) + (cross ? CROSS : 0);
      if (reach(relevanceCeiling(this.scoring, helper, miss, wordsAtMost), helperBonus) < cutoff) continue;
      const ceiling = relevanceCeiling(
        this.scoring,
        helper,
        miss,
        wordCeiling(this.helpers, doc.roots, helper),
      );
      if (reach(ceiling, helperBonus) >= cutoff)
        plausible.push({ helper, reachAtMost: ceiling * helperBonus, cross, bonus: helperBonus });
    }
    // Best first by what each could reach; once `keep` pairings beat that, the rest cannot enter.
    plausible.sort((a, b) => b.reachAtMost - a.reachAtMost || (a.helper.id < b.helper.id ? -1 : 1));
    const out: Scored[] = [];
    for (const { helper, reachAtMost, cross, bonus: helperBonus } of plausible) {
      if (out.length >= keep && out[keep - 1]!.score > reachAtMost) break;
      const relevance = relevanceOnly(this.scoring, doc, answers, helper);
      // The bonuses can only lift a real match, and the both-gain check is the costly part:
      // skipped when even this pairing's most bonus could not help.
      const most = reach(relevance, helperBonus);
      if (most < cutoff || (out.length >= keep && out[keep - 1]!.score > most)) continue;
      const mutual = this.mutual.of(owner, helper);
      // Rounded before the comparison, so that `--min-score` with a printed score keeps that pairing.
      const score = reach(relevance, BASE + MUTUAL * mutual.value + (cross ? CROSS : 0));
      if (score < cutoff) continue;
      const e = evidence(this.scoring, doc, answers, helper);
      let bearing: number | undefined;
      const support = () => (bearing ??= offersBearing(this.scoring, doc, helper));
      out.push({ need: doc, helper, evidence: e, mutual, cross, score, support });
      if (out.length >= keep) out.sort(byScored);
    }
    return out.sort(byScored).slice(0, keep);
  }

  private toSuggestion(s: Scored): Suggestion {
    const e = s.evidence;
    const offer = bestOffer(s);
    return {
      need: s.need.need.id,
      owner: s.need.need.owner,
      helper: s.helper.id,
      score: s.score,
      reasons: reasons(s, {
        concepts: this.concepts,
        parties: this.parties,
        spaceNames: this.input.spaceNames,
      }),
      parts: {
        concept: round(e.concept),
        words: round(e.words),
        differs: round(e.differs * e.outsideFactor * e.sizeFactor),
        history: round(e.historyFactor),
        mutual: round(s.mutual.value),
        crossSpace: s.cross,
      },
      // (a name is not a strength: a letter must not quote 「佐藤写真館」 as what the helper offers)
      strength: offer && !isName(offer) ? offerText(offer) : undefined,
    };
  }

  /** Every pairing for one need at or above the minimum score, best first (up to the limit). */
  scoreNeed(needId: string, options: MatchOptions): Suggestion[] {
    const doc = this.needDocs.get(needId);
    if (!doc) return [];
    return this.rankNeed(doc, options, options.limit).map((s) => this.toSuggestion(s));
  }

  /**
   * What ranking bounds one pairing by, beside what it has (for the tests of the bounds): the
   * coarse ceiling of relevance (the helper's concepts, the need's words at their best), the fine
   * one, and the ceiling of `mutual`.
   */
  ceilings(
    needId: string,
    helperId: string,
  ): { coarse: number; fine: number; relevance: number; mutualAtMost: number; mutual: number } | undefined {
    const doc = this.needDocs.get(needId);
    const helper = this.parties.get(helperId);
    if (!doc || !helper) return undefined;
    const answers = this.conceptAnswers(doc);
    const miss = conceptMiss(answers, helper);
    const owner = this.parties.get(doc.need.owner);
    return {
      coarse: relevanceCeiling(this.scoring, helper, miss, this.wordBound(doc)),
      fine: relevanceCeiling(this.scoring, helper, miss, wordCeiling(this.helpers, doc.roots, helper)),
      relevance: relevanceOnly(this.scoring, doc, answers, helper),
      mutualAtMost: Math.min(this.mutual.asker(owner), this.mutual.helper(helper)),
      mutual: this.mutual.of(owner, helper).value,
    };
  }

  /** The ranked list; over many needs spread per helper and per need (see list.ts). */
  suggest(options: MatchOptions): Suggestion[] {
    const ranker: NeedRanker = {
      rank: (id, keep, floor) => {
        const doc = this.needDocs.get(id);
        return doc ? this.rankNeed(doc, options, keep, floor) : [];
      },
      bound: (id) => {
        const doc = this.needDocs.get(id)!;
        return reach(this.relevanceBound(doc), this.bonusCeiling(this.parties.get(doc.need.owner)));
      },
      open: (id) => this.needDocs.get(id)?.need.open === true,
    };
    const ids = options.needs ?? [...this.needDocs.keys()].sort();
    return rankList(ranker, ids, options).map((s) => this.toSuggestion(s));
  }

  /** Open needs (of parties one may contact) that get no suggestion at the minimum score. */
  unmatched(options: MatchOptions): NeedInput[] {
    return [...this.needDocs.values()]
      .filter((d) => d.need.open && !this.parties.get(d.need.owner)?.doNotContact)
      .filter((d) => this.rankNeed(d, { ...options, all: true }, 1).length === 0)
      .map((d) => d.need);
  }
}

/** A need's words grouped by compound, the heaviest first. */
function wordRoots(analysis: Analysis): WordRoot[] {
  const byRoot = new Map<number, WordRoot>();
  for (const term of analysis.terms) {
    const root = getOrCreate(byRoot, term.root, () => ({ weight: term.weight, parts: [] }));
    if (term.part) root.parts.push(term);
    else root.whole = term;
  }
  return [...byRoot.values()].sort((a, b) => b.weight - a.weight);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** The printed score a relevance reaches with a bonus factor. */
function reach(relevance: number, factor: number): number {
  return round(relevance * factor);
}
