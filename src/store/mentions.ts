// Where a name or an id still appears as text in a data folder: in records (notes, details, a
// letter's body), outside any reference. After `mixer forget` these are for a person to read and
// edit: free text cannot be rewritten safely by a program.
import fs from 'node:fs';
import path from 'node:path';
import { KIND_FOLDERS } from '../records/enums.js';
import type { FileChange } from './change.js';
import type { DataFolder } from './folder.js';
import { leadsToFile } from './walk.js';

export interface Mention {
  /** Path relative to the data folder. */
  file: string;
  line: number;
}

/** Every text file of the kind folders (records, letters, drafts), relative to `dir`, sorted. */
function folderTextFiles(dir: string): string[] {
  const out: string[] = [];
  for (const kind of KIND_FOLDERS) {
    const base = path.join(dir, kind);
    if (!fs.existsSync(base)) continue;
    for (const rel of fs.readdirSync(base, { recursive: true, encoding: 'utf8' })) {
      const parts = rel.split(path.sep);
      if (parts.some((p) => p.startsWith('.'))) continue;
      if (!/\.(ya?ml|md|eml|txt)$/.test(rel)) continue;
      if (leadsToFile(path.join(base, rel))) out.push(`${kind}/${parts.join('/')}`);
    }
  }
  return out.sort();
}

/** The files beside a proposal that belong to it: `<id>.<anything>` but its record (its letters). */
export function companionFiles(folder: DataFolder, rel: string): string[] {
  const dir = path.posix.dirname(rel);
  const id = path.posix.basename(rel, '.yaml');
  return folderTextFiles(folder.dir).filter(
    (f) => f !== rel && path.posix.dirname(f) === dir && path.posix.basename(f).startsWith(`${id}.`),
  );
}

/** Lines that hold any of `texts`, in the folder as it would be after `changes`. */
export function mentions(folder: DataFolder, texts: string[], changes: FileChange[] = []): Mention[] {
  const changed = new Map(changes.map((c) => [c.rel, c]));
  const wanted = texts.filter((t) => t.trim().length >= 2);
  const found: Mention[] = [];
  const files = [
    ...new Set([...folderTextFiles(folder.dir), ...changes.filter((c) => c.create).map((c) => c.rel)]),
  ];
  for (const rel of files.sort()) {
    const change = changed.get(rel);
    if (change?.remove) continue;
    let text: string;
    try {
      text = change ? change.text : fs.readFileSync(path.join(folder.dir, rel), 'utf8');
    } catch {
      continue;
    }
    text.split('\n').forEach((line, i) => {
      if (wanted.some((t) => line.includes(t))) found.push({ file: rel, line: i + 1 });
    });
  }
  return found;
}
