// What this mixer knows of itself: its package.json, and the copy of its package-lock.json that
// the build puts in dist/ (npm never packs the lock file itself). Read from the package's folder,
// whether mixer runs from dist/ or, in the tests, from src/ (util/package.ts).
import fs from 'node:fs';
import { type PackageInfo, ROOT } from '../util/package.js';

export type { PackageInfo };

export function ownPackage(): PackageInfo {
  // (package.json may write `repository` as an object: only its url is kept)
  const manifest = JSON.parse(fs.readFileSync(new URL('package.json', ROOT), 'utf8')) as Omit<
    PackageInfo,
    'repository'
  > & { repository?: string | { url?: string } };
  const { repository } = manifest;
  return { ...manifest, repository: typeof repository === 'string' ? repository : repository?.url };
}

/** mixer's lock file as the build copied it, or undefined when this copy of mixer has none. */
export function ownLock(): unknown {
  try {
    return JSON.parse(fs.readFileSync(new URL('dist/dependencies.lock.json', ROOT), 'utf8'));
  } catch {
    return undefined;
  }
}
