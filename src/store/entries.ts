// What a name found in a data folder leads to: a file to read, or a problem of its own that every
// command names (load) and fmt leaves alone: a link to nothing or out of the folder, a pipe, a
// socket, a folder. Such an entry is never opened (a pipe with no writer would wait forever).
import fs from 'node:fs';
import path from 'node:path';
import type { Problem, Said } from '../errors.js';
import { said } from './said.js';
import { type FoundEntry, leadsToFile } from './walk.js';

/** A problem at the top of a file, with no field. */
export function fileProblem(rel: string, message: Said, hint?: Said): Problem {
  return { file: rel, line: 1, col: 1, field: '', message, hint, code: message.key };
}

/** What a symbolic link says it points to, as written (or nothing, when it went meanwhile). */
function linkText(abs: string): string {
  try {
    return fs.readlinkSync(abs);
  } catch {
    return '';
  }
}

/** Why the entry cannot be read as a file of the folder `dir` (real path `realDir`), or undefined. */
export function unreadableEntry(dir: string, realDir: string, entry: FoundEntry): Problem | undefined {
  const abs = path.join(dir, entry.rel);
  const notAFile = () => fileProblem(entry.rel, said('problem.not-a-file'), said('hint.not-a-file'));
  if (!entry.dirent.isSymbolicLink()) return entry.dirent.isFile() ? undefined : notAFile();
  let target: string;
  try {
    target = fs.realpathSync(abs);
  } catch {
    // A link to nothing (its file removed or renamed) or a loop of links: there is no file to
    // read, wherever the link points. (Its text is relative to the link, not to the working
    // folder, so it cannot be judged inside or outside from here.)
    return fileProblem(
      entry.rel,
      said('problem.symlink-broken', { target: linkText(abs) }),
      said('hint.symlink-broken'),
    );
  }
  const rel = path.relative(realDir, target);
  if (rel.startsWith('..') || path.isAbsolute(rel))
    return fileProblem(entry.rel, said('problem.symlink-outside', { target }), said('hint.symlink-outside'));
  return leadsToFile(abs) ? undefined : notAFile();
}
