// The matcher: normalisation, segmentation, concepts, each rule of scoring and ranking.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { compiledTerms, synonyms as loadSynonyms, matchInput } from '../src/commands/match-input.js';
import { ConceptIndex, compileTerm, unpackTerm } from '../src/match/concepts.js';
import { Matcher } from '../src/match/engine.js';
import { familyObjects, namesObject } from '../src/match/family-object.js';
import { quotedSpan } from '../src/match/quote.js';
import { terms } from '../src/match/text.js';
import type { MatchInput, MatchOptions, NeedInput, PartyInput } from '../src/match/types.js';
import { defaultGlossary, glossaryProblems } from '../src/store/glossary.js';
import { loadDataFolder } from '../src/store/load.js';
import { wordReasons } from '../src/ui/reasons.js';
import { normalize } from '../src/util/normalize.js';
import { cleanup, copySample, generatedFolder, runCli, runJson } from './helpers.js';

afterAll(cleanup);

const glossary = defaultGlossary();
const index = new ConceptIndex(glossary);
const concepts = (text: string) => [...new Set(index.find(text).hits.map((h) => h.concept))].sort();

describe('normalisation', () => {
  it('folds width, case, kana and long-vowel variants', () => {
    expect(normalize('ﾎｰﾑﾍﾟｰｼﾞ')).toBe(normalize('ホームページ'));
    expect(normalize('ほーむぺーじ')).toBe(normalize('ホームページ'));
    expect(normalize('ホ－ムペ〜ジ')).toBe(normalize('ホームページ'));
    expect(normalize('ＳＮＳ　運用')).toBe('sns 運用');
    expect(normalize('Web  Design')).toBe('web design');
  });
});

describe('the words lexical matching compares', () => {
  const keys = (text: string) => terms(text, loadSynonyms()).map((t) => t.surface);

  it('keeps compounds whole, with the words inside them, and drops particles', () => {
    const found = keys('電話予約が多すぎるのでネット予約を導入したい');
    expect(found).toEqual(expect.arrayContaining(['電話予約', 'ネット予約', '導入']));
    expect(found).not.toContain('が');
    expect(found).not.toContain('を');
  });

  it('quotes a compound with its okurigana, never a fragment', () => {
    expect(keys('手描きの案内図')).toContain('手描き');
    expect(keys('マイクラを使ったワークショップ')).not.toContain('マイク');
  });

  it('compares a verb the dictionary knows by its base form, and quotes it as written', () => {
    const verb = terms('テーブルを直したい', loadSynonyms()).find((t) => t.key === '直す');
    expect(verb?.surface).toBe('直し');
  });

  it('quotes what a glossary term found as whole words: no leading particle, no word cut short', () => {
    const quote = (text: string, term: string) => {
      const at = text.indexOf(term);
      return text.slice(...quotedSpan(text, at, at + term.length));
    };
    expect(quote('カヌーを直せる人を探している', 'を直せる')).toBe('直せる');
    expect(quote('今の事務所では狭すぎる', 'では狭すぎ')).toBe('狭すぎる');
    expect(quote('プレス機がときどき止まるので', 'ときどき止ま')).toBe('ときどき止まる');
    expect(quote('古民家を直すのが夢', '家を直す')).toBe('民家を直す');
    // a word that only begins like a particle stays whole, and a word before is not joined
    expect(quote('ときどき止まる', 'ときどき止ま')).toBe('ときどき止まる');
    expect(quote('とうふを売りたい', 'とうふ')).toBe('とうふ');
    expect(quote('もも農家です', 'もも')).toBe('もも');
    expect(quote('相談の間子どもを見てくれる人', '子どもを見てくれる')).toBe('子どもを見てくれる');
    // a verb's endings up to the words of grammar after it; a noun widened takes none
    expect(quote('店に置いてもらえることになった', '置いてもらえ')).toBe('置いてもらえる');
    expect(quote('遠くから買いたいという声', '遠くから買')).toBe('遠くから買いたい');
    expect(quote('パソコンでゲームを作るような', 'ゲームを作')).toBe('ゲームを作る');
    expect(quote('鯉こくなんて', '鯉')).toBe('鯉こく');
    expect(quote('福岡県内のみ', '福岡県')).toBe('福岡県内');
  });

  it('quotes at least what a term matched, less a leading particle, never half a character', () => {
    const letters = fc.constantFrom(
      ...[...'をがはにでともの直せる止まるとうふ民家古工場県内のみ英語テーブル𠮷😀abc 、。'],
    );
    const lowSurrogate = (text: string, i: number) =>
      i > 0 && i < text.length && /[\udc00-\udfff]/.test(text[i]!);
    fc.assert(
      fc.property(fc.array(letters, { minLength: 1, maxLength: 40 }), fc.nat(), fc.nat(), (chars, i, j) => {
        const text = chars.join('');
        // a term's match starts and ends between characters
        const bounds = chars.map((_, k) => chars.slice(0, k).join('').length);
        const start = bounds[i % bounds.length]!;
        const ends = [...bounds.filter((x) => x > start), text.length];
        const end = ends[j % ends.length]!;
        const [from, to] = quotedSpan(text, start, end);
        expect(from).toBeGreaterThanOrEqual(0);
        expect(from).toBeLessThanOrEqual(start + 2);
        expect(to).toBeGreaterThanOrEqual(end);
        expect(to).toBeLessThanOrEqual(text.length);
        expect(to).toBeGreaterThan(from);
        expect(lowSurrogate(text, from) || lowSurrogate(text, to)).toBe(false);
      }),
    );
  });

  it('stems English lightly and drops stop words', () => {
    expect(terms('Looking for photos of our rooms', loadSynonyms()).map((t) => t.key)).toEqual([
      'photo',
      'room',
    ]);
  });
});

