// Records by id, as any layer may hold them, and what follows from them about parties (DESIGN:
// a party is a space, a member or a mixer). The store's loaded folder fits `RecordsById` as it is.
import type { KindFolder, KindRecord } from './schemas.js';

export type RecordsById = { [K in KindFolder]: ReadonlyMap<string, { readonly data: KindRecord[K] }> };

/** The spaces a party belongs to (a space belongs to itself). */
export function spacesOf(
  records: Pick<RecordsById, 'spaces' | 'members' | 'mixers'>,
  party: string,
): string[] {
  if (records.spaces.has(party)) return [party];
  return records.members.get(party)?.data.spaces ?? records.mixers.get(party)?.data.spaces ?? [];
}
