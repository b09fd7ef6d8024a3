// One calibrated score for a helper and a need, from each kind of evidence (the formula is in
// weights.ts). Pure functions of the need, the helper and the folder's indexes.

import { getOrCreate } from '../util/collections.js';
import type { WeightedTerm } from './analyze.js';
import type { ConceptIndex } from './concepts.js';
import type {
  AskedMember,
  ConceptAnswers,
  Difference,
  Elsewhere,
  Evidence,
  FarAway,
  History,
  NeedDoc,
  OutOfArea,
  SharedWord,
  TooSmall,
  Unanswered,
  WordRoot,
} from './docs.js';
import { type FamilyObject, familyObjects, isByObject, mayNameObject, namesObject } from './family-object.js';
import type { HelperIndex, Meeting, OfferDoc } from './index.js';
import { inside, PLACES, sharePrefecture, type Whereabouts } from './service-area.js';
import type { PartyInput } from './types.js';
import { GENERIC } from './vocabulary.js';
import {
  AMBIGUOUS,
  CONCEPT,
  DIFFERS,
  FAR_AWAY,
  GENERIC_WORD,
  HISTORY_DOWN,
  HISTORY_MAX,
  HISTORY_UP,
  MISSES_ASKED,
  OUT_OF_AREA,
  PART,
  SYNONYM,
  TOO_SMALL,
  UNANSWERED,
  UNANSWERED_ASKED,
  UNANSWERED_MAIN,
  VARIANT,
  WORDS,
} from './weights.js';

/** Outcomes of closed proposals, by helper id and need concept. */
export type Outcomes = Map<string, { successes: number; failures: number }>;

export const outcomeKey = (helper: string, concept: string) => `${helper}|${concept}`;

export interface ScoringContext {
  concepts: ConceptIndex;
  helpers: HelperIndex;
  outcomes: Outcomes;
  /** Helpers with a past success (ids): only their relevance can rise above what evidence gives. */
  lifted: ReadonlySet<string>;
  /** What exclusive families each party names, made when first needed (`familyNames`). */
  familyNames: Map<PartyInput, PartyFamilies>;
  /** Parties with a strength that serves one area only (few: the rest skip the area check). */
  limited: ReadonlySet<PartyInput>;
  /** Parties with a strength that says how many people it takes (「50人まで」). */
  sized: ReadonlySet<PartyInput>;
  /** Where a need is, and where a party is (none: not known). */
  whereIsNeed(need: NeedDoc): Whereabouts[];
  whereIsParty(party: PartyInput): Whereabouts[];
}

/** Concept evidence: noisy-OR over the need's concepts, and the one that gave most. */
function conceptEvidence(
  answers: ConceptAnswers,
  party: PartyInput,
): Pick<Evidence, 'concept' | 'needConcept' | 'answer'> {
  let miss = 1;
  let strongest = 0;
  const best: Pick<Evidence, 'concept' | 'needConcept' | 'answer'> = { concept: 0 };
  for (const [needConcept, needWeight, answered] of answers) {
    const answer = answered.get(party);
    if (!answer) continue;
    const contribution = CONCEPT * needWeight * answer.value;
    miss *= 1 - contribution;
    if (contribution > strongest) {
      strongest = contribution;
      best.needConcept = needConcept;
      best.answer = answer;
    }
  }
  best.concept = 1 - miss;
  return best;
}

type Met = Omit<SharedWord, 'contribution'> & { value: number };

/** What one way of meeting gives the helper's word (0 when the helper does not have it). */
function meetingValue(meeting: Meeting, party: PartyInput, factor: number): number {
  const hit = meeting.hits.get(party);
  if (!hit) return 0;
  return factor * (meeting.ambiguous || hit.ambiguous ? AMBIGUOUS : 1) * meeting.rarity * hit.weight;
}

/**
 * How well one of the need's words meets the helper: the best of same word, variant and synonym,
 * each by its rarity, and the word's own specificity. Ranking calls it for every candidate, so it
 * stays small and plain (index loops, no closure): a larger body took V8 13–19 ms to optimise in
 * the background, and a short run (`suggest` on 90 files) waited for that before it could exit.
 */
function meet(helpers: HelperIndex, term: WeightedTerm, party: PartyInput): number {
  const { same, variants, synonyms } = helpers.wordMatches(term);
  let value = meetingValue(same, party, 1);
  for (let i = 0; i < variants.length; i++)
    value = Math.max(value, meetingValue(variants[i]!, party, VARIANT));
  for (let i = 0; i < synonyms.length; i++)
    value = Math.max(value, meetingValue(synonyms[i]!, party, SYNONYM));
  return value * termFactor(term);
}

/** A need word's own weight in word evidence: its specificity, less for a generic word. */
export function termFactor(term: WeightedTerm): number {
  return term.specificity * (GENERIC.has(term.key) ? GENERIC_WORD : 1);
}