describe('concept lookup', () => {
  it('finds the same concept across wordings and languages', () => {
    expect(concepts('会社のホームページが古い')).toContain('website');
    expect(concepts('Webサイト制作')).toContain('website');
    expect(concepts('We need a new website')).toContain('website');
    expect(concepts('tax filing for freelancers')).toContain('tax');
    expect(concepts('確定申告を手伝ってほしい')).toContain('tax');
  });

  it('reads ASCII terms as whole words, with English endings', () => {
    expect(concepts('a happy day')).not.toContain('app');
    expect(concepts('livestreamed meetups')).toEqual(expect.arrayContaining(['livestream', 'networking']));
  });

  it('does not read a short katakana word inside a longer one', () => {
    expect(concepts('観光パンフレットの多言語化')).not.toContain('food');
    expect(concepts('パンを焼く')).toContain('food');
  });

  it('relates concepts by solves, broader and narrower', () => {
    expect(index.relation('sns', 'customer-acquisition')?.relation).toBe('solves');
    expect(index.relation('interns', 'part-time')?.relation).toBe('solves-broader');
    expect(index.relation('logo', 'design')?.relation).toBe('narrower');
    expect(index.relation('design', 'logo')?.relation).toBe('broader');
    expect(index.relation('tax', 'tax')?.weight).toBe(1);
    expect(index.relation('tax', 'labor')).toBeUndefined();
  });

  it('discounts solving a goal that nearly everything serves', () => {
    const generic = index.relation('sns', 'brand-awareness')!.weight;
    const specific = index.relation('translation', 'inbound-tourism')!.weight;
    expect(generic).toBeLessThan(specific);
  });

  it('counts the members of an exclusive family as one thing that serves a goal', () => {
    const family = (members: number) => {
      const g: Record<string, unknown> = {
        goal: { label: { ja: '目標', en: 'Goal' }, terms: ['目標'] },
        languages: {
          label: { ja: '言語', en: 'Languages' },
          exclusive: true,
          terms: ['言語'],
          solves: ['goal'],
        },
        other: { label: { ja: '他', en: 'Other' }, terms: ['他の手'], solves: ['goal'] },
      };
      for (let i = 0; i < members; i++)
        g[`lang-${i}`] = {
          label: { ja: `言語${i}`, en: `Language ${i}` },
          broader: 'languages',
          terms: [`言語${i}`],
        };
      return new ConceptIndex(g as never).relation('other', 'goal')!.weight;
    };
    expect(family(40)).toBe(family(2));
  });
});

