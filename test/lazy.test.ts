// What a command loads: `mixer --help` none of the heavy modules, `validate` not the matcher or the
// letters. Each run of the built CLI records the module files it loads (test/fixtures/trace-loads.mjs);
// a file of the bundle stands for the modules it was made from.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, copySample, ROOT, tempDir, USER_CACHE } from './helpers.js';

afterAll(cleanup);

function loads(...args: string[]): string[] {
  return loadsExiting(0, ...args);
}

/** The files of mixer a run opens (not what they were made from). */
function opened(...args: string[]): string[] {
  return traced({ NO_COLOR: '1' }, 0, args).filter((file) => !file.startsWith('node_modules/'));
}

/** The files a run loads, which must end with the exit code `status`. */
function loadsExiting(status: number, ...args: string[]): string[] {
  return loadsWith({ NO_COLOR: '1' }, status, ...args);
}

/** The files of the shipped data (dist/data/) a run reads, by name. */
function reads(...args: string[]): string[] {
  const trace = path.join(tempDir(), 'reads.txt');
  fs.writeFileSync(trace, '');
  loadsWith({ NO_COLOR: '1', MIXER_TRACE_READS: trace }, 0, ...args);
  return [
    ...new Set(
      fs
        .readFileSync(trace, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((f) => path.basename(f)),
    ),
  ].sort();
}

/** The files a run loads with `colour` in its environment (NO_COLOR or FORCE_COLOR). */
function loadsWith(colour: Record<string, string>, status: number, ...args: string[]): string[] {
  return traced(colour, status, args).flatMap(
    (file) => BUNDLED[file] ?? (file === STRING_WIDTH ? ['node_modules/string-width/index.js'] : [file]),
  );
}

/** The files a run opens, relative to the package, in the order it opens them. */
function traced(colour: Record<string, string>, status: number, args: string[]): string[] {
  const trace = path.join(tempDir(), 'loads.txt');
  const r = spawnSync(
    process.execPath,
    ['--import', path.join(ROOT, 'test/fixtures/trace-loads.mjs'), path.join(ROOT, 'bin/mixer.js'), ...args],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(NO|FORCE)_COLOR$/.test(k))),
        ...colour,
        MIXER_TRACE_LOADS: trace,
        XDG_CACHE_HOME: USER_CACHE,
      },
    },
  );
  expect(r.status, r.stderr).toBe(status);
  return fs
    .readFileSync(trace, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((url) => url.slice(url.indexOf(ROOT) + ROOT.length + 1));
}

/** The copy of string-width that util/width.ts loads for text that is not plain (scripts/bundle.mjs). */
const STRING_WIDTH = 'dist/bundle/string-width.cjs';

/**
 * The modules each file of the bundled CLI (dist/bundle/, scripts/bundle.mjs) was made from, as
 * esbuild's metafile names them (`dist/cli.js`, `node_modules/commander/lib/command.js`): a file
 * of the bundle loaded stands for the modules in it.
 */
const BUNDLED: Record<string, string[]> = Object.fromEntries(
  Object.entries(
    (
      JSON.parse(fs.readFileSync(path.join(ROOT, 'dist/bundle/meta.json'), 'utf8')) as {
        outputs: Record<string, { inputs: Record<string, unknown> }>;
      }
    ).outputs,
  ).map(([file, output]) => [file, Object.keys(output.inputs)]),
);

/** The packages and the folders of dist/ among the files loaded. */
function parts(files: string[]): Set<string> {
  return new Set(
    // (the bundle's shims that take Node's own modules the CommonJS way are not parts of mixer)
    files
      .filter((file) => !/^(cjs|lazy)-builtin:/.test(file))
      .map((file) => {
        const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file);
        return pkg ? pkg[1]! : file.split('/').slice(0, 2).join('/');
      }),
  );
}

