// Reading the area a strength serves only: 「札幌市内のみ」, 「福岡・佐賀のみ」, "Sapporo area only",
// 「市内のみ」 (the helper's own), and text that limits something else (「テイクアウトのみ」).
import { describe, expect, it } from 'vitest';
import { compiledTerms } from '../src/commands/match-input.js';
import { ConceptIndex } from '../src/match/concepts.js';
import { overlaps, readLimits } from '../src/match/service-area.js';
import { defaultGlossary } from '../src/store/glossary.js';
import { canonical } from '../src/util/normalize.js';

const index = new ConceptIndex(defaultGlossary(), compiledTerms());

function limits(text: string) {
  const { normalized, hits } = index.find(text);
  const shown =
    text.normalize('NFKC').length === canonical(text).length ? text.normalize('NFKC') : canonical(text);
  return readLimits(index, normalized, hits, shown);
}

describe('the area a strength serves only', () => {
  it('reads a place followed by 内のみ, だけ or 限定', () => {
    expect(limits('屋根の雪下ろし（札幌市内のみ）')).toEqual([{ place: 'hokkaido', words: '札幌市内のみ' }]);
    expect(limits('わなの設置（熊本県内だけ）')).toEqual([{ place: 'kumamoto', words: '熊本県内だけ' }]);
    expect(limits('出張清掃、福岡市内限定')).toEqual([{ place: 'fukuoka', words: '福岡市内限定' }]);
  });

  it('gives every place of a list the limit after its last one', () => {
    expect(limits('民泊の清掃（福岡・佐賀のみ）').map((l) => l.place)).toEqual(['fukuoka', 'saga']);
  });

  it('reads English: "Sapporo area only", "only in Kumamoto"', () => {
    expect(limits('Snow removal, Sapporo area only')).toEqual([
      { place: 'hokkaido', words: 'Sapporo area only' },
    ]);
    expect(limits('Trapping, only in Kumamoto')).toEqual([{ place: 'kumamoto', words: 'only in Kumamoto' }]);
  });

  it('reads 「市内のみ」 without a place as the helper’s own area', () => {
    expect(limits('屋根の雪下ろし（市内のみ）')).toEqual([{ place: '', words: '市内のみ' }]);
    expect(limits('史跡の案内（島内のみ）')).toEqual([{ place: '', words: '島内のみ' }]);
  });

  it('reads no area where のみ or only limits something else', () => {
    expect(limits('福岡の野菜を使ったお弁当（テイクアウトのみ）')).toEqual([]);
    expect(limits('子ども限定の英語キャンプ')).toEqual([]);
    expect(limits('Hokkaido cheese, online orders only')).toEqual([]);
    expect(limits('札幌で除雪をしています')).toEqual([]);
  });
});

describe('whether a need is inside an area', () => {
  it('counts a place inside the area, or the area inside the place, as inside', () => {
    expect(overlaps(index, 'hokkaido', ['hokkaido'])).toBe(true);
    expect(overlaps(index, 'tohoku', ['aomori'])).toBe(true);
    expect(overlaps(index, 'aomori', ['tohoku'])).toBe(true);
    expect(overlaps(index, 'hokkaido', ['aomori'])).toBe(false);
  });
});
