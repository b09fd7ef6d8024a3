// Relations between records that several commands need: when each space was last visited, where a
// party belongs, how a proposal stands. Pure functions of a loaded folder.
import { spacesOf as spacesOfParty } from '../records/parties.js';
import type { ProposalStatus } from '../records/schemas.js';
import type { DataFolder, Loaded } from './folder.js';

/**
 * The space's last visit up to `until` (today): a visit dated later, planned or mistyped
 * (2027 for 2026), is not one made, and must not hide that the space is due.
 */
export function lastVisit(folder: DataFolder, space: string, until: string): Loaded<'visits'> | undefined {
  let last: Loaded<'visits'> | undefined;
  for (const v of folder.records.visits.values())
    if (v.data.space === space && v.data.date <= until && (!last || v.data.date > last.data.date)) last = v;
  return last;
}

/** The space's first visit dated after `after` (today): planned, or a mistyped date. */
export function nextVisit(folder: DataFolder, space: string, after: string): Loaded<'visits'> | undefined {
  let next: Loaded<'visits'> | undefined;
  for (const v of folder.records.visits.values())
    if (v.data.space === space && v.data.date > after && (!next || v.data.date < next.data.date)) next = v;
  return next;
}

/** The spaces a party belongs to (a space belongs to itself). */
export function spacesOf(folder: DataFolder, party: string): string[] {
  return spacesOfParty(folder.records, party);
}

/** The mixers whose `spaces` include a space. */
export function mixersCovering(folder: DataFolder, space: string): Array<Loaded<'mixers'>> {
  return [...folder.records.mixers.values()].filter((m) => m.data.spaces?.includes(space));
}

export function proposalStatus(p: Loaded<'proposals'>): ProposalStatus {
  return p.data.history.at(-1)!.status;
}

/** Whether a proposal joins parties of different spaces. */
export function crossesSpaces(folder: DataFolder, p: Loaded<'proposals'>): boolean {
  const need = folder.records.needs.get(p.data.need);
  if (!need) return false;
  const a = spacesOf(folder, need.data.owner);
  const b = spacesOf(folder, p.data.helper);
  return a.length > 0 && b.length > 0 && !a.some((s) => b.includes(s));
}

/** Whether a party asked not to be contacted (spaces and members can; mixers have no such mark). */
export function isDoNotContact(folder: DataFolder, id: string): boolean {
  const party = folder.records.spaces.get(id) ?? folder.records.members.get(id);
  return party?.data.do_not_contact === true;
}

/**
 * The two sides of a proposal: the need's owner and the helper. When the need's record is not
 * there (it has problems, or was forgotten), the need's id stands for its owner: no party has it,
 * so nothing is sent to it.
 */
export function proposalSides(folder: DataFolder, p: Loaded<'proposals'>): [string, string] {
  return [folder.records.needs.get(p.data.need)?.data.owner ?? p.data.need, p.data.helper];
}

/** The side of a proposal marked do_not_contact (the owner before the helper), if one is. */
export function barredSide(folder: DataFolder, p: Loaded<'proposals'>): string | undefined {
  return proposalSides(folder, p).find((id) => isDoNotContact(folder, id));
}