describe('lazy loading', () => {
  it('mixer --help opens two files, loads commander, the width tables and mixer’s light modules, nothing heavy', () => {
    // the bundle puts what main.js needs, and small chunks, into main.js (scripts/hoist-chunks.mjs)
    expect(opened('--help')).toEqual(['bin/mixer.js', 'dist/bundle/main.js']);
    const files = loads('--help');
    const packages = [...parts(files)].filter((part) => !/^(bin|dist)\//.test(part));
    // the East Asian Width tables: the help is laid out by display width, and its text is plain
    // (util/width.ts), so string-width and its Unicode segmenter are not needed
    expect(packages.sort()).toEqual(['commander', 'get-east-asian-width']);
    // none of the matcher, the letters, the record schemas or the store's reading and writing
    const heavy = files.filter((f) =>
      /^dist\/(match|letters)\/|^dist\/records\/schemas|^dist\/store\/(load|read|write|cache)/.test(f),
    );
    expect(heavy).toEqual([]);
    // of the messages, only the help's, the labels and the usage errors
    expect(files.filter((f) => f.startsWith('dist/ui/messages/')).sort()).toEqual([
      'dist/ui/messages/help.js',
      'dist/ui/messages/labels.js',
      'dist/ui/messages/types.js',
      'dist/ui/messages/usage.js',
    ]);
  });

  it('string-width is loaded only for text that is not plain (an emoji, a combining mark)', () => {
    const sample = copySample();
    fs.writeFileSync(path.join(sample, 'members', 'zz-invalid.yaml'), 'name: 種別なし\nkind: robot\n');
    for (const args of [
      ['--data', sample, 'suggest'],
      ['--data', sample, 'list', 'needs'],
      ['__complete', '--', 'sugg'],
    ]) {
      const found = parts(loads(...args));
      expect(found.has('string-width'), args.join(' ')).toBe(false);
    }
    expect(parts(loadsExiting(1, '--data', sample, 'validate')).has('string-width')).toBe(false);
    // in colour too: a table's bold header and dim ids are measured without their escapes
    expect(parts(loadsWith({ FORCE_COLOR: '1' }, 0, '--data', sample, 'suggest')).has('string-width')).toBe(
      false,
    );
    fs.rmSync(path.join(sample, 'members', 'zz-invalid.yaml'));
    const need = path.join(sample, 'needs', 'gudon-ramen-staff.yaml');
    fs.writeFileSync(need, fs.readFileSync(need, 'utf8').replace(/^title: .*$/m, 'title: 🍜 ホールの人手'));
    expect(parts(loads('--data', sample, 'list', 'needs')).has('string-width')).toBe(true);
  });

  it('mixer validate loads neither the matcher, the letters, the prompts nor a glob library', () => {
    const found = parts(loads('--data', copySample(), 'validate'));
    expect(found.has('dist/store')).toBe(true);
    expect(found.has('yaml')).toBe(true);
    for (const heavy of ['dist/match', 'dist/letters', 'liquidjs', '@inquirer/prompts', 'fast-glob'])
      expect(found.has(heavy), heavy).toBe(false);
  });

  it('a warm suggest reads the glossary’s concepts, not their terms, the lookup lists or the synonym table', () => {
    const dir = copySample();
    const cold = reads('--data', dir, 'suggest');
    expect(cold).toContain('synonyms.tsv'); // the first run reads every text
    expect(reads('--data', dir, 'suggest')).toEqual(['glossary.json']);
  });

  it('a run that finds every file in the record cache does not load the YAML parser', () => {
    // (the cache reads yaml's package.json for its version, and nothing else of it)
    const parser = (files: string[]) =>
      files.filter((f) => /^node_modules\/yaml\/(?!package\.json$)/.test(f));
    const dir = copySample();
    expect(parser(loads('--data', dir, 'validate')).length).toBeGreaterThan(0); // the first run parses
    const warm = loads('--data', dir, 'validate');
    expect(parts(warm).has('dist/store')).toBe(true);
    expect(parser(warm)).toEqual([]);
  });

  it('a run that finds every file in the record cache loads neither zod nor the schemas', () => {
    // (zod's version is in the cache's fingerprint since the build: nothing of zod is read)
    const checks = (files: string[]) =>
      files.filter(
        (f) => /^node_modules\/zod\//.test(f) || /^dist\/(records\/schemas|store\/load)\.js$/.test(f),
      );
    const dir = copySample();
    expect(checks(loads('--data', dir, 'validate'))).toContain('dist/records/schemas.js'); // the first run checks
    for (const command of [['validate'], ['suggest'], ['list', 'needs']]) {
      const warm = loads('--data', dir, ...command);
      expect(parts(warm).has('dist/store'), command.join(' ')).toBe(true);
      expect(checks(warm), command.join(' ')).toEqual([]);
    }
  });
});
