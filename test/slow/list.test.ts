// The shortcut of a list over many needs on a folder large enough for it to matter (1,500 needs):
// the list must be the one every pairing gives, whatever order the needs are ranked in. The fast
// suite checks the same on 600 needs, where a candidate that depended on the needs ranked before
// (a word's proposing floor taken from the list's running threshold) did not show.
import { afterAll, describe, expect, it } from 'vitest';
import { matchInput } from '../../src/commands/match-input.js';
import { Matcher } from '../../src/match/engine.js';
import type { MatchOptions } from '../../src/match/types.js';
import { loadDataFolder } from '../../src/store/load.js';
import { cleanup, generatedFolder } from '../helpers.js';

afterAll(cleanup);

describe('the shortcut of a list over many needs, at 1,500 needs', () => {
  it('gives the list that scoring every pairing gives', () => {
    const input = matchInput(loadDataFolder(generatedFolder(0.1)));
    expect(input.needs.length).toBeGreaterThan(1400);
    for (const extra of [
      { limit: 5, perHelper: 1 },
      { limit: 20 },
      { limit: 50, minScore: 0.05 },
      { limit: 50, minScore: 0.5 },
    ]) {
      const options: MatchOptions = { minScore: 0.3, perHelper: 3, perNeed: 3, all: false, ...extra };
      const quick = new Matcher(input).suggest(options);
      const full = new Matcher(input).suggest({ ...options, exhaustive: true });
      expect(quick.length).toBe(extra.limit);
      expect(quick).toEqual(full);
    }
  });
});
