// Loads a whole data folder: every file is read and checked before anything is reported, so one
// bad file never hides the others. How a parsed file is checked (the zod schemas) is given by the
// caller (load.ts): a run that finds every file in the record cache then loads no zod at all
// (`loadFromCache`).
import fs from 'node:fs';
import path from 'node:path';
import { type Problem, sortProblems } from '../errors.js';
import { type FileKind, fileKind, KIND_FOLDERS, type KindFolder } from '../records/enums.js';
import { FORGOTTEN, ID_MAX, ID_PATTERN } from '../records/ids.js';
import type { Glossary, Settings } from '../records/schemas.js';
import type { Environment } from '../util/env.js';
import type { Lang } from '../util/lang.js';
import { openRecordCache, SignedCache } from './cache.js';
import { checkReferences } from './check.js';
import { fileProblem, unreadableEntry } from './entries.js';
import type { DataFolder, FailedFile, Loaded, RecordMaps, ResolvedSettings } from './folder.js';
import { checkGlossary, defaultGlossary, mergeGlossaries } from './glossary.js';
import { parseText, readText } from './read.js';
import { said } from './said.js';
import { SourceFile } from './source.js';
import { NOT_RECORDS, yamlEntries } from './walk.js';

/** How a parsed file is checked: its valid value, or the problems of a value that is not. */
export interface Checks {
  check(kind: FileKind, value: unknown, source: SourceFile): { data: unknown } | { problems: Problem[] };
}

/** A file the record cache does not hold, met by `loadFromCache`. */
class NotCached extends Error {}

/**
 * What one load works with: how a parsed file is checked (none: only the cache may answer), the
 * record cache, and the files read so far, which a load that goes on from `loadFromCache` does not
 * read again.
 */
interface Session {
  checks: Checks | undefined;
  cache?: SignedCache;
  reads: Map<string, Read>;
  found?: Found;
}

/** The folder's YAML files as the walk found them, and the problems of the walk itself. */
interface Found {
  files: readonly FoundFile[];
  problems: readonly Problem[];
}

/** A file as read: its text (none when it could not be read), and its key in the record cache. */
interface Read {
  text?: string;
  bom: boolean;
  problems: Problem[];
  key?: string;
}

/** What `loadFromCache` had found and read when it met a file the cache does not hold. */
export interface Attempt {
  cache?: SignedCache;
  reads: Map<string, Read>;
  found?: Found;
}

export interface LoadOptions {
  /**
   * Keep valid records between runs in the folder's .mixer/cache (see cache.ts); the environment
   * says where the user's cache directory is. Without it every file is parsed.
   */
  cache?: { env: Environment };
  /** The files `loadFromCache` found and read and the cache it opened: used again, not walked or read again. */
  attempt?: Attempt;
  /** Files (relative path → text) to read as if written: how a change is checked before it is. */
  overlay?: Map<string, string>;
  /** Files (relative paths) to read as if removed. */
  removed?: ReadonlySet<string>;
  /** --lang: wins over mixer.yaml. */
  lang?: Lang;
  /** Language when neither --lang nor mixer.yaml chose one. */
  envLang?: Lang;
}

interface FoundFile {
  rel: string;
  abs: string;
}

function discover(dir: string): Found {
  const problems: Problem[] = [];
  const realDir = fs.realpathSync(dir);
  const files: FoundFile[] = [];
  for (const entry of yamlEntries(dir, NOT_RECORDS)) {
    const problem = unreadableEntry(dir, realDir, entry);
    if (problem) problems.push(problem);
    else files.push({ rel: entry.rel, abs: path.join(dir, entry.rel) });
  }
  return { files, problems };
}

function resolveSettings(
  dir: string,
  options: LoadOptions,
  problems: Problem[],
  session: Session,
): { settings: ResolvedSettings; settingsLang?: Lang } {
  const file = path.join(dir, 'mixer.yaml');
  let raw: Record<string, unknown> = {};
  let settingsLang: Lang | undefined;
  if (fs.existsSync(file)) {
    const read = readChecked<Settings>({ rel: 'mixer.yaml', abs: file }, 'settings', session);
    problems.push(...read.problems);
    if (read.data) {
      raw = read.data;
      settingsLang = read.data.lang;
    }
  }
  const lang = options.lang ?? settingsLang ?? options.envLang ?? 'ja';
  return {
    settingsLang,
    settings: {
      lang,
      visit_every_days: (raw.visit_every_days as number) ?? 15,
      currency: (raw.currency as string) ?? 'JPY',
      follow_up_days: (raw.follow_up_days as number) ?? 14,
    },
  };
}

/** What reading one record file gives: the record when it is valid, and its problems. */
export interface FileResult {
  record?: Loaded;
  problems: Problem[];
  /** When there is no record: the file, and its kind and id when its place and name give them. */
  failed?: FailedFile;
}

interface Checked<T> {
  source?: SourceFile;
  /** The plain value when the file was parsed but not given to the schema (null, or not a mapping). */
  value?: unknown;
  /** The valid value. */
  data?: T;
  problems: Problem[];
}

