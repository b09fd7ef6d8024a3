// Reading the area a strength serves only (「札幌市内のみ」, 「福岡・佐賀のみ」, "Sapporo area only",
// 「市内のみ」: the helper's own), not what only limits something else (「テイクアウトのみ」,
// 「北海道限定のお菓子」) nor what says "not only" (「札幌だけでなく全国」); and whether a need is
// inside: by prefecture, by city, by island.
import { describe, expect, it } from 'vitest';
import { compiledTerms } from '../src/commands/match-input.js';
import { asWritten } from '../src/match/analyze.js';
import { ConceptIndex } from '../src/match/concepts.js';
import { cityIn, inside, islandIn, overlaps, readLimits, readNeedAreas } from '../src/match/service-area.js';
import { defaultGlossary } from '../src/store/glossary.js';

const index = new ConceptIndex(defaultGlossary(), compiledTerms());

function limits(text: string) {
  const { normalized, hits } = index.find(text);
  return readLimits(index, normalized, hits, asWritten(text));
}

describe('the area a strength serves only', () => {
  it('reads a place followed by 内のみ, だけ or 限定, and the city it names', () => {
    expect(limits('屋根の雪下ろし（札幌市内のみ）')).toEqual([
      { place: 'hokkaido', words: '札幌市内のみ', city: '札幌市' },
    ]);
    expect(limits('わなの設置（熊本県内だけ）')).toEqual([{ place: 'kumamoto', words: '熊本県内だけ' }]);
    expect(limits('出張清掃、福岡市内限定')).toEqual([
      { place: 'fukuoka', words: '福岡市内限定', city: '福岡市' },
    ]);
    expect(limits('訪問の片づけ（仙台市青葉区内のみ）')).toEqual([
      { place: 'miyagi', words: '仙台市青葉区内のみ', city: '仙台市' },
    ]);
    expect(limits('島の案内（沖縄本島内のみ）').map((l) => l.place)).toEqual(['okinawa']);
  });

  it('gives every place of a list the limit after its last one, each with its city', () => {
    expect(limits('民泊の清掃（福岡・佐賀のみ）').map((l) => l.place)).toEqual(['fukuoka', 'saga']);
    const cities = limits('配達（福岡市・北九州市内のみ）');
    expect(cities.map((l) => l.city)).toEqual(['福岡市', '北九州市']);
  });

  it('reads a city the glossary does not know by its name, and each of a list of them', () => {
    expect(limits('子どもの一時預かり(行橋市内のみ)')).toEqual([
      { place: '', words: '行橋市内のみ', city: '行橋市' },
    ]);
    expect(limits('パソコンの出張対応(北九州市・中間市・直方市のみ)').map((l) => l.city)).toEqual([
      '北九州市',
      '中間市',
      '直方市',
    ]);
    expect(limits('農村だけの暮らし体験')).toEqual([]);
    expect(limits('都市部のみ対応')).toEqual([]);
    // after its prefecture, in a list with 内, beside a city the glossary knows
    expect(limits('福岡県行橋市内のみ').map((l) => l.city)).toEqual(['行橋市']);
    expect(limits('東京都町田市のみ').map((l) => l.city)).toEqual(['町田市']);
    expect(limits('北九州市内・中間市のみ').map((l) => l.city)).toEqual(['北九州市', '中間市']);
    expect(
      limits('行橋市・福岡市のみ')
        .map((l) => l.city)
        .sort(),
    ).toEqual(['福岡市', '行橋市']);
    // words that only end like a city, and a limited edition
    for (const text of [
      '大都市のみ',
      '地方都市だけ',
      '陶器市限定',
      '青空朝市だけ',
      '城下町限定',
      '門前町だけ',
      '市町村のみ',
      '農山漁村のみ',
      '行橋市限定のお土産',
    ])
      expect(limits(text), text).toEqual([]);
  });

  it('reads a space before 内, and a limit beside food from all over the country', () => {
    expect(limits('出張は札幌市 内のみ').map((l) => l.place)).toEqual(['hokkaido']);
    expect(limits('日本全国の食材を使った出張料理、札幌市内のみ').map((l) => l.place)).toEqual(['hokkaido']);
    expect(limits('札幌市内のみ（全国対応の通販もあり）')).toEqual([]);
  });

  it('reads English: "Sapporo area only", "only in Kumamoto and Nagasaki"', () => {
    expect(limits('Snow removal, Sapporo area only')).toEqual([
      { place: 'hokkaido', words: 'Sapporo area only' },
    ]);
    expect(limits('Trapping, only in Kumamoto and Nagasaki').map((l) => l.place)).toEqual([
      'kumamoto',
      'nagasaki',
    ]);
  });

  it('reads 「市内のみ」 or 「島内のみ」 without a place as the helper’s own area', () => {
    expect(limits('屋根の雪下ろし（市内のみ）')).toEqual([{ place: '', words: '市内のみ' }]);
    expect(limits('史跡の案内（島内のみ）')).toEqual([{ place: '', words: '島内のみ' }]);
  });

  it('reads no area from a parenthesis of places where clients come: it says where the helper is', () => {
    expect(limits('貸し会議室（仙台市内）')).toEqual([]);
    expect(limits('古民家の宿で農業体験（長野県内）')).toEqual([]);
  });

  it('reads a parenthesis of places after a strength done on site as where it is done', () => {
    expect(limits('訪問看護（松江市・安来市）')).toEqual([
      { place: '', words: '松江市・安来市', city: '松江市' },
      { place: '', words: '松江市・安来市', city: '安来市' },
    ]);
    expect(limits('デイサービスの送迎（出雲市西部）')).toEqual([
      { place: '', words: '出雲市西部', city: '出雲市' },
    ]);
    expect(limits('出張買取(静岡県西部・愛知県東部)').map((l) => l.place)).toEqual(['shizuoka', 'aichi']);
    expect(limits('Home visits for elderly care (Kumamoto)')).toEqual([
      { place: 'kumamoto', words: 'Kumamoto' },
    ]);
    // a name the glossary knows without its 市 may be a region too: the glossary's place for it
    expect(limits('軽トラでの配達（房総）')).toEqual([{ place: 'chiba', words: '房総' }]);
    // a town by its name as written, compared by name: 福島町 is in Hokkaido, not in 福島県
    expect(limits('出張清掃（ニセコ町）')).toEqual([{ place: '', words: 'ニセコ町', city: 'ニセコ町' }]);
    expect(limits('出張清掃（福島町）')).toEqual([{ place: '', words: '福島町', city: '福島町' }]);
    expect(limits('民泊の清掃（京都市）')).toEqual([{ place: '', words: '京都市', city: '京都市' }]);
    expect(limits('訪問介護（島根県松江市）')).toEqual([
      { place: '', words: '島根県松江市', city: '松江市' },
    ]);
    expect(limits('訪問介護（ときがわ町）')).toEqual([
      { place: '', words: 'ときがわ町', city: 'ときがわ町' },
    ]);
  });

  it.each([
    ['a parenthesis of anything but places', '出張演奏（300人規模まで）'],
    ['a route', '冷蔵便の出張回収(房総から都内・横浜)'],
    ['a member that is no place', '訪問歯科診療（木更津・あちこち）'],
    ['days, not places', '訪問介護（平日のみ）'],
    ['a place left out', '訪問看護（松江市以外の地区）'],
    ['places left out', '訪問看護（札幌市を除く全区）'],
    ['a word that ends like a city', '訪問介護（近隣市町）'],
    ['a market, not a city', '出張販売（手作り市）'],
    ['a class clients come to', '介護食の料理教室（松江市）'],
    ['a shop', '自転車修理の店（仙台市）'],
    ['visits received', '農家訪問の受け入れ（長野県）'],
    ['a farm visited, with a pick-up', '送迎付きの体験農園（長野県内）'],
    ['a career', '介護施設で10年勤務（大阪）'],
    ['remote work', 'SNS運用代行（福岡）'],
    ['work also online', 'パソコンの出張設定、オンラインも（札幌市）'],
    ['goods shipped', 'りんごの配送（青森）'],
    ['visitors welcome', 'Farm visits welcome (Hokkaido)'],
  ])('reads no area from an on-site-looking strength with %s: %s', (_, text) => {
    expect(limits(text)).toEqual([]);
  });

  it('gives a list of places with 内 the limit after its last one: 「宮城県内・山形県内のみ」', () => {
    expect(limits('出張買取（宮城県内・山形県内のみ）').map((l) => l.place)).toEqual(['miyagi', 'yamagata']);
  });

  it('reads no area where のみ or only limits something else, or where it says "not only"', () => {
    expect(limits('福岡の野菜を使ったお弁当（テイクアウトのみ）')).toEqual([]);
    expect(limits('子ども限定の英語キャンプ')).toEqual([]);
    expect(limits('Hokkaido cheese, online orders only')).toEqual([]);
    expect(limits('札幌で除雪をしています')).toEqual([]);
    expect(limits('北海道限定のお菓子の企画')).toEqual([]);
    expect(limits('除雪の講習（札幌だけでなく全国対応）')).toEqual([]);
    expect(limits('出張の研修（熊本県内だけでなく九州全域）')).toEqual([]);
    expect(limits('沖縄のみならず離島にも配達')).toEqual([]);
    expect(limits('沖縄県限定のお菓子の販売')).toEqual([]);
    expect(limits('札幌だけの話ではなく全道で')).toEqual([]);
    // a city the glossary may not know is named: not the helper's own city, each by its name
    expect(limits('パソコンの設定（上越市・妙高市内のみ）').map((l) => l.city)).toEqual(['上越市', '妙高市']);
  });
});