describe('the built-in glossary', () => {
  it('ships its terms compiled exactly as the matcher compiles them', () => {
    const compiled = compiledTerms();
    let count = 0;
    for (const concept of Object.values(glossary))
      for (const term of concept.terms) {
        const packed = compiled[term];
        expect(packed === null ? null : unpackTerm(packed!), term).toEqual(compileTerm(term));
        count++;
      }
    expect(count).toBeGreaterThan(5000);
  });

  it('has at least 80 concepts, labelled in both languages, with no problems', () => {
    expect(Object.keys(glossary).length).toBeGreaterThanOrEqual(80);
    for (const c of Object.values(glossary)) expect(c.label.ja && c.label.en).toBeTruthy();
    expect(glossaryProblems(glossary, glossary, 'en')).toEqual([]);
  });
});

// --- scoring rules, on a small hand-made network ---------------------------------------------

const party = (
  id: string,
  spaces: string[],
  offers: string[],
  extra: Partial<PartyInput> = {},
): PartyInput => ({
  id,
  name: id,
  kind: 'member',
  spaces,
  offers: offers.map((text) => ({ text, tags: [], weight: 1 })),
  doNotContact: false,
  ...extra,
});
const need = (id: string, owner: string, title: string, extra: Partial<NeedInput> = {}): NeedInput => ({
  id,
  owner,
  title,
  tags: [],
  open: true,
  ...extra,
});
const options = (extra: Partial<MatchOptions> = {}): MatchOptions => ({
  minScore: 0.3,
  limit: 100,
  perHelper: 3,
  perNeed: 3,
  all: false,
  ...extra,
});
const network = (parties: PartyInput[], needs: NeedInput[], proposed: string[] = []): MatchInput => ({
  parties,
  needs,
  proposed: new Set(proposed),
  spaceNames: new Map([
    ['a', 'Aスペース'],
    ['b', 'Bスペース'],
  ]),
  glossary,
  synonyms: loadSynonyms(),
  outcomes: [],
});
const helpers = (m: Matcher, needId: string, extra: Partial<MatchOptions> = {}) =>
  m.scoreNeed(needId, options(extra)).map((s) => s.helper);

describe('what a repair strength is done to', () => {
  const objectOf = (text: string) => familyObjects(index, text).get('repair')?.words;

  it('is the thing named before 「の」, also across one more task', () => {
    expect(objectOf('硯の製作と修理')).toBe('硯');
    expect(objectOf('船外機の修理')).toBe('船外機');
    expect(objectOf('ミシンの点検・修理')).toBe('ミシン');
    // (also before where it is done: 出張, 訪問, 持ち込み)
    expect(objectOf('軽トラックの出張修理')).toBe('軽トラック');
    expect(objectOf('ピアノの訪問修理')).toBe('ピアノ');
    // (a bracket of examples after the thing belongs to it; any other bracket stops the object)
    expect(objectOf('中古工作機械（旋盤・フライス盤・マシニング）の修理とオーバーホール')).toBe(
      '中古工作機械(旋盤・フライス盤・マシニング)',
    );
    expect(objectOf('車（軽トラ・農機）の修理')).toBe('車(軽トラ・農機)');
    expect(objectOf('当社（出張対応）の修理')).toBeUndefined();
    expect(objectOf('エアコン販売。設置工事（市内無料）の修理')).toBeUndefined();
  });

  it('is nothing when the thing is a kind of repair already, or when none is named', () => {
    expect(objectOf('家電の修理')).toBeUndefined();
    expect(objectOf('住まいの小さな修理')).toBeUndefined();
    expect(objectOf('修理全般')).toBeUndefined();
    // how widely, where or for whom
    for (const text of [
      '各種の修理',
      '全般の修理',
      '地域の修理屋',
      '自宅の修理',
      '日常の修理と点検',
      'お客様の修理',
      '身の回りの物の修理',
    ])
      expect(objectOf(text), text).toBeUndefined();
    // (other families: 「契約書の翻訳」 names a subject, not a language)
    expect(familyObjects(index, '契約書の翻訳').size).toBe(0);
  });
});

