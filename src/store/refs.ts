// Every reference from one record to another, in one place: the checker resolves them, `show`
// follows them backwards.
import { FORGOTTEN } from '../records/ids.js';
import type { DataFolder, Loaded } from './folder.js';

/**
 * What a reference names: a record of one kind, an `owner` (a space or a member: whose a need is)
 * or any `party` (a space, a member or a mixer). See docs/vocabulary.md.
 */
export type RefTarget = 'spaces' | 'members' | 'mixers' | 'needs' | 'visits' | 'owner' | 'party';

export interface Reference {
  from: Loaded;
  /** Field path inside `from`, e.g. ['met', 2]. */
  path: PropertyKey[];
  target: RefTarget;
  id: string;
}

export function* references(folder: DataFolder): Generator<Reference> {
  const { records } = folder;
  function* many(
    from: Loaded,
    field: string,
    target: RefTarget,
    ids: string[] | undefined,
  ): Generator<Reference> {
    for (const [i, id] of (ids ?? []).entries()) yield { from, path: [field, i], target, id };
  }
  function* one(
    from: Loaded,
    field: string,
    target: RefTarget,
    id: string | undefined,
  ): Generator<Reference> {
    if (id !== undefined) yield { from, path: [field], target, id };
  }
  for (const rec of records.members.values()) yield* many(rec as Loaded, 'spaces', 'spaces', rec.data.spaces);
  for (const rec of records.mixers.values()) yield* many(rec as Loaded, 'spaces', 'spaces', rec.data.spaces);
  for (const rec of records.needs.values()) {
    yield* one(rec as Loaded, 'owner', 'owner', rec.data.owner);
    yield* one(rec as Loaded, 'visit', 'visits', rec.data.visit);
  }
  for (const rec of records.visits.values()) {
    yield* one(rec as Loaded, 'space', 'spaces', rec.data.space);
    yield* one(rec as Loaded, 'mixer', 'mixers', rec.data.mixer);
    yield* many(rec as Loaded, 'met', 'members', rec.data.met);
    for (const [i, item] of (rec.data.learned ?? []).entries())
      yield { from: rec as Loaded, path: ['learned', i, 'member'], target: 'members', id: item.member };
  }
  // A side forgotten at its owner's request (`forgotten`) refers to no record.
  const known = (id: string) => (id === FORGOTTEN ? undefined : id);
  for (const rec of records.proposals.values()) {
    yield* one(rec as Loaded, 'need', 'needs', known(rec.data.need));
    yield* one(rec as Loaded, 'helper', 'party', known(rec.data.helper));
    yield* one(rec as Loaded, 'mixer', 'mixers', rec.data.mixer);
  }
}
