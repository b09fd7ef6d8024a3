// Matching quality on our own evaluation network (and on the shared dev set when it is there):
// the bar of issue 4, held on networks of different domains.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { score } from './eval/spec.js';
import { cleanup, ROOT, tempDir } from './helpers.js';

afterAll(cleanup);

const SPECS = [
  path.join(ROOT, 'test/eval/shikoku.spec.yaml'),
  path.join(ROOT, '..', 'shared/eval/dev.spec.yaml'),
].filter((file) => fs.existsSync(file));

describe.each(SPECS)('matching quality on %s', (specFile) => {
  it('reaches hit@3 ≥ 0.9, MRR ≥ 0.85, leaves hopeless needs empty, never suggests the forbidden', () => {
    const result = score(specFile, tempDir('mixer-eval-'));
    expect(result.needs).toBeGreaterThanOrEqual(14);
    expect(result.hit_at_3, result.misses.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(result.mrr).toBeGreaterThanOrEqual(0.85);
    expect(result.none_left_empty).toBe(1);
    expect(result.forbidden).toBe(0);
  });
});

it('our own network has at least 40 needs with gold helpers', () => {
  const result = score(SPECS[0]!, tempDir('mixer-eval-'));
  expect(result.needs).toBeGreaterThanOrEqual(40);
});
