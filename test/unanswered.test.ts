// A need whose main concept no helper of the folder answers at all (「カラスにやられる」 where nobody
// names wildlife damage): every pairing counts UNANSWERED of what it would, with a reason that says
// so, because whoever answers such a need answers only its other parts. Each case on a small data
// folder of its own, through `mixer suggest --json` run in this process.
import { afterAll, describe, expect, it } from 'vitest';
import { lookedFor } from '../src/match/asks.js';
import type { Reason } from '../src/match/types.js';
import { DEFAULT_MIN_SCORE, MISSES_ASKED, UNANSWERED, UNANSWERED_ASKED } from '../src/match/weights.js';
import { wordReason } from '../src/ui/reasons.js';
import { normalize } from '../src/util/normalize.js';
import { folder, type Pairing, pairing, suggest as suggestAt } from './evidence-folder.js';
import { cleanup } from './helpers.js';

afterAll(cleanup);

/** Every pairing of the folder, at no minimum. */
const suggest = (dir: string, ...args: string[]) => suggestAt(dir, '--min-score', '0', ...args);

const unanswered = (p: Pairing) => p.evidence.find((r) => r.kind === 'unanswered');

const CROWS = { title: '収穫前のさくらんぼをカラスにやられる' };
const SELLER = ['さくらんぼの直売'];
const SENSORS = ['農業IoT・ハウスの環境センサー'];
const WILDLIFE = ['カラス・イノシシなど鳥獣害の対策'];

describe('a need whose main concept nobody answers', () => {
  it('counts what answers the rest less, and says which concept nobody answers', async () => {
    const list = await suggest(
      folder({ seller: SELLER, sensors: SENSORS }, { crows: CROWS }),
      '--need',
      'crows',
    );
    expect(list.map((p) => p.helper).sort()).toEqual(['seller', 'sensors']);
    for (const p of list) {
      expect(unanswered(p)).toMatchObject({
        kind: 'unanswered',
        concept: { id: 'wildlife-damage' },
        needWords: 'カラスにやられる',
      });
      expect(p.reasons.join('\n')).toContain(
        '課題の『カラスにやられる』（鳥獣害）に応える強みはだれにもない',
      );
    }
  });

  it('does not once a helper answers it, and the others then count as much as the evidence gives', async () => {
    const without = await suggest(folder({ seller: SELLER }, { crows: CROWS }), '--need', 'crows');
    const withIt = await suggest(
      folder({ seller: SELLER, wildlife: WILDLIFE }, { crows: CROWS }),
      '--need',
      'crows',
    );
    expect(withIt[0]!.helper).toBe('wildlife');
    for (const p of withIt) expect(unanswered(p)).toBeUndefined();
    // the seller's evidence is the same in both folders (さくらんぼ): only the factor differs
    const ratio = pairing(without, 'seller').score / pairing(withIt, 'seller').score;
    expect(ratio).toBeGreaterThan(UNANSWERED - 0.01);
    expect(ratio).toBeLessThan(UNANSWERED + 0.01);
  });

  it('reads only the main concept: one named before the last, or in the detail alone, does not count', async () => {
    const dir = folder(
      { seller: SELLER, sales: ['販路開拓と売上アップの相談'] },
      {
        // the title's last concept (売りたい) is answered; カラス, named before it, is nobody's
        jam: { title: 'カラスにやられたさくらんぼをジャムにして売りたい' },
        // the title names nothing the glossary knows: the detail's concepts weigh less than a title's
        quiet: { title: '今年いちばんの悩み', detail: '収穫前のさくらんぼをカラスにやられる' },
        // and the last concept of a title, even after a first sentence, is its main one
        stand: { title: 'さくらんぼの直売所を開いている。カラスにやられるのが悩み' },
      },
    );
    for (const need of ['jam', 'quiet']) {
      const list = await suggest(dir, '--need', need);
      expect(list.length, need).toBeGreaterThan(0);
      for (const p of list) expect(unanswered(p), `${need} × ${p.helper}`).toBeUndefined();
    }
    const stand = await suggest(dir, '--need', 'stand');
    expect(unanswered(pairing(stand, 'seller'))).toMatchObject({ concept: { id: 'wildlife-damage' } });
  });

  it('leaves out a broad main concept, which names a field rather than the ask', async () => {
    // 「メニュー」 names food, a field with kinds below it; the ask is Korean
    const dir = folder(
      { korean: ['韓国語の翻訳・通訳'], general: ['翻訳全般'] },
      { menu: { title: '韓国語のメニューを作りたい' } },
    );
    const list = await suggest(dir, '--need', 'menu');
    expect(list.map((p) => p.helper).sort()).toEqual(['general', 'korean']);
    for (const p of list) expect(unanswered(p), p.helper).toBeUndefined();
    expect(pairing(list, 'general').score).toBeGreaterThanOrEqual(0.3);
  });

  it('words the reason in English too', () => {
    const reason: Reason = {
      kind: 'unanswered',
      concept: { id: 'wildlife-damage', ja: '鳥獣害', en: 'Wildlife damage' },
      needWords: 'crows eat our cherries',
    };
    expect(wordReason(reason, 'en')).toBe(
      'nobody here offers "crows eat our cherries" (wildlife damage), the need\'s main ask: this answers only the rest',
    );
    expect(wordReason(reason, 'ja')).toBe(
      '課題の『crows eat our cherries』（鳥獣害）に応える強みはだれにもない: ほかの点で合うだけ',
    );
  });
});

