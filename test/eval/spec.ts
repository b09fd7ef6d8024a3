// Builds a data folder from an evaluation spec (the shared benchmark's format) and scores the
// matcher on it the way the shared benchmark does: hit@3, MRR, needs left empty, forbidden pairs.
import fs from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { matchInput } from '../../src/commands/match-input.js';
import { Matcher } from '../../src/match/engine.js';
import { DEFAULT_MIN_SCORE, type MatchOptions } from '../../src/match/types.js';
import { loadDataFolder } from '../../src/store/load.js';

interface Spec {
  gold: Record<string, string[]>;
  none?: string[];
  never_helpers?: string[];
  never_needs?: string[];
  [kind: string]: unknown;
}

export function buildFolder(specFile: string, dir: string): Spec {
  const spec = parse(fs.readFileSync(specFile, 'utf8')) as Spec;
  fs.writeFileSync(path.join(dir, 'mixer.yaml'), 'lang: ja\n');
  for (const kind of ['mixers', 'spaces', 'members', 'needs']) {
    fs.mkdirSync(path.join(dir, kind), { recursive: true });
    for (const [id, rec] of Object.entries((spec[kind] ?? {}) as Record<string, unknown>))
      fs.writeFileSync(path.join(dir, kind, `${id}.yaml`), stringify(rec));
  }
  return spec;
}

export function score(specFile: string, dir: string) {
  const spec = buildFolder(specFile, dir);
  const folder = loadDataFolder(dir, { lang: 'ja' });
  if (folder.problems.length) throw new Error(`${specFile}: ${folder.problems.length} problems`);
  const matcher = new Matcher(matchInput(folder));
  const options = (extra: Partial<MatchOptions>): MatchOptions => ({
    minScore: DEFAULT_MIN_SCORE,
    limit: 10,
    perHelper: 3,
    perNeed: 3,
    all: false,
    lang: 'ja',
    ...extra,
  });
  let hits = 0;
  let rr = 0;
  const misses: string[] = [];
  for (const [need, helpers] of Object.entries(spec.gold)) {
    const ranked = matcher.suggest(options({ needs: [need] })).map((s) => s.helper);
    const first = ranked.findIndex((h) => helpers.includes(h));
    if (first >= 0 && first < 3) hits++;
    else
      misses.push(
        `${need}: wanted ${helpers.join('|')}, got ${ranked.slice(0, 3).join(', ') || '(nothing)'}`,
      );
    if (first >= 0) rr += 1 / (first + 1);
  }
  const none = spec.none ?? [];
  const emptied = none.filter((need) => matcher.suggest(options({ needs: [need] })).length === 0).length;
  const all = matcher.suggest(options({ limit: 100_000, perHelper: 100_000, perNeed: 100_000 }));
  const neverHelpers = new Set(spec.never_helpers ?? []);
  const neverNeeds = new Set(spec.never_needs ?? []);
  const n = Object.keys(spec.gold).length;
  return {
    hit_at_3: hits / n,
    mrr: rr / n,
    none_left_empty: none.length ? emptied / none.length : 1,
    forbidden: all.filter((s) => neverHelpers.has(s.helper) || neverNeeds.has(s.need)).length,
    needs: n,
    misses,
  };
}