/** Where one of the need's words met the helper, for reasons (the first best way, as `meet` counts it). */
function metWhere(helpers: HelperIndex, term: WeightedTerm, party: PartyInput): Met | undefined {
  const matches = helpers.wordMatches(term);
  let value = 0;
  let best: Meeting | undefined;
  let via: SharedWord['via'] = 'same';
  const ways: Array<[Meeting[], number, SharedWord['via']]> = [
    [[matches.same], 1, 'same'],
    [matches.variants, VARIANT, 'variant'],
    [matches.synonyms, SYNONYM, 'synonym'],
  ];
  for (const [meetings, factor, how] of ways)
    for (const meeting of meetings) {
      const v = meetingValue(meeting, party, factor);
      if (v > value) {
        value = v;
        best = meeting;
        via = how;
      }
    }
  if (!best) return undefined;
  const hit = best.hits.get(party)!;
  return { value: value * termFactor(term), need: term.surface, helper: hit.surface, via, offer: hit.offer };
}

/** The most one word can bring to a pairing through one way of meeting (a strength weighs 1 at most). */
export function meetingCeiling(term: WeightedTerm, weight: number, meeting: Meeting, factor: number): number {
  return WORDS * weight * factor * meeting.rarity * termFactor(term);
}

/** Word evidence without reasons, as an upper bound of `wordEvidence` (a word is not deduplicated). */
export function wordCeiling(helpers: HelperIndex, roots: WordRoot[], party: PartyInput): number {
  let miss = 1;
  for (const root of roots) {
    let partMiss = 1;
    for (const term of root.parts) partMiss *= 1 - meet(helpers, term, party);
    const whole = root.whole ? meet(helpers, root.whole, party) : 0;
    const value = Math.max(whole, PART * (1 - partMiss));
    if (value > 0) miss *= 1 - WORDS * root.weight * value;
  }
  return 1 - miss;
}

/**
 * Word evidence: noisy-OR over the need's compounds, each counted once (the compound whole, or
 * its parts), a word shared twice counted once. With `shared`, also which words were shared,
 * where, and what each added (for reasons; ranking a need's candidates needs the number only).
 */
function wordEvidence(
  helpers: HelperIndex,
  roots: WordRoot[],
  party: PartyInput,
  shared?: SharedWord[],
): number {
  let miss = 1;
  let counted: Set<string> | undefined;
  for (const root of roots) {
    const whole = root.whole ? meet(helpers, root.whole, party) : 0;
    let partMiss = 1;
    let parts: WeightedTerm[] | undefined;
    for (const term of root.parts) {
      if (counted?.has(term.key)) continue;
      const value = meet(helpers, term, party);
      if (value > 0) {
        partMiss *= 1 - value;
        parts ??= [];
        parts.push(term);
      }
    }
    const fromParts = PART * (1 - partMiss);
    const useWhole = whole > 0 && whole >= fromParts && !counted?.has(root.whole!.key);
    const value = useWhole ? whole : fromParts;
    if (value <= 0) continue;
    const contribution = WORDS * root.weight * value;
    miss *= 1 - contribution;
    counted ??= new Set();
    if (useWhole) {
      counted.add(root.whole!.key);
      if (shared) shared.push({ ...metWhere(helpers, root.whole!, party)!, contribution });
    } else
      for (const term of parts ?? []) {
        counted.add(term.key);
        if (!shared) continue;
        const met = metWhere(helpers, term, party)!;
        shared.push({ ...met, contribution: (contribution * met.value) / (1 - partMiss || 1) });
      }
  }
  return 1 - miss;
}

/**
 * For each exclusive family a party names members of: each member and where it is first named. A
 * family a strength names only as done to one object (「硯の製作と修理」) counts as a member of its
 * own, keyed `~` and the object's words, with the object.
 */
type FamilyMembers = Map<string, { concept: string; offer: OfferDoc; object?: FamilyObject }>;
type FamilyNames = Map<string, FamilyMembers>;

/** What a party names of exclusive families: their members (`FamilyNames`), and the families a strength names in general. */
export interface PartyFamilies {
  members: FamilyNames;
  general: ReadonlySet<string>;
}