// 「蔵の片付けで古い帳面が出てきた。…古文書を読める人を探している」: the need says whom it looks
// for, and that is its ask; the tidying is only how the papers turned up.
const LEDGER = {
  title: '蔵の片付けで古い帳面が出てきた',
  detail: '崩した字で読めない。古文書を読める人を探している',
};
const TIDYING = ['空き家の片付けと遺品整理'];
const ARCHIVIST = ['古文書の解読と郷土史の調べもの'];

describe('a need that says whom it looks for', () => {
  it('asks for that, even in its detail: the one who reads old papers comes first', async () => {
    const list = await suggest(
      folder({ tidying: TIDYING, archivist: ARCHIVIST }, { ledger: LEDGER }),
      '--need',
      'ledger',
    );
    expect(list[0]!.helper).toBe('archivist');
    expect(list[0]!.score).toBeGreaterThanOrEqual(DEFAULT_MIN_SCORE);
    // the tidier answers only the situation: it counts less than for the title alone, which asks for tidying
    const plain = await suggest(
      folder({ tidying: TIDYING }, { ledger: { title: LEDGER.title } }),
      '--need',
      'ledger',
    );
    expect(pairing(list, 'tidying').score).toBeLessThan(pairing(plain, 'tidying').score * 0.8);
  });

  it('counts UNANSWERED_ASKED of the rest when nobody offers what it looks for, and says so', async () => {
    const list = await suggest(folder({ tidying: TIDYING }, { ledger: LEDGER }), '--need', 'ledger');
    const tidying = pairing(list, 'tidying');
    expect(unanswered(tidying)).toMatchObject({ concept: { id: 'local-history-archives' } });
    expect(tidying.score).toBeLessThan(DEFAULT_MIN_SCORE);
    // the same title without the looked-for clause asks for tidying, as it says
    const plain = await suggest(
      folder({ tidying: TIDYING }, { ledger: { title: LEDGER.title } }),
      '--need',
      'ledger',
    );
    expect(pairing(plain, 'tidying').score).toBeGreaterThanOrEqual(DEFAULT_MIN_SCORE);
    expect(UNANSWERED_ASKED).toBeLessThan(UNANSWERED);
  });

  it('is unanswered when it names a language nobody offers, though others answer the rest (a guide)', async () => {
    const thai = { title: '来年の春にタイからの団体が来る', detail: 'タイ語で案内できる人を探している' };
    const without = await suggest(folder({ guide: ['白神山地のガイド'] }, { thai }), '--need', 'thai');
    expect(unanswered(pairing(without, 'guide'))).toMatchObject({ concept: { id: 'thai' } });
    // once someone offers Thai, the need is no longer unanswered
    const withIt = await suggest(
      folder({ guide: ['白神山地のガイド'], thai: ['タイ語の通訳'] }, { thai }),
      '--need',
      'thai',
    );
    for (const p of withIt) expect(unanswered(p), p.helper).toBeUndefined();
    // (the guide, who names no Thai, is then counted MISSES_ASKED instead: see below)
    const ratio = pairing(without, 'guide').score / pairing(withIt, 'guide').score;
    expect(ratio).toBeCloseTo(UNANSWERED_ASKED / MISSES_ASKED, 1);
  });

  it('is unanswered too when its title names such a member', async () => {
    const list = await suggest(
      folder({ guide: ['白神山地のガイド'] }, { thai: { title: '白神山地のガイドをタイ語で' } }),
      '--need',
      'thai',
    );
    expect(unanswered(pairing(list, 'guide'))).toMatchObject({ concept: { id: 'thai' } });
  });

  it('is not unanswered when the need names another language of the family that someone offers', async () => {
    const either = {
      title: '来年の春に海外からの団体が来る',
      detail: 'タイ語か英語で案内できる人を探している',
    };
    const english = { title: '来年の春に海外からの団体が来る', detail: '英語で案内できる人を探している' };
    const list = await suggest(folder({ guide: ['英語での観光ガイド'] }, { either, english }));
    const ofNeed = (need: string) => list.find((p) => p.need === need && p.helper === 'guide')!;
    expect(unanswered(ofNeed('either'))).toBeUndefined();
    // the English guide answers "Thai or English" as well as it answers "English"
    expect(ofNeed('either').score).toBeCloseTo(ofNeed('english').score, 2);
  });

  it('is read only from a clause that ends with whom (人, 先生, 業者, 士 …) and a verb of looking', () => {
    const hit = (text: string, word: string) => {
      const start = text.indexOf(word);
      return { concept: word, start, end: start + word.length };
    };
    // (as the matcher reads a text: folded, katakana as hiragana)
    const read = (written: string, ...words: string[]) => {
      const text = normalize(written);
      return lookedFor(
        text,
        words.map((w) => hit(text, normalize(w))),
      ).concepts;
    };
    expect(read('展示会の前に特許を出したい。弁理士さんを知らない', '特許', '弁理士')).toEqual(['弁理士']);
    expect(read('茶道の先生に来てもらえたら。月に何回か', '茶道')).toEqual(['茶道']);
    expect(read('ドイツ語で案内できるガイドを探している', 'ドイツ語', 'ガイド')).toEqual([
      'どいつ語',
      'がいど',
    ]);
    // no one is looked for: what to do is not known
    expect(read('補助金の申請、何からやればいいか知らない', '補助金')).toEqual([]);
    // and a clause before the last break is the situation, not the ask
    expect(read('旅行会社からメールが来た、読める人を探している', '旅行会社')).toEqual([]);
  });
});

