// The in-memory data folder: every record with its source, settings, glossary and problems.
import type { Problem } from '../errors.js';
import type { Glossary, KindFolder, KindRecord } from '../records/schemas.js';
import type { Environment } from '../util/env.js';
import type { Lang } from '../util/lang.js';
import type { SourceFile } from './source.js';

export interface Loaded<K extends KindFolder = KindFolder> {
  kind: K;
  id: string;
  /** Path relative to the data folder. */
  file: string;
  data: KindRecord[K];
  source: SourceFile;
}

export interface ResolvedSettings {
  lang: Lang;
  visit_every_days: number;
  currency: string;
  follow_up_days: number;
}

export type RecordMaps = { [K in KindFolder]: Map<string, Loaded<K>> };

export interface DataFolder {
  dir: string;
  settings: ResolvedSettings;
  /** What mixer.yaml says, before defaults (to know whether `lang` was chosen there). */
  settingsLang?: Lang;
  records: RecordMaps;
  /** The built-in glossary merged with the folder's glossary.yaml. */
  glossary: Glossary;
  /** Every problem found, sorted by file and position. */
  problems: Problem[];
  /** Number of YAML files read. */
  fileCount: number;
  /**
   * Files that hold no record because they have problems, sorted by path: every command says
   * so (never silently less), and a reference to one of them is not a second problem.
   */
  failed: FailedFile[];
  /**
   * The caches it was read with, if any: a change is checked with the record cache too (see
   * change.ts), and the matcher reads its texts through the analysis cache (commands/match-input.ts).
   */
  cache?: { env: Environment };
}

/** A file of a kind folder that did not load; `id` when its name is one (then it still exists for references). */
export interface FailedFile {
  file: string;
  kind?: KindFolder;
  id?: string;
}

/** The file that would hold this id but has problems, if any (of the given kinds, or any). */
export function failedRecord(
  folder: DataFolder,
  id: string,
  kinds?: readonly KindFolder[],
): FailedFile | undefined {
  return folder.failed.find((f) => f.id === id && f.kind && (!kinds || kinds.includes(f.kind)));
}

export type PartyKind = 'spaces' | 'members' | 'mixers';

/** A space, member or mixer by id (their ids are unique across the three). */
export function findParty(folder: DataFolder, id: string): Loaded<PartyKind> | undefined {
  return folder.records.spaces.get(id) ?? folder.records.members.get(id) ?? folder.records.mixers.get(id);
}

/** Any record by id, parties first. */
export function findAny(folder: DataFolder, id: string): Loaded | undefined {
  for (const kind of ['spaces', 'members', 'mixers', 'needs', 'visits', 'proposals'] as const) {
    const found = folder.records[kind].get(id);
    if (found) return found as Loaded;
  }
  return undefined;
}

export function partyName(folder: DataFolder, id: string): string {
  const party = findParty(folder, id);
  return party ? party.data.name : id;
}

export function recordCount(folder: DataFolder): number {
  return Object.values(folder.records).reduce((n, map) => n + map.size, 0);
}