describe('the place a need asks its helper to be in', () => {
  const needAreas = (text: string) => {
    const { normalized, hits } = index.find(text);
    return readNeedAreas(index, normalized, hits, asWritten(text));
  };

  it('reads a place followed by 内, 近郊 or 周辺 and で, の or に, and the city it names', () => {
    expect(needAreas('宮城県内の蔵で、20人の団体を受けてくれるところ')).toEqual([
      { place: 'miyagi', words: '宮城県内' },
    ]);
    expect(needAreas('新潟市内で、プロジェクターがあれば')).toEqual([
      { place: 'niigata', words: '新潟市内', city: '新潟市' },
    ]);
    expect(needAreas('100人くらい入る所を新潟市内で')).toEqual([
      { place: 'niigata', words: '新潟市内', city: '新潟市' },
    ]);
    expect(needAreas('山形市内の教室で、夕方')).toEqual([
      { place: 'yamagata', words: '山形市内', city: '山形市' },
    ]);
    expect(needAreas('札幌近郊で会場を探している').map((a) => a.place)).toEqual(['hokkaido']);
  });

  it('reads no place that only says where the need is, or where something comes from', () => {
    expect(needAreas('畑は秩父市内。収穫前に一晩で半分')).toEqual([]);
    expect(needAreas('宮城県内の農家です。ホームページを作りたい')).toEqual([]);
    expect(needAreas('仙台市内に店を構えています')).toEqual([]);
    expect(needAreas('宮城県内で一番古い酒蔵です。海外に売りたい')).toEqual([]);
    expect(needAreas('宮城県周辺の野菜を全国に届けたい')).toEqual([]);
    expect(needAreas('札幌で面接会をやりたい')).toEqual([]);
    expect(needAreas('市内のスーパーに置いてもらえることになった')).toEqual([]);
    expect(needAreas('県内の農家から仕入れたい')).toEqual([]);
  });
});

