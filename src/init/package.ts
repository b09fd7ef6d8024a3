// The package.json of a team's data repository: mixer as a pinned dev dependency, so that every
// teammate runs `npm install` once and then `npx mixer …`, and CI runs `npm ci`.
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { slugify } from '../records/ids.js';
import type { PackageInfo } from '../util/package.js';

/** The file `npm pack` makes of a package: `@scope/name` 1.2.3 → `scope-name-1.2.3.tgz`. */
export function tarballName(pkg: Pick<PackageInfo, 'name' | 'version'>): string {
  return `${pkg.name.replace(/^@/, '').replace('/', '-')}-${pkg.version}.tgz`;
}

/**
 * Where a team installs this very version from, without a registry of ours: the packed tarball
 * attached to the release of its tag on GitHub (it ships the built dist/, so nothing is built on
 * install), or for another host the git tag itself.
 */
export function defaultSource(pkg: PackageInfo): string {
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

const WINDOWS = process.platform === 'win32';

/**
 * What npm escapes in a `file:` source before it reads it as a URL (npm-package-arg's
 * `encodedPathChars`): so `%20` is the three characters of a folder name, not a space.
 */
const ESCAPED: Record<string, string> = {
  '\0': '%00',
  '\t': '%09',
  '\n': '%0A',
  '\r': '%0D',
  ' ': '%20',
  '"': '%22',
  '#': '%23',
  '%': '%25',
  '?': '%3F',
  '[': '%5B',
  '\\': WINDOWS ? '/' : '%5C',
  ']': '%5D',
  '^': '%5E',
  '|': '%7C',
  '~': '%7E',
};

/**
 * The absolute path of the file a `file:` source names, as npm finds it (npm-package-arg, npm 11):
 * relative to the data repository, `file:///abs`, `file://abs` and `file:/abs` absolute (a drive
 * `file:///C:/…` on Windows), `file:/../x` relative, `file:~/x` in the home folder. Else undefined.
 */
export function sourceFile(source: string, dataDir: string): string | undefined {
  if (!source.startsWith('file:')) return undefined;
  let spec = `file:${Array.from(source.slice(5), (c) => ESCAPED[c] ?? c).join('')}`;
  if (/^file:\/\/[^/]/.test(spec)) spec = `file:/${spec.slice(5)}`;
  if (/^\/{1,3}\.\.?(\/|$)/.test(spec.slice(5))) spec = spec.replace(/^file:\/{1,3}/, 'file:');
  try {
    const own = decodeURIComponent(new URL(spec).pathname);
    if (/^\/~(\/|$)/.test(own)) return path.resolve(os.homedir(), own.slice(3));
    return path.resolve(fileURLToPath(new URL(spec, `${pathToFileURL(path.resolve(dataDir)).href}/`)));
  } catch {
    // not a URL npm could read either: the path as written, which then cannot be read
    return path.resolve(dataDir, source.slice(5));
  }
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
export function teamManifest(dirName: string, pkg: PackageInfo, source: string): TeamManifest {
  return {
    name: slugify(dirName) || 'mixer-data',
    private: true,
    description: 'Community mixer records, checked by mixer',
    scripts: { test: 'mixer validate && mixer fmt --check' },
    devDependencies: { [pkg.name]: source },
    engines: { node: '>=20.17' },
  };
}
