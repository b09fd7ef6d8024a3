// The record cache's fingerprint (src/store/fingerprint.ts): what made a cached record. Under the
// tests it is computed from the sources, so a change to what counts as valid makes a new one; the
// bundle carries it fixed at build time, so an installed mixer reads neither its sources nor zod.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildAnalysisFingerprint,
  buildFingerprint,
  RECORD_SOURCES,
  recordFingerprint,
} from '../src/store/fingerprint.js';
import { cleanup, copySample, ROOT, tempDir, USER_CACHE, writeFiles } from './helpers.js';

afterAll(cleanup);

/** A package folder holding the given files of this one, and the given packages of node_modules. */
function packageCopy(files: string[], packages: string[]): string {
  const dir = tempDir('mixer-package-');
  for (const file of files) fs.cpSync(path.join(ROOT, file), path.join(dir, file), { recursive: true });
  fs.mkdirSync(path.join(dir, 'node_modules'));
  for (const pkg of packages)
    fs.symlinkSync(path.join(ROOT, 'node_modules', pkg), path.join(dir, 'node_modules', pkg), 'dir');
  return dir;
}

describe('the fingerprint of the analysis cache', () => {
  it('changes with any source of the matcher and with the built glossary or synonym table', () => {
    const dir = packageCopy(
      ['src/match', 'src/util/normalize.ts', 'src/commands/match-input.ts', 'dist/data', 'package.json'],
      [],
    );
    const root = pathToFileURL(`${dir}/`);
    const first = buildAnalysisFingerprint(root);
    expect(first).toBe(buildAnalysisFingerprint(pathToFileURL(`${ROOT}/`)));
    for (const file of [
      'src/match/weights.ts',
      'src/match/vocabulary.ts',
      'dist/data/synonyms.tsv',
      'dist/data/glossary.json',
      'dist/data/glossary-term-lists.json',
      'dist/data/glossary-terms.json',
    ]) {
      const full = path.join(dir, file);
      const text = fs.readFileSync(full, 'utf8');
      fs.writeFileSync(full, `${text} `);
      expect(buildAnalysisFingerprint(root), file).not.toBe(first);
      fs.writeFileSync(full, text);
    }
    // a new module of the matcher counts too
    writeFiles(dir, { 'src/match/zz-new.ts': 'export const x = 1;\n' });
    expect(buildAnalysisFingerprint(root)).not.toBe(first);
  });
});

describe('the fingerprint of the record cache', () => {
  it('changes with a source of what is valid, with mixer’s version and with zod’s version', () => {
    const dir = packageCopy([...RECORD_SOURCES, 'package.json'], ['zod']);
    const root = pathToFileURL(`${dir}/`);
    const first = buildFingerprint(root);
    expect(first).toBe(buildFingerprint(pathToFileURL(`${ROOT}/`)));

    const schemas = path.join(dir, 'src/records/schemas.ts');
    const source = fs.readFileSync(schemas, 'utf8');
    fs.writeFileSync(schemas, source.replace('z.strictObject(', 'z.looseObject('));
    expect(buildFingerprint(root)).not.toBe(first);
    fs.writeFileSync(schemas, source);
    expect(buildFingerprint(root)).toBe(first);

    const manifest = path.join(dir, 'package.json');
    const pkg = JSON.parse(fs.readFileSync(manifest, 'utf8'));
    fs.writeFileSync(manifest, JSON.stringify({ ...pkg, version: `${pkg.version}-next` }));
    expect(buildFingerprint(root)).not.toBe(first);
    fs.writeFileSync(manifest, JSON.stringify(pkg));
    expect(buildFingerprint(root)).toBe(first);

    // (another folder: Node keeps what it resolved once)
    const otherZod = packageCopy([...RECORD_SOURCES, 'package.json'], []);
    writeFiles(otherZod, { 'node_modules/zod/package.json': '{"name":"zod","version":"3.0.0"}' });
    expect(buildFingerprint(pathToFileURL(`${otherZod}/`))).not.toBe(first);
  });

  it('is fixed in the bundle: mixer as installed, without its sources or zod, reads its own cache', () => {
    // what the package ships for a command that reads records (yaml is the one package it loads)
    const pkg = packageCopy(['bin', 'dist/bundle', 'dist/data', 'package.json'], ['yaml']);
    const data = copySample();
    const validate = () =>
      spawnSync(process.execPath, [path.join(pkg, 'bin/mixer.js'), '--data', data, 'validate'], {
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: USER_CACHE },
      });
    const first = validate();
    expect(first.status, first.stderr).toBe(0);
    const file = path.join(data, '.mixer/cache/records.json');
    const text = fs.readFileSync(file, 'utf8');
    // the fingerprint of the sources the bundle was built from (the global setup built it from these)
    expect(JSON.parse(text.slice(0, text.indexOf('\n'))).fingerprint).toBe(recordFingerprint());
    // A run that trusts the cache finds every record in it and leaves the file as it was.
    const old = new Date('2020-01-01T00:00:00Z');
    fs.utimesSync(file, old, old);
    const second = validate();
    expect(second.status, second.stderr).toBe(0);
    expect(fs.statSync(file).mtime).toEqual(old);
  });
});
