// A folder read from the record cache alone (store/load-core.ts `loadFromCache`, which loads no
// zod) is the folder the full load gives; any file the cache does not hold sends the run to the
// full load, and the attempt writes nothing.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { DataFolder } from '../src/store/folder.js';
import { loadDataFolder } from '../src/store/load.js';
import { loadFromCache } from '../src/store/load-core.js';
import { cleanup, copySample, tempDir, USER_CACHE, writeFiles } from './helpers.js';

afterAll(cleanup);

const options = { cache: { env: { XDG_CACHE_HOME: USER_CACHE } } };

/** The folder when the cache alone gives it, else undefined. */
function fromCache(dir: string, opts: Parameters<typeof loadFromCache>[1] = options): DataFolder | undefined {
  const first = loadFromCache(dir, opts);
  return 'folder' in first ? first.folder : undefined;
}
/** A load from the cache alone that stops at a change, then the full load going on from it. */
function loadAfterAttempt(dir: string): DataFolder {
  const first = loadFromCache(dir, options);
  expect('attempt' in first).toBe(true);
  return loadDataFolder(dir, { ...options, ...('attempt' in first ? { attempt: first.attempt } : {}) });
}

const cacheFile = (dir: string) => path.join(dir, '.mixer', 'cache', 'records.json');

/** What a command sees of a folder: records with their files and positions, problems, settings. */
function seen(folder: DataFolder) {
  return {
    settings: folder.settings,
    settingsLang: folder.settingsLang,
    records: Object.fromEntries(
      Object.entries(folder.records).map(([kind, map]) => [
        kind,
        [...map.values()].map((r) => ({
          id: r.id,
          file: r.file,
          data: r.data,
          firstField: r.source.positionAt([Object.keys(r.data)[0]!]),
        })),
      ]),
    ),
    glossary: Object.keys(folder.glossary).length,
    problems: folder.problems,
    failed: folder.failed,
    fileCount: folder.fileCount,
  };
}

describe('a folder read from the record cache alone', () => {
  it('is the folder the full load gives, once every file is in the cache', () => {
    const dir = copySample();
    expect(fromCache(dir)).toBeUndefined(); // nothing cached yet
    const full = loadDataFolder(dir, options);
    const cached = fromCache(dir);
    expect(cached).toBeDefined();
    expect(seen(cached!)).toEqual(seen(full));
    expect(seen(cached!)).toEqual(seen(loadDataFolder(dir)));
  });

  it('keeps the problems that need no check of a value: a reference that breaks, an id that is no id', () => {
    const dir = copySample();
    writeFiles(dir, {
      'needs/zz-orphan.yaml': 'owner: nobody-here\ntitle: 迷子の課題\n',
      'glossary.yaml': 'website:\n  label: { ja: ホームページ, en: website }\n  terms: [ホームページ, HP]\n',
    });
    fs.copyFileSync(path.join(dir, 'needs/zz-orphan.yaml'), path.join(dir, 'needs/Bad_Id.yaml'));
    const full = loadDataFolder(dir, options);
    expect(full.problems.map((p) => p.file)).toEqual(
      expect.arrayContaining(['needs/zz-orphan.yaml', 'needs/Bad_Id.yaml']),
    );
    const cached = fromCache(dir);
    expect(cached).toBeDefined();
    expect(seen(cached!)).toEqual(seen(full));
  });

  it('is not read when a file is not in the cache, and the attempt leaves the cache as it was', () => {
    const dir = copySample();
    loadDataFolder(dir, options);
    const before = fs.readFileSync(cacheFile(dir), 'utf8');
    const changed = path.join(dir, 'needs', fs.readdirSync(path.join(dir, 'needs'))[0]!);
    fs.appendFileSync(changed, 'tags: [新しいタグ]\n');
    expect(fromCache(dir)).toBeUndefined();
    writeFiles(dir, { 'members/zz-invalid.yaml': 'name: 種別なし\nkind: robot\n' });
    expect(fromCache(dir)).toBeUndefined();
    expect(fs.readFileSync(cacheFile(dir), 'utf8')).toBe(before);
    // the full load then checks them, as ever
    const full = loadDataFolder(dir, options);
    expect(full.problems.map((p) => p.file)).toContain('members/zz-invalid.yaml');
    expect(fromCache(dir)).toBeUndefined(); // an invalid file is never cached
  });

  it('is never tried without the cache (--no-cache)', () => {
    const dir = copySample();
    loadDataFolder(dir, options);
    expect(fromCache(dir, {})).toBeUndefined();
  });

  it('leaves what it read to the full load, which reads no file twice and gives the same folder', () => {
    const dir = copySample();
    loadDataFolder(dir, options);
    const needs = fs.readdirSync(path.join(dir, 'needs')).sort();
    // a change half-way, so that the attempt reads some files and stops
    fs.appendFileSync(path.join(dir, 'needs', needs[Math.floor(needs.length / 2)]!), 'tags: [新しいタグ]\n');
    const read = vi.spyOn(fs, 'readFileSync');
    try {
      const folder = loadAfterAttempt(dir);
      const records = read.mock.calls
        .map(([file]) => String(file))
        .filter((file) => file.startsWith(dir) && file.endsWith('.yaml'));
      expect(records.length).toBe(folder.fileCount);
      expect(new Set(records).size).toBe(records.length);
      read.mockRestore();
      expect(seen(folder)).toEqual(seen(loadDataFolder(dir)));
    } finally {
      read.mockRestore();
    }
  });

  it('leaves the files it found to the full load, which does not walk the folder again', () => {
    const dir = copySample();
    // what the walk itself finds is a problem too: a link out of the folder
    const outside = path.join(tempDir(), 'outside.yaml');
    fs.writeFileSync(outside, 'name: 外\nkind: person\n');
    fs.symlinkSync(outside, path.join(dir, 'members', 'zz-link.yaml'));
    loadDataFolder(dir, options);
    // a file the cache does not hold, so that the attempt stops and the full load goes on
    writeFiles(dir, { 'members/zz-new.yaml': 'name: 新人\nkind: person\n' });
    const walked = vi.spyOn(fs, 'readdirSync');
    try {
      const folder = loadAfterAttempt(dir);
      const folders = walked.mock.calls.map(([folder]) => String(folder)).filter((f) => f.startsWith(dir));
      expect(folders).toContain(path.join(dir, 'members'));
      expect(folders.length).toBe(new Set(folders).size);
      walked.mockRestore();
      expect(folder.records.members.has('zz-new')).toBe(true);
      expect(folder.problems.map((p) => p.code)).toContain('problem.symlink-outside');
      expect(seen(folder)).toEqual(seen(loadDataFolder(dir)));
    } finally {
      walked.mockRestore();
    }
  });
});
