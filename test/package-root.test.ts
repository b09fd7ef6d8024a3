// Every path to a file mixer ships (package.json, templates, the data the build makes; under the
// tests, the sources of the cache's fingerprint) starts at the one package ROOT of
// src/util/package.ts, which is the package's folder from the sources, from tsc's output and from
// the bundle.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT as PACKAGE_ROOT } from '../src/util/package.js';
import { cleanup, copySample, ROOT, runCli } from './helpers.js';

afterAll(cleanup);

const HERE = `${ROOT}${path.sep}`;

/** The .ts files under src/, relative to it. */
function sources(dir = path.join(ROOT, 'src')): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? sources(file) : entry.name.endsWith('.ts') ? [file] : [];
  });
}

describe('the package root', () => {
  it('is the one place a path is built from a module’s own location', () => {
    const own = sources()
      .filter((file) => /new URL\([^)]*import\.meta\.url/.test(fs.readFileSync(file, 'utf8')))
      .map((file) => path.relative(ROOT, file).split(path.sep).join('/'));
    expect(own).toEqual(['src/util/package.ts']);
  });

  it('is the package folder from src/ (the tests) and from tsc’s output in dist/', () => {
    expect(fileURLToPath(PACKAGE_ROOT)).toBe(HERE);
    const r = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { ROOT } from ${JSON.stringify(path.join(ROOT, 'dist/util/package.js'))};
         import { fileURLToPath } from 'node:url'; console.log(fileURLToPath(ROOT));`,
      ],
      { encoding: 'utf8' },
    );
    expect(r.stdout.trim(), r.stderr).toBe(HERE);
  });

  it('is the package folder from the bundle: the bundled CLI finds everything it ships', () => {
    const meta = JSON.parse(fs.readFileSync(path.join(ROOT, 'dist/bundle/meta.json'), 'utf8'));
    const holders = Object.entries(meta.outputs as Record<string, { inputs: Record<string, unknown> }>)
      .filter(([, output]) => 'dist/util/package.js' in output.inputs)
      .map(([file]) => path.dirname(file));
    expect(holders).toEqual(['dist/bundle']);
    const dir = copySample();
    const version = runCli(['--version']);
    expect(version.stdout.trim()).toBe(
      JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version,
    );
    // the glossary, the concept index and the synonyms (suggest); the templates (propose writes a letter)
    const suggest = runCli(['--data', dir, '--lang', 'en', 'suggest', '--json']);
    expect(suggest.code, suggest.stderr).toBe(0);
    const propose = runCli([
      '--data',
      dir,
      'propose',
      'gudon-ramen-menu',
      'miller-english',
      '--mixer',
      'mx-kimura',
    ]);
    expect(propose.code, propose.stderr).toBe(0);
    // the cache's fingerprint: a second run reads the cache the first one wrote
    expect(runCli(['--data', dir, 'validate']).code).toBe(0);
    expect(fs.readdirSync(path.join(dir, '.mixer')).length).toBeGreaterThan(0);
    expect(runCli(['--data', dir, 'validate']).code).toBe(0);
  });
});

describe('the packages of the bundle', () => {
  it('loads from node_modules only the dependencies; every other package is compiled in', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const meta = JSON.parse(fs.readFileSync(path.join(ROOT, 'dist/bundle/meta.json'), 'utf8')) as {
      inputs: Record<string, unknown>;
      outputs: Record<string, { imports: Array<{ path: string; external?: boolean }> }>;
    };
    const name = (specifier: string) =>
      specifier
        .split('/')
        .slice(0, specifier.startsWith('@') ? 2 : 1)
        .join('/');
    const loaded = new Set(
      Object.values(meta.outputs)
        .flatMap((output) => output.imports)
        .filter((i) => i.external && !i.path.startsWith('node:'))
        .map((i) => name(i.path)),
    );
    expect([...loaded].sort()).toEqual(Object.keys(pkg.dependencies).sort());
    // what is compiled in is a dev dependency: an install of mixer does not fetch it again
    const compiled = new Set(
      Object.keys(meta.inputs)
        .map((file) => /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file)?.[1])
        .filter((p) => p !== undefined),
    );
    for (const p of ['commander', 'zod', 'get-east-asian-width']) expect(compiled.has(p), p).toBe(true);
    for (const p of compiled) expect(pkg.dependencies[p], p).toBeUndefined();
    // string-width, for text that is not plain, is a file of its own that requires no package
    const stringWidth = fs.readFileSync(path.join(ROOT, 'dist/bundle/string-width.cjs'), 'utf8');
    expect(stringWidth.match(/require\(["'][^"']+["']\)/g) ?? []).toEqual([]);
    expect(pkg.dependencies['string-width']).toBeUndefined();
  });
});
