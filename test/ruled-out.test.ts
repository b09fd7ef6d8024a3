// What a need rules out is not what it asks for (src/match/ruled-out.ts), read through the analysis
// of real sentences with the built-in glossary and synonym table.
import { describe, expect, it } from 'vitest';
import { synonyms } from '../src/commands/match-input.js';
import { analyzeText } from '../src/match/analyze.js';
import { ConceptIndex } from '../src/match/concepts.js';
import { defaultGlossary } from '../src/store/glossary.js';

const index = new ConceptIndex(defaultGlossary());
/** The concepts a need asks for, from its title and, when given, its detail. */
const asked = (title: string, detail?: string) =>
  [
    ...analyzeText(index, synonyms(), [
      { text: title, weight: 1, positional: true },
      ...(detail === undefined ? [] : [{ text: detail, weight: 0.7 }]),
    ]).concepts.keys(),
  ].sort();

describe('a concept the need rules out', () => {
  it('is left out after 以外, ではなく, いらない, a comparing より, and "rather than"', () => {
    expect(asked('ジュース以外に何かないか')).not.toContain('juice');
    expect(asked('英語ではなく、ドイツ語の通訳')).not.toContain('english');
    expect(asked('英語ではなく、ドイツ語の通訳')).toContain('german');
    expect(asked('電話じゃなくてLINEで予約を受けたい')).not.toContain('phone');
    expect(asked('英語はいらない。ドイツ語で話せる人')).toEqual(['german']);
    expect(asked('英語は必要なく、ドイツ語で')).toEqual(['german']);
    expect(asked('英語より母国語のタガログ語の方が伝わる')).toEqual(['tagalog']);
    expect(asked('Signs in Tagalog rather than English')).toEqual(['tagalog']);
    expect(asked('A translator into Spanish instead of English')).not.toContain('english');
    expect(asked('A translator into Spanish instead of English')).toContain('spanish');
    expect(asked('Any language except for English')).not.toContain('english');
  });

  it('is left out when it is read across a gap and the first piece is turned away', () => {
    // the glossary's 「英語で…返事」 must not read 「英語ではなくタイ語で返事」 as a reply in English
    expect(asked('英語ではなくタイ語で返事がしたい')).toEqual(['thai']);
    expect(asked('英語で返事がしたい')).toContain('english-translation');
  });

  it('is left out after 「でもない」 (not that either), also where the term ends in its particle', () => {
    expect(asked('英語でもなく中国語でもなく、タイ語で話せる人')).toEqual(['thai']);
    expect(asked('中国語ではなく韓国語で')).toEqual(['korean']);
    expect(asked('届いたメールは英語でもないので読めない')).not.toContain('english');
    // a state that is not so stays what the need is about
    expect(asked('空き家はあるが、古すぎて人が住める状態じゃない')).toContain('renovation');
  });

  it('is left out where that kind of helper was asked already and said no (「…には断られた」)', () => {
    expect(asked('海苔船の船外機が不調。車の整備工場には断られた')).not.toContain('car-repair');
    expect(asked('船外機が止まった。車の整備屋には断られた')).not.toContain('car-repair');
    expect(asked('地元の税理士さんに断られた相続の相談')).not.toContain('tax');
    // asked for, not refused
    expect(asked('車の整備工場を探している')).toContain('car-repair');
  });

  it('is left out where the need has it already and asks for another of its kind (「英語版はあるけど」)', () => {
    const korean = asked('英語版はあるけど、韓国のお客さんには韓国語でないと響かない');
    expect(korean).toContain('korean');
    expect(korean).not.toContain('english-translation');
    expect(asked('英語ならできるが、タイ語で案内できる人がいない')).not.toContain('english');
    // with nothing else of its kind asked for, the English version is what the need is about
    expect(asked('英語版はあるけど、スマホで見づらい')).toContain('english-translation');
  });

  it('is left out where a thing said to be needed is said not to be (「許可がいらない」)', () => {
    expect(asked('許可がいらない範囲でキッチンカーを出したい')).toEqual(['kitchen-car']);
    expect(asked('キッチンカーを出すのに許可がいる')).toContain('permits');
  });

  it('is left out where someone lacks it only when the sentence asks for another of its kind', () => {
    expect(asked('相手は英語が得意ではなく、ドイツ語ができる人が必要')).toEqual(['german']);
    expect(asked('We need a Portuguese speaker, not English')).toEqual(['portuguese']);
    // lacking English is why these ask for it
    expect(asked('スタッフは英語が得意ではなく、外国人観光客への対応に困っている')).toContain('english');
    expect(asked('Our menu is not in English yet and tourists cannot order')).toContain('english');
  });

  it('is left out where the need says it will not do either (「英語もあまり話せない」) or is all the owner has (「英語しかできない」), in any part', () => {
    const family = asked(
      'フィリピンから来た職員の家族と、タガログ語で話せる人がほしい',
      '家族の方は英語もあまり話せない',
    );
    expect(family).not.toContain('english');
    expect(family).toContain('tagalog');
    // alone, or beside another language it lacks too, it is still what the need is about
    expect(asked('お客さんは英語もあまり通じない')).toContain('english');
    expect(asked('スタッフは中国語も英語も話せない')).toContain('chinese');
    // lacking both, in different parts: neither is ruled out
    expect(asked('英語もあまり話せない', '中国語も話せない')).toEqual(
      expect.arrayContaining(['english', 'chinese']),
    );
    // 「英語もできないと困る」, 「英語もできなくはない」: English is wanted
    expect(asked('タガログ語と、英語もできないと困ります')).toContain('english');
    expect(asked('タガログ語が第一で、英語もできなくはない')).toContain('english');
    // 「英語しかできない」: the owner has English only, and asks for the other language
    const only = asked('工場からポルトガル語の訳も頼まれた', '安全マニュアル。私は英語しかできない。');
    expect(only).toContain('portuguese');
    expect(only).not.toContain('english');
    expect(asked('うちのスタッフは英語しか話せない')).toContain('english');
  });

  it('stays where the words only look alike', () => {
    // 「でなくなった」: the hot spring stopped coming out
    expect(asked('旅館の温泉がでなくなった')).toContain('onsen');
    // 「要らなくなった」: one has it to give away
    expect(asked('倉庫が要らなくなったので誰かに貸したい')).toContain('warehouse');
    // 「必要なくらい」: so much that it is needed
    expect(asked('海外のお客が増えて、英語が必要なくらいになった')).toContain('english');
    // a formal より means from
    expect(asked('ホームページより予約が入るようにしたい')).toContain('website');
    // 「以外も」: besides it, as well
    expect(asked('英語以外も話せる人')).toContain('english');
    expect(asked('英語だけでなく中国語も')).toEqual(['chinese', 'english']);
  });
});
