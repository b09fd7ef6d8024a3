// Files outside the records that commands lay out or rewrite: a new team repository (init),
// JSON Schemas (schema), and every record in canonical form (fmt).
import fs from 'node:fs';
import path from 'node:path';
import type { Problem, Said } from '../errors.js';
import { type FileKind, fileKind } from '../records/enums.js';
import { writeFileAtomic } from './atomic.js';
import { unreadableEntry } from './entries.js';
import { canonicalText } from './format.js';
import { git, repoRoot } from './git.js';
import { withFolderLock } from './lock.js';
import { parseText, readText } from './read.js';
import { said } from './said.js';
import { NOT_RECORDS, yamlEntries } from './walk.js';

/** Which of these paths (relative to `dir`) already exist. */
export function existingFiles(dir: string, rels: string[]): string[] {
  return rels.filter((rel) => fs.existsSync(path.join(dir, rel)));
}

/**
 * The first path from `dir` up that exists and is not a folder (a file where a folder should be,
 * or on the way to it), or undefined when `dir` is a folder or can be made one.
 */
export function notAFolderOnTheWay(dir: string): string | undefined {
  for (let at = dir; ; at = path.dirname(at)) {
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(at);
    } catch {
      // nothing there (yet): look further up
    }
    if (stat) return stat.isDirectory() ? undefined : at;
    if (path.dirname(at) === at) return undefined;
  }
}

/** Writes each file (relative path → text) under `dir`, each atomically; returns the absolute paths. */
export function writeFiles(dir: string, files: Record<string, string>): string[] {
  fs.mkdirSync(dir, { recursive: true });
  return Object.entries(files).map(([rel, text]) => {
    const file = path.join(dir, rel);
    writeFileAtomic(file, text);
    return file;
  });
}

/** Makes `dir` a git repository unless it is inside one already. */
export function ensureRepository(dir: string): { created: boolean; error?: string } {
  if (repoRoot(dir)) return { created: false };
  const r = git(dir, ['init', '-q', '-b', 'main']);
  return r.ok ? { created: true } : { created: false, error: r.err };
}

/** A symbolic link to a file of the folder: fmt never writes through it. */
export interface LinkLeft {
  /** The link, relative to the folder. */
  file: string;
  /** The file it leads to, relative to the folder. */
  target: string;
  /** Whether fmt formats the target as a file of its own; if not, fmt checks its text through the link. */
  targetFormatted: boolean;
}

/** What fmt found: the files not in canonical form, and those it left as they are, each with why. */
export interface Formatted {
  /** Relative paths: the files in order, then the links whose target fmt does not format itself. */
  differ: string[];
  /** The files rewritten (none when not writing; never a link). */
  written: string[];
  /** The first problem of each file that could not be read as a record (one per file). */
  unreadable: Problem[];
  /** The links to a file of the folder, left as they are. */
  links: LinkLeft[];
}

/**
 * The files mixer reads (records, mixer.yaml, glossary.yaml) whose text is not in canonical form
 * (relative paths, sorted), rewritten when `write` is set. A file validate's reading refuses (not
 * UTF-8, too large, YAML it cannot read, a tab in the indentation, an anchor or alias …) and a
 * record file with nothing in it are left as they are, and named with their first problem.
 */
export function formatRecords(dir: string, write: boolean): Formatted {
  // Rewriting takes the folder's lock: a file is never rewritten from a text another writer is replacing.
  return write ? withFolderLock(dir, () => formatAll(dir, true)) : formatAll(dir, false);
}

/** Problems of a file's form that its canonical text has no more: fmt is how they are fixed. */
const FIXED_BY_FORMAT = new Set(['problem.bom', 'problem.crlf']);

/**
 * The text of a file to format, read as validate reads it; or the first problem that stops it
 * being formatted; or neither, for settings or a glossary with nothing in them (their defaults).
 */
function formattable(abs: string, rel: string, kind: FileKind): { text?: string; problem?: Problem } {
  const read = readText(abs, rel);
  if (read.text === undefined) return { problem: read.problems[0] };
  const parsed = parseText(read.text, read.bom, abs, rel);
  const problem = parsed.problems.find((p) => !FIXED_BY_FORMAT.has(p.code));
  if (problem) return { problem };
  const refused = (message: Said, hint?: Said): { problem: Problem } => ({
    problem: { file: rel, line: 1, col: 1, field: '', message, hint, code: message.key },
  });
  // Empty, or comments only: canonical text would be `null`. A record needs its fields; settings
  // and a glossary with none are valid as they are.
  if (parsed.value === null || parsed.value === undefined) {
    if (kind === 'settings' || kind === 'glossary') return {};
    return refused(said('problem.empty-file'), said('hint.empty-file'));
  }
  // A list or a single value is no record either (validate: not a mapping).
  if (typeof parsed.value !== 'object' || Array.isArray(parsed.value))
    return refused(said('problem.not-mapping'));
  return { text: read.bom ? `\uFEFF${read.text}` : read.text };
}

/**
 * The canonical text of the file `rel` (read through a link if it is one) when its text is not
 * canonical; a file that cannot be read as a record adds its problem to `unreadable`.
 */
function differs(abs: string, rel: string, unreadable: Problem[]): { formatted?: string } | undefined {
  const kind = fileKind(rel)!;
  const { text, problem } = formattable(abs, rel, kind);
  if (problem) unreadable.push(problem);
  if (text === undefined) return undefined;
  const formatted = canonicalText(text, kind);
  return formatted === text ? undefined : { formatted };
}

function formatAll(dir: string, write: boolean): Formatted {
  const differ: string[] = [];
  const written: string[] = [];
  const unreadable: Problem[] = [];
  const realDir = fs.realpathSync(dir);
  const files: string[] = [];
  const linked: Array<{ file: string; target: string }> = [];
  for (const entry of yamlEntries(dir, NOT_RECORDS).filter((e) => fileKind(e.rel))) {
    const problem = unreadableEntry(dir, realDir, entry);
    if (problem) unreadable.push(problem);
    else if (!entry.dirent.isSymbolicLink()) files.push(entry.rel);
    else
      linked.push({
        file: entry.rel,
        target: path
          .relative(realDir, fs.realpathSync(path.join(dir, entry.rel)))
          .split(path.sep)
          .join('/'),
      });
  }
  for (const rel of files) {
    const abs = path.join(dir, rel);
    const change = differs(abs, rel, unreadable);
    if (!change?.formatted) continue;
    differ.push(rel);
    if (!write) continue;
    writeFileAtomic(abs, change.formatted);
    written.push(rel);
  }
  // A link is never rewritten (that would put a copy in its place). Its target, when fmt formats
  // it as a file of its own, is formatted as itself; any other target is checked through the link
  // (each link is a record of its own), and a text not in canonical form is named, not written.
  const own = new Set(files);
  const links = linked.map((link) => {
    const targetFormatted = own.has(link.target);
    if (!targetFormatted && differs(path.join(dir, link.file), link.file, unreadable)) differ.push(link.file);
    return { ...link, targetFormatted };
  });
  return { differ, written, unreadable, links };
}