// 「ドイツ語で案内できるガイドを探している」 where someone offers German: a guide who names no
// language answers the guiding, not the German the need asks for.
describe('a need that looks for a member of a family some helpers offer', () => {
  const german = {
    title: 'ドイツのハイキングの団体を、山と温泉で案内できる人がほしい',
    detail: '年配の方ばかりで英語もあまり通じないらしい。ドイツ語で案内できるガイドを探している',
  };
  const missesAsked = (p: Pairing) => p.evidence.find((r) => r.kind === 'misses-asked');

  it('counts a helper who does not name it MISSES_ASKED of what it would, and says why', async () => {
    const helpers = { guide: ['沿線の観光ガイドの手配'], german: ['ドイツ語の通訳・翻訳'] };
    const list = await suggest(folder(helpers, { german }), '--need', 'german');
    const guide = pairing(list, 'guide');
    expect(missesAsked(guide)).toMatchObject({ concept: { id: 'german' }, needWords: 'ドイツ語' });
    expect(guide.reasons.join('\n')).toContain('課題が求める『ドイツ語』（ドイツ語）はこの強みにない');
    expect(missesAsked(pairing(list, 'german'))).toBeUndefined();
    // the same guide, where nobody offers German, is counted down as for any need nobody answers
    const alone = await suggest(folder({ guide: helpers.guide }, { german }), '--need', 'german');
    const ratio = guide.score / pairing(alone, 'guide').score;
    expect(ratio).toBeCloseTo(MISSES_ASKED / UNANSWERED_ASKED, 1);
    expect(guide.score).toBeLessThan(pairing(list, 'german').score);
  });

  it('leaves alone a guide who names that language, and one of a need that does not ask for it', async () => {
    const helpers = {
      guide: ['沿線の観光ガイドの手配'],
      'german-guide': ['ドイツ語での山歩きガイド'],
      german: ['ドイツ語の通訳・翻訳'],
    };
    const plain = { title: '山と温泉で案内できるガイドを探している' };
    const list = await suggest(folder(helpers, { german, plain }));
    const of = (need: string, helper: string) => list.find((p) => p.need === need && p.helper === helper)!;
    const forGerman = list.filter((p) => p.need === 'german').map((p) => p.helper);
    expect(forGerman).toEqual(['german-guide', 'german', 'guide']);
    expect(missesAsked(of('german', 'german-guide'))).toBeUndefined();
    for (const p of list.filter((p) => p.need === 'plain')) expect(missesAsked(p), p.helper).toBeUndefined();
    expect(of('plain', 'guide').score).toBeGreaterThanOrEqual(DEFAULT_MIN_SCORE);
  });

  it('leaves alone what the owner itself makes, named where it says what it looks for', async () => {
    // the cookies are the owner's: the ask is a place to sell them
    const cookies = { title: '利用者さんが作ったクッキーを置いてもらえる場所を探している' };
    const list = await suggest(
      folder(
        { market: ['週末マルシェの出店枠'], sweets: ['焼き菓子の製造販売'] },
        { cookies },
        {
          'members/owner.yaml':
            'name: 依頼主\nkind: company\nspaces: [a]\nshare: public\nstrengths: [手作りクッキーの製造]\n',
        },
      ),
      '--need',
      'cookies',
    );
    // (the market still answers, with nothing missed)
    expect(pairing(list, 'market').score).toBeGreaterThan(0);
    for (const p of list) expect(missesAsked(p), p.helper).toBeUndefined();
  });

  it('words the reason in English too', () => {
    const reason: Reason = {
      kind: 'misses-asked',
      concept: { id: 'german', ja: 'ドイツ語', en: 'German', proper: true },
      needWords: 'in German',
    };
    expect(wordReason(reason, 'en')).toBe(
      'the need asks for "in German" (German), which this helper does not name: this answers only the rest',
    );
  });
});
