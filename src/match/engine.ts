// Scores needs against what parties offer and ranks the pairings. Pure: data in, suggestions out.
//
// Cost: each need looks only at plausible helpers. Helpers come from two inverted indexes, by
// concept (per need concept, a list of helpers sorted by how well they answer it, built once) and
// by rarer shared tokens; each need scores at most CANDIDATES_PER_CONCEPT helpers per concept plus
// its text candidates, so the work grows with the folder, not with needs × strengths.
import { getOrCreate, push } from '../util/collections.js';
import { type Analysis, analyzeText } from './analyze.js';
import { ConceptIndex } from './concepts.js';
import type {
  Answer,
  ConceptAnswers,
  Evidence,
  Mutual,
  NeedDoc,
  OfferDoc,
  Ranked,
  Scored,
  TextMatches,
} from './docs.js';
import { explain, offerText } from './explain.js';
import { TopScores } from './top.js';
import type { MatchInput, MatchOptions, NeedInput, PartyInput, ScoreParts, Suggestion } from './types.js';
import { Corpus, type Vector } from './vectors.js';

/** How much one fully matched concept contributes (a second one raises the score further). */
const CONCEPT_STRENGTH = 0.8;
/** How much text similarity adds on top of concepts. */
const TEXT_STRENGTH = 0.75;
/** Shares of the final score: relevance alone reaches BASE; the bonuses add the rest. */
const BASE = 0.85;
const MUTUAL_BONUS = 0.1;
const CROSS_BONUS = 0.05;
/** The most a relevance can become with every bonus. */
const FULL_BONUS = BASE + MUTUAL_BONUS + CROSS_BONUS;
/**
 * A list over many needs is spread from a head of the best pairings, first this many times as long
 * as the list, then HEAD_GROWTH times longer each time the caps leave it short (see `suggest`).
 */
const HEAD_FIRST = 4;
const HEAD_GROWTH = 5;
/**
 * Tokens in more than this share of documents (and more than COMMON_MIN of them), or in more than
 * COMMON_MAX documents at all, do not propose candidates and are left out of text similarity:
 * they say little about a pairing, and an absolute cap keeps each need's work bounded however
 * large the folder grows.
 */
const COMMON_TOKEN = 0.02;
const COMMON_MIN = 20;
const COMMON_MAX = 300;
/**
 * How many helpers one need concept proposes. Where more helpers answer a concept equally well,
 * each need takes a different slice of them (rotated by the need's id), so that the work stays
 * bounded and the pairings spread over the network.
 */
const CANDIDATES_PER_CONCEPT = 30;
/** A detail sentence says less about the need than its title. */
const DETAIL_WEIGHT = 0.55;
/**
 * A concept that describes the need's owner itself (a tea farm's 「緑茶」 in 「緑茶を海外に輸出したい」)
 * is context, not what is needed: it counts this much.
 */
const OWN_DOMAIN = 0.4;
/** How much less a concept that every helper answers counts than one that only a few answer. */
const RARITY = 0.4;
/** Text alone proposes a helper only from this similarity up (below it, text cannot carry a pairing). */
const TEXT_CANDIDATE = 0.3;

export class Matcher {
  readonly index: ConceptIndex;
  private readonly corpus = new Corpus();
  private readonly parties = new Map<string, PartyInput>();
  private readonly offersOf = new Map<PartyInput, OfferDoc[]>();
  private readonly needDocs = new Map<string, NeedDoc>();
  private readonly needsOf = new Map<string, NeedDoc[]>();
  private readonly conceptPostings = new Map<string, OfferDoc[]>();
  private readonly tokenPostings = new Map<string, Array<{ offer: OfferDoc; weight: number }>>();
  /** For each token, the most it adds to any offer's text similarity (per unit of need weight). */
  private readonly tokenMost = new Map<string, number>();
  private readonly answers = new Map<string, Map<PartyInput, Answer>>();
  private readonly ranked = new Map<string, Ranked>();
  private readonly analysisCache = new Map<string, Analysis>();
  private readonly scratchDots = new Map<OfferDoc, number>();
  private readonly scratchText: TextMatches = { sim: new Map(), offer: new Map() };
  /** Helpers that already have a proposal, by need. */
  private readonly proposedFor = new Map<string, Set<string>>();

