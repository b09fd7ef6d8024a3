// The package-lock.json of a team's data repository, written by `mixer init` so that the first
// commit already installs with `npm ci` (in CI, and offline from npm's cache): mixer at the given
// source, and mixer's own dependencies at the versions its lock file pins. Written in npm's own
// layout, so that `npm install` leaves it as it is.
import type { PackageInfo } from '../util/package.js';

/** One package of a lock file (lockfileVersion 3), as npm writes it. */
export type LockEntry = Record<string, unknown> & { version?: string; dev?: boolean; devOptional?: boolean };

export interface LockFile {
  name?: string;
  lockfileVersion: number;
  requires?: boolean;
  packages: Record<string, LockEntry>;
}

/**
 * Whether npm can be told where a source is in a lock file without asking anyone: a tarball (a
 * URL or a file). A git source resolves to a commit only when npm fetches it.
 */
export function lockableSource(source: string): boolean {
  return /^(https?:|file:).*\.tgz$/i.test(source);
}

/** The entry with `dev: true` where npm puts it: after version, resolved and integrity. */
function asDev(entry: LockEntry): LockEntry {
  const out: LockEntry = {};
  const head = ['version', 'resolved', 'integrity'];
  for (const key of head) if (entry[key] !== undefined) out[key] = entry[key];
  out.dev = true;
  for (const [key, value] of Object.entries(entry))
    if (!head.includes(key) && key !== 'dev' && key !== 'devOptional') out[key] = value;
  return out;
}

export interface TeamLockInput {
  /** The data repository's package name and its package.json's devDependencies and engines. */
  name: string;
  devDependencies: Record<string, string>;
  engines: Record<string, string>;
  /** What the lock says of mixer itself: from its package.json. */
  mixer: PackageInfo;
  /** Where mixer comes from, as in package.json, and the tarball's integrity when it is known. */
  source: string;
  integrity?: string;
  /** mixer's own package-lock.json. */
  ours: LockFile;
}

export function teamLock(input: TeamLockInput): LockFile {
  const { mixer } = input;
  const packages: Record<string, LockEntry> = {
    '': { name: input.name, devDependencies: input.devDependencies, engines: input.engines },
  };
  const own: LockEntry = { version: mixer.version, resolved: input.source };
  if (input.integrity) own.integrity = input.integrity;
  Object.assign(own, {
    license: mixer.license,
    dependencies: mixer.dependencies,
    bin: mixer.bin,
    engines: mixer.engines,
  });
  packages[`node_modules/${mixer.name}`] = asDev(
    Object.fromEntries(Object.entries(own).filter(([, v]) => v !== undefined)),
  );
  // mixer's dependencies where its own lock placed them: what its users run, and its tests passed on.
  for (const [at, entry] of Object.entries(input.ours.packages))
    if (at.startsWith('node_modules/') && !entry.dev && !entry.devOptional) packages[at] = asDev(entry);
  const sorted = Object.fromEntries(
    Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b, 'en'))),
  );
  return { name: input.name, lockfileVersion: 3, requires: true, packages: sorted };
}