describe('whether a need is about the object of a repairer', () => {
  const object = (words: string) => ({ words, concepts: [] });
  it('is so when it names the object, one of its kanji, or two of its katakana in a row', () => {
    expect(namesObject('祖父の硯が欠けた', object('硯'))).toBe(true);
    expect(namesObject('車のへこみを直したい', object('自動車'))).toBe(true);
    expect(namesObject('ミシンの糸がからまる', object('ミシン'))).toBe(true);
    expect(namesObject('車のへこみを直したい', object('硯'))).toBe(false);
    expect(namesObject('船のエンジンが止まる', object('ミシン'))).toBe(false);
    // (an example in the bracket is part of the object: a farm machine for 「車(軽トラ・農機)」)
    expect(namesObject('農機が壊れて直せる人を探している', object('車(軽トラ・農機)'))).toBe(true);
  });
});

describe('exclusions', () => {
  const base = () => [
    party('cafe', ['a'], ['コーヒーの焙煎']),
    party('designer', ['b'], ['ロゴ制作']),
    party('designer2', ['b'], ['ロゴのデザイン'], { doNotContact: true }),
  ];

  it('never suggests the need owner, nor a do_not_contact helper', () => {
    const m = new Matcher(
      network([...base(), party('self', ['a'], ['ロゴ制作'])], [need('n', 'self', 'ロゴを作りたい')]),
    );
    // (any score: the point is who may appear at all)
    expect(helpers(m, 'n', { minScore: 0 })).toEqual(['designer']);
  });

  it('never suggests for a need whose owner is do_not_contact', () => {
    const parties = base();
    parties[0]!.doNotContact = true;
    const m = new Matcher(network(parties, [need('n', 'cafe', 'ロゴを作りたい')]));
    expect(helpers(m, 'n')).toEqual([]);
  });

  it('never suggests for a need that is not open', () => {
    const m = new Matcher(network(base(), [need('n', 'cafe', 'ロゴを作りたい', { open: false })]));
    expect(helpers(m, 'n')).toEqual([]);
  });

  it('leaves out a pair that already has a proposal, unless asked for all', () => {
    const m = new Matcher(network(base(), [need('n', 'cafe', 'ロゴを作りたい')], ['n|designer']));
    expect(helpers(m, 'n')).toEqual([]);
    expect(helpers(m, 'n', { all: true })).toEqual(['designer']);
  });
});