function familyNames(ctx: ScoringContext, party: PartyInput): PartyFamilies {
  let found = ctx.familyNames.get(party);
  if (!found) {
    const names: FamilyNames = new Map();
    // What a summary or tags name (「ラグビー合宿とスキー客の宿」) does not narrow a strength that
    // names the family in general (「スポーツ合宿の受け入れ」).
    const described: FamilyNames = new Map();
    const general = new Set<string>();
    for (const offer of ctx.helpers.offersOf.get(party) ?? []) {
      const source = party.offers[offer.offerIndex]!;
      const strength = !source.summary && source.text !== '';
      const into = strength ? names : described;
      const objects =
        strength && mayNameObject(offer.analysis.concepts.keys())
          ? familyObjects(ctx.concepts, source.text)
          : undefined;
      for (const concept of offer.analysis.concepts.keys()) {
        const object = objects?.get(concept);
        if (object) {
          const members = getOrCreate(into, concept, () => new Map());
          if (!members.has(`~${object.words}`)) members.set(`~${object.words}`, { concept, offer, object });
        } else if (strength && ctx.concepts.isFamily(concept)) general.add(concept);
        for (const { family, member } of ctx.concepts.families(concept)) {
          const members = getOrCreate(into, family, () => new Map());
          if (!members.has(member)) members.set(member, { concept, offer });
        }
      }
    }
    // A strength that names the family in general answers any of it, whatever else names one object.
    for (const family of general) {
      const members = names.get(family);
      if (!members) continue;
      for (const [member, where] of members) if (where.object) members.delete(member);
      if (members.size === 0) names.delete(family);
    }
    for (const [family, members] of described) {
      if (general.has(family) && !names.has(family)) continue;
      const into = getOrCreate(names, family, () => new Map());
      for (const [member, where] of members) if (!into.has(member)) into.set(member, where);
    }
    found = { members: names, general };
    ctx.familyNames.set(party, found);
  }
  return found;
}

/**
 * Whether the need is about a strength's object: it names the object's words, or a concept of the
 * object or one above or below it (not the family itself, which every such pairing shares).
 */
function aboutObject(ctx: ScoringContext, need: NeedDoc, family: string, object: FamilyObject): boolean {
  if (namesObject(`${need.need.title}\n${need.need.detail ?? ''}`, object)) return true;
  const above = ctx.concepts.ancestors(family);
  for (const n of need.analysis.concepts.keys()) {
    if (n === family || above.includes(n) || ctx.concepts.isFamily(n)) continue;
    for (const o of object.concepts)
      if (o === n || ctx.concepts.ancestors(n).includes(o) || ctx.concepts.ancestors(o).includes(n))
        return true;
  }
  return false;
}

/** The members of each exclusive family a need names, worked out once per need. */
const membersOfNeed = new WeakMap<NeedDoc, Map<string, Set<string>>>();
function membersNamed(ctx: ScoringContext, need: NeedDoc): Map<string, Set<string>> {
  let members = membersOfNeed.get(need);
  if (!members) {
    members = new Map();
    for (const needConcept of need.analysis.concepts.keys())
      for (const { family, member } of ctx.concepts.families(needConcept))
        getOrCreate(members, family, () => new Set()).add(member);
    membersOfNeed.set(need, members);
  }
  return members;
}

/**
 * Kanji that end the names of many different things (機 of 洗濯機, 冷凍機 and 船外機; 器, 具, 品) or
 * say the repair itself (修, 繕, 直, 整): sharing one of them alone says nothing of the object.
 */
const ENDS_MANY = new Set('機器具品物用類材製修理繕直整備装置工事');

/** Words for machines in general: a helper who repairs them may repair any machine (X機). */
const MACHINES = /機械|設備|機器/;
const LETTER = /[\u4e00-\u9fff\u3005\u30a1-\u30fa\u30fc]/;

/**
 * Whether a need's text touches a kind a helper repairs: one kanji of the kind's words that names
 * a thing (船 of 漁船, 車 of 自動車; not 々, which repeats any).
 */
function touchesKind(needText: string, kindWords: string, said: string): boolean {
  for (const char of kindWords)
    if (
      /[\u4e00-\u9fff]/.test(char) &&
      !ENDS_MANY.has(char) &&
      !said.includes(char) &&
      needText.includes(char)
    )
      return true;
  return false;
}

/**
 * Whether a need's text touches what a helper's strengths say: two kanji or katakana in a row of
 * any of them (「エンジン」, 「蛇胴」 of a helper who makes them), not both of the kind that end many
 * words (修理); or any machine (X機) when the helper names machines or equipment in general.
 */
function touchesStrengths(needText: string, strengths: string[]): boolean {
  for (const text of strengths) {
    for (let i = 0; i + 1 < text.length; i++) {
      const [a, b] = [text[i]!, text[i + 1]!];
      if (!LETTER.test(a) || !LETTER.test(b) || (ENDS_MANY.has(a) && ENDS_MANY.has(b))) continue;
      if (needText.includes(a + b)) return true;
    }
    if (MACHINES.test(text) && needText.includes('機')) return true;
  }
  return false;
}

/**
 * A need that names a family of repairs only in general (「調子がおかしい」, 「直せる人」) and a helper
 * who names only kinds of it done to other things (a car mechanic, a washing-machine repairer, the
 * refinishing of lacquerware): the helper's kinds, or undefined when the helper may answer. A
 * helper who names the family in general in a strength answers any; one whose kind or object the
 * need's text touches (「船のエンジン」 and 「漁船のエンジン整備」, 「織機」 and 「機械の修理」) may be it.
 */
