// The benchmark scripts run from a checkout (after the build), on small folders: their figures
// are in the README, and a script that no longer runs would leave them unchecked.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, ROOT, tempDir } from '../helpers.js';

afterAll(cleanup);

describe('npm run bench', () => {
  it('times the daily commands and two scales, and reports ratios, growth, memory, targets and a profile', () => {
    const work = tempDir('mixer-bench-');
    const r = spawnSync(
      process.execPath,
      [
        path.join(ROOT, 'test/bench/run.mjs'),
        '--scales',
        '0.01,0.02',
        '--runs',
        '1',
        '--json',
        '--profile',
        '--work',
        work,
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout);
    for (const key of [
      'node_ms',
      'help_ms',
      'validate_ms',
      'suggest_ms',
      'validate_cold_ms',
      'suggest_cold_ms',
    ])
      expect(summary.daily[key], key).toBeGreaterThan(0);
    for (const key of ['help_over_node', 'validate_over_node', 'suggest_over_node'])
      expect(summary.daily[key], key).toBeGreaterThan(0);
    expect(summary.results.map((row: { scale: number }) => row.scale)).toEqual([0.01, 0.02]);
    for (const row of summary.results) {
      for (const key of [
        'files',
        'parse_ms',
        'suggest_warm_ms',
        'suggest_cold_ms',
        'validate_warm_ms',
        'validate_cold_ms',
      ])
        expect(row[key], key).toBeGreaterThan(0);
      expect(row.suggest_warm_rss_mib).toBeGreaterThan(0);
      // one round: the ratio of the round is the ratio of the figures
      expect(row.suggest_cold_over_parse).toBeCloseTo(row.suggest_cold_ms / row.parse_ms, 1);
    }
    // The second folder has about twice the files of the first.
    expect(summary.growth.data).toBeGreaterThan(1.8);
    expect(Object.keys(summary.targets)).toEqual([
      'help_over_node',
      'validate_over_node',
      'suggest_over_node',
      'suggest_warm_over_parse',
      'suggest_cold_over_parse',
      'suggest_growth',
    ]);
    expect(Object.keys(summary.profile)).toContain('matching');
  });

  it('runs the quality benchmark on our own network', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'test/bench/quality.mjs')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    // Our own networks are always there (the shared ones when ../shared is), with the sweep.
    expect(r.stdout).toMatch(/^\| ours: Shikoku \| 42 \| [01]\.\d{3} \|/m);
    expect(r.stdout).toMatch(/^\| ours: Hokkaido–Tohoku everyday \| \d+ \|/m);
    expect(r.stdout).toMatch(/best minimum by this measure: 0\.\d+/);
  });
});
