// The list over many needs: ranked best first, spread so that one helper or one need does not
// fill it, and computed without scoring pairings that cannot enter it.
import type { Scored } from './docs.js';
import { TopScores } from './top.js';
import type { MatchOptions } from './types.js';
import { HEAD_FIRST, HEAD_GROWTH, SPARE_PER_NEED } from './weights.js';

export interface NeedRanker {
  /** The best `keep` pairings of one need at or above the minimum (and `floor`), best first. */
  rank(needId: string, keep: number, floor?: number): Scored[];
  /** The most any pairing of the need can score. */
  bound(needId: string): number;
  open(needId: string): boolean;
}

/**
 * The ranked list. Over many needs, one helper appears at most `perHelper` times and one need at
 * most `perNeed` times, so the list spreads; the next best fill the freed places.
 */
export function rankList(ranker: NeedRanker, ids: string[], options: MatchOptions): Scored[] {
  const spread = !options.needs && !options.helper;
  // Each need keeps a few more than it may show (SPARE_PER_NEED), for places the helper cap frees.
  const keep = spread ? options.perNeed + SPARE_PER_NEED : options.limit;
  if (!spread) return collect(ranker, ids, options, keep).sort(byScored).slice(0, options.limit);
  // The list is spread from a head of the best pairings. A pairing below the running n-th best
  // score cannot enter a head of n, so each need skips such pairings (most needs of a large
  // folder are never ranked), and the head is the same as without skipping. Spreading goes down
  // the head in order, so when the caps still leave the list full within the head, the rest
  // could not have changed it; when they do not, a longer head is tried, and at last every pairing.
  if (!options.exhaustive)
    for (let size = options.limit * HEAD_FIRST; size < ids.length * keep; size *= HEAD_GROWTH) {
      const top = new TopScores(size);
      const all = collect(ranker, ids, options, keep, top);
      // Fewer pairings than the head holds: nothing was skipped, this is every pairing.
      if (top.threshold === 0) return spreadOut(all.sort(byScored), options);
      const out = spreadOut(bestFirst(all, size), options);
      if (out.length >= options.limit) return out;
    }
  return spreadOut(collect(ranker, ids, options, keep).sort(byScored), options);
}

/**
 * The kept pairings of the needs. With `top`, the needs go best bound first, and pairings below
 * its threshold (and needs whose bound is) are left out.
 */
function collect(
  ranker: NeedRanker,
  ids: string[],
  options: MatchOptions,
  keep: number,
  top?: TopScores,
): Scored[] {
  const all: Scored[] = [];
  if (!top) {
    for (const id of ids) for (const s of ranker.rank(id, keep)) all.push(s);
    return all;
  }
  // The needs that could score highest come first, so that the threshold rises early; once a
  // need's bound is below it, so are the bounds of all the needs after it.
  const bounded = ids
    .filter((id) => ranker.open(id))
    .map((id) => ({ id, most: ranker.bound(id) }))
    .sort((a, b) => b.most - a.most);
  for (const { id, most } of bounded) {
    if (most < Math.max(options.minScore, top.threshold)) break;
    for (const s of ranker.rank(id, keep, top.threshold)) {
      all.push(s);
      top.add(s.score);
    }
  }
  return all;
}

/** The list with at most `perHelper` places per helper and `perNeed` per need, in order. */
function spreadOut(sorted: Scored[], options: MatchOptions): Scored[] {
  const perHelper = new Map<string, number>();
  const perNeed = new Map<string, number>();
  const out: Scored[] = [];
  for (const s of sorted) {
    const helperCount = perHelper.get(s.helper.id) ?? 0;
    const needCount = perNeed.get(s.need.need.id) ?? 0;
    if (helperCount >= options.perHelper || needCount >= options.perNeed) continue;
    perHelper.set(s.helper.id, helperCount + 1);
    perNeed.set(s.need.need.id, needCount + 1);
    out.push(s);
    if (out.length >= options.limit) break;
  }
  return out;
}

/** The `n` best of `items` (ties on the n-th score kept), sorted. */
function bestFirst(items: Scored[], n: number): Scored[] {
  if (items.length <= n) return items.sort(byScored);
  const scores = Float64Array.from(items, (s) => s.score).sort();
  const threshold = scores[scores.length - n]!;
  return items.filter((s) => s.score >= threshold).sort(byScored);
}

export function byScored(a: Scored, b: Scored): number {
  return (
    b.score - a.score ||
    b.support() - a.support() ||
    (a.need.need.id < b.need.need.id ? -1 : a.need.need.id > b.need.need.id ? 1 : 0) ||
    (a.helper.id < b.helper.id ? -1 : 1)
  );
}