/**
 * Reads a file and checks it (`mapping`: a value that is not a mapping is a problem of its own).
 * A text the cache has seen valid as this kind is not parsed again; a text found valid now, with
 * no problem at all, is given to the cache. Without checks, only the cache may answer.
 */
function readChecked<T>(
  file: FoundFile,
  kind: FileKind,
  session: Session,
  overlay?: string,
  mapping = false,
): Checked<T> {
  const { checks, cache, reads } = session;
  let raw = overlay === undefined ? reads.get(file.abs) : undefined;
  if (!raw) {
    const text = readText(file.abs, file.rel, overlay);
    const key =
      cache && text.bytes && text.text !== undefined ? SignedCache.keyOf(kind, text.bytes) : undefined;
    raw = { text: text.text, bom: text.bom, problems: text.problems, key };
    // (the attempt from the cache alone keeps what it read, for the load that goes on from it)
    if (!checks && overlay === undefined) reads.set(file.abs, raw);
  }
  if (raw.text === undefined) return { problems: raw.problems };
  const { key } = raw;
  const known = key ? cache!.get(key) : undefined;
  if (known !== undefined)
    return { source: new SourceFile(file.rel, file.abs, raw.text), data: known as T, problems: [] };
  if (!checks) throw new NotCached();
  const read = parseText(raw.text, raw.bom, file.abs, file.rel);
  const result = { source: read.source, problems: read.problems };
  if (read.value === undefined || read.value === null) return { ...result, value: read.value };
  if (mapping && (typeof read.value !== 'object' || Array.isArray(read.value)))
    return { ...result, value: read.value };
  const checked = checks.check(kind, read.value, read.source);
  if ('problems' in checked) return { ...result, problems: [...read.problems, ...checked.problems] };
  if (key && read.problems.length === 0) cache!.set(key, checked.data);
  return { ...result, data: checked.data as T };
}

/** The kind folder a record file is in by its path (`fileKind`), or undefined when it is in none. */
function recordKind(rel: string): KindFolder | undefined {
  const kind = fileKind(rel);
  return kind === 'settings' || kind === 'glossary' ? undefined : kind;
}

/** Reads and checks one file of a kind folder. */
function readRecordFile(rel: string, abs: string, session: Session, overlay?: string): FileResult {
  const kind = recordKind(rel);
  const result = readRecord(rel, abs, kind, session, overlay);
  if (result.record) return result;
  return { ...result, failed: failedFile(rel) };
}

/** A file that gave no record, with the kind and id its path names when it names them. */
function failedFile(rel: string): FailedFile {
  const kind = recordKind(rel);
  const id = path.basename(rel, '.yaml');
  const named = kind && ID_PATTERN.test(id) && id.length <= ID_MAX;
  return named ? { file: rel, kind, id } : { file: rel };
}

function readRecord(
  rel: string,
  abs: string,
  kind: KindFolder | undefined,
  session: Session,
  overlay?: string,
): FileResult {
  if (rel.endsWith('.yml'))
    return { problems: [fileProblem(rel, said('problem.yml-extension'), said('hint.yml-extension'))] };
  if (!kind) {
    const kinds = KIND_FOLDERS.map((k) => `${k}/`).join(' ');
    return {
      problems: [fileProblem(rel, said('problem.outside-kinds'), said('hint.outside-kinds', { kinds }))],
    };
  }
  const problems: Problem[] = [];
  const id = path.basename(rel, '.yaml');
  const badId = !ID_PATTERN.test(id) || id.length > ID_MAX || id === FORGOTTEN;
  if (id === FORGOTTEN)
    problems.push(fileProblem(rel, said('problem.reserved-id', { id }), said('hint.bad-id')));
  else if (badId) problems.push(fileProblem(rel, said('problem.bad-id', { id }), said('hint.bad-id')));
  const read = readChecked({ rel, abs }, kind, session, overlay, true);
  problems.push(...read.problems);
  if (read.value === null)
    problems.push(fileProblem(rel, said('problem.empty-file'), said('hint.empty-file')));
  else if (read.value !== undefined) problems.push(fileProblem(rel, said('problem.not-mapping')));
  // A file whose name is no id is not a record: nothing could refer to it, and its name may hold
  // anything a file system allows.
  if (read.data === undefined || badId) return { problems };
  return { record: { kind, id, file: rel, data: read.data, source: read.source } as Loaded, problems };
}

interface Plan {
  dir: string;
  settings: ResolvedSettings;
  settingsLang?: Lang;
  problems: Problem[];
  glossary: Glossary;
  glossarySource?: SourceFile;
  recordFiles: FoundFile[];
  /** Files found that are not read at all (discover's problems). */
  unread: string[];
  fileCount: number;
}