function kindsOnly(
  ctx: ScoringContext,
  need: NeedDoc,
  party: PartyInput,
  family: string,
): FamilyMembers | undefined {
  if (!isByObject(family) || membersNamed(ctx, need).has(family)) return undefined;
  const { members, general } = familyNames(ctx, party);
  const kinds = members.get(family);
  if (!kinds || general.has(family)) return undefined;
  const needText = `${need.need.title}\n${need.need.detail ?? ''}`.normalize('NFKC');
  for (const kind of kinds.values()) {
    if (kind.object && aboutObject(ctx, need, family, kind.object)) return undefined;
    const words = kind.object?.words ?? kind.offer.analysis.evidence.get(kind.concept) ?? '';
    // (not a kanji of the need's own words for the repair: 動 of 「動かない」 is not 自動車's)
    if (touchesKind(needText, words, need.analysis.evidence.get(family) ?? '')) return undefined;
  }
  const strengths = party.offers.filter((o) => !o.summary).map((o) => o.text.normalize('NFKC'));
  return touchesStrengths(needText, strengths) ? undefined : kinds;
}

/**
 * The need names members of an exclusive family (Korean, shamisen, apples) and the helper names
 * only other members (English, piano, rice): none of the need's, nor the family in general. A
 * need that names several (「英語と中国語で」) is answered in part by a helper of any of them.
 */
function difference(ctx: ScoringContext, need: NeedDoc, party: PartyInput): Difference | undefined {
  const needMembers = membersNamed(ctx, need);
  for (const [needConcept] of need.analysis.concepts)
    for (const { family } of ctx.concepts.families(needConcept)) {
      // A helper who names members of the family (English, in "Japanese-English translation")
      // answers those only, even where another offer names the family in general (a summary
      // "translator"); one who names the family without any member (翻訳) answers any member.
      const named = familyNames(ctx, party).members.get(family);
      if (!named || hasAny(named, needMembers.get(family)!)) continue;
      // (a helper who names only objects, one of them the need's: 「硯の修理」 for a chipped 硯)
      const objects = [...named.values()].map((m) => m.object);
      if (objects.every((o) => o) && objects.some((o) => aboutObject(ctx, need, family, o!))) continue;
      return differenceOf(need, family, needConcept, named);
    }
  for (const [family] of need.analysis.concepts) {
    const kinds = kindsOnly(ctx, need, party, family);
    if (kinds) return differenceOf(need, family, family, kinds);
  }
  return undefined;
}

/** The difference as reasons say it: the need's words for its concept, the helper's first member named. */
function differenceOf(need: NeedDoc, family: string, needConcept: string, named: FamilyMembers): Difference {
  const [, other] = named.entries().next().value!;
  const words = other.offer.analysis.evidence.get(other.concept) ?? '';
  return {
    family,
    needConcept,
    helperConcept: other.concept,
    needWords: need.analysis.evidence.get(needConcept) ?? '',
    helperWords: other.object ? `${other.object.words}の${words}` : words,
  };
}

/**
 * How many of the helper's offers name a concept related to one of the need's (places left out):
 * two helpers of equal score are told apart by it, the one more of whose strengths bear on the
 * need first (「温泉ホテルの運営」 and 「大人数の宿泊」 before a hotel alone, for 30 workers to put up).
 */
export function offersBearing(ctx: ScoringContext, need: NeedDoc, party: PartyInput): number {
  const bears = bearingConcepts(ctx, need);
  let count = 0;
  for (const offer of ctx.helpers.offersOf.get(party) ?? [])
    for (const concept of offer.analysis.concepts.keys())
      if (bears.has(concept)) {
        count++;
        break;
      }
  return count;
}

/** The concepts that bear on a need: its own and those that answer them, places left out. Once. */
function bearingConcepts(ctx: ScoringContext, need: NeedDoc): Set<string> {
  if (need.bears) return need.bears;
  const bears = new Set<string>();
  for (const n of need.analysis.concepts.keys()) {
    if (ctx.concepts.isPlace(n)) continue;
    bears.add(n);
    for (const { concept } of ctx.concepts.answering(n))
      if (!ctx.concepts.isPlace(concept)) bears.add(concept);
  }
  need.bears = bears;
  return bears;
}

/**
 * Whether an offer gives the pairing any evidence: a concept related to the need's, or a shared
 * word; not merely the same place (「青森のりんごの販売」 does not serve a need in 青森 with snow).
 */
function contributes(
  ctx: ScoringContext,
  need: NeedDoc,
  offer: OfferDoc,
  e: Pick<Evidence, 'answer' | 'shared'>,
): boolean {
  // (a shared word that is how the need names its place: 「青森」)
  const placeWords = [...need.analysis.concepts.keys()]
    .filter((c) => ctx.concepts.isPlace(c))
    .map((c) => need.analysis.evidence.get(c) ?? '');
  const place = (word: string) => placeWords.some((words) => words.includes(word));
  if (e.answer?.offer === offer && !ctx.concepts.isPlace(e.answer.relation.concept)) return true;
  if (e.shared.some((w) => w.offer === offer && !place(w.need))) return true;
  for (const concept of offer.analysis.concepts.keys()) {
    if (ctx.concepts.isPlace(concept)) continue;
    for (const needConcept of need.analysis.concepts.keys())
      if (!ctx.concepts.isPlace(needConcept) && ctx.concepts.relation(concept, needConcept)) return true;
  }
  return false;
}

