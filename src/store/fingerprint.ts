// What made a cached record (store/cache.ts): a record cached by another mixer, or by this one
// with other rules of what is valid, must not be used. Two parts:
// - fixed when mixer is built: the sources that decide what a valid record is, mixer's name and
//   version, and the version of zod (compiled into the bundle). scripts/bundle.mjs computes it with
//   `buildFingerprint` and writes it into the bundle (esbuild `define`), so that an installed mixer
//   reads none of these files, and needs neither its sources nor zod's package.json;
// - read at run time: the version of the YAML parser, a dependency npm may update after the build.
// Under the tests (src/) and from tsc's output in dist/, nothing is defined: the fixed part is
// computed from the sources as they are, so any change to them makes a new fingerprint.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { ROOT } from '../util/package.js';

/** The fixed part, put in the bundle by scripts/bundle.mjs; not defined anywhere else. */
declare const MIXER_BUILD_FINGERPRINT: string | undefined;
/** The analysis cache's, likewise (see `analysisFingerprint`). */
declare const MIXER_ANALYSIS_FINGERPRINT: string | undefined;

/** The sources that decide what a valid record is, relative to the package's folder. */
export const RECORD_SOURCES = [
  'src/records/schemas.ts',
  'src/records/text.ts',
  'src/records/ids.ts',
  'src/records/enums.ts',
  'src/store/read.ts',
  'src/store/load.ts',
  'src/store/load-core.ts',
  'src/store/cache.ts',
  'src/store/fingerprint.ts',
];

/** The version in a package's package.json, as Node resolves it from the package folder `root`. */
function versionOf(pkg: string, root: URL): string {
  const require = createRequire(new URL('package.json', root));
  const file = require.resolve(`${pkg}/package.json`);
  return `${pkg}@${JSON.parse(fs.readFileSync(file, 'utf8')).version}`;
}

/**
 * The fixed part of the fingerprint of the mixer whose package folder is `root` (a URL ending in
 * `/`): its sources of validity, its name and version, and the version of zod it uses.
 */
export function buildFingerprint(root: URL): string {
  const digest = createHash('sha256');
  for (const file of RECORD_SOURCES) digest.update(`${file}\0`).update(fs.readFileSync(new URL(file, root)));
  const { name, version } = JSON.parse(fs.readFileSync(new URL('package.json', root), 'utf8'));
  digest.update(`${name}@${version}\0`).update(versionOf('zod', root));
  return digest.digest('hex');
}

let memo: string | undefined;

/** The fingerprint of the running mixer, the same for every cache it reads or writes. */
export function recordFingerprint(): string {
  if (memo) return memo;
  const fixed =
    typeof MIXER_BUILD_FINGERPRINT === 'string' ? MIXER_BUILD_FINGERPRINT : buildFingerprint(ROOT);
  memo = createHash('sha256')
    .update(`${fixed}\0${versionOf('yaml', ROOT)}`)
    .digest('hex');
  return memo;
}

/**
 * What decides what the matcher reads in a text, relative to the package's folder: the matcher's
 * sources (every file of src/match, as a change of any may change an analysis), the normaliser,
 * the glue that packs analyses, and the built-in glossary and synonym table as built.
 */
function analysisSources(root: URL): string[] {
  const match = fs
    .readdirSync(new URL('src/match/', root))
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .map((f) => `src/match/${f}`);
  return [
    ...match,
    'src/util/normalize.ts',
    'src/commands/match-input.ts',
    'dist/data/glossary.json',
    'dist/data/glossary-term-lists.json',
    'dist/data/glossary-terms.json',
    'dist/data/concept-index.tsv',
    'dist/data/synonyms.tsv',
  ];
}

/** The fingerprint of the analysis cache of the mixer whose package folder is `root` (after build-data). */
export function buildAnalysisFingerprint(root: URL): string {
  const digest = createHash('sha256');
  for (const file of analysisSources(root))
    digest.update(`${file}\0`).update(fs.readFileSync(new URL(file, root)));
  const { name, version } = JSON.parse(fs.readFileSync(new URL('package.json', root), 'utf8'));
  return digest.update(`${name}@${version}`).digest('hex');
}

let analysisMemo: string | undefined;

/**
 * The running mixer's analysis fingerprint: fixed in the bundle by scripts/bundle.mjs (built after
 * the data), computed from the files under the tests and tsc's output.
 */
export function analysisFingerprint(): string {
  analysisMemo ??=
    typeof MIXER_ANALYSIS_FINGERPRINT === 'string'
      ? MIXER_ANALYSIS_FINGERPRINT
      : buildAnalysisFingerprint(ROOT);
  return analysisMemo;
}
