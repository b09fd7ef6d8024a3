// Measures the matcher on an evaluation spec (the shared benchmark's format: records, `gold`,
// `none`, `never_helpers`, `never_needs`) the way the shared scorer does, in-process and with more
// figures: hit@3, MRR, gold answered, no-help needs left empty, forbidden suggestions, and the
// precision of the default list (each need's first three at the minimum score); `sweep` gives
// the same at other minimum scores, to choose the default from.
//
// It runs the built matcher (dist/), so build first.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse, stringify } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const load = (rel) => import(pathToFileURL(path.join(root, 'dist', rel)).href);
const [{ loadDataFolder }, { matchInput }, { Matcher }, { DEFAULT_MIN_SCORE }] = await Promise.all([
  load('store/load.js'),
  load('commands/match-input.js'),
  load('match/engine.js'),
  load('match/weights.js'),
]);

// (a renamed or moved constant must fail here, not measure every list at no minimum)
if (typeof DEFAULT_MIN_SCORE !== 'number')
  throw new Error('DEFAULT_MIN_SCORE is not in dist/match/weights.js');

export { DEFAULT_MIN_SCORE };

/** Writes the spec's records as a data folder in `dir` and returns the spec. */
export function buildFolder(specFile, dir) {
  const spec = parse(fs.readFileSync(specFile, 'utf8'));
  fs.writeFileSync(path.join(dir, 'mixer.yaml'), 'lang: ja\n');
  for (const kind of ['mixers', 'spaces', 'members', 'needs', 'proposals']) {
    fs.mkdirSync(path.join(dir, kind), { recursive: true });
    for (const [id, rec] of Object.entries(spec[kind] ?? {}))
      fs.writeFileSync(path.join(dir, kind, `${id}.yaml`), stringify(rec));
  }
  return spec;
}

const options = (extra) => ({ minScore: 0, limit: 10, perHelper: 10, perNeed: 10, all: false, ...extra });

/** Figures at one minimum score, from each need's list ranked at no minimum. */
function figures(spec, ranked, minScore) {
  const gold = Object.entries(spec.gold ?? {});
  let hits = 0;
  let rr = 0;
  let answered = 0;
  let right = 0;
  let shown = 0;
  let firstRight = 0;
  let firstShown = 0;
  const misses = [];
  for (const [need, helpers] of gold) {
    const list = ranked.get(need).filter((s) => s.score >= minScore);
    if (list.length) answered++;
    const first = list.findIndex((s) => helpers.includes(s.helper));
    if (first >= 0 && first < 3) hits++;
    else
      misses.push(
        `${need}: wanted ${helpers.join('|')}, got ${
          list
            .slice(0, 3)
            .map((s) => s.helper)
            .join(', ') || '(nothing)'
        }`,
      );
    if (first >= 0) rr += 1 / (first + 1);
    const top = list.slice(0, 3);
    if (top.length) firstShown++;
    if (first === 0) firstRight++;
    shown += top.length;
    right += top.filter((s) => helpers.includes(s.helper)).length;
  }
  const none = spec.none ?? [];
  let empty = 0;
  for (const need of none) {
    const list = ranked.get(need).filter((s) => s.score >= minScore);
    if (list.length === 0) empty++;
    else firstShown++;
    shown += Math.min(3, list.length);
  }
  const n = gold.length;
  return {
    hit_at_3: hits / n,
    mrr: rr / n,
    gold_answered: answered / n,
    none_left_empty: none.length ? empty / none.length : 1,
    /** Of the needs that get a suggestion, the share whose first suggestion is right. */
    precision_at_1: firstShown ? firstRight / firstShown : 1,
    /** Of the pairings the default list shows (first three per need), the share that is right. */
    precision: shown ? right / shown : 1,
    needs: n,
    misses,
  };
}

/** Measures the spec at `minScore` (and at each of `sweep`). */
export function measure(specFile, { minScore = DEFAULT_MIN_SCORE, sweep = [] } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mixer-eval-'));
  try {
    const spec = buildFolder(specFile, dir);
    const folder = loadDataFolder(dir, { lang: 'ja' });
    if (folder.problems.length)
      throw new Error(`${specFile}: ${folder.problems.length} problems in the records`);
    const matcher = new Matcher(matchInput(folder));
    const ranked = new Map();
    for (const need of [...Object.keys(spec.gold ?? {}), ...(spec.none ?? [])])
      ranked.set(need, matcher.scoreNeed(need, options({ needs: [need] })));
    const all = matcher.suggest(options({ minScore, limit: 100_000, perHelper: 100_000, perNeed: 100_000 }));
    const neverHelpers = new Set(spec.never_helpers ?? []);
    const neverNeeds = new Set(spec.never_needs ?? []);
    return {
      ...figures(spec, ranked, minScore),
      forbidden: all.filter((s) => neverHelpers.has(s.helper) || neverNeeds.has(s.need)).length,
      sweep: sweep.map((m) => ({ minScore: m, ...figures(spec, ranked, m), misses: undefined })),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