  constructor(private readonly input: MatchInput) {
    this.index = new ConceptIndex(input.glossary);
    for (const pair of input.proposed) {
      const [need = '', helper = ''] = pair.split('|');
      getOrCreate(this.proposedFor, need, () => new Set()).add(helper);
    }
    const offerAnalyses: Array<[PartyInput, number, Analysis, number]> = [];
    for (const party of input.parties) {
      this.parties.set(party.id, party);
      party.offers.forEach((offer, i) => {
        const analysis = this.analyzeOffer(offer.text, offer.tags);
        this.corpus.add(analysis.tokens);
        offerAnalyses.push([party, i, analysis, offer.weight]);
      });
    }
    const ownConcepts = new Map<string, Set<string>>();
    // Needs worded alike (「ホームページを作りたい」 from many owners) are analysed once.
    const needTexts = new Map<string, Analysis>();
    const needAnalyses = input.needs.map((need) => {
      const key = `${need.title}\u0000${need.detail ?? ''}\u0000${need.tags.join('\u0000')}`;
      const shared = getOrCreate(needTexts, key, () =>
        analyzeText(
          this.index,
          [
            { text: need.title, weight: 1, positional: true },
            { text: need.detail ?? '', weight: DETAIL_WEIGHT },
          ],
          need.tags,
        ),
      );
      this.corpus.add(shared.tokens);
      // The owner's own concepts are discounted per need, on a copy of the shared analysis.
      const own = getOrCreate(ownConcepts, need.owner, () => this.ownConcepts(need.owner));
      const concepts = new Map(shared.concepts);
      for (const [concept, weight] of concepts)
        if (own.has(concept)) concepts.set(concept, weight * OWN_DOMAIN);
      const analysis: Analysis = { ...shared, concepts };
      return { need, analysis };
    });
    for (const [party, offerIndex, analysis, weight] of offerAnalyses) {
      const doc: OfferDoc = { party, offerIndex, weight, analysis, vector: this.textVector(analysis.tokens) };
      push(this.offersOf, party, doc);
      if (party.doNotContact) continue;
      for (const concept of analysis.concepts.keys()) push(this.conceptPostings, concept, doc);
      for (const [token, w] of doc.vector) {
        push(this.tokenPostings, token, { offer: doc, weight: w });
        if (w * weight > (this.tokenMost.get(token) ?? 0)) this.tokenMost.set(token, w * weight);
      }
    }
    // Needs worded alike share their tokens, and so their vector.
    const vectors = new Map<string[], Vector>();
    for (const { need, analysis } of needAnalyses) {
      const vector = getOrCreate(vectors, analysis.tokens, () => this.textVector(analysis.tokens));
      const doc: NeedDoc = { need, analysis, vector };
      this.needDocs.set(need.id, doc);
      if (need.open) push(this.needsOf, need.owner, doc);
    }
  }

  /** Offers repeat («ホームページ制作» in many records): analyse each text once. */
  private analyzeOffer(text: string, tags: string[]): Analysis {
    const key = `${text}\u0000${tags.join('\u0000')}`;
    let analysis = this.analysisCache.get(key);
    if (!analysis) {
      analysis = analyzeText(this.index, [{ text, weight: 1 }], tags);
      this.analysisCache.set(key, analysis);
    }
    return analysis;
  }

  /** A unit TF-IDF vector without the tokens too common to tell documents apart. */
  private textVector(tokens: string[]): Vector {
    return this.corpus.vector(
      tokens.filter((token) => !this.corpus.isCommon(token, COMMON_TOKEN, COMMON_MIN, COMMON_MAX)),
    );
  }

  /** Concepts that say what a party is: its name, strengths, summary and tags. */
  private ownConcepts(partyId: string): Set<string> {
    const party = this.parties.get(partyId);
    if (!party) return new Set();
    const found = new Set(this.index.find(party.name).hits.map((hit) => hit.concept));
    for (const offer of party.offers)
      for (const concept of this.analyzeOffer(offer.text, offer.tags).concepts.keys()) found.add(concept);
    return found;
  }

  /** For one need concept: every contactable helper that answers it, with how well. Built once. */
  private answersTo(needConcept: string): Map<PartyInput, Answer> {
    let found = this.answers.get(needConcept);
    if (!found) {
      found = new Map();
      for (const relation of this.index.answering(needConcept))
        for (const offer of this.conceptPostings.get(relation.concept) ?? []) {
          const value = relation.weight * offer.analysis.concepts.get(relation.concept)! * offer.weight;
          const known = found.get(offer.party);
          if (!known || value > known.value) found.set(offer.party, { value, offer, relation });
        }
      this.answers.set(needConcept, found);
    }
    return found;
  }