describe('scores', () => {
  it('are between 0 and 1, and a need nobody can help gets nothing at the default minimum', () => {
    const m = new Matcher(
      network(
        [
          party('cafe', ['a'], ['コーヒー']),
          party('designer', ['b'], ['ロゴ制作']),
          party('it', ['b'], ['パソコンの設定']),
        ],
        [
          need('logo', 'cafe', 'ロゴを作りたい'),
          need('boiler', 'cafe', '製茶機械のボイラーを修理してほしい'),
        ],
      ),
    );
    const [best] = m.scoreNeed('logo', options());
    expect(best!.score).toBeGreaterThan(0.5);
    expect(best!.score).toBeLessThanOrEqual(1);
    expect(m.scoreNeed('boiler', options())).toEqual([]);
    expect(m.unmatched(options()).map((n) => n.id)).toEqual(['boiler']);
  });

  it('rise when the owner can help the helper in turn (both gain)', () => {
    const parties = [
      party('cafe', ['a'], ['ケータリング']),
      party('designer', ['b'], ['ロゴ制作']),
      party('designer2', ['b'], ['ロゴ制作']),
    ];
    const needs = [
      need('logo', 'cafe', 'ロゴを作りたい'),
      need('party', 'designer2', '展示会のお弁当を用意したい'),
    ];
    const list = new Matcher(network(parties, needs)).scoreNeed('logo', options());
    expect(list.map((s) => s.helper)).toEqual(['designer2', 'designer']);
    expect(list[0]!.parts.mutual).toBeGreaterThan(0.3);
    expect(wordReasons(list[0]!.reasons, 'ja').some((r) => r.startsWith('相互:'))).toBe(true);
  });

  it('rise across spaces', () => {
    const parties = [
      party('cafe', ['a'], ['コーヒー']),
      party('near', ['a'], ['ロゴ制作']),
      party('far', ['b'], ['ロゴ制作']),
    ];
    const list = new Matcher(network(parties, [need('logo', 'cafe', 'ロゴを作りたい')])).scoreNeed(
      'logo',
      options(),
    );
    expect(list.map((s) => s.helper)).toEqual(['far', 'near']);
    expect(wordReasons(list[0]!.reasons, 'ja')).toContain('別スペース: Aスペース × Bスペース');
    expect(list[1]!.parts.crossSpace).toBe(false);
  });

  it('count text outside the glossary', () => {
    const parties = [
      party('owner', ['a'], []),
      party('kiln', ['b'], ['登り窯の火入れ']),
      party('garden', ['b'], ['庭木の剪定']),
      party('music', ['b'], ['三味線の演奏']),
      party('sewing', ['b'], ['着物のお直し']),
    ];
    const list = new Matcher(
      network(parties, [need('n', 'owner', '登り窯の火入れを手伝ってくれる人')]),
    ).scoreNeed('n', options());
    expect(list.map((s) => s.helper)).toEqual(['kiln']);
    expect(list[0]!.parts.words).toBeGreaterThan(0.4);
  });

  it('weigh a concept few helpers answer above one many answer', () => {
    const parties = [
      party('owner', ['a'], []),
      party('ai-expert', ['b'], ['生成AIの研修']),
      party('calligraphy', ['b'], ['書道ワークショップ']),
      party('yoga', ['b'], ['ヨガのワークショップ']),
      party('cooking', ['b'], ['料理のワークショップ']),
    ];
    const list = new Matcher(network(parties, [need('n', 'owner', 'ChatGPTの勉強会をしたい')])).scoreNeed(
      'n',
      options(),
    );
    expect(list[0]!.helper).toBe('ai-expert');
  });

  it('follow --min-score', () => {
    const parties = [party('owner', ['a'], []), party('pr', ['b'], ['プレスリリースの作成'])];
    const m = new Matcher(network(parties, [need('n', 'owner', 'お客さんを増やしたい')]));
    const score = m.scoreNeed('n', options({ minScore: 0 }))[0]!.score;
    expect(m.scoreNeed('n', options({ minScore: score }))).toHaveLength(1);
    expect(m.scoreNeed('n', options({ minScore: score + 0.001 }))).toHaveLength(0);
  });
});

describe('the list over many needs', () => {
  it('caps how often one helper appears, filling with the next best', () => {
    const parties = [
      party('star', ['b'], ['ロゴ制作', 'チラシのデザイン']),
      party('second', ['b'], ['デザイン全般']),
    ];
    const needs = ['a1', 'a2', 'a3', 'a4'].map((id) => need(id, `owner-${id}`, 'ロゴを作りたい'));
    for (const n of needs) parties.push(party(n.owner, ['a'], []));
    const list = new Matcher(network(parties, needs)).suggest(options({ perHelper: 2 }));
    expect(list.filter((s) => s.helper === 'star')).toHaveLength(2);
    expect(list.filter((s) => s.helper === 'second')).toHaveLength(2);
    const uncapped = new Matcher(network(parties, needs)).suggest(options({ perHelper: 10 }));
    expect(uncapped.filter((s) => s.helper === 'star')).toHaveLength(4);
  });
});

