// Applying a change to the data folder. Under the folder's lock (lock.ts), the change is made from
// the files as they are then, checked whole, and written: new files exclusively (never over one
// that appeared meanwhile), edits from the text on disk at that moment, removals last; a failure
// at any step undoes what was written, so nothing is left half done and nothing is lost.
import fs from 'node:fs';
import path from 'node:path';
import { MixerError, type Problem, type Said } from '../errors.js';
import { KIND_FOLDERS } from '../records/enums.js';
import { createFileExclusive, removeStaleTemporaries, writeFileAtomic } from './atomic.js';
import { dropCaches } from './cache.js';
import type { DataFolder } from './folder.js';
import { loadDataFolder } from './load.js';
import { FolderLocked, type LockOptions, withFolderLock } from './lock.js';
import { said } from './said.js';

export interface FileChange {
  /** Path relative to the data folder. */
  rel: string;
  /** The new text (of a new file, or of an edit made from the text the command read). */
  text: string;
  /** A new file (must not exist yet) or an edit of an existing one. */
  create: boolean;
  /**
   * An edit made again from the file's text as it is when written (under the lock), so that an
   * edit another process wrote meanwhile is kept. Without it, an edit is written only if the file
   * is still as the command read it.
   */
  edit?: (current: string) => string;
  /** Remove the file (its `text` is ignored). */
  remove?: boolean;
}

/**
 * What a command writes: the changes, or how to make them from a loaded folder. A function is
 * called again with the folder as it is under the lock when another process changed it meanwhile
 * (a new id is then chosen among the ids taken by then).
 */
export type ChangePlan = FileChange[] | ((folder: DataFolder) => FileChange[]);

export interface WriteHooks {
  /** After the change is checked, before anything is written (git: refuse a dirty file, switch branch). */
  beforeWrite?: (changes: FileChange[]) => void;
  /** After everything is written (git: commit). A throw undoes the writes. */
  afterWrite?: (changes: FileChange[], written: string[]) => void;
  lock?: LockOptions;
}

export interface Applied {
  /** The changes as written (a planned id may differ from the one first shown). */
  changes: FileChange[];
  /** Absolute paths written or removed. */
  written: string[];
}

/** Problems of the folder as it would be after the change: in the changed files, and new ones anywhere. */
function preview(folder: DataFolder, changes: FileChange[]) {
  const overlay = new Map(changes.filter((c) => !c.remove).map((c) => [c.rel, c.text]));
  const removed = new Set(changes.filter((c) => c.remove).map((c) => c.rel));
  // The cache as the folder was read: only the changed files (new text, new key) are parsed.
  const after = loadDataFolder(folder.dir, { overlay, removed, cache: folder.cache });
  const touched = new Set(changes.map((c) => c.rel));
  const key = (p: Problem) => `${p.file}:${p.line}:${p.col}:${p.code}`;
  const before = new Set(folder.problems.map(key));
  // Problems in the changed files, and new problems anywhere (a reference the change broke).
  const problems = after.problems.filter((p) => touched.has(p.file) || !before.has(key(p)));
  return { after, problems };
}

/** Why an attempt could not go on with the folder it was planned from. */
class Stale extends Error {}

