// What of a record may leave the team: the one place that decides it. The sponsor report (and
// anything else meant for outsiders) reads records only through these views, so that text marked
// `share: mixers` (explicitly, or by a member's default) never reaches anyone outside the data
// folder. Pure: records in, plain data out.
//
//   publicParty(records, id)       a space, member or mixer: its name when public
//   publicNeed(records, need)      a need: its title and detail when public
//   publicProposalId(records, p)   a proposal's id, when what it is made of is public
//
// What is not public is null, never a placeholder: the caller words it (「メンバー（非公開）」,
// 「非公開の課題」) or counts it, and cannot print what it was not given.
import type { Share } from './enums.js';
import type { RecordsById } from './parties.js';
import type { Need } from './schemas.js';

/** The records a public view reads; the store's loaded folder fits as it is. */
export type PublicRecords = Pick<RecordsById, 'spaces' | 'members' | 'mixers'>;

/**
 * Who may read a party's record. A member's own `share` decides (`mixers` when it says nothing);
 * spaces are public places and mixers the team's public faces.
 */
export function partyShare(records: PublicRecords, id: string): Share {
  const member = records.members.get(id);
  if (member) return member.data.share ?? 'mixers';
  return 'public';
}

/** Who may read a need: its own `share`, else its owner's. */
export function needShare(records: PublicRecords, need: Need): Share {
  return need.share ?? partyShare(records, need.owner);
}

export interface PublicParty {
  id: string;
  kind: 'space' | 'member' | 'mixer' | 'unknown';
  /** Whether the record itself may leave the team. */
  public: boolean;
  /** The name; null when the record is not public. */
  name: string | null;
}

export function publicParty(records: PublicRecords, id: string): PublicParty {
  const member = records.members.get(id);
  if (member) {
    const isPublic = partyShare(records, id) === 'public';
    return { id, kind: 'member', public: isPublic, name: isPublic ? member.data.name : null };
  }
  const space = records.spaces.get(id);
  if (space) return { id, kind: 'space', public: true, name: space.data.name };
  const mixer = records.mixers.get(id);
  if (mixer) return { id, kind: 'mixer', public: true, name: mixer.data.name };
  return { id, kind: 'unknown', public: false, name: null };
}

export interface PublicNeed {
  /** Whether the need may leave the team. */
  public: boolean;
  /** The owner's id (whether the owner may be named is `publicParty(owner).public`). */
  owner: string;
  title: string | null;
  detail: string | null;
}

export function publicNeed(records: PublicRecords, need: Need): PublicNeed {
  const isPublic = needShare(records, need) === 'public';
  return {
    public: isPublic,
    owner: need.owner,
    title: isPublic ? need.title : null,
    detail: (isPublic && need.detail?.trim()) || null,
  };
}

/**
 * A proposal's id may leave the team only when its need and its helper may: it is made of their
 * ids (`2026-10-iwate-craft-overseas-miller-english`). Null otherwise, or when the need is gone.
 */
export function publicProposalId(
  records: PublicRecords & Pick<RecordsById, 'needs'>,
  proposal: { id: string; need: string; helper: string },
): string | null {
  const need = records.needs.get(proposal.need);
  if (!need) return null;
  return publicNeed(records, need.data).public && publicParty(records, proposal.helper).public
    ? proposal.id
    : null;
}