/**
 * The first strength that gives the pairing evidence, when every such strength `fails` (serves
 * another area, takes too few people); undefined when one does not, or when none gives evidence.
 * A summary or tags say what a party is, not where or how much it works: only strengths count.
 */
function everyStrengthFails(
  ctx: ScoringContext,
  need: NeedDoc,
  party: PartyInput,
  e: Pick<Evidence, 'answer' | 'shared'>,
  fails: (offer: OfferDoc) => boolean,
): OfferDoc | undefined {
  let first: OfferDoc | undefined;
  for (const offer of ctx.helpers.offersOf.get(party) ?? []) {
    const source = party.offers[offer.offerIndex]!;
    if (source.summary || !source.text || !contributes(ctx, need, offer, e)) continue;
    if (!fails(offer)) return undefined;
    first ??= offer;
  }
  return first;
}

/**
 * Every strength that gives the pairing evidence serves one area only (「札幌市内のみ」;
 * 「市内のみ」 is the helper's own) and the need is outside all of them. A strength that serves
 * anywhere, or a need whose place is not known, never counts against a helper.
 */
function outOfArea(
  ctx: ScoringContext,
  need: NeedDoc,
  party: PartyInput,
  e: Pick<Evidence, 'answer' | 'shared'>,
): OutOfArea | undefined {
  const where = ctx.whereIsNeed(need);
  if (!where.length) return undefined;
  const limited = everyStrengthFails(
    ctx,
    need,
    party,
    e,
    ({ analysis: { limits } }) =>
      limits.length > 0 && !inside(ctx.concepts, limits, ctx.whereIsParty(party), where),
  );
  if (!limited) return undefined;
  // (a list's members are each a limit: 「福岡・佐賀のみ」 and 「佐賀のみ」 read as one)
  const words = [...new Set(limited.analysis.limits.map((l) => l.words))];
  return {
    limit: words
      .filter((w, i) => !words.some((other, j) => j !== i && other.length > w.length && other.endsWith(w)))
      .join('、'),
    needArea: areaWords(where),
  };
}

/** Words of a strength that reaches beyond where the helper is. */
const REACHES =
  /出張|訪問|伺い|伺う|オンライン|リモート|全国|遠方|どこでも|online|remote|nationwide|anywhere|travel/i;

/** Whether one of the helper's strengths says it travels or works at a distance (出張, オンライン, 全国). */
function reachesFurther(ctx: ScoringContext, party: PartyInput): boolean {
  for (const offer of ctx.helpers.offersOf.get(party) ?? []) {
    const source = party.offers[offer.offerIndex]!;
    if (!source.summary && REACHES.test(source.text)) return true;
  }
  return false;
}

/** The places where the need is, as written, each once (the text's 「青森」 inside the owner's 「青森県弘前市」 is said once). */
function areaWords(where: Whereabouts[]): string {
  return [...new Set(where.map((w) => w.area))]
    .filter((area, _, all) => !all.some((other) => other !== area && other.includes(area)))
    .join('・');
}

/**
 * The need's answer is a place one goes to (a venue: `nearby` in the glossary), the need names no
 * place to look in (then `elsewhere` judges), and every place the helper is known to be lies in
 * another prefecture than the need and its owner (a hall in 山形県鶴岡市 for a tasting in 仙台).
 * A helper whose strengths say they reach further, or whose place is not known, is never far.
 */
function farAway(
  ctx: ScoringContext,
  need: NeedDoc,
  party: PartyInput,
  answerConcept: string | undefined,
): FarAway | undefined {
  if (!answerConcept || need.analysis.limits.length || !ctx.concepts.isNearby(answerConcept))
    return undefined;
  const at = ctx.whereIsParty(party);
  const where = ctx.whereIsNeed(need);
  if (!at.length || !where.length || reachesFurther(ctx, party)) return undefined;
  if (
    at.some((home) =>
      home.places.some((place) => where.some((w) => sharePrefecture(ctx.concepts, place, w.places))),
    )
  )
    return undefined;
  return {
    concept: answerConcept,
    needArea: areaWords(where),
    helperArea: [...new Set(at.map((w) => w.area))].join('・'),
  };
}

/**
 * The need asks for a helper in a place (「宮城県内の蔵で」, 「新潟市内で」) and every place the helper
 * is known to be is outside it. A helper whose place is not known is never counted out.
 */