describe('the shortcut of a list over many needs', () => {
  // A generated network of 600 needs: large enough that the list's head fills early.
  let generated: MatchInput | undefined;
  const generatedInput = (): MatchInput => {
    if (generated) return generated;
    generated = matchInput(loadDataFolder(generatedFolder(0.04)));
    expect(generated.needs.length).toBeGreaterThan(500);
    return generated;
  };

  it('skips pairings that cannot enter the list without changing the list', () => {
    const input = generatedInput();
    const space = input.parties.find((p) => p.kind === 'space')!.id;
    for (const extra of [
      { limit: 5 },
      { limit: 20, perHelper: 1 },
      { limit: 50, minScore: 0.6 },
      { limit: 3, perNeed: 1 },
      { limit: 10, space },
      { limit: 40, all: true, perHelper: 2 },
      // More than any head: every pairing is ranked.
      { limit: 5000, minScore: 0.5 },
    ]) {
      const quick = new Matcher(input).suggest(options(extra));
      const full = new Matcher(input).suggest(options({ ...extra, exhaustive: true }));
      expect(quick.length).toBe(full.length);
      expect(quick.length).toBeGreaterThan(0);
      expect(quick).toEqual(full);
    }
  });

  it('bounds every pairing by its ceilings (relevance and mutual), with and without past outcomes', () => {
    const input = generatedInput();
    const open = input.needs.filter((n) => n.open).slice(0, 120);
    const helpers = input.parties.filter((p) => p.offers.length > 0);
    // Past successes lift a helper's relevance, failures lower it: both must stay under the bounds.
    const outcomes = open.slice(0, 40).flatMap((n, i) => [
      { need: n.id, helper: helpers[i % helpers.length]!.id, success: true },
      { need: n.id, helper: helpers[(i * 7 + 3) % helpers.length]!.id, success: i % 2 === 0 },
    ]);
    let lifted = 0;
    let mutual = 0;
    for (const matcher of [new Matcher(input), new Matcher({ ...input, outcomes })]) {
      for (const n of open)
        for (const h of helpers) {
          const c = matcher.ceilings(n.id, h.id)!;
          expect(c.coarse).toBeGreaterThanOrEqual(c.fine);
          expect(c.fine).toBeGreaterThanOrEqual(c.relevance);
          expect(c.mutualAtMost).toBeGreaterThanOrEqual(c.mutual);
          if (c.mutual > 0) mutual++;
          if (c.relevance > 0 && outcomes.some((o) => o.helper === h.id && o.success)) lifted++;
        }
    }
    expect(lifted).toBeGreaterThan(0);
    expect(mutual).toBeGreaterThan(0);
  });

  it('skips no candidate that reaches the minimum (the ceilings are bounds)', () => {
    // Networks small enough that every helper sharing a concept or a word is a candidate: then
    // the ceilings alone decide what is skipped, and a pairing at or above the minimum never is.
    const words = [
      'ロゴ制作',
      'ホームページ',
      '英語の翻訳',
      '写真撮影',
      '和太鼓',
      '補助金の申請',
      '陶芸',
      '木工',
      'コーヒー焙煎',
      '民泊',
      '経理',
      'SNS運用',
      '農業',
      'イベントの企画',
      '動画編集',
      'Webデザイン',
    ];
    const phrase = fc
      .array(fc.constantFrom(...words), { minLength: 1, maxLength: 3 })
      .map((w) => w.join('と'));
    fc.assert(
      fc.property(
        fc.array(fc.array(phrase, { minLength: 1, maxLength: 3 }), { minLength: 2, maxLength: 12 }),
        fc.array(phrase, { minLength: 1, maxLength: 4 }),
        (offers, needTexts) => {
          const parties = offers.map((o, i) => party(`h${i}`, [i % 2 ? 'a' : 'b'], o));
          const needs = needTexts.map((t, i) => need(`n${i}`, `h${i % parties.length}`, `${t}を頼みたい`));
          const matcher = new Matcher(network(parties, needs));
          const every = { limit: 1000, perHelper: 1000, perNeed: 1000 };
          for (const n of needs) {
            const all = matcher.scoreNeed(n.id, options({ ...every, minScore: 0 }));
            // (each score itself as the minimum: where a ceiling a hair too low would skip it)
            for (const minScore of new Set([0.3, 0.6, ...all.map((s) => s.score).filter((v) => v > 0)]))
              expect(matcher.scoreNeed(n.id, options({ ...every, minScore }))).toEqual(
                all.filter((s) => s.score >= minScore),
              );
          }
        },
      ),
      { numRuns: 12, seed: 15 },
    );
  });
});