/** Settings, glossary and the list of record files: what every load starts with. */
function plan(dir: string, options: LoadOptions, session: Session): Plan {
  const problems: Problem[] = [];
  const { settings, settingsLang } = resolveSettings(dir, options, problems, session);
  // (a load that goes on from `loadFromCache` has the files it found: the folder is walked once)
  session.found ??= discover(dir);
  problems.push(...session.found.problems);
  const files = session.found.files.filter((f) => !options.removed?.has(f.rel));
  for (const rel of options.overlay?.keys() ?? [])
    if (/\.ya?ml$/.test(rel) && !files.some((f) => f.rel === rel))
      files.push({ rel, abs: path.join(dir, rel) });
  let glossary: Glossary = {};
  let glossarySource: SourceFile | undefined;
  const recordFiles: FoundFile[] = [];
  for (const file of files) {
    if (file.rel === 'mixer.yaml') continue;
    if (file.rel !== 'glossary.yaml') {
      recordFiles.push(file);
      continue;
    }
    const read = readChecked<Glossary>(file, 'glossary', session);
    problems.push(...read.problems);
    glossarySource = read.source;
    if (read.data) glossary = read.data;
  }
  return {
    dir,
    settings,
    settingsLang,
    problems,
    glossary,
    glossarySource,
    recordFiles,
    unread: [...new Set(session.found.problems.map((q) => q.file))],
    fileCount: files.length,
  };
}

/** Records into their maps (duplicates reported), glossary merged, references checked. */
function assemble(p: Plan, results: FileResult[]): DataFolder {
  const problems = [...p.problems];
  const records = Object.fromEntries(KIND_FOLDERS.map((k) => [k, new Map()])) as RecordMaps;
  // Settings and glossary that did not load fall back to defaults: said like a record that did not;
  // and so is a file found but never read (a link to nothing, a pipe): every command names it, and
  // `report` will not count without it.
  const failed: FailedFile[] = [
    ...[...new Set(p.problems.map((q) => q.file))]
      .filter((file) => file === 'mixer.yaml' || file === 'glossary.yaml')
      .map((file) => ({ file })),
    ...p.unread.map(failedFile),
  ];
  for (const result of results) {
    problems.push(...result.problems);
    if (result.failed) failed.push(result.failed);
    const r = result.record;
    if (!r) continue;
    const map = records[r.kind] as Map<string, Loaded>;
    const earlier = map.get(r.id);
    if (earlier) {
      problems.push(
        fileProblem(
          r.file,
          said('problem.duplicate-id', { id: r.id, other: earlier.file }),
          said('hint.duplicate-id', { kind: r.kind }),
        ),
      );
      failed.push({ file: r.file, kind: r.kind, id: r.id });
      continue;
    }
    map.set(r.id, r);
  }
  // The built-in glossary is read when first needed: `validate` of a folder without a
  // glossary.yaml never needs it.
  let glossary: Glossary | undefined;
  const merged = () => (glossary ??= mergeGlossaries(defaultGlossary(), p.glossary));
  if (p.glossarySource) problems.push(...checkGlossary(p.glossary, merged(), p.glossarySource));
  const folder: DataFolder = {
    dir: p.dir,
    settings: p.settings,
    settingsLang: p.settingsLang,
    records,
    get glossary() {
      return merged();
    },
    problems: [],
    fileCount: p.fileCount,
    failed: failed.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
  };
  problems.push(...checkReferences(folder));
  folder.problems = sortProblems(problems);
  return folder;
}

/** Loads a data folder, each file that the record cache does not hold checked with `checks`. */
export function loadChecked(dir: string, options: LoadOptions, checks: Checks): DataFolder {
  return load(dir, options, session(dir, options, checks));
}

function session(dir: string, options: LoadOptions, checks: Checks | undefined): Session {
  const { attempt } = options;
  if (attempt) return { checks, cache: attempt.cache, reads: attempt.reads, found: attempt.found };
  return {
    checks,
    cache: options.cache ? openRecordCache(dir, options.cache.env) : undefined,
    reads: new Map(),
  };
}

function load(dir: string, options: LoadOptions, session: Session): DataFolder {
  const p = plan(dir, options, session);
  const results = p.recordFiles.map((f) =>
    readRecordFile(f.rel, f.abs, session, options.overlay?.get(f.rel)),
  );
  const folder = assemble(p, results);
  session.cache?.save();
  folder.cache = options.cache;
  return folder;
}

/**
 * The folder when the record cache holds every file that is read as a record, the settings and
 * the glossary. Else, having written nothing, what it read: `loadDataFolder` (load.ts) goes on from
 * it (`LoadOptions.attempt`) with the checks. The folder is the one `loadDataFolder` gives, as
 * only files that miss the cache are checked.
 */
export function loadFromCache(
  dir: string,
  options: LoadOptions,
): { folder: DataFolder } | { attempt: Attempt } {
  const s = session(dir, options, undefined);
  if (!s.cache) return { attempt: s };
  try {
    return { folder: load(dir, options, s) };
  } catch (error) {
    if (error instanceof NotCached) return { attempt: s };
    throw error;
  }
}
