// scripts/prepare.mjs, run in a copy of the package: without the TypeScript compiler a dist/ counts
// as built only when it holds what bin/mixer.js loads, and a build that cannot start says why.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, ROOT, tempDir, writeFiles } from './helpers.js';

afterAll(cleanup);

/** A package folder with scripts/prepare.mjs and the given files; prepare run there. */
function prepare(files: Record<string, string>, env: Record<string, string> = {}) {
  const dir = writeFiles(tempDir('mixer-prepare-'), { 'package.json': '{"type":"module"}\n', ...files });
  fs.cpSync(path.join(ROOT, 'scripts/prepare.mjs'), path.join(dir, 'scripts/prepare.mjs'));
  const r = spawnSync(process.execPath, [path.join(dir, 'scripts/prepare.mjs')], {
    cwd: dir,
    env: { PATH: process.env.PATH, ...env },
    encoding: 'utf8',
  });
  return { code: r.status, stderr: r.stderr };
}

describe('prepare', () => {
  it('a dist/ from before the bundle, without TypeScript, is not taken as built', () => {
    const r = prepare({ 'dist/main.js': '' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/dist\/ is not built/);
  });

  it('a dist/ with the bundle, its string-width, the concept index and the term lists, without TypeScript, is used as it is', () => {
    const built = {
      'dist/bundle/main.js': '',
      'dist/bundle/string-width.cjs': '',
      'dist/data/concept-index.tsv': '',
      'dist/data/glossary-term-lists.json': '',
    };
    expect(prepare(built).code).toBe(0);
    // a bundle whose build stopped before string-width is not
    const { 'dist/bundle/string-width.cjs': _, ...partial } = built;
    expect(prepare(partial).code).toBe(1);
  });

  it('a build that cannot start says why', () => {
    const typescript = { 'node_modules/typescript/package.json': '{"name":"typescript"}\n' };
    const r = prepare(typescript, { PATH: tempDir('mixer-no-npm-') });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/npm run build.*ENOENT/s);
  });
});
