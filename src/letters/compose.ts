// What each letter is written from, gathered through the public view (src/records/public.ts)
// alone, and whom each letter goes to. What may not leave the team is null or an empty list
// here, so a template cannot print it.
import type { Side } from '../records/enums.js';
import { type LetterName, otherSide } from '../records/lifecycle.js';
import { spacesOf } from '../records/parties.js';
import {
  type Audience,
  letterAddress,
  letterAttention,
  type PublicContact,
  type PublicRecords,
  publicNeed,
  publicParty,
} from '../records/public.js';
import type { Need, Visit } from '../records/schemas.js';
import type { Lang } from '../util/lang.js';
import { type NeedPhrase, needPhrase } from './subject.js';

/** The records a letter is written from; the store's loaded folder fits as it is. */
export interface LetterRecords extends PublicRecords {
  visits: ReadonlyMap<string, { readonly data: Visit }>;
}

export interface LetterFacts {
  need: Need;
  helper: string;
  mixer: string;
  /** The side asked first. */
  first: Side;
  /** The helper's strength the matcher found for this need (printed only if it is public). */
  strength?: string;
  /** Whether the need's owner can help the helper in turn. */
  bothGain: boolean;
  /** A line from the mixer for the letter. */
  note?: string;
  today: string;
}

/** A party as one letter may show it. */
export interface LetterParty {
  /** The name; null when this letter may not name the party. */
  name: string | null;
  public: boolean;
  kind: 'space' | 'member' | 'mixer' | 'unknown';
  /** The first space it belongs to, by name. */
  space: string | null;
  summary: string | null;
  strengths: string[];
  area: string | null;
  /** Contact details that may be printed. */
  contact: PublicContact | null;
  /** Whether the other side can write or call to it from what the letter prints. */
  reachable: boolean;
}

export interface Address {
  name: string;
  address: string;
}

/** Who a letter goes to. Addresses are decided here, never by a template. */
export interface Envelope {
  from: Address | null;
  to: Address[];
  /** Recipients who get the letter without the other side seeing their address. */
  bcc: Address[];
  /** The parties (by name) the letter is for but that have no e-mail in the records. */
  missing: string[];
}

export interface Meeting {
  date: string;
  /** The space's name. */
  space: string;
  /** Whether it was at the party's own place: the party is that space (「オンライン東北様をお訪ねした際」). */
  at_party: boolean;
}

function realName(records: LetterRecords, id: string): string {
  return (
    records.members.get(id)?.data.name ??
    records.spaces.get(id)?.data.name ??
    records.mixers.get(id)?.data.name ??
    id
  );
}

/** A party as a letter shows it; `named`: the letter may name it even if its record is not public. */
function letterParty(records: LetterRecords, id: string, named: boolean): LetterParty {
  const p = publicParty(records, id);
  return {
    name: named ? realName(records, id) : p.name,
    public: p.public,
    kind: p.kind,
    space: p.spaces[0] ?? null,
    summary: p.summary,
    strengths: p.strengths,
    area: p.area,
    contact: p.contact,
    reachable: Boolean(p.contact?.email || p.contact?.phone),
  };
}

/** Whether at visit `v` the mixer met the party: a visit to its space, or one where it was met. */
function meets(v: Visit, mixer: string, party: string): boolean {
  return v.mixer === mixer && (v.space === party || (v.met?.includes(party) ?? false));
}

/** Where the mixer last met this party: a visit to its space, or one where it was met. */
function lastMeeting(records: LetterRecords, mixer: string, party: string): Meeting | null {
  let last: Visit | undefined;
  for (const { data: v } of records.visits.values())
    if (meets(v, mixer, party) && (!last || v.date > last.date)) last = v;
  return last
    ? {
        date: last.date,
        space: records.spaces.get(last.space)?.data.name ?? last.space,
        at_party: last.space === party,
      }
    : null;
}

/**
 * Where the mixer heard of the need: the visit it was recorded at, if this mixer made it; else the
 * mixer's first meeting with the owner on or after the day the need began. Null when the records
 * do not tell (a meeting from before the need existed is not where it was heard).
 */
function needHeard(records: LetterRecords, facts: LetterFacts): Meeting | null {
  const meeting = (v: Visit): Meeting => ({
    date: v.date,
    space: records.spaces.get(v.space)?.data.name ?? v.space,
    at_party: v.space === facts.need.owner,
  });
  const recorded = facts.need.visit ? records.visits.get(facts.need.visit)?.data : undefined;
  if (recorded?.mixer === facts.mixer) return meeting(recorded);
  const since = facts.need.since;
  if (!since) return null;
  let first: Visit | undefined;
  for (const { data: v } of records.visits.values())
    if (meets(v, facts.mixer, facts.need.owner) && v.date >= since && (!first || v.date < first.date))
      first = v;
  return first ? meeting(first) : null;
}

export interface MeetingPlace {
  name: string;
  area: string | null;
  /**
   * Whether it is the recipient's own space, the letter going to that space: 「そちらのスペース」,
   * "your space", where its name and area would tell it where it is.
   */
  yours: boolean;
}

/**
 * A place to meet: a space of either side where people can meet in person, the owner's first.
 * Never a space marked do_not_contact: a letter does not send anyone to a place that asked not
 * to be contacted. `recipient`: the one party the letter goes to, if it goes to one.
 */
function meetingPlace(records: LetterRecords, parties: string[], recipient?: string): MeetingPlace | null {
  const id = parties
    .flatMap((party) => spacesOf(records, party))
    .find((space) => {
      const data = records.spaces.get(space)?.data;
      return data && data.kind !== 'virtual' && !data.do_not_contact;
    });
  const space = id === undefined ? undefined : records.spaces.get(id)?.data;
  return space ? { name: space.name, area: space.area?.trim() || null, yours: id === recipient } : null;
}