function elsewhere(ctx: ScoringContext, need: NeedDoc, party: PartyInput): Elsewhere | undefined {
  const areas = need.analysis.limits;
  if (!areas.length) return undefined;
  const at = ctx.whereIsParty(party);
  if (!at.length || inside(ctx.concepts, areas, [], at)) return undefined;
  // A helper whose strengths say they travel or work at a distance (出張, オンライン, 全国), or
  // name a place inside the asked-for area (「宮城・岩手にも伺います」), is not counted out.
  if (reachesFurther(ctx, party)) return undefined;
  for (const offer of ctx.helpers.offersOf.get(party) ?? []) {
    const source = party.offers[offer.offerIndex]!;
    if (source.summary) continue;
    for (const place of offer.analysis.concepts.keys()) {
      if (!ctx.concepts.isPlace(place)) continue;
      // (with its city when the strength names one: 「奥多摩町内の…」 is not in 八王子市)
      const words = offer.analysis.evidence.get(place) ?? '';
      const text = source.text.normalize('NFKC');
      const at = words ? text.indexOf(words) : -1;
      const suffix = at >= 0 ? text[at + words.length] : undefined;
      const city = suffix === '市' || suffix === '町' || suffix === '村' ? `${words}${suffix}` : '';
      if (inside(ctx.concepts, areas, [], [{ places: [place], area: city }])) return undefined;
    }
  }
  return {
    needArea: areas.map((a) => a.words).join('、'),
    helperArea: [...new Set(at.map((w) => w.area))].join('・'),
  };
}

/**
 * The need brings more people (「100人くらい」) than every strength that gives the pairing
 * evidence takes (「50人まで」). A strength that says nothing of how many never counts against it.
 */
function tooSmall(
  ctx: ScoringContext,
  need: NeedDoc,
  party: PartyInput,
  e: Pick<Evidence, 'answer' | 'shared'>,
): TooSmall | undefined {
  const wanted = need.headcount;
  if (!wanted) return undefined;
  const small = everyStrengthFails(
    ctx,
    need,
    party,
    e,
    ({ capacity }) => capacity !== undefined && capacity.count < wanted.count,
  );
  return small && { needWords: wanted.words, helperWords: small.capacity!.words };
}

/** The team's outcomes with this helper on the need's concepts: the concept with most of them. */
function history(ctx: ScoringContext, need: NeedDoc, party: PartyInput): History | undefined {
  if (ctx.outcomes.size === 0) return undefined;
  let best: History | undefined;
  for (const concept of need.analysis.concepts.keys()) {
    const found = ctx.outcomes.get(outcomeKey(party.id, concept));
    if (found && (!best || found.successes + found.failures > best.successes + best.failures))
      best = { concept, ...found };
  }
  return best;
}

/**
 * The need's main concept (its heaviest, when it weighs at least UNANSWERED_MAIN; not one that
 * says whom or where) when no helper of the folder answers it at all, nor any of equal weight:
 * 「収穫前のさくらんぼをカラスにやられる」 where nobody names wildlife damage. Whoever answers such
 * a need answers its other parts only (さくらんぼ). A broad concept, with kinds below it, names
 * a field rather than an ask (the 飲食 of 「韓国語のメニューを作りたい」, whose ask is Korean): it
 * never counts as unanswered. Worked out once per need.
 */
export function unansweredMain(
  ctx: ScoringContext,
  need: NeedDoc,
  answers: ConceptAnswers,
): Unanswered | undefined {
  if (need.unanswered === undefined) need.unanswered = findUnanswered(ctx, need, answers) ?? null;
  return need.unanswered ?? undefined;
}

function findUnanswered(ctx: ScoringContext, need: NeedDoc, answers: ConceptAnswers): Unanswered | undefined {
  // A member of a family (Thai, a thatched roof) that nobody offers, named where the need says whom
  // it looks for (「タイ語で案内できる人を探している」) or weighing as much as a main concept: whoever
  // answers the rest (a guide, a roofer) does not offer it, whatever else weighs as much. Not a
  // member with kinds of its own: 保育 names a field, whose kinds others may offer. Nor a member
  // beside another of its family that someone does offer: 「タイ語か英語で案内できる人」 is
  // answered by an English guide.
  const familiesAnswered = new Set(
    answers.flatMap(([concept, , answeredBy]) =>
      answeredBy.size ? ctx.concepts.families(concept).map(({ family }) => family) : [],
    ),
  );
  const member = answers.find(
    ([concept, , answeredBy]) =>
      answeredBy.size === 0 &&
      (need.analysis.asked.includes(concept) ||
        (need.analysis.concepts.get(concept) ?? 0) >= UNANSWERED_MAIN) &&
      !ctx.concepts.isContext(concept) &&
      ctx.concepts.narrowness(concept) === 1 &&
      ctx.concepts.families(concept).length > 0 &&
      !ctx.concepts.families(concept).some(({ family }) => familiesAnswered.has(family)),
  );
  if (member)
    return { concept: member[0], needWords: need.analysis.evidence.get(member[0]) ?? '', sure: true };
  let most = 0;
  for (const [concept, weight] of need.analysis.concepts)
    if (!ctx.concepts.isContext(concept)) most = Math.max(most, weight);
  if (most < UNANSWERED_MAIN) return undefined;
  const main = answers.filter(
    ([concept]) =>
      !ctx.concepts.isContext(concept) && (need.analysis.concepts.get(concept) ?? 0) >= most - 1e-9,
  );
  const unanswered =
    main.length &&
    main.every(([c, , answeredBy]) => answeredBy.size === 0 && ctx.concepts.narrowness(c) === 1);
  if (!unanswered) return undefined;
  const concept = main[0]![0];
  const sure = main.some(([c]) => need.analysis.asked.includes(c));
  return { concept, needWords: need.analysis.evidence.get(concept) ?? '', sure };
}

