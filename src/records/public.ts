// What of a record may leave the team: the one place that decides it. Letters and the sponsor
// report (anything meant for outsiders) read records only through these views, so that text marked
// `share: mixers` (explicitly, or by a member's default) never reaches anyone outside the data
// folder. Pure: records in, plain data out.
//
//   publicParty(records, id)       a space, member or mixer: name, summary, strengths, contact
//   publicNeed(records, need)      a need: title, subject, detail
//   publicProposalId(records, p)   a proposal's id, when what it is made of is public
//   letterAddress(records, id, audience)
//                                  the e-mail a letter may be addressed to
//
// What is not public is null (or an empty list), never a placeholder: the caller words it
// (「メンバー（非公開）」, 「非公開の課題」) or leaves it out.
import type { Share } from './enums.js';
import { type RecordsById, strengthParts } from './parties.js';
import type { Need, Strength } from './schemas.js';

/** The records a public view reads; the store's loaded folder fits as it is. */
export type PublicRecords = Pick<RecordsById, 'spaces' | 'members' | 'mixers'>;

/**
 * Who may read a party's record. A member's own `share` decides (`mixers` when it says nothing);
 * spaces are public places and mixers the team's public faces.
 */
function partyShare(records: PublicRecords, id: string): Share {
  const member = records.members.get(id);
  if (member) return member.data.share ?? 'mixers';
  return 'public';
}

/** Who may read a need: its own `share`, else its owner's. */
function needShare(records: PublicRecords, need: Need): Share {
  return need.share ?? partyShare(records, need.owner);
}

export interface PublicContact {
  email: string | null;
  phone: string | null;
  url: string | null;
}

export interface PublicParty {
  id: string;
  kind: 'space' | 'member' | 'mixer' | 'unknown';
  /** Whether the record itself may leave the team. */
  public: boolean;
  /** The name; null when the record is not public. */
  name: string | null;
  /** The names of the spaces it belongs to (spaces are public; a space belongs to itself). */
  spaces: string[];
  summary: string | null;
  /** The strengths whose text may leave the team (a private member's own `share: public` ones too). */
  strengths: string[];
  /** A space's area. */
  area: string | null;
  /**
   * Contact details that may be printed: a member's `contact` when it is shareable (`contact.share`,
   * else the member's `share`), a space's `url`, a mixer's e-mail. Null when there is none.
   */
  contact: PublicContact | null;
}

function strengthTexts(strengths: Strength[] | undefined, fallback: Share): string[] {
  return (strengths ?? [])
    .map((s) => strengthParts(s, fallback))
    .filter((s) => s.share === 'public')
    .map((s) => s.text);
}

function spaceNames(records: PublicRecords, ids: string[] | undefined): string[] {
  return (ids ?? []).map((id) => records.spaces.get(id)?.data.name).filter((n): n is string => Boolean(n));
}

function contactOf(c: { email?: string; phone?: string; url?: string }): PublicContact | null {
  const contact = { email: c.email || null, phone: c.phone || null, url: c.url || null };
  return contact.email || contact.phone || contact.url ? contact : null;
}

export function publicParty(records: PublicRecords, id: string): PublicParty {
  const member = records.members.get(id);
  if (member) {
    const share = partyShare(records, id);
    const isPublic = share === 'public';
    const contact = member.data.contact;
    const contactShared = contact && (contact.share ?? share) === 'public';
    return {
      id,
      kind: 'member',
      public: isPublic,
      name: isPublic ? member.data.name : null,
      spaces: spaceNames(records, member.data.spaces),
      summary: (isPublic && member.data.summary?.trim()) || null,
      strengths: strengthTexts(member.data.strengths, share),
      area: null,
      contact: contactShared ? contactOf(contact) : null,
    };
  }
  const space = records.spaces.get(id);
  if (space)
    return {
      id,
      kind: 'space',
      public: true,
      name: space.data.name,
      spaces: [space.data.name],
      summary: null,
      strengths: strengthTexts(space.data.strengths, 'public'),
      area: space.data.area?.trim() || null,
      // A space's contacts[] are people on its staff: their details stay in the team.
      contact: space.data.url ? contactOf({ url: space.data.url }) : null,
    };
  const mixer = records.mixers.get(id);
  if (mixer)
    return {
      id,
      kind: 'mixer',
      public: true,
      name: mixer.data.name,
      spaces: spaceNames(records, mixer.data.spaces),
      summary: null,
      strengths: strengthTexts(mixer.data.strengths, 'public'),
      area: null,
      contact: mixer.data.email ? contactOf({ email: mixer.data.email }) : null,
    };
  return {
    id,
    kind: 'unknown',
    public: false,
    name: null,
    spaces: [],
    summary: null,
    strengths: [],
    area: null,
    contact: null,
  };
}

export interface PublicNeed {
  /** Whether the need may leave the team. */
  public: boolean;
  /** The owner's id (whether the owner may be named is `publicParty(owner).public`). */
  owner: string;
  title: string | null;
  /** The record's own short noun phrase (`subject`), if it has one. */
  subject: string | null;
  detail: string | null;
}

export function publicNeed(records: PublicRecords, need: Need): PublicNeed {
  const isPublic = needShare(records, need) === 'public';
  return {
    public: isPublic,
    owner: need.owner,
    title: isPublic ? need.title : null,
    subject: (isPublic && need.subject?.trim()) || null,
    detail: (isPublic && need.detail?.trim()) || null,
  };
}

/**
 * Who reads a letter: `them` — only the party it is addressed to (an ask), so their own address
 * may be used whatever their record says; `both` — the two sides together (the introduction), so
 * only an address that may be printed.
 */
export type Audience = 'them' | 'both';

/**
 * The e-mail a letter to party `id` may be addressed to, or null. A space's staff contacts
 * (`contacts[].email`) are used only for a letter to the space alone, never where the other side
 * reads the recipients.
 */
export function letterAddress(records: PublicRecords, id: string, audience: Audience): string | null {
  if (audience === 'both') return publicParty(records, id).contact?.email ?? null;
  const member = records.members.get(id);
  if (member) return member.data.contact?.email || null;
  const space = records.spaces.get(id);
  if (space) return space.data.contacts?.find((c) => c.email)?.email ?? null;
  return records.mixers.get(id)?.data.email || null;
}

/**
 * Whom at a space a letter to the space alone is for: the staff contact its address belongs to
 * (see letterAddress), else the first one named. Null for a member or a mixer, or a space with none.
 */
export function letterAttention(records: PublicRecords, id: string): string | null {
  const contacts = records.spaces.get(id)?.data.contacts ?? [];
  return (contacts.find((c) => c.email) ?? contacts[0])?.name ?? null;
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
