// The cache of valid records: used on the next run, never hiding a change or a problem.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, ROOT, runCli, runJson, tempDir } from './helpers.js';

afterAll(cleanup);

/** A generated folder large enough to be cached (about a thousand records). */
function largeFolder(): string {
  const dir = path.join(tempDir('mixer-cache-data-'), 'data');
  const r = spawnSync(process.execPath, [path.join(ROOT, 'test/bench/generate.mjs'), dir, '--scale', '0.05']);
  expect(r.status).toBe(0);
  return dir;
}

describe('the record cache', () => {
  const cacheDir = tempDir('mixer-cache-');
  const env = { MIXER_CACHE_DIR: cacheDir, MIXER_NO_CACHE: '' };

  it('is written on the first run and gives the same results on the next', () => {
    const dir = largeFolder();
    const first = runJson<unknown[]>(['--data', dir, 'suggest', '--limit', '20'], { env });
    const files = fs.readdirSync(cacheDir);
    expect(files).toHaveLength(1);
    const cached = JSON.parse(fs.readFileSync(path.join(cacheDir, files[0]!), 'utf8'));
    expect(Object.keys(cached.entries).length).toBeGreaterThan(900);
    const second = runJson<unknown[]>(['--data', dir, 'suggest', '--limit', '20'], { env });
    expect(second).toEqual(first);
  });

  it('never hides a change or a problem: entries are keyed by the text itself', () => {
    const dir = largeFolder();
    expect(runCli(['--data', dir, 'validate'], { env }).code).toBe(0);
    fs.writeFileSync(path.join(dir, 'needs/n-1.yaml'), 'owner: m-1\ntitle: 変わった課題\nstatus: pending\n');
    const r = runCli(['--data', dir, '--lang', 'en', 'validate'], { env });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('needs/n-1.yaml:3:9  status  must be one of: open, solved, dropped');
    fs.writeFileSync(path.join(dir, 'needs/n-1.yaml'), 'owner: m-1\ntitle: 直した課題\n');
    const needs = runJson<Array<{ id: string; title: string }>>(['--data', dir, 'list', 'needs'], { env });
    expect(needs.find((n) => n.id === 'n-1')!.title).toBe('直した課題');
  });

  it('is not used when MIXER_NO_CACHE is set', () => {
    const empty = tempDir('mixer-cache-off-');
    expect(
      runCli(['--data', largeFolder(), 'validate'], { env: { MIXER_CACHE_DIR: empty, MIXER_NO_CACHE: '1' } })
        .code,
    ).toBe(0);
    expect(fs.readdirSync(empty)).toEqual([]);
  });
});
