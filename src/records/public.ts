// What may leave the team: the one place that decides it, for everything meant for outsiders
// (the sponsor report; the letters' facts come from the same rule). A party or a need is public
// only when its records say so (`share: public`, or a member's `share` for its needs and
// strengths); spaces and mixers are public places and people, their contacts are not. What is not
// public comes back as `public: false` with nothing else: the caller words it (「非公開の課題」,
// 「メンバー（非公開）」) or counts it, and can print nothing it was not given.
import type { Share } from './enums.js';
import type { RecordsById } from './parties.js';
import { type Strength, strengthParts } from './schemas.js';

export type PublicRecords = Pick<RecordsById, 'spaces' | 'members' | 'mixers' | 'needs'>;

/** A member's own `share` decides for it (default mixers); spaces and mixers are public. */
export function partyShare(records: Pick<RecordsById, 'members'>, id: string): Share {
  const member = records.members.get(id);
  return member ? (member.data.share ?? 'mixers') : 'public';
}

/** A need's `share`, else its owner's. */
export function needShare(
  records: Pick<RecordsById, 'members'>,
  need: { owner: string; share?: Share },
): Share {
  return need.share ?? partyShare(records, need.owner);
}

/** A party as an outsider may see it: its id and name only when public. */
export type PublicParty =
  | { public: true; id: string; name: string; kind: 'space' | 'member' | 'mixer' }
  | { public: false };

export function publicParty(records: PublicRecords, id: string): PublicParty {
  const space = records.spaces.get(id);
  if (space) return { public: true, id, name: space.data.name, kind: 'space' };
  const mixer = records.mixers.get(id);
  if (mixer) return { public: true, id, name: mixer.data.name, kind: 'mixer' };
  const member = records.members.get(id);
  if (member && partyShare(records, id) === 'public')
    return { public: true, id, name: member.data.name, kind: 'member' };
  return { public: false };
}

/** A need as an outsider may see it: its id, title and detail only when public. */
export type PublicNeed = { public: true; id: string; title: string; detail?: string } | { public: false };

export function publicNeed(records: PublicRecords, id: string): PublicNeed {
  const need = records.needs.get(id);
  if (!need || needShare(records, need.data) !== 'public') return { public: false };
  return {
    public: true,
    id,
    title: need.data.title,
    ...(need.data.detail ? { detail: need.data.detail } : {}),
  };
}

/**
 * A proposal's id may leave the team only when both its need and its helper may: it is made of
 * their ids (`2026-10-iwate-craft-overseas-miller-english`).
 */
export function publicProposalId(
  records: PublicRecords,
  proposal: { id: string; need: string; helper: string },
): string | undefined {
  return publicNeed(records, proposal.need).public && publicParty(records, proposal.helper).public
    ? proposal.id
    : undefined;
}

/** The texts of a party's strengths that are public (a strength's own `share`, else the party's). */
export function publicStrengths(
  records: PublicRecords,
  id: string,
  strengths: readonly Strength[],
): string[] {
  const fallback = partyShare(records, id);
  return strengths
    .map((s) => strengthParts(s, fallback))
    .filter((s) => s.share === 'public')
    .map((s) => s.text);
}

/**
 * A member's contact details, only when the member is public (its record marks it shareable);
 * a space's contacts and a mixer's address are the team's, never given out here.
 */
export function publicContact(
  records: PublicRecords,
  id: string,
): { email?: string; phone?: string; url?: string } | undefined {
  const member = records.members.get(id);
  if (!member || partyShare(records, id) !== 'public') return undefined;
  return member.data.contact;
}
