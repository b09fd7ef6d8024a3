// Matching quality on every evaluation network, shared and ours, held to the bar each has
// reached (test/bench/quality.mjs prints the full figures and the sweep of minimum scores).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { measure } from './eval/measure.mjs';
import { ROOT } from './helpers.js';

interface Bar {
  file: string;
  hit: number;
  mrr: number;
  empty: number;
}

const shared = (name: string) => path.join(ROOT, '..', 'shared', 'eval', name);
const ours = (name: string) => path.join(ROOT, 'test', 'eval', name);
const train = (name: string) => path.join(ROOT, 'test', 'train', name);
// The textbook sets stay where they were; the everyday sets are held to where they are now (a
// guard against going back, not the goal: see the README's benchmark section).
const BARS: Bar[] = [
  { file: shared('dev.spec.yaml'), hit: 1, mrr: 0.95, empty: 1 },
  { file: ours('shikoku.spec.yaml'), hit: 0.95, mrr: 0.9, empty: 1 },
  { file: shared('everyday.spec.yaml'), hit: 0.68, mrr: 0.62, empty: 0.55 },
  { file: ours('hokkaido-tohoku.spec.yaml'), hit: 0.72, mrr: 0.66, empty: 0.42 },
  { file: ours('kansai-hokuriku.spec.yaml'), hit: 0.57, mrr: 0.51, empty: 0.4 },
  { file: ours('kyushu-okinawa.spec.yaml'), hit: 0.58, mrr: 0.5, empty: 0.5 },
  { file: ours('chugoku-kanto.spec.yaml'), hit: 0.64, mrr: 0.52, empty: 0.44 },
  { file: ours('kii-omi.spec.yaml'), hit: 0.5, mrr: 0.42, empty: 0.33 },
  { file: ours('sanin-oki.spec.yaml'), hit: 0.67, mrr: 0.6, empty: 0.33 },
  { file: ours('awaji-tokushima.spec.yaml'), hit: 0.47, mrr: 0.42, empty: 0.3 },
  { file: ours('boso-izu.spec.yaml'), hit: 0.44, mrr: 0.39, empty: 0.16 },
  // (the seventh glossary round, 2026-11-29, cost it one no-help need left empty: 0.286 → 0.262)
  { file: ours('enshu-mikawa.spec.yaml'), hit: 0.45, mrr: 0.37, empty: 0.24 },
  // first measured after the changes of 2026-11-29: hit@3 0.367, MRR 0.296, no-help empty 0.313
  { file: ours('doto-tokachi.spec.yaml'), hit: 0.34, mrr: 0.27, empty: 0.28 },
  // first measured after the changes of 2026-11-29 (a later stop): hit@3 0.397, MRR 0.351, no-help empty 0.382
  { file: ours('saga-nagasaki.spec.yaml'), hit: 0.36, mrr: 0.31, empty: 0.33 },
  // first measured at the start of a later stop of 2026-11-29: hit@3 0.486, MRR 0.451, no-help empty 0.667
  { file: ours('yamato-ise.spec.yaml'), hit: 0.44, mrr: 0.4, empty: 0.6 },
  // an urban network, first measured at the start of a later stop: hit@3 0.584, MRR 0.519, no-help empty 0.273
  { file: ours('hanshin-senshu.spec.yaml'), hit: 0.54, mrr: 0.47, empty: 0.24 },
  // our training networks, whose misses were read to improve the glossary
  { file: train('koshinetsu.spec.yaml'), hit: 0.77, mrr: 0.66, empty: 0.5 },
  { file: train('minami-kanto.spec.yaml'), hit: 0.78, mrr: 0.65, empty: 0.58 },
  { file: train('kita-kanto.spec.yaml'), hit: 0.73, mrr: 0.65, empty: 0.28 },
  { file: train('minami-tohoku.spec.yaml'), hit: 0.78, mrr: 0.7, empty: 0.25 },
  { file: train('kanmon.spec.yaml'), hit: 0.62, mrr: 0.52, empty: 0.3 },
  // first measured before anything was changed for it: hit@3 0.571, MRR 0.499, no-help empty 0.156
  { file: train('sanriku-iwate.spec.yaml'), hit: 0.55, mrr: 0.48, empty: 0.12 },
  // first measured before anything was changed for it: hit@3 0.466, MRR 0.436, no-help empty 0.147
  { file: train('tsugaru-akita.spec.yaml'), hit: 0.43, mrr: 0.4, empty: 0.11 },
  // first measured before anything was changed for it: hit@3 0.374, MRR 0.312, no-help empty 0.382
  { file: train('chukyo-mino.spec.yaml'), hit: 0.33, mrr: 0.27, empty: 0.35 },
].filter((bar) => fs.existsSync(bar.file));

describe.each(BARS)('matching quality on $file', (bar) => {
  it('finds the gold helper in the first three, leaves hopeless needs empty, never the forbidden', () => {
    const result = measure(bar.file);
    expect(result.hit_at_3, result.misses.join('\n')).toBeGreaterThanOrEqual(bar.hit);
    expect(result.mrr).toBeGreaterThanOrEqual(bar.mrr);
    expect(result.none_left_empty).toBeGreaterThanOrEqual(bar.empty);
    expect(result.forbidden).toBe(0);
  });
});

it('our own everyday networks are large enough to mean something', () => {
  for (const name of [
    'hokkaido-tohoku.spec.yaml',
    'kansai-hokuriku.spec.yaml',
    'kyushu-okinawa.spec.yaml',
    'chugoku-kanto.spec.yaml',
    'kii-omi.spec.yaml',
    'boso-izu.spec.yaml',
    'enshu-mikawa.spec.yaml',
    'doto-tokachi.spec.yaml',
    'saga-nagasaki.spec.yaml',
    'yamato-ise.spec.yaml',
    'hanshin-senshu.spec.yaml',
  ]) {
    const spec = parse(fs.readFileSync(ours(name), 'utf8')) as { needs: object; none: string[] };
    expect(Object.keys(spec.needs).length).toBeGreaterThanOrEqual(150);
    expect(spec.none.length).toBeGreaterThanOrEqual(20);
  }
});