describe('whether a need is inside the limits of an offer', () => {
  const at = (area: string, place = 'niigata') => ({ places: [place], area });
  const jouetsu = [{ place: 'niigata', words: '上越市内のみ', city: '上越市' }];

  it('compares places, then the city a limit names, within one prefecture', () => {
    expect(inside(index, jouetsu, [], [at('新潟県長岡市')])).toBe(false);
    expect(inside(index, jouetsu, [], [at('新潟県上越市高田')])).toBe(true);
    expect(inside(index, jouetsu, [], [at('新潟県長岡市'), at('新潟県上越市')])).toBe(true);
    // a need whose city is not known is not excluded
    expect(inside(index, jouetsu, [], [at('新潟')])).toBe(true);
    expect(inside(index, jouetsu, [], [at('長野県松本市', 'nagano')])).toBe(false);
    // a city named like its prefecture: 福岡市 is not 福岡県久留米市
    const fukuoka = [{ place: 'fukuoka', words: '福岡市内のみ', city: '福岡市' }];
    expect(inside(index, fukuoka, [], [at('福岡県久留米市', 'fukuoka')])).toBe(false);
    expect(inside(index, fukuoka, [], [at('福岡県福岡市中央区', 'fukuoka')])).toBe(true);
  });

  it('compares a city the glossary does not know by its name', () => {
    const yukuhashi = [{ place: '', words: '行橋市内のみ', city: '行橋市' }];
    expect(inside(index, yukuhashi, [], [at('福岡県直方市', 'fukuoka')])).toBe(false);
    expect(inside(index, yukuhashi, [], [at('福岡県行橋市', 'fukuoka')])).toBe(true);
    // (where the need's city is not known, it is not excluded)
    expect(inside(index, yukuhashi, [], [at('福岡', 'fukuoka')])).toBe(true);
  });

  it('takes 「市内のみ」 as a city where the helper is, and 「島内のみ」 as its island', () => {
    const own = [{ place: '', words: '市内のみ' }];
    expect(inside(index, own, [at('新潟県上越市')], [at('新潟県長岡市')])).toBe(false);
    expect(inside(index, own, [at('新潟県上越市'), at('新潟県長岡市')], [at('新潟県長岡市')])).toBe(true);
    expect(inside(index, own, [], [at('新潟県長岡市')])).toBe(true);
    const island = [{ place: '', words: '島内のみ' }];
    expect(inside(index, island, [at('八丈島', 'tokyo')], [at('東京都渋谷区', 'tokyo')])).toBe(false);
    expect(inside(index, island, [at('八丈島', 'tokyo')], [at('八丈島の宿', 'tokyo')])).toBe(true);
  });

  it('keeps a need in another city out of an on-site strength’s parenthesis of cities', () => {
    const visits = limits('訪問看護（松江市・安来市）');
    expect(inside(index, visits, [], [at('島根県出雲市', 'shimane')])).toBe(false);
    expect(inside(index, visits, [], [at('島根県安来市', 'shimane')])).toBe(true);
    const niseko = limits('出張清掃（ニセコ町）');
    expect(inside(index, niseko, [], [at('北海道虻田郡ニセコ町', 'hokkaido')])).toBe(true);
    expect(inside(index, niseko, [], [at('北海道札幌市', 'hokkaido')])).toBe(false);
  });

  it('lets any place of a list in (「福岡・佐賀のみ」)', () => {
    const list = [
      { place: 'fukuoka', words: '福岡・佐賀のみ' },
      { place: 'saga', words: '佐賀のみ' },
    ];
    expect(inside(index, list, [], [at('佐賀県唐津市', 'saga')])).toBe(true);
    expect(inside(index, list, [], [at('熊本県熊本市', 'kumamoto')])).toBe(false);
  });

  it('counts a place inside the area, or the area inside the place, as inside', () => {
    expect(overlaps(index, 'hokkaido', ['hokkaido'])).toBe(true);
    expect(overlaps(index, 'tohoku', ['aomori'])).toBe(true);
    expect(overlaps(index, 'aomori', ['tohoku'])).toBe(true);
    expect(overlaps(index, 'hokkaido', ['aomori'])).toBe(false);
  });

  it('reads the island of an area after its prefecture and county, and not a prefecture’s name', () => {
    expect(islandIn('東京都八丈島八丈町')).toBe('八丈島');
    expect(islandIn('鹿児島県熊毛郡屋久島町')).toBe('屋久島');
    expect(islandIn('伊豆大島')).toBe('伊豆大島');
    expect(islandIn('広島県広島市')).toBeUndefined();
    expect(islandIn('鹿児島県鹿児島市')).toBeUndefined();
  });

  it('reads the city of an area after its prefecture and county', () => {
    expect(cityIn('新潟県上越市高田')).toBe('上越市');
    expect(cityIn('神奈川県足柄下郡箱根町')).toBe('箱根町');
    expect(cityIn('福岡県福岡市中央区')).toBe('福岡市');
    expect(cityIn('三重県四日市市')).toBe('四日市市');
    expect(cityIn('新潟県十日町市')).toBe('十日町市');
    expect(cityIn('府中市')).toBe('府中市');
    expect(cityIn('伊豆大島')).toBeUndefined();
  });
});