describe('the shortcut when the caps leave the first head short', () => {
  it('tries a longer head and still gives the list of ranking everything', () => {
    // One helper answers every need best: the first head holds only its pairings, and with one
    // place per helper the list must reach further down.
    const parties = [party('star', ['b'], ['ロゴ制作', 'ロゴのデザイン'])];
    for (let i = 0; i < 4; i++) parties.push(party(`second-${i}`, ['b'], ['デザイン全般']));
    const needs = Array.from({ length: 60 }, (_, i) => need(`n${i}`, `owner-${i}`, 'ロゴを作りたい'));
    for (const n of needs) parties.push(party(n.owner, ['a'], []));
    const input = network(parties, needs);
    const extra = { limit: 5, perHelper: 1 };
    const quick = new Matcher(input).suggest(options(extra));
    const full = new Matcher(input).suggest(options({ ...extra, exhaustive: true }));
    expect(quick).toHaveLength(5);
    expect(new Set(quick.map((s) => s.helper)).size).toBe(5);
    expect(quick).toEqual(full);
  });
});

describe('mixer suggest on the sample network', () => {
  it('prints the JSON contract: need, helper, score 0–1, reasons, best first', () => {
    const list = runJson<Array<{ need: string; helper: string; score: number; reasons: string[] }>>([
      '--data',
      copySample(),
      'suggest',
      '--limit',
      '15',
    ]);
    expect(list.length).toBe(15);
    for (const s of list) {
      expect(typeof s.need).toBe('string');
      expect(typeof s.helper).toBe('string');
      expect(s.score).toBeGreaterThanOrEqual(0.3);
      expect(s.score).toBeLessThanOrEqual(1);
      expect(s.reasons.length).toBeGreaterThan(0);
    }
    expect(list.map((s) => s.score)).toEqual([...list.map((s) => s.score)].sort((a, b) => b - a));
    // kondo-sales is do_not_contact; the deal already made is not suggested again
    expect(list.some((s) => s.helper === 'kondo-sales')).toBe(false);
    expect(list.some((s) => s.need === 'hirano-cafe-sns' && s.helper === 'yamamoto-sns')).toBe(false);
  });

  it('finds the helper a mixer would pick for a need', () => {
    const dir = copySample();
    const top = (id: string) =>
      runJson<Array<{ helper: string }>>(['--data', dir, 'suggest', '--need', id, '--limit', '3']).map(
        (s) => s.helper,
      );
    expect(top('gudon-ramen-menu')).toContain('miller-english');
    expect(top('tanaka-inn-photos')).toContain('kato-photo');
    expect(top('yamamoto-sns-tax')[0]).toBe('chiba-tax');
    expect(top('oyama-farm-tractor')).toEqual([]);
  });

  it('filters by helper and space, and says how to go on when nothing matches', () => {
    const dir = copySample();
    const byHelper = runJson<Array<{ helper: string }>>(['--data', dir, 'suggest', '--helper', 'ito-design']);
    expect(byHelper.length).toBeGreaterThan(0);
    expect(new Set(byHelper.map((s) => s.helper))).toEqual(new Set(['ito-design']));
    const r = runCli(['--data', dir, '--lang', 'en', 'suggest', '--need', 'oyama-farm-tractor']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/no pairing matches/);
    expect(r.stderr).toMatch(/mixer unmatched/);
    const bad = runCli(['--data', dir, '--lang', 'en', 'suggest', '--need', 'hirano-cafe-snss']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/did you mean: hirano-cafe-sns/);
  });

  it('--space keeps pairings where either side belongs to the space', () => {
    const list = runJson<Array<{ owner: string; helper: string }>>([
      '--data',
      copySample(),
      'suggest',
      '--space',
      'yamagata-yard',
      '--limit',
      '50',
    ]);
    expect(list.length).toBeGreaterThan(0);
    const yamagata = new Set([
      'yamagata-yard',
      'sasaki-labor',
      'yamagata-makers',
      'kudo-marche',
      'tanaka-inn',
      'watanabe-dx',
    ]);
    for (const s of list) expect(yamagata.has(s.owner) || yamagata.has(s.helper)).toBe(true);
  });

  it('mixer unmatched groups the needs with no candidate by space', () => {
    const groups = runJson<Array<{ space: string; needs: Array<{ id: string }> }>>([
      '--data',
      copySample(),
      'unmatched',
    ]);
    const ids = groups.flatMap((g) => g.needs.map((n) => n.id));
    expect(ids).toContain('oyama-farm-tractor');
    expect(groups.find((g) => g.needs.some((n) => n.id === 'oyama-farm-tractor'))!.space).toBe(
      'akita-commons',
    );
  });
});
