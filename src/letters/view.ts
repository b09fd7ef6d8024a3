// What a letter may say about a party, a need and a strength: only what is `share: public`.
// Text marked `mixers` (explicitly, or by the member's default) never reaches a template.
import { type Strength, strengthParts } from '../records/schemas.js';
import type { DataFolder, Loaded } from '../store/folder.js';
import { type Lang, t } from '../ui/messages.js';

type Share = 'public' | 'mixers';

/** A member's own `share` is the default for its record; spaces and mixers are public places and people. */
export function partyShare(folder: DataFolder, id: string): Share {
  const member = folder.records.members.get(id);
  if (member) return member.data.share ?? 'mixers';
  return 'public';
}

export function needShare(folder: DataFolder, need: Loaded<'needs'>): Share {
  return need.data.share ?? partyShare(folder, need.data.owner);
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

function spaceNameOf(folder: DataFolder, id: string): string {
  const space = folder.records.spaces.get(id);
  if (space) return space.data.name;
  const first = folder.records.members.get(id)?.data.spaces?.[0];
  return first ? (folder.records.spaces.get(first)?.data.name ?? '') : '';
}

export function partyView(folder: DataFolder, id: string, lang: Lang): PartyView {
  const share = partyShare(folder, id);
  const isPublic = share === 'public';
  const member = folder.records.members.get(id);
  const space = folder.records.spaces.get(id);
  const mixer = folder.records.mixers.get(id);
  const name = member?.data.name ?? space?.data.name ?? mixer?.data.name ?? id;
  const spaceName = spaceNameOf(folder, id);
  const generic = spaceName ? t(lang, 'letter.member-of', { space: spaceName }) : t(lang, 'letter.a-member');
  const lines: string[] = [];
  if (isPublic && member?.data.summary) lines.push(member.data.summary);
  const strengths = member
    ? publicStrengths(member.data.strengths, share)
    : publicStrengths(space?.data.strengths, 'public');
  if (strengths.length)
    lines.push(
      t(lang, 'letter.strengths', { list: strengths.slice(0, 3).join(lang === 'ja' ? '、' : ', ') }),
    );
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

export function needView(folder: DataFolder, need: Loaded<'needs'>, lang: Lang): NeedView {
  const isPublic = needShare(folder, need) === 'public';
  const neutral = t(lang, 'letter.neutral-need');
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
  folder: DataFolder,
  helperId: string,
  preferred: string | undefined,
): string | null {
  const member = folder.records.members.get(helperId);
  const space = folder.records.spaces.get(helperId);
  const list = member
    ? publicStrengths(member.data.strengths, partyShare(folder, helperId))
    : publicStrengths(space?.data.strengths, 'public');
  if (preferred && list.includes(preferred)) return preferred;
  return list[0] ?? null;
}
