// Finding the YAML files of a data folder. A plain walk of the folder: a glob library costs more
// to load than the walk takes on a team's folder.
import fs from 'node:fs';
import path from 'node:path';

export interface FoundEntry {
  /** Path relative to the walked folder, with forward slashes. */
  rel: string;
  dirent: fs.Dirent;
}

/** Top-level folders of a data repository that hold no records (and node_modules/ may be large). */
export const NOT_RECORDS: readonly string[] = ['node_modules', 'templates', 'schemas'];

/**
 * Every `*.yaml` and `*.yml` entry under `dir` (files, and symbolic links, which are not followed
 * into folders), skipping names that start with a dot and the top-level folders in `skip`;
 * sorted by path.
 */
export function yamlEntries(dir: string, skip: readonly string[] = []): FoundEntry[] {
  const found: FoundEntry[] = [];
  const walk = (rel: string) => {
    for (const dirent of fs.readdirSync(rel ? path.join(dir, rel) : dir, { withFileTypes: true })) {
      if (dirent.name.startsWith('.')) continue;
      const child = rel ? `${rel}/${dirent.name}` : dirent.name;
      if (dirent.isDirectory()) {
        if (!(rel === '' && skip.includes(dirent.name))) walk(child);
      } else if (/\.ya?ml$/.test(dirent.name)) found.push({ rel: child, dirent });
    }
  };
  walk('');
  return found.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}

/** Whether `abs` leads to a file: false for a folder, a pipe, a link to nothing, or one removed meanwhile. */
export function leadsToFile(abs: string): boolean {
  try {
    return fs.statSync(abs).isFile();
  } catch {
    return false;
  }
}
