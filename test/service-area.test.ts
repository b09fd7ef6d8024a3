// Reading the area a strength serves only: 「札幌市内のみ」, 「福岡・佐賀のみ」, "Sapporo area only",
// 「市内のみ」 (the helper's own), and text that limits something else (「テイクアウトのみ」).
import { describe, expect, it } from 'vitest';
import { compiledTerms } from '../src/commands/match-input.js';
import { ConceptIndex } from '../src/match/concepts.js';
import { cityIn, inside, overlaps, readLimits } from '../src/match/service-area.js';
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

describe('whether a need is inside the limits of an offer', () => {
  const jouetsu = [{ place: 'niigata', words: '上越市内のみ' }];
  const at = (words: string, places = ['niigata']) => ({ places, words });

  it('compares the city a limit names with where the need is, within one prefecture', () => {
    expect(inside(index, jouetsu, undefined, at('新潟県長岡市'))).toBe(false);
    expect(inside(index, jouetsu, undefined, at('新潟県上越市'))).toBe(true);
    expect(inside(index, jouetsu, undefined, at('新潟県長岡市・新潟県上越市'))).toBe(true);
    // a need whose city is not known is not excluded
    expect(inside(index, jouetsu, undefined, at('新潟'))).toBe(true);
    expect(inside(index, jouetsu, undefined, at('長野県松本市', ['nagano']))).toBe(false);
  });

  it('takes 「市内のみ」 as the city where the helper is', () => {
    const own = [{ place: '', words: '市内のみ' }];
    expect(inside(index, own, at('新潟県上越市'), at('新潟県長岡市'))).toBe(false);
    expect(inside(index, own, at('新潟県上越市'), at('新潟県上越市'))).toBe(true);
    expect(inside(index, own, undefined, at('新潟県長岡市'))).toBe(true);
  });

  it('lets any place of a list in (「福岡・佐賀のみ」)', () => {
    const list = [
      { place: 'fukuoka', words: '福岡・佐賀のみ' },
      { place: 'saga', words: '佐賀のみ' },
    ];
    expect(inside(index, list, undefined, at('佐賀県唐津市', ['saga']))).toBe(true);
    expect(inside(index, list, undefined, at('熊本県熊本市', ['kumamoto']))).toBe(false);
  });

  it('reads the city of an area after its prefecture and county', () => {
    expect(cityIn('新潟県上越市高田')).toBe('上越市');
    expect(cityIn('神奈川県足柄下郡箱根町')).toBe('箱根町');
    expect(cityIn('福岡県福岡市中央区')).toBe('福岡市');
    expect(cityIn('府中市')).toBe('府中市');
    expect(cityIn('伊豆大島')).toBeUndefined();
  });
});
