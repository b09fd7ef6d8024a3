// How many people a strength takes and a need brings, as people write it.
import { describe, expect, it } from 'vitest';
import { capacityOf, headcountOf } from '../src/match/headcount.js';

describe('how many people a strength takes', () => {
  it('reads まで, ほど, 規模, 定員 and a number alone in brackets', () => {
    expect(capacityOf('50人まで入るイベントホールの貸し出し')).toEqual({ count: 50, words: '50人まで' });
    expect(capacityOf('30人ほどの多目的ルーム')).toEqual({ count: 30, words: '30人ほど' });
    expect(capacityOf('宴会場（100人まで）')).toEqual({ count: 100, words: '100人まで' });
    expect(capacityOf('大広間（８０人）での宴会・研修')).toEqual({ count: 80, words: '80人' });
    expect(capacityOf('小規模保育（定員19名）')).toEqual({ count: 19, words: '定員19名' });
    expect(capacityOf('Seminar room, seats 40')?.count).toBe(40);
    expect(capacityOf('Private dining for up to 12 guests')?.count).toBe(12);
    expect(capacityOf('1,200人収容の大ホール')).toEqual({ count: 1200, words: '1,200人収容' });
    // a meal for so many
    expect(capacityOf('ケータリング(30人分まで)')).toEqual({ count: 30, words: '30人分まで' });
  });

  it('reads no capacity in a number that says something else', () => {
    expect(capacityOf('学生約60人の農業ボランティア')).toBeUndefined();
    expect(capacityOf('職人4人の研磨屋')).toBeUndefined();
    expect(capacityOf('イベントの企画と運営')).toBeUndefined();
    // the staff it sends, a smallest group, and amounts that are not people
    expect(capacityOf('事務所の清掃（最大2人で伺います）')).toBeUndefined();
    expect(capacityOf('講師派遣（2名）')).toBeUndefined();
    expect(capacityOf('30人ほどの少人数からの研修')).toBeUndefined();
    expect(capacityOf('Truck rental, up to 2 tons, delivery up to 20 km')).toBeUndefined();
  });
});

describe('how many people a need brings', () => {
  it('reads the largest number of people who come together, in Japanese or English', () => {
    expect(headcountOf(['雨でもできる屋内の会場、100人くらい入る所を新潟市内で'])).toEqual({
      count: 100,
      words: '100人くらい',
    });
    expect(headcountOf(['卒団式の部屋を借りたい', '子どもと保護者で１２０人集まれる部屋'])?.count).toBe(120);
    expect(headcountOf(['We need a room for 120 people'])?.count).toBe(120);
    expect(headcountOf(['Can anyone host 15 people?'])?.count).toBe(15);
    expect(headcountOf(['活動報告会に50人くらい呼びたい'])?.count).toBe(50);
    expect(headcountOf(['来場者は1,500人ほどの祭り'])?.count).toBe(1500);
  });

  it('reads people who do something at once, and a meal for so many', () => {
    expect(headcountOf(['中学校の1クラス30人が、一度に焼き物を作れる所を探している'])).toEqual({
      count: 30,
      words: '30人',
    });
    expect(headcountOf(['新人研修で40人で一斉に体験したい'])?.count).toBe(40);
    expect(headcountOf(['総会のあとに50人分のお弁当を頼みたい'])).toEqual({ count: 50, words: '50人分' });
  });

  it('reads no headcount in a count of staff or an amount per person', () => {
    expect(headcountOf(['従業員が50人を超えたので、産業医を選任しろと言われた'])).toBeUndefined();
    expect(headcountOf(['支援者300人分のリターン発送'])).toBeUndefined();
    expect(headcountOf(['会場を探している'])).toBeUndefined();
    expect(headcountOf(['事務所の清掃を頼みたい', '従業員は現在15人'])).toBeUndefined();
    expect(headcountOf(['社員が約30人の会社'])).toBeUndefined();
    expect(headcountOf(['会員200名の名簿をエクセルで'])).toBeUndefined();
    expect(headcountOf(['年間3000人が訪れる'])).toBeUndefined();
    expect(headcountOf(['a company of 50 people'])).toBeUndefined();
  });
});