  /** The helpers of `answersTo`, best first (ties by id). */
  private rankedFor(needConcept: string): Ranked {
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

  /** Concept evidence of a helper for a need: noisy-OR over the need's concepts. */
  /** The need's concepts with their weights and who answers each: looked up once per need. */
  private conceptAnswers(need: NeedDoc): ConceptAnswers {
    need.answers ??= [...need.analysis.concepts].map(([concept, weight]) => {
      const answered = this.answersTo(concept);
      return [concept, weight * this.rarity(answered.size), answered];
    });
    return need.answers;
  }

  /**
   * A concept that many helpers answer tells them apart less than a rare one (a workshop anyone
   * could host, against the topic only one knows): 1 for a rare concept, down to 1 − RARITY.
   */
  private rarity(answeredBy: number): number {
    const all = Math.max(2, this.parties.size);
    return 1 - RARITY * (Math.log(1 + answeredBy) / Math.log(1 + all));
  }

  private evidence(
    need: NeedDoc,
    party: PartyInput,
    text: TextMatches,
    answers = this.conceptAnswers(need),
  ): Evidence {
    let miss = 1;
    const best: Evidence = { conceptValue: 0, text: 0 };
    let strongest = 0;
    for (const [needConcept, needWeight, answered] of answers) {
      const answer = answered.get(party);
      if (!answer) continue;
      const contribution = CONCEPT_STRENGTH * needWeight * answer.value;
      miss *= 1 - contribution;
      if (contribution > strongest) {
        strongest = contribution;
        best.needConcept = needConcept;
        best.answer = answer;
      }
    }
    best.conceptValue = 1 - miss;
    const sim = text.sim.get(party);
    if (sim !== undefined) {
      best.text = sim;
      best.textOffer = text.offer.get(party);
    }
    return best;
  }

  private relevance(e: Evidence): number {
    return 1 - (1 - e.conceptValue) * (1 - TEXT_STRENGTH * e.text);
  }

  /**
   * The most relevance any helper can reach for a need whose best text similarity is `bestText`:
   * `evidence` with each concept answered as well as its best helper answers it.
   */
  private relevanceBound(answers: ConceptAnswers, bestText: number): number {
    let miss = 1;
    for (const [concept, needWeight] of answers) {
      const best = this.rankedFor(concept).list[0]?.[1].value ?? 0;
      miss *= 1 - CONCEPT_STRENGTH * needWeight * best;
    }
    // A hair above, so that rounding can never make the bound fall below a score it bounds.
    return this.relevance({ conceptValue: 1 - miss, text: bestText }) + 1e-9;
  }

  /** How well the need's owner can help the helper with one of the helper's own open needs. */
  private mutual(owner: PartyInput | undefined, helper: PartyInput): Mutual {
    // Not cached: nearly every owner–helper pair is asked once, and a cache that size costs more.
    let found: Mutual = NO_MUTUAL;
    if (!owner || owner.doNotContact) return found;
    for (const need of this.needsOf.get(helper.id) ?? []) {
      const e = this.evidence(need, owner, NO_TEXT);
      const value = this.relevance(e);
      if (value > found.value) found = { value, need, offer: e.answer?.offer ?? e.textOffer };
    }
    return found;
  }

  /** The most relevance any helper can have for a need, before its text is matched. */
  private needBound(need: NeedDoc): number {
    return this.relevanceBound(this.conceptAnswers(need), this.textBound(need));
  }

  /** The most text similarity the need can have with any offer: each token at its best posting. */
  private textBound(need: NeedDoc): number {
    let most = 0;
    for (const [token, w] of need.vector) most += w * (this.tokenMost.get(token) ?? 0);
    return Math.min(1, most);
  }

  /** Text similarity by helper, summed from the token index (rare tokens only). */
  private textMatches(need: NeedDoc): TextMatches {
    // Scratch maps shared by all needs: allocating them per need is what a large folder pays for most.
    const dots = this.scratchDots;
    dots.clear();
    for (const [token, w] of need.vector) {
      const postings = this.tokenPostings.get(token);
      if (postings)
        for (const { offer, weight } of postings) dots.set(offer, (dots.get(offer) ?? 0) + w * weight);
    }
    const { sim, offer: bestOffer } = this.scratchText;
    sim.clear();
    bestOffer.clear();
    for (const [offer, dot] of dots) {
      const value = dot * offer.weight;
      if (value > (sim.get(offer.party) ?? 0)) {
        sim.set(offer.party, value);
        bestOffer.set(offer.party, offer);
      }
    }
    return this.scratchText;
  }

  /** Up to CANDIDATES_PER_CONCEPT helpers per need concept, the best first; equal ones rotated by need. */
  private conceptCandidates(need: NeedDoc, into: Set<PartyInput>): void {
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
    const answers = this.conceptAnswers(doc);
    const text = this.textMatches(doc);
    // A need whose text matches too little to reach the cutoff is not looked at further.
    if (floor > 0) {
      let bestText = 0;
      for (const sim of text.sim.values()) if (sim > bestText) bestText = sim;
      if (reach(this.relevanceBound(answers, bestText), FULL_BONUS) < cutoff) return [];
    }
    const candidates = new Set<PartyInput>();
    for (const [party, sim] of text.sim) if (sim >= TEXT_CANDIDATE) candidates.add(party);
    this.conceptCandidates(doc, candidates);
    const ownerSpaces = owner?.spaces ?? [doc.need.owner];
    const proposed = options.all ? undefined : this.proposedFor.get(doc.need.id);
    const plausible: Array<{ helper: PartyInput; evidence: Evidence; relevance: number }> = [];
    for (const helper of candidates) {
      if (helper.id === doc.need.owner || helper.doNotContact) continue;
      if (options.helper && helper.id !== options.helper) continue;
      if (proposed?.has(helper.id)) continue;
      if (options.space && !helper.spaces.includes(options.space) && !ownerSpaces.includes(options.space))
        continue;
      const evidence = this.evidence(doc, helper, text, answers);
      const relevance = this.relevance(evidence);
      // The bonuses can only lift a real match: checked before they are computed.
      if (reach(relevance, FULL_BONUS) >= cutoff) plausible.push({ helper, evidence, relevance });
    }
    // Best relevance first; once `keep` pairings beat what any later one could reach with every
    // bonus, the rest cannot enter the list.
    plausible.sort((a, b) => b.relevance - a.relevance);
    const out: Scored[] = [];
    for (const { helper, evidence, relevance } of plausible) {
      if (out.length >= keep && out[keep - 1]!.score > relevance * FULL_BONUS) break;
      const cross = this.crossSpace(owner, doc.need.owner, helper);
      // The both-gain check is the costly part: skipped when even a full bonus could not help.
      const most = reach(relevance, BASE + MUTUAL_BONUS + (cross ? CROSS_BONUS : 0));
      if (most < cutoff || (out.length >= keep && out[keep - 1]!.score > most)) continue;
      const mutual = this.mutual(owner, helper);
      // Rounded before the comparison, so that `--min-score` with a printed score keeps that pairing.
      const score = reach(relevance, BASE + MUTUAL_BONUS * mutual.value + (cross ? CROSS_BONUS : 0));
      if (score < cutoff) continue;
      out.push({ need: doc, helper, evidence, mutual, cross, score });
      if (out.length >= keep) out.sort(byScored);
    }
    return out.sort(byScored).slice(0, keep);
  }

  private toSuggestion(s: Scored, options: MatchOptions): Suggestion {
    const parts: ScoreParts = {
      concept: round(s.evidence.conceptValue),
      text: round(s.evidence.text),
      mutual: round(s.mutual.value),
      crossSpace: s.cross,
    };
    return {
      need: s.need.need.id,
      owner: s.need.need.owner,
      helper: s.helper.id,
      score: s.score,
      reasons: explain(
        s,
        { index: this.index, parties: this.parties, spaceNames: this.input.spaceNames },
        options.lang,
      ),
      parts,
      strength: (() => {
        const offer = s.evidence.answer?.offer ?? s.evidence.textOffer;
        return offer ? offerText(offer) : undefined;
      })(),
    };
  }

  /** Every pairing for one need at or above the minimum score, best first (up to the limit). */
  scoreNeed(needId: string, options: MatchOptions): Suggestion[] {
    const doc = this.needDocs.get(needId);
    if (!doc) return [];
    return this.rankNeed(doc, options, options.limit).map((s) => this.toSuggestion(s, options));
  }

  /**
   * The ranked list. Over many needs, one helper appears at most `perHelper` times and one need
   * at most `perNeed` times, so the list spreads; the next best fill the freed places.
   */
  suggest(options: MatchOptions): Suggestion[] {
    const spread = !options.needs && !options.helper;
    // Each need keeps two more than it may show, to fill places freed by the helper cap (a need
    // whose first five helpers are all capped elsewhere gives up its slot: rare, and cheaper).
    const keep = spread ? options.perNeed + 2 : options.limit;
    const ids = options.needs ?? [...this.needDocs.keys()].sort();
    if (!spread)
      return this.collect(ids, options, keep)
        .sort(byScored)
        .slice(0, options.limit)
        .map((s) => this.toSuggestion(s, options));
    // The list is spread from a head of the best pairings. A pairing below the running n-th best
    // score cannot enter a head of n, so each need skips such pairings (most needs of a large
    // folder are never ranked), and the head is the same as without skipping. Spreading goes down
    // the head in order, so when the caps still leave the list full within the head, the rest
    // could not have changed it; when they do not, a longer head is tried, and at last every pairing.
    if (!options.exhaustive)
      for (let size = options.limit * HEAD_FIRST; size < ids.length * keep; size *= HEAD_GROWTH) {
        const top = new TopScores(size);
        const all = this.collect(ids, options, keep, top);
        // Fewer pairings than the head holds: nothing was skipped, this is every pairing.
        if (top.threshold === 0) return this.spread(all.sort(byScored), options);
        const out = this.spread(bestFirst(all, size), options);
        if (out.length >= options.limit) return out;
      }
    return this.spread(this.collect(ids, options, keep).sort(byScored), options);
  }

  /**
   * The kept pairings of the needs. With `top`, the needs go best bound first, and pairings below
   * its threshold (and needs whose bound is) are left out.
   */
  private collect(ids: string[], options: MatchOptions, keep: number, top?: TopScores): Scored[] {
    const all: Scored[] = [];
    const docs = ids.flatMap((id) => this.needDocs.get(id) ?? []);
    if (!top) {
      for (const doc of docs) for (const s of this.rankNeed(doc, options, keep)) all.push(s);
      return all;
    }
    // The needs that could score highest come first, so that the threshold rises early; once a
    // need's bound is below it, so are the bounds of all the needs after it.
    const bounded = docs
      .filter((doc) => doc.need.open)
      .map((doc) => ({ doc, most: reach(this.needBound(doc), FULL_BONUS) }))
      .sort((a, b) => b.most - a.most);
    for (const { doc, most } of bounded) {
      if (most < Math.max(options.minScore, top.threshold)) break;
      for (const s of this.rankNeed(doc, options, keep, top.threshold)) {
        all.push(s);
        top.add(s.score);
      }
    }
    return all;
  }

  /** The list with at most `perHelper` places per helper and `perNeed` per need, in order. */
  private spread(sorted: Scored[], options: MatchOptions): Suggestion[] {
    const perHelper = new Map<string, number>();
    const perNeed = new Map<string, number>();
    const out: Suggestion[] = [];
    for (const s of sorted) {
      const helperCount = perHelper.get(s.helper.id) ?? 0;
      const needCount = perNeed.get(s.need.need.id) ?? 0;
      if (helperCount >= options.perHelper || needCount >= options.perNeed) continue;
      perHelper.set(s.helper.id, helperCount + 1);
      perNeed.set(s.need.need.id, needCount + 1);
      out.push(this.toSuggestion(s, options));
      if (out.length >= options.limit) break;
    }
    return out;
  }

  /** Open needs (of parties one may contact) that get no suggestion at the minimum score. */
  unmatched(options: MatchOptions): NeedInput[] {
    return [...this.needDocs.values()]
      .filter((d) => d.need.open && !this.parties.get(d.need.owner)?.doNotContact)
      .filter((d) => this.rankNeed(d, { ...options, all: true }, 1).length === 0)
      .map((d) => d.need);
  }
}

/** Evidence without text similarity (for the cheap "both gain" check). */
const NO_TEXT: TextMatches = { sim: new Map(), offer: new Map() };
const NO_MUTUAL: Mutual = { value: 0 };

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** The printed score a relevance reaches with a bonus factor. */
function reach(relevance: number, factor: number): number {
  return round(relevance * factor);
}

/** A small stable string hash (FNV-1a), to rotate equal candidates per need. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The `n` best of `items` (ties on the n-th score kept), sorted. */
function bestFirst(items: Scored[], n: number): Scored[] {
  if (items.length <= n) return items.sort(byScored);
  const scores = Float64Array.from(items, (s) => s.score).sort();
  const threshold = scores[scores.length - n]!;
  return items.filter((s) => s.score >= threshold).sort(byScored);
}

function byScored(a: Scored, b: Scored): number {
  return (
    b.score - a.score ||
    (a.need.need.id < b.need.need.id ? -1 : a.need.need.id > b.need.need.id ? 1 : 0) ||
    (a.helper.id < b.helper.id ? -1 : 1)
  );
}
