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
    expect(capacityOf('Private dining for up to 12')?.count).toBe(12);
  });

  it('reads no capacity in a number that says something else', () => {
    expect(capacityOf('学生約60人の農業ボランティア')).toBeUndefined();
    expect(capacityOf('職人4人の研磨屋')).toBeUndefined();
    expect(capacityOf('イベントの企画と運営')).toBeUndefined();
  });
});

describe('how many people a need brings', () => {
  it('reads the largest number of people it names, in Japanese or English', () => {
    expect(headcountOf(['雨でもできる屋内の会場、100人くらい入る所を新潟市内で'])).toEqual({
      count: 100,
      words: '100人くらい',
    });
    expect(headcountOf(['卒団式の部屋を借りたい', '子どもと保護者で１２０人'])?.count).toBe(120);
    expect(headcountOf(['We need a room for 120 people'])?.count).toBe(120);
    expect(headcountOf(['Can anyone host 15 people?'])?.count).toBe(15);
  });

  it('reads no headcount in a count of staff or an amount per person', () => {
    expect(headcountOf(['従業員が50人を超えたので、産業医を選任しろと言われた'])).toBeUndefined();
    expect(headcountOf(['支援者300人分のリターン発送'])).toBeUndefined();
    expect(headcountOf(['会場を探している'])).toBeUndefined();
  });
});
