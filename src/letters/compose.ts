// The facts each letter is written from, gathered from the records through the public views.
import type { DataFolder, Loaded } from '../store/folder.js';
import { spacesOf } from '../store/relations.js';
import type { Lang } from '../ui/messages.js';
import { needView, partyView, publicStrength } from './view.js';

export interface LetterFacts {
  need: Loaded<'needs'>;
  helper: string;
  mixer: string;
  /** The helper's strength that matched (printed only if public). */
  strength?: string;
  /** Whether the need's owner can help the helper in turn. */
  bothGain: boolean;
  note?: string;
  today: string;
}

/** Where the mixer last met this party: a visit to its space, or one where it was met. */
function lastMeeting(folder: DataFolder, mixer: string, party: string) {
  const visits = [...folder.records.visits.values()]
    .filter((v) => v.data.mixer === mixer && (v.data.space === party || v.data.met?.includes(party)))
    .sort((a, b) => (a.data.date < b.data.date ? 1 : -1));
  const visit = visits[0];
  return visit
    ? {
        date: visit.data.date,
        space: folder.records.spaces.get(visit.data.space)?.data.name ?? visit.data.space,
      }
    : null;
}

/** A place to meet: a space of either side where people can meet in person, owner's first. */
function meetingPlace(folder: DataFolder, parties: string[]) {
  const spaces = parties.flatMap((id) => spacesOf(folder, id));
  const physical = spaces
    .map((id) => folder.records.spaces.get(id))
    .find((s) => s && s.data.kind !== 'virtual');
  return physical ? { name: physical.data.name, area: physical.data.area ?? '' } : null;
}

function common(folder: DataFolder, facts: LetterFacts, lang: Lang) {
  const mixer = folder.records.mixers.get(facts.mixer);
  return {
    // Liquid treats '' as true, so what is missing is null.
    mixer: { name: mixer?.data.name ?? facts.mixer, email: mixer?.data.email ?? null },
    need: needView(folder, facts.need, lang),
    strength: publicStrength(folder, facts.helper, facts.strength),
    both_gain: facts.bothGain,
    place: meetingPlace(folder, [facts.need.data.owner, facts.helper]),
    note: facts.note || null,
    today: facts.today,
  };
}

export function askContext(folder: DataFolder, facts: LetterFacts, role: 'owner' | 'helper', lang: Lang) {
  const owner = facts.need.data.owner;
  const [me, other] = role === 'owner' ? [owner, facts.helper] : [facts.helper, owner];
  return {
    ...common(folder, facts, lang),
    role,
    recipient: partyView(folder, me, lang),
    other: partyView(folder, other, lang),
    met: lastMeeting(folder, facts.mixer, me),
  };
}

export function introductionContext(folder: DataFolder, facts: LetterFacts, lang: Lang) {
  return {
    ...common(folder, facts, lang),
    owner: partyView(folder, facts.need.data.owner, lang),
    helper: partyView(folder, facts.helper, lang),
    met_owner: lastMeeting(folder, facts.mixer, facts.need.data.owner),
    met_helper: lastMeeting(folder, facts.mixer, facts.helper),
  };
}
