// The ids of a kind's records from the file names alone, without reading any file: what the shell's
// completion offers, fast enough to run on every Tab.
import path from 'node:path';
import type { KindFolder } from '../records/enums.js';
import { isValidId } from '../records/ids.js';
import { isFolder } from './locate.js';
import { yamlEntries } from './walk.js';

export function idsOnDisk(dir: string, kind: KindFolder): string[] {
  const folder = path.join(dir, kind);
  if (!isFolder(folder)) return [];
  return yamlEntries(folder)
    .map((entry) => path.posix.basename(entry.rel).replace(/\.ya?ml$/, ''))
    .filter((id) => isValidId(id));
}
