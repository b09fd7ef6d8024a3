// The data folder's `.mixer/`: what mixer keeps for itself (the record cache, the write lock). It
// is never committed: whoever makes the folder first also writes its `.gitignore`.
import fs from 'node:fs';
import path from 'node:path';

export const MIXER_DIR = '.mixer';

const GITIGNORE = '# mixer keeps its cache and its lock here; they are never committed.\n*\n';

/** Makes `.mixer/` (and `sub` inside it) in the data folder `dir`, with its `.gitignore`. */
export function ensureMixerDir(dir: string, sub = ''): string {
  const folder = path.join(dir, MIXER_DIR, sub);
  fs.mkdirSync(folder, { recursive: true });
  const ignore = path.join(dir, MIXER_DIR, '.gitignore');
  if (!fs.existsSync(ignore))
    try {
      fs.writeFileSync(ignore, GITIGNORE, { flag: 'wx' });
    } catch {
      // another process wrote it meanwhile
    }
  return folder;
}
