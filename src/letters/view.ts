// What a letter may say about a party, a need and a strength: only what is `share: public`.
// Text marked `mixers` (explicitly, or by the member's default) never reaches a template.

import type { Share } from '../records/enums.js';
import type { RecordsById } from '../records/parties.js';
import { type Need, type Strength, strengthParts } from '../records/schemas.js';
import type { Lang } from '../util/lang.js';

/** The records a letter is written from: the store's loaded folder fits as it is. */
export type LetterRecords = Pick<RecordsById, 'spaces' | 'members' | 'mixers' | 'visits'>;

/** The few phrases a letter's facts are made of, in the letter's language (the ui gives them). */
export interface LetterWords {
  /** Who a party is when its record is not public: 「○○のメンバーの方」. */
  memberOf: (space: string) => string;
  /** The same, when its space is not known either. */
  aMember: string;
  /** A line listing a party's public strengths. */
  strengths: (list: string) => string;
  /** What a need is called when it is not public. */
  neutralNeed: string;
}

/** A need as a letter sees it. */
export interface NeedRecord {
  data: Need;
}

/** A member's own `share` is the default for its record; spaces and mixers are public places and people. */
export function partyShare(records: LetterRecords, id: string): Share {
  const member = records.members.get(id);
  if (member) return member.data.share ?? 'mixers';
  return 'public';
}

export function needShare(records: LetterRecords, need: NeedRecord): Share {
  return need.data.share ?? partyShare(records, need.data.owner);
}

function publicStrengths(strengths: Strength[] | undefined, fallback: Share): string[] {
  return (strengths ?? [])
    .map((s) => strengthParts(s, fallback))
    .filter((s) => s.share === 'public')
    .map((s) => s.text);
}

export interface PartyView {
  id: string;
  /** The name when the record is public; else a description that names no one. */
  label: string;
  /** The real name, for a letter addressed to this party itself. */
  name: string;
  public: boolean;
  /** Up to three lines about the party, from public text only. */
  lines: string[];
  /** (Liquid treats '' as true: what is missing is null.) */
  email: string | null;
  /** Contact details as one line, only those the record has in `contact`, and only when public. */
  contact: string | null;
  space: string;
}

function spaceNameOf(records: LetterRecords, id: string): string {
  const space = records.spaces.get(id);
  if (space) return space.data.name;
  const first = records.members.get(id)?.data.spaces?.[0];
  return first ? (records.spaces.get(first)?.data.name ?? '') : '';
}

export function partyView(records: LetterRecords, id: string, lang: Lang, words: LetterWords): PartyView {
  const share = partyShare(records, id);
  const isPublic = share === 'public';
  const member = records.members.get(id);
  const space = records.spaces.get(id);
  const mixer = records.mixers.get(id);
  const name = member?.data.name ?? space?.data.name ?? mixer?.data.name ?? id;
  const spaceName = spaceNameOf(records, id);
  const generic = spaceName ? words.memberOf(spaceName) : words.aMember;
  const lines: string[] = [];
  if (isPublic && member?.data.summary) lines.push(member.data.summary);
  const strengths = member
    ? publicStrengths(member.data.strengths, share)
    : publicStrengths(space?.data.strengths, 'public');
  if (strengths.length) lines.push(words.strengths(strengths.slice(0, 3).join(lang === 'ja' ? '、' : ', ')));
  if (space?.data.area) lines.push(space.data.area);
  const contact = member?.data.contact;
  // Addresses as Markdown autolinks (<…>), so letters stay valid Markdown.
  const contactParts =
    isPublic && contact
      ? [contact.email && `<${contact.email}>`, contact.phone, contact.url && `<${contact.url}>`].filter(
          Boolean,
        )
      : [];
  const spaceContact = space?.data.contacts?.find((c) => c.email);
  return {
    id,
    label: isPublic ? name : generic,
    name,
    public: isPublic,
    lines: lines.slice(0, 3),
    email: (isPublic && contact?.email) || spaceContact?.email || mixer?.data.email || null,
    contact: contactParts.join(' / ') || null,
    space: spaceName,
  };
}

export interface NeedView {
  public: boolean;
  /** The title when public; else a phrase that says nothing of it. */
  title: string;
  /** The need as a noun phrase: the quoted title when public, else the same neutral phrase. */
  subject: string;
  detail: string | null;
}

export function needView(records: LetterRecords, need: NeedRecord, lang: Lang, words: LetterWords): NeedView {
  const isPublic = needShare(records, need) === 'public';
  const neutral = words.neutralNeed;
  const quoted = lang === 'ja' ? `「${need.data.title}」` : `"${need.data.title}"`;
  return {
    public: isPublic,
    title: isPublic ? need.data.title : neutral,
    subject: isPublic ? quoted : neutral,
    detail: (isPublic && need.data.detail) || null,
  };
}

/** The helper's strength that fits the need best, if it is public. */
export function publicStrength(
  records: LetterRecords,
  helperId: string,
  preferred: string | undefined,
): string | null {
  const member = records.members.get(helperId);
  const space = records.spaces.get(helperId);
  const list = member
    ? publicStrengths(member.data.strengths, partyShare(records, helperId))
    : publicStrengths(space?.data.strengths, 'public');
  if (preferred && list.includes(preferred)) return preferred;
  return list[0] ?? null;
}
