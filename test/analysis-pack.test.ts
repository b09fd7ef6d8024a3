// Analyses kept between runs (match/analysis-pack.ts): what comes back from the memo is what was
// read, a matcher fed from the memo ranks as one that reads every text, and anything not as the
// matcher packs it is refused (then the text is read again).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchInput } from '../src/commands/match-input.js';
import {
  packAnalysis,
  packAnswering,
  unpackAnalysis,
  unpackAnswering,
  unpackConceptIds,
  unpackStringPairs,
} from '../src/match/analysis-pack.js';
import { Matcher } from '../src/match/engine.js';
import type { AnalysisMemo, MatchOptions } from '../src/match/types.js';
import { loadDataFolder } from '../src/store/load.js';
import { SAMPLE } from './helpers.js';

const OPTIONS: MatchOptions = { minScore: 0.05, limit: 500, perHelper: 50, perNeed: 50, all: true };

/** A memo that keeps what it is given as JSON text, as the cache file does. */
function jsonMemo(): AnalysisMemo & { store: Map<string, string>; reads: number } {
  const store = new Map<string, string>();
  return {
    store,
    reads: 0,
    get(key) {
      const text = store.get(key);
      if (text !== undefined) this.reads++;
      return text === undefined ? undefined : JSON.parse(text);
    },
    set(key, packed) {
      store.set(key, JSON.stringify(packed));
    },
  };
}

describe('packed analyses', () => {
  const input = matchInput(loadDataFolder(SAMPLE));

  it('a matcher fed from the memo ranks exactly as one that reads every text', () => {
    const memo = jsonMemo();
    const first = new Matcher({ ...input, memo }).suggest(OPTIONS);
    // every need, every distinct offer and every owner's name
    expect(memo.store.size).toBeGreaterThan(input.needs.length);
    expect(memo.reads).toBe(0);
    const second = new Matcher({ ...input, memo }).suggest(OPTIONS);
    expect(memo.reads).toBe(memo.store.size);
    expect(second).toEqual(first);
    expect(second).toEqual(new Matcher(input).suggest(OPTIONS));
  });

  it('round-trip through JSON unchanged', () => {
    const memo = jsonMemo();
    new Matcher({ ...input, memo });
    const kinds = new Set<string>();
    for (const [key, text] of memo.store) {
      const kind = key.slice(0, key.indexOf('\u0000'));
      kinds.add(kind);
      // (a space's area and the places a name names are read when some need or strength asks
      // where parties are: the sample's needs for a venue do)
      if (kind === 'name' || kind === 'area') expect(unpackConceptIds(JSON.parse(text)), key).toBeDefined();
      else if (kind === 'name-places') expect(unpackStringPairs(JSON.parse(text)), key).toBeDefined();
      else if (kind === 'answering') {
        const list = unpackAnswering(JSON.parse(text));
        expect(list, key).toBeDefined();
        expect(JSON.stringify(packAnswering(list!))).toBe(text);
      } else {
        const analysis = unpackAnalysis(JSON.parse(text));
        expect(analysis, key).toBeDefined();
        expect(JSON.stringify(packAnalysis(analysis!))).toBe(text);
      }
    }
    // needs, offers, names, what answers the needs' concepts, and where spaces and online parties are
    expect([...kinds].sort()).toEqual(['answering', 'area', 'name', 'name-places', 'need', 'offer']);
  });

  it('refuse anything of another shape', () => {
    const good = [
      [['website', 1, 'ホームページ']],
      [['ほーむぺーじ', 'ホームページ', 1, 0, 0, 1, 0, 1, '']],
      [['hokkaido', '札幌市内のみ']],
      ['website'],
    ];
    expect(unpackAnalysis(good)?.limits).toEqual([{ place: 'hokkaido', words: '札幌市内のみ' }]);
    expect(unpackAnalysis(good)?.asked).toEqual(['website']);
    for (const bad of [
      null,
      'text',
      {},
      [],
      [[], [], []],
      [[], [], [], [], []],
      [[['website', '1', 'x']], [], [], []],
      [[['website', 1]], [], [], []],
      [[], [['k', 's', 2, 0, 0, 1, 0, 1, '']], [], []],
      [[], [['k', 's', 1, 0, 0, 1, 0, Number.NaN, '']], [], []],
      [[], [['k', 's', 1, 0, 0, 1, 0, 1]], [], []],
      [[], [['k', 's', 1, 0, 0, 1, 0, 1, 7]], [], []],
      [[], [], [['hokkaido']], []],
      [[], [], [['hokkaido', 1]], []],
      [[], [], 'hokkaido', []],
      [[], [], [], 'website'],
      [[], [], [], [1]],
    ])
      expect(unpackAnalysis(bad), JSON.stringify(bad)).toBeUndefined();
    expect(unpackAnswering([['website', 'same', 1]])).toEqual([
      { concept: 'website', relation: 'same', weight: 1 },
    ]);
    for (const bad of [
      {},
      [['website', 'cousin', 1]],
      [['website', 'same']],
      [['website', 'same', '1']],
      [[1, 'same', 1]],
    ])
      expect(unpackAnswering(bad), JSON.stringify(bad)).toBeUndefined();
    expect(unpackConceptIds(['a', 'b'])).toEqual(['a', 'b']);
    expect(unpackConceptIds(['a', 1])).toBeUndefined();
    expect(unpackConceptIds({ 0: 'a' })).toBeUndefined();
  });

  it('never throw on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const analysis = unpackAnalysis(value);
        // what is accepted is whole: every term has its synonyms, every concept its words
        if (analysis) {
          expect(analysis.terms.every((t) => Array.isArray(t.synonyms))).toBe(true);
          expect([...analysis.concepts.keys()]).toEqual([...analysis.evidence.keys()]);
        }
        const answering = unpackAnswering(value);
        if (answering) expect(answering.every((r) => Number.isFinite(r.weight))).toBe(true);
        const ids = unpackConceptIds(value);
        if (ids) expect(ids.every((id) => typeof id === 'string')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
