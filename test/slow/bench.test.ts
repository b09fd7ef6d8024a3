// The benchmark scripts run from a checkout (after the build), on small folders: their figures
// are in the README, and a script that no longer runs would leave them unchecked.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, ROOT, tempDir } from '../helpers.js';

afterAll(cleanup);

describe('npm run bench', () => {
  it('times (a), (b) and (c) at two scales and reports the ratios, growth, memory and --help', () => {
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
        '--work',
        work,
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary.results).toHaveLength(2);
    for (const row of summary.results) {
      for (const key of ['parse_ms', 'validate_ms', 'suggest_ms']) expect(row[key]).toBeGreaterThan(0);
      expect(row.suggest_rss_mib).toBeGreaterThan(0);
      expect(row.suggest_over_parse).toBeCloseTo(row.suggest_ms / row.parse_ms, 1);
    }
    expect(summary.suggest_growth.growth).toBeGreaterThan(0);
    expect(summary.help_over_node).toBeGreaterThan(0);
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