/** The helper's matched strength, if its text may leave the team. */
function matchedStrength(records: LetterRecords, facts: LetterFacts): string | null {
  const strengths = publicParty(records, facts.helper).strengths;
  return facts.strength && strengths.includes(facts.strength) ? facts.strength : null;
}

function sides(facts: Pick<LetterFacts, 'need' | 'helper'>) {
  return { owner: facts.need.owner, helper: facts.helper };
}

/** Whom a letter goes to: the side asked, or both sides of an introduction. */
export function recipientsOf(letter: LetterName, facts: Pick<LetterFacts, 'need' | 'helper'>): string[] {
  const ids = sides(facts);
  return letter === 'introduction'
    ? [ids.owner, ids.helper]
    : [letter === 'ask-owner' ? ids.owner : ids.helper];
}

/**
 * A party no letter may tell anything about: the owner of a need that stays in the team, to a
 * helper asked before the owner agreed. Its name, its space or its place beside the helper's
 * matched strength would say who has the need.
 */
function unnamed(party: LetterParty): LetterParty {
  return {
    ...party,
    name: null,
    space: null,
    summary: null,
    strengths: [],
    area: null,
    contact: null,
    reachable: false,
  };
}

/**
 * Whether the letter may say nothing of the need's owner (see unnamed): a first ask to the helper
 * about a need that stays in the team. Once the owner has agreed to meet this helper, the second
 * ask names the owner as any other does.
 */
function ownerHidden(records: LetterRecords, facts: LetterFacts, side: Side): boolean {
  return side === 'helper' && facts.first === 'helper' && !publicNeed(records, facts.need).public;
}

/** `recipient`: the side an ask goes to; none for the introduction, which goes to both. */
function common(
  records: LetterRecords,
  facts: LetterFacts,
  lang: Lang,
  recipient?: string,
  hideOwner = false,
) {
  const mixer = records.mixers.get(facts.mixer);
  const phrase: NeedPhrase = needPhrase(publicNeed(records, facts.need), lang);
  const { owner, helper } = sides(facts);
  return {
    mixer: { name: mixer?.data.name ?? facts.mixer, email: mixer?.data.email || null },
    need: { ...phrase, public: phrase.form !== 'private', detail: publicNeed(records, facts.need).detail },
    strength: matchedStrength(records, facts),
    both_gain: facts.bothGain,
    place: meetingPlace(records, hideOwner ? [helper] : [owner, helper], recipient),
    note: facts.note?.trim() || null,
    today: facts.today,
  };
}

/** The context of an ask to one side: the other side only as far as its record is public. */
function askContext(records: LetterRecords, facts: LetterFacts, side: Side, lang: Lang) {
  const ids = sides(facts);
  const hideOwner = ownerHidden(records, facts, side);
  const other = letterParty(records, ids[otherSide(side)], false);
  return {
    ...common(records, facts, lang, ids[side], hideOwner),
    side,
    /** The first ask: the other side has not been asked and knows nothing yet. */
    first_ask: side === facts.first,
    // (a letter to a space alone goes to a person on its staff, who may be named to themselves)
    recipient: { ...letterParty(records, ids[side], true), attention: letterAttention(records, ids[side]) },
    /**
     * Whether the other side belongs to the recipient, a space: 「そちらのメンバーの方」. Never for an
     * owner the letter may say nothing about (that, too, would tell who has the need).
     */
    other_is_own: !hideOwner && spacesOf(records, ids[otherSide(side)]).includes(ids[side]),
    other: hideOwner ? unnamed(other) : other,
    met: lastMeeting(records, facts.mixer, ids[side]),
  };
}

/** The context of the introduction: both sides agreed, so both are named. */
function introductionContext(records: LetterRecords, facts: LetterFacts, lang: Lang) {
  const { owner, helper } = sides(facts);
  return {
    ...common(records, facts, lang),
    owner: letterParty(records, owner, true),
    helper: letterParty(records, helper, true),
    /** Where the need was heard, which the introduction says. */
    met_owner: needHeard(records, facts),
    met_helper: lastMeeting(records, facts.mixer, helper),
  };
}

export function letterContext(records: LetterRecords, facts: LetterFacts, letter: LetterName, lang: Lang) {
  if (letter === 'introduction') return introductionContext(records, facts, lang);
  return askContext(records, facts, letter === 'ask-owner' ? 'owner' : 'helper', lang);
}

/**
 * The recipients of a letter. An ask goes to one side alone, at any address the team has for it.
 * The introduction shows each side the other's address only where it may be printed; a side
 * whose address may not be shown gets it as a blind copy (a space's staff, a private member).
 */
export function envelope(records: LetterRecords, facts: LetterFacts, letter: LetterName): Envelope {
  const mixer = records.mixers.get(facts.mixer);
  const from = mixer?.data.email ? { name: mixer.data.name, address: mixer.data.email } : null;
  const parties = recipientsOf(letter, facts);
  const audience: Audience = letter === 'introduction' ? 'both' : 'them';
  const result: Envelope = { from, to: [], bcc: [], missing: [] };
  for (const id of parties) {
    const name = realName(records, id);
    const shown = letterAddress(records, id, audience);
    const own = letterAddress(records, id, 'them');
    if (shown) result.to.push({ name, address: shown });
    else if (own) result.bcc.push({ name, address: own });
    else result.missing.push(name);
  }
  // A letter with blind copies only is addressed to its sender, as mail programs expect.
  if (!result.to.length && result.bcc.length && from) result.to.push(from);
  return result;
}
