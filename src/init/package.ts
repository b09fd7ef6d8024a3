// The package.json of a team's data repository: mixer as a pinned dev dependency, so that every
// teammate runs `npm install` once and then `npx mixer …`, and CI runs `npm ci`.
import path from 'node:path';
import { slugify } from '../records/ids.js';
import type { MixerManifest } from './lock.js';

/** What the running mixer knows of itself (its package.json). */
export interface OwnPackage extends MixerManifest {
  /** `repository.url` as package.json writes it, e.g. `git+https://github.com/o/r.git`. */
  repository?: string;
}

/** The file `npm pack` makes of a package: `@scope/name` 1.2.3 → `scope-name-1.2.3.tgz`. */
export function tarballName(pkg: Pick<OwnPackage, 'name' | 'version'>): string {
  return `${pkg.name.replace(/^@/, '').replace('/', '-')}-${pkg.version}.tgz`;
}

/**
 * Where a team installs this very version from, without a registry of ours: the packed tarball
 * attached to the release of its tag on GitHub (it ships the built dist/, so nothing is built on
 * install), or for another host the git tag itself.
 */
export function defaultSource(pkg: OwnPackage): string {
  const url = (pkg.repository ?? '').replace(/^git\+/, '');
  const github = /^https:\/\/github\.com\/([^/]+\/[^/]+?)(\.git)?$/.exec(url);
  if (github) return `https://github.com/${github[1]}/releases/download/v${pkg.version}/${tarballName(pkg)}`;
  if (url) return `git+${url}#v${pkg.version}`;
  return `${pkg.name}@${pkg.version}`;
}

/**
 * A source as the user gave it (`--package-source`): a URL or npm spec as it is (`https:`,
 * `git+https:`, `github:`, `file:`…); a path on this machine (relative to `cwd`) as `file:` and
 * relative to the data repository, as npm writes it.
 */
export function sourceSpec(given: string, cwd: string, dataDir: string): string {
  if (/^[a-z][a-z0-9+.-]+:/i.test(given)) return given;
  const rel = path.relative(dataDir, path.resolve(cwd, given)).split(path.sep).join('/');
  return `file:${rel}`;
}

/** The absolute path of a `file:` source (relative to the data repository), else undefined. */
export function sourceFile(source: string, dataDir: string): string | undefined {
  return source.startsWith('file:') ? path.resolve(dataDir, source.slice(5)) : undefined;
}

export interface TeamManifest {
  name: string;
  private: true;
  description: string;
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
  engines: Record<string, string>;
}

/** The data repository's package.json. */
export function teamManifest(dirName: string, pkg: OwnPackage, source: string): TeamManifest {
  return {
    name: slugify(dirName) || 'mixer-data',
    private: true,
    description: 'Community mixer records, checked by mixer',
    scripts: { test: 'mixer validate && mixer fmt --check' },
    devDependencies: { [pkg.name]: source },
    engines: { node: '>=20.17' },
  };
}
