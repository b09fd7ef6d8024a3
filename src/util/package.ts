// The mixer package itself: the folder it is installed in, and what its package.json says. Every
// path to a file mixer ships beside its code (package.json, templates/, dist/data/; under the
// tests, the sources of the cache's fingerprint) is built from ROOT, never from the place of the
// module that reads it.
// (No file access here: the store reads package.json, the letters the templates.)

/**
 * The package's folder, as a URL ending in `/`. This module is two folders below it wherever it
 * runs: src/util/ under the tests, dist/util/ as tsc writes it, or inlined into a file of
 * dist/bundle/ (scripts/bundle.mjs; test/package-root.test.ts checks all three).
 */
export const ROOT = new URL('../../', import.meta.url);

/** What mixer's package.json says of it, as the running mixer reads it (store/own-package.ts). */
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
