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

/** What fmt found: the files not in canonical form, and those it left as they are, each with why. */
export interface Formatted {
  /** Relative paths, sorted. */
  differ: string[];
  /** The first problem of each file that could not be read as a record (one per file). */
  unreadable: Problem[];
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

function formatAll(dir: string, write: boolean): Formatted {
  const differ: string[] = [];
  const unreadable: Problem[] = [];
  const realDir = fs.realpathSync(dir);
  const files: string[] = [];
  for (const entry of yamlEntries(dir, NOT_RECORDS).filter((e) => fileKind(e.rel))) {
    const problem = unreadableEntry(dir, realDir, entry);
    if (problem) unreadable.push(problem);
    // (a link to a file of the folder is formatted as that file, never replaced by a copy)
    else if (!entry.dirent.isSymbolicLink()) files.push(entry.rel);
  }
  for (const rel of files) {
    const abs = path.join(dir, rel);
    const kind = fileKind(rel)!;
    const { text, problem } = formattable(abs, rel, kind);
    if (problem) unreadable.push(problem);
    if (text === undefined) continue;
    const formatted = canonicalText(text, kind);
    if (formatted === text) continue;
    differ.push(rel);
    if (write) writeFileAtomic(abs, formatted);
  }
  return { differ, unreadable };
}
