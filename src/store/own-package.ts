// What this mixer knows of itself: its package.json, and the copy of its package-lock.json that
// the build puts in dist/ (npm never packs the lock file itself). Read from the package's folder,
// whether mixer runs from dist/ or, in the tests, from src/.
import fs from 'node:fs';

export interface PackageInfo {
  name: string;
  version: string;
  license?: string;
  /** `repository.url`, e.g. `git+https://github.com/o/r.git`. */
  repository?: string;
  dependencies?: Record<string, string>;
  bin?: Record<string, string>;
  engines?: Record<string, string>;
}

const ROOT = new URL('../../', import.meta.url);

export function ownPackage(): PackageInfo {
  const manifest = JSON.parse(fs.readFileSync(new URL('package.json', ROOT), 'utf8')) as PackageInfo & {
    repository?: string | { url?: string };
  };
  const { repository } = manifest as { repository?: string | { url?: string } };
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
