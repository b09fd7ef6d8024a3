// Files outside the records that commands lay out or rewrite: a new team repository (init),
// JSON Schemas (schema), and every record in canonical form (fmt).
import fs from 'node:fs';
import path from 'node:path';
import { fileKind } from '../records/enums.js';
import { writeFileAtomic } from './atomic.js';
import { canonicalText } from './format.js';
import { git, repoRoot } from './git.js';
import { MAX_FILE_BYTES } from './guard.js';
import { withFolderLock } from './lock.js';
import { NOT_RECORDS, yamlEntries } from './walk.js';

/** Which of these paths (relative to `dir`) already exist. */
export function existingFiles(dir: string, rels: string[]): string[] {
  return rels.filter((rel) => fs.existsSync(path.join(dir, rel)));
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

/**
 * The files mixer reads (records, mixer.yaml, glossary.yaml) whose text is not in canonical form
 * (relative paths, sorted), rewritten when `write` is set. A file that is not YAML is left as it
 * is (validate reports it).
 */
export function formatRecords(dir: string, write: boolean): string[] {
  // Rewriting takes the folder's lock: a file is never rewritten from a text another writer is replacing.
  return write ? withFolderLock(dir, () => formatAll(dir, true)) : formatAll(dir, false);
}

function formatAll(dir: string, write: boolean): string[] {
  const files = yamlEntries(dir, NOT_RECORDS)
    .filter((e) => e.dirent.isFile() && fileKind(e.rel))
    .map((e) => e.rel);
  const differ: string[] = [];
  for (const rel of files) {
    const abs = path.join(dir, rel);
    // (validate reports a file too large to read; fmt leaves it)
    if (fs.statSync(abs).size > MAX_FILE_BYTES) continue;
    const text = fs.readFileSync(abs, 'utf8');
    const formatted = canonicalText(text, fileKind(rel)!);
    if (formatted === text) continue;
    differ.push(rel);
    if (write) writeFileAtomic(abs, formatted);
  }
  return differ;
}