/**
 * The members of exclusive families that the need says it looks for (the タイ語 of 「タイ語で案内
 * できる人を探している」) and someone in the folder offers. Not a place, not a member with kinds of
 * its own, not what the owner itself is or makes (the クッキー of 「クッキーを置いてもらえる場所」,
 * which weighs less as the owner's own). Worked out once per need.
 */
function askedMembers(ctx: ScoringContext, need: NeedDoc, answers: ConceptAnswers): AskedMember[] {
  if (need.askedMembers) return need.askedMembers;
  const found: AskedMember[] = [];
  for (const [concept, , answeredBy] of answers) {
    if (answeredBy.size === 0 || !need.analysis.asked.includes(concept)) continue;
    if ((need.analysis.concepts.get(concept) ?? 0) < UNANSWERED_MAIN) continue;
    if (ctx.concepts.isContext(concept) || ctx.concepts.narrowness(concept) !== 1) continue;
    const families = ctx.concepts.families(concept).map(({ family }) => family);
    if (families.length && !families.some((f) => f === PLACES || ctx.concepts.isPlace(f)))
      found.push({ concept, families, answeredBy });
  }
  need.askedMembers = found;
  return found;
}

/**
 * A helper who answers the need without a member it asks for (a guide who names no language):
 * the helper answers only the rest. Not one that answers another asked member of the same family
 * (「タイ語か英語で」), nor one that names another member (that is a difference).
 */
function askedMissed(
  ctx: ScoringContext,
  need: NeedDoc,
  answers: ConceptAnswers,
  party: PartyInput,
): Unanswered | undefined {
  if (!need.analysis.asked.length) return undefined;
  for (const { concept, families, answeredBy } of askedMembers(ctx, need, answers)) {
    if (answeredBy.has(party)) continue;
    const kin = answers.some(
      ([other, , by]) =>
        other !== concept &&
        by.has(party) &&
        ctx.concepts.families(other).some(({ family }) => families.includes(family)),
    );
    if (!kin)
      return { concept, needWords: need.analysis.evidence.get(concept) ?? '', sure: true, others: true };
  }
  return undefined;
}

/** What of the need's ask nobody answers, or else what this helper misses of it (none for a helper that differs). */
function unansweredFor(
  ctx: ScoringContext,
  need: NeedDoc,
  answers: ConceptAnswers,
  party: PartyInput,
  diff: Difference | undefined,
): Unanswered | undefined {
  return unansweredMain(ctx, need, answers) ?? (diff ? undefined : askedMissed(ctx, need, answers, party));
}

/** How much less every helper counts for a need whose main concept nobody answers (or this helper misses). */
const unansweredFactor = (u: Unanswered | undefined) =>
  u ? (u.others ? MISSES_ASKED : u.sure ? UNANSWERED_ASKED : UNANSWERED) : 1;

/** Lifts a relevance by past successes and lowers it by past failures. */
export function historyFactor(relevance: number, h: History | undefined): number {
  if (!h || relevance <= 0) return 1;
  const up = 1 - (1 - relevance) * (1 - HISTORY_UP) ** Math.min(h.successes, HISTORY_MAX);
  return (up / relevance) * HISTORY_DOWN ** Math.min(h.failures, HISTORY_MAX);
}

/** The most `historyFactor` can lift a relevance (for bounds). */
export function historyCeiling(relevance: number): number {
  return 1 - (1 - relevance) * (1 - HISTORY_UP) ** HISTORY_MAX;
}

/** What the helper's concepts leave of the need unanswered (1: nothing answered), as `evidence` counts it. */
export function conceptMiss(answers: ConceptAnswers, party: PartyInput): number {
  let miss = 1;
  for (const [, needWeight, answered] of answers) {
    const answer = answered.get(party);
    if (answer) miss *= 1 - CONCEPT * needWeight * answer.value;
  }
  return miss;
}

/**
 * The most relevance the helper can have, cheaply (no reasons, no allocation), from what its
 * concepts leave unanswered and the most word evidence it can have: the differences and the team's
 * failures can only lower it, its successes lift it at most so far. With the helper's own words
 * (`wordCeiling`) a ceiling for this pairing; with the most any helper's words can give the need
 * (the matcher's `wordBound`) a coarser one that reads none of the helper's words.
 */
