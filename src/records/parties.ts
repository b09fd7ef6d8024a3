// Records by id, as any layer may hold them, and what follows from them about parties (DESIGN:
// a party is a space, a member or a mixer). The store's loaded folder fits `RecordsById` as it is.
import type { Share } from './enums.js';
import type { KindFolder, KindRecord, Strength } from './schemas.js';

export type RecordsById = { [K in KindFolder]: ReadonlyMap<string, { readonly data: KindRecord[K] }> };

/** The spaces a party belongs to (a space belongs to itself). */
export function spacesOf(
  records: Pick<RecordsById, 'spaces' | 'members' | 'mixers'>,
  party: string,
): string[] {
  if (records.spaces.has(party)) return [party];
  return records.members.get(party)?.data.spaces ?? records.mixers.get(party)?.data.spaces ?? [];
}

/**
 * What visits learned about members (`learned` in each visit's own file, so that two clones that
 * record the same member on the same day merge without a conflict), by member, oldest visit
 * first. A member's strengths are its own `strengths` followed by these.
 */
export function learnedStrengths(records: Pick<RecordsById, 'visits'>): Map<string, Strength[]> {
  const visits = [...records.visits.values()]
    .map((v) => v.data)
    .filter((v) => v.learned?.length)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const byMember = new Map<string, Strength[]>();
  for (const visit of visits)
    for (const item of visit.learned ?? []) {
      const list = byMember.get(item.member) ?? [];
      list.push(item.strength);
      byMember.set(item.member, list);
    }
  return byMember;
}

/** A member's strengths: its own, then what visits learned (see learnedStrengths). */
export function strengthsOf(
  records: Pick<RecordsById, 'members'>,
  learned: ReadonlyMap<string, Strength[]>,
  member: string,
): Strength[] {
  return [...(records.members.get(member)?.data.strengths ?? []), ...(learned.get(member) ?? [])];
}

/** The text and sharing of a strength, whichever form it was written in. */
export function strengthParts(s: Strength, fallbackShare: Share) {
  if (typeof s === 'string') return { text: s, tags: [] as string[], share: fallbackShare };
  return { text: s.text, tags: s.tags ?? [], share: s.share ?? fallbackShare };
}
