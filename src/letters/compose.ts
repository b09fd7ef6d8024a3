// The facts each letter is written from, gathered from the records through the public views.
import { spacesOf } from '../records/parties.js';
import type { Lang } from '../util/lang.js';
import {
  type LetterRecords,
  type LetterWords,
  type NeedRecord,
  needView,
  partyView,
  publicStrength,
} from './view.js';

export type { LetterRecords, LetterWords } from './view.js';

export interface LetterFacts {
  need: NeedRecord;
  helper: string;
  mixer: string;
  /** The helper's strength that matched (printed only if public). */
  strength?: string;
  /** Whether the need's owner can help the helper in turn. */
  bothGain: boolean;
  note?: string;
  today: string;
}

/** The language of the letters and the phrases they are made of. */
export interface LetterLanguage {
  lang: Lang;
  words: LetterWords;
}

/** Where the mixer last met this party: a visit to its space, or one where it was met. */
function lastMeeting(records: LetterRecords, mixer: string, party: string) {
  const visits = [...records.visits.values()]
    .filter((v) => v.data.mixer === mixer && (v.data.space === party || v.data.met?.includes(party)))
    .sort((a, b) => (a.data.date < b.data.date ? 1 : -1));
  const visit = visits[0];
  return visit
    ? {
        date: visit.data.date,
        space: records.spaces.get(visit.data.space)?.data.name ?? visit.data.space,
      }
    : null;
}

/** A place to meet: a space of either side where people can meet in person, owner's first. */
function meetingPlace(records: LetterRecords, parties: string[]) {
  const spaces = parties.flatMap((id) => spacesOf(records, id));
  const physical = spaces.map((id) => records.spaces.get(id)).find((s) => s && s.data.kind !== 'virtual');
  return physical ? { name: physical.data.name, area: physical.data.area ?? '' } : null;
}

function common(records: LetterRecords, facts: LetterFacts, { lang, words }: LetterLanguage) {
  const mixer = records.mixers.get(facts.mixer);
  return {
    // Liquid treats '' as true, so what is missing is null.
    mixer: { name: mixer?.data.name ?? facts.mixer, email: mixer?.data.email ?? null },
    need: needView(records, facts.need, lang, words),
    strength: publicStrength(records, facts.helper, facts.strength),
    both_gain: facts.bothGain,
    place: meetingPlace(records, [facts.need.data.owner, facts.helper]),
    note: facts.note || null,
    today: facts.today,
  };
}

export function askContext(
  records: LetterRecords,
  facts: LetterFacts,
  role: 'owner' | 'helper',
  language: LetterLanguage,
) {
  const owner = facts.need.data.owner;
  const [me, other] = role === 'owner' ? [owner, facts.helper] : [facts.helper, owner];
  const { lang, words } = language;
  return {
    ...common(records, facts, language),
    role,
    recipient: partyView(records, me, lang, words),
    other: partyView(records, other, lang, words),
    met: lastMeeting(records, facts.mixer, me),
  };
}

export function introductionContext(records: LetterRecords, facts: LetterFacts, language: LetterLanguage) {
  const { lang, words } = language;
  return {
    ...common(records, facts, language),
    owner: partyView(records, facts.need.data.owner, lang, words),
    helper: partyView(records, facts.helper, lang, words),
    met_owner: lastMeeting(records, facts.mixer, facts.need.data.owner),
    met_helper: lastMeeting(records, facts.mixer, facts.helper),
  };
}
