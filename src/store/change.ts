// Applying a change to the data folder: checked whole before anything is written, each file
// written atomically, new files never overwriting old ones, and nothing left half done.
import fs from 'node:fs';
import path from 'node:path';
import { MixerError } from '../errors.js';
import { writeFileAtomic } from './atomic.js';
import type { DataFolder } from './folder.js';
import { loadDataFolder } from './load.js';
import { said } from './said.js';

export interface FileChange {
  /** Path relative to the data folder. */
  rel: string;
  text: string;
  /** A new file (must not exist yet) or an edit of an existing one. */
  create: boolean;
}

/** The folder as it would be after the change, with the problems the change would bring. */
export function preview(folder: DataFolder, changes: FileChange[]) {
  const overlay = new Map(changes.map((c) => [c.rel, c.text]));
  const after = loadDataFolder(folder.dir, { overlay });
  const touched = new Set(changes.map((c) => c.rel));
  const before = new Set(folder.problems.map((p) => `${p.file}:${p.line}:${p.col}:${p.code}`));
  // Problems in the changed files, and new problems anywhere (a reference the change broke).
  const problems = after.problems.filter(
    (p) => touched.has(p.file) || !before.has(`${p.file}:${p.line}:${p.col}:${p.code}`),
  );
  return { after, problems };
}

/** Writes the change, or nothing. Returns the absolute paths written. */
export function applyChanges(folder: DataFolder, changes: FileChange[]): string[] {
  for (const change of changes)
    if (change.create && fs.existsSync(path.join(folder.dir, change.rel)))
      throw new MixerError(said('write.exists', { file: change.rel }), 1, said('hint.write-exists'));
  const { problems } = preview(folder, changes);
  if (problems.length)
    throw new MixerError(
      said('write.invalid', { count: problems.length }),
      1,
      said('hint.write-invalid'),
      problems,
    );
  const written: string[] = [];
  const ordered = [...changes.filter((c) => c.create), ...changes.filter((c) => !c.create)];
  try {
    for (const change of ordered) {
      const file = path.join(folder.dir, change.rel);
      writeFileAtomic(file, change.text);
      written.push(file);
    }
  } catch (error) {
    // Undo the new files already written; edits were atomic one by one.
    for (const change of ordered.filter((c) => c.create)) {
      const file = path.join(folder.dir, change.rel);
      if (written.includes(file)) fs.rmSync(file, { force: true });
    }
    throw error;
  }
  return written;
}