function readCurrent(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The loaded text of a file, as the command read it. */
function loadedText(folder: DataFolder, rel: string): string | undefined {
  for (const map of Object.values(folder.records))
    for (const rec of map.values()) if (rec.file === rel) return rec.source.text;
  return undefined;
}

/**
 * The changes made final against the disk: edits made again from the current text, creations
 * checked. `base` is the folder the changes were made from (an edit's old text is its file there).
 */
function settle(base: DataFolder, changes: FileChange[], fresh: boolean): FileChange[] {
  return changes.map((change) => {
    const file = path.join(base.dir, change.rel);
    const current = readCurrent(file);
    if (change.create && !change.remove) {
      if (current === undefined) return change;
      if (fresh)
        throw new MixerError(said('write.exists', { file: change.rel }), 1, said('hint.write-exists-file'));
      throw new Stale();
    }
    if (current === undefined) {
      if (fresh) throw new MixerError(said('write.gone', { file: change.rel }), 1, said('hint.write-again'));
      throw new Stale();
    }
    if (change.remove) return change;
    if (change.edit) return { ...change, text: change.edit(current) };
    if (current === loadedText(base, change.rel)) return change;
    // Written meanwhile by someone else: never replaced from an old text.
    if (fresh) throw new MixerError(said('write.changed', { file: change.rel }), 1, said('hint.write-again'));
    throw new Stale();
  });
}

/** A file-system error as a problem of the real file, with what to do about it. */
export function fsError(error: unknown, rel: string): MixerError {
  const e = error as NodeJS.ErrnoException;
  const code = e.code ?? 'EIO';
  const hint: Said =
    code === 'EACCES' || code === 'EPERM'
      ? said('hint.fs-permission', { dir: path.dirname(rel) || '.' })
      : code === 'ENOSPC' || code === 'EDQUOT'
        ? said('hint.fs-space')
        : code === 'EROFS'
          ? said('hint.fs-readonly')
          : said('hint.fs-other');
  return new MixerError(said('write.fs-failed', { file: rel, code }), 1, hint);
}

interface Done {
  change: FileChange;
  file: string;
  /** The text before (edits and removals), to put back. */
  before?: string;
}

function undo(done: Done[]): void {
  for (const d of [...done].reverse()) {
    try {
      if (d.change.create && !d.change.remove) fs.rmSync(d.file, { force: true });
      else if (d.before !== undefined) writeFileAtomic(d.file, d.before);
    } catch {
      // (undo what can be undone; the error that led here is the one reported)
    }
  }
}

function write(folder: DataFolder, changes: FileChange[]): Done[] {
  const done: Done[] = [];
  // New files first, removals last: an interrupted change never leaves a reference to nothing.
  const ordered = [
    ...changes.filter((c) => c.create && !c.remove),
    ...changes.filter((c) => !c.create && !c.remove),
    ...changes.filter((c) => c.remove),
  ];
  for (const change of ordered) {
    const file = path.join(folder.dir, change.rel);
    try {
      if (change.create && !change.remove) {
        createFileExclusive(file, change.text);
        done.push({ change, file });
      } else {
        const before = fs.readFileSync(file, 'utf8');
        if (change.remove) fs.rmSync(file);
        else writeFileAtomic(file, change.text);
        done.push({ change, file, before });
      }
    } catch (error) {
      undo(done);
      if ((error as NodeJS.ErrnoException).code === 'EEXIST' && change.create && fs.existsSync(file))
        throw new MixerError(said('write.exists', { file: change.rel }), 1, said('hint.write-exists-file'));
      throw fsError(error, change.rel);
    }
  }
  return done;
}

/**
 * Writes the change, or nothing. Under the folder's lock: stale temporary files are removed, the
 * change is settled against the disk (made again from the folder as it is now when the plan is a
 * function and something changed meanwhile), checked whole, and written.
 */
export function applyChanges(folder: DataFolder, plan: ChangePlan, hooks: WriteHooks = {}): Applied {
  const make = typeof plan === 'function' ? plan : () => plan;
  const attempt = (from: DataFolder, fresh: boolean): Applied => {
    // A list of changes was made from the folder the command read, whatever attempt this is.
    const changes = settle(typeof plan === 'function' ? from : folder, make(from), fresh);
    const { problems } = preview(from, changes);
    if (problems.length) {
      // Problems the command did not see may come from another writer: try once from what is there now.
      if (!fresh && typeof plan === 'function') throw new Stale();
      throw new MixerError(
        said('write.invalid', { count: problems.length }),
        1,
        said('hint.write-invalid'),
        problems,
      );
    }
    hooks.beforeWrite?.(changes);
    const done = write(from, changes);
    try {
      hooks.afterWrite?.(
        changes,
        done.map((d) => d.file),
      );
    } catch (error) {
      undo(done);
      throw error;
    }
    // The record cache holds copies of records: a removal clears it (see cache.ts).
    if (changes.some((c) => c.remove)) dropCaches(from.dir);
    return { changes, written: done.map((d) => d.file) };
  };
  try {
    return withFolderLock(
      folder.dir,
      () => {
        removeStaleTemporaries(KIND_FOLDERS.map((k) => path.join(folder.dir, k)));
        try {
          return attempt(folder, false);
        } catch (error) {
          if (!(error instanceof Stale)) throw error;
          return attempt(
            loadDataFolder(folder.dir, { lang: folder.settings.lang, cache: folder.cache }),
            true,
          );
        }
      },
      hooks.lock,
    );
  } catch (error) {
    if (error instanceof FolderLocked)
      throw new MixerError(
        said('write.locked', {
          pid: error.owner?.pid ?? 0,
          host: error.owner?.host ?? '?',
          file: path.relative(folder.dir, error.lockFile),
        }),
        1,
        said('hint.write-locked', { file: path.relative(folder.dir, error.lockFile) }),
      );
    if (error instanceof MixerError || error instanceof Stale) throw error;
    throw fsError(
      error,
      path.relative(folder.dir, (error as NodeJS.ErrnoException).path ?? folder.dir) || '.',
    );
  }
}