export function relevanceCeiling(
  ctx: ScoringContext,
  party: PartyInput,
  miss: number,
  words: number,
): number {
  const base = 1 - miss * (1 - words);
  // (a hair above: the evidence takes its products in another order)
  return (ctx.lifted.has(party.id) ? historyCeiling(base) : base) + 1e-9;
}

/**
 * The relevance `evidence` adds up to, computed the same way but without what only reasons need
 * (which words, which offer): a need ranks many candidates and keeps few.
 */
export function relevanceOnly(
  ctx: ScoringContext,
  need: NeedDoc,
  answers: ConceptAnswers,
  party: PartyInput,
): number {
  // (whether the area check applies depends on which offers the evidence comes from)
  if (ctx.limited.has(party) || need.analysis.limits.length > 0 || (need.headcount && ctx.sized.has(party)))
    return evidence(ctx, need, answers, party).relevance;
  // (the same functions as `evidence`, so that the two give the same number to the last bit; with
  // no area on either side, only a place one goes to far away counts where the helper is)
  const concept = conceptEvidence(answers, party);
  const base = 1 - (1 - concept.concept) * (1 - wordEvidence(ctx.helpers, need.roots, party));
  const diff = base > 0 ? difference(ctx, need, party) : undefined;
  const differs = diff ? DIFFERS : 1;
  const far = base > 0 && !namesOtherPlace(ctx, diff) && farAway(ctx, need, party, concept.needConcept);
  const outsideFactor = far ? FAR_AWAY : 1;
  const past = base > 0 ? history(ctx, need, party) : undefined;
  const unasked = base > 0 ? unansweredFactor(unansweredFor(ctx, need, answers, party, diff)) : 1;
  return Math.min(
    1,
    base * differs * outsideFactor * historyFactor(base * differs * outsideFactor, past) * unasked,
  );
}

/** A need that names another place than the helper's is already refused as another member. */
function namesOtherPlace(ctx: ScoringContext, diff: Difference | undefined): boolean {
  return diff !== undefined && (diff.family === PLACES || ctx.concepts.isPlace(diff.family));
}

/** All the evidence that the helper can answer the need, and the relevance it adds up to. */
export function evidence(
  ctx: ScoringContext,
  need: NeedDoc,
  answers: ConceptAnswers,
  party: PartyInput,
): Evidence {
  const concept = conceptEvidence(answers, party);
  const shared: SharedWord[] = [];
  const words = { words: wordEvidence(ctx.helpers, need.roots, party, shared), shared };
  shared.sort((a, b) => b.contribution - a.contribution);
  const base = 1 - (1 - concept.concept) * (1 - words.words);
  const diff = base > 0 ? difference(ctx, need, party) : undefined;
  const differs = diff ? DIFFERS : 1;
  const otherPlace = namesOtherPlace(ctx, diff);
  const outside =
    base > 0 && ctx.limited.has(party) && !otherPlace
      ? outOfArea(ctx, need, party, { answer: concept.answer, shared: words.shared })
      : undefined;
  const away = base > 0 && !outside && !otherPlace ? elsewhere(ctx, need, party) : undefined;
  const far =
    base > 0 && !outside && !away && !otherPlace ? farAway(ctx, need, party, concept.needConcept) : undefined;
  const outsideFactor = outside || away ? OUT_OF_AREA : far ? FAR_AWAY : 1;
  const small =
    base > 0 && need.headcount && ctx.sized.has(party)
      ? tooSmall(ctx, need, party, { answer: concept.answer, shared: words.shared })
      : undefined;
  const sizeFactor = small ? TOO_SMALL : 1;
  const past = base > 0 ? history(ctx, need, party) : undefined;
  const factor = historyFactor(base * differs * outsideFactor * sizeFactor, past);
  const unanswered = base > 0 ? unansweredFor(ctx, need, answers, party, diff) : undefined;
  return {
    ...concept,
    ...words,
    difference: diff,
    outside,
    ...(away ? { elsewhere: away } : {}),
    ...(far ? { farAway: far } : {}),
    ...(small ? { tooSmall: small } : {}),
    history: past,
    differs,
    outsideFactor,
    sizeFactor,
    ...(unanswered ? { unanswered } : {}),
    historyFactor: factor,
    unansweredFactor: unansweredFactor(unanswered),
    relevance: Math.min(
      1,
      base * differs * outsideFactor * sizeFactor * factor * unansweredFactor(unanswered),
    ),
  };
}

/** Concept evidence only: how well the owner could help the helper in turn (cheap, no words). */
export function conceptRelevance(
  answers: ConceptAnswers,
  party: PartyInput,
): Pick<Evidence, 'concept' | 'answer'> {
  return conceptEvidence(answers, party);
}

function hasAny(map: ReadonlyMap<string, unknown>, keys: ReadonlySet<string>): boolean {
  for (const key of keys) if (map.has(key)) return true;
  return false;
}
