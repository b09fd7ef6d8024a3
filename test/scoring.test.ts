// A need ranks its candidates by `relevanceOnly` and works out the reasons (`evidence`) only for
// the pairings it keeps: the two must give the same relevance, to the last bit, for every need and
// every party (or a list could rank by one number and print another). On the sample network
// (closed proposals: the team's outcomes) and our training networks (strengths that serve one area
// only, families that differ, needs that ask for a place, rooms too small).
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { matchInput } from '../src/commands/match-input.js';
import type { ConceptAnswers, NeedDoc } from '../src/match/docs.js';
import { Matcher } from '../src/match/engine.js';
import { evidence, relevanceOnly, type ScoringContext } from '../src/match/scoring.js';
import type { PartyInput } from '../src/match/types.js';
import { loadDataFolder } from '../src/store/load.js';
import { scoreText } from '../src/ui/reasons.js';
import { buildFolder } from './eval/measure.mjs';
import { cleanup, ROOT, SAMPLE, tempDir } from './helpers.js';

afterAll(cleanup);

/** What the matcher keeps to itself, for this check only. */
interface Inside {
  scoring: ScoringContext;
  needDocs: Map<string, NeedDoc>;
  parties: Map<string, PartyInput>;
  conceptAnswers(need: NeedDoc): ConceptAnswers;
}

function folderOf(spec: string): string {
  const dir = tempDir('mixer-scoring-');
  buildFolder(path.join(ROOT, 'test', 'train', spec), dir);
  return dir;
}

describe('relevance for ranking and evidence for reasons', () => {
  it.each([
    ['the sample network', 'past outcomes', 'history', () => SAMPLE],
    ['Koshinetsu', 'another area', 'outside', () => folderOf('koshinetsu.spec.yaml')],
    ['Minami-Kanto', 'another family member', 'difference', () => folderOf('minami-kanto.spec.yaml')],
    [
      'Minami-Kanto',
      'a helper elsewhere than the need asks',
      'elsewhere',
      () => folderOf('minami-kanto.spec.yaml'),
    ],
    ['Minami-Kanto', 'a room too small', 'tooSmall', () => folderOf('minami-kanto.spec.yaml')],
    ['Minami-Tohoku', 'a venue in another prefecture', 'farAway', () => folderOf('minami-tohoku.spec.yaml')],
  ] as const)('agree on %s, pairings with %s included', (_, _label, kind, dir) => {
    const matcher = new Matcher(matchInput(loadDataFolder(dir())));
    const inside = matcher as unknown as Inside;
    let compared = 0;
    let ofKind = 0;
    const wrong: string[] = [];
    for (const need of inside.needDocs.values()) {
      const answers = inside.conceptAnswers(need);
      for (const party of inside.parties.values()) {
        const full = evidence(inside.scoring, need, answers, party);
        const only = relevanceOnly(inside.scoring, need, answers, party);
        if (only !== full.relevance) wrong.push(`${need.need.id} × ${party.id}: ${only} ≠ ${full.relevance}`);
        if (full.relevance > 0) compared++;
        if (full[kind]) ofKind++;
      }
    }
    expect(wrong).toEqual([]);
    expect(compared).toBeGreaterThan(100);
    expect(ofKind).toBeGreaterThan(0);
  });
});

describe('a score as tables show it', () => {
  it('is cut to two decimals, never rounded up past a minimum it does not pass', () => {
    expect(scoreText(0.297)).toBe('0.29');
    expect(scoreText(0.3)).toBe('0.30');
    expect(scoreText(0.29)).toBe('0.29');
    expect(scoreText(0.58)).toBe('0.58');
    expect(scoreText(1)).toBe('1.00');
    expect(scoreText(0)).toBe('0.00');
    // Any score the matcher prints (three decimals): shown at most it, and less than 0.01 below.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), (thousandths) => {
        const score = thousandths / 1000;
        const shown = Number(scoreText(score));
        return shown <= score && score - shown < 0.01;
      }),
    );
  });
});
