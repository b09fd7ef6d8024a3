// Each kind of matching evidence on a small data folder of its own, through `mixer suggest --json`
// run in this process: a rare shared word, a common one, a synonym, a symptom and what solves it,
// another member of a family, a strength that serves another area only, a need that asks for a
// place, a strength that takes fewer people than the need brings, the team's own outcomes,
// and reasons that quote whole words.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import type { Reason } from '../src/match/types.js';
import { wordReason } from '../src/ui/reasons.js';
import { folder, helpersOf, type Pairing, pairing, suggest } from './evidence-folder.js';
import { cleanup, memoryIo, SAMPLE, tempDir, USER_CACHE, writeFiles } from './helpers.js';

afterAll(cleanup);

describe('lexical evidence that respects rarity', () => {
  it('passes the default minimum on one shared rare term alone', async () => {
    const dir = folder(
      { frost: ['防霜ファンの設置と点検'], tax: ['確定申告の代行'], cafe: ['焙煎したコーヒー豆の卸'] },
      { fans: '防霜ファンを入れ替えたい' },
    );
    const list = await suggest(dir, '--need', 'fans');
    expect(helpersOf(list)).toEqual(['frost']);
    expect(list[0]!.reasons.join('\n')).toContain('『防霜ファン』が重なる');
  });

  it('does not pass on a shared common word', async () => {
    const dir = folder(
      { estate: ['地元の不動産の相談'], tax: ['確定申告の代行'] },
      { desk: '地元の人の相談に乗る場を作りたい' },
    );
    expect(await suggest(dir, '--need', 'desk')).toEqual([]);
    const all = await suggest(dir, '--need', 'desk', '--min-score', '0');
    for (const p of all) expect(p.score).toBeLessThan(0.3);
  });
});

describe('a noun of one kanji', () => {
  it('is a word when it stands alone, compared whole: 牛 meets 牛, not 牛乳; 米 not 米国', async () => {
    const dir = folder(
      { vet: ['牛の往診'], milk: ['牛乳の配達'], export: ['米国への輸出'], walk: ['歩いて回る街歩きガイド'] },
      { cow: '牛が足を引きずって歩いている', rice: '米を直接売りたい' },
    );
    const cow = await suggest(dir, '--need', 'cow', '--min-score', '0');
    expect(helpersOf(cow)).toEqual(['vet']);
    expect(cow[0]!.reasons.join('\n')).toContain('『牛』が重なる');
    expect(await suggest(dir, '--need', 'rice', '--min-score', '0')).toEqual([]);
  });

  it('is not a verb before に of purpose nor an adverb: 見に来て, 急に', async () => {
    const dir = folder(
      { look: ['見の字のデザイン'], hurry: ['急の用事の代行'], vet: ['牛の往診'] },
      { visit: '急に見に来てほしい' },
    );
    expect(await suggest(dir, '--need', 'visit', '--min-score', '0')).toEqual([]);
  });
});

describe('synonyms from the dictionary', () => {
  it('meet a word in other words, and say so', async () => {
    const dir = folder(
      { receipts: ['領収書の整理と入力の代行'], other: ['名刺のデザイン'] },
      { slips: 'レシートの整理が追いつかない' },
    );
    const list = await suggest(dir, '--need', 'slips', '--min-score', '0');
    expect(list[0]!.helper).toBe('receipts');
    const words = list[0]!.evidence.find((r) => r.kind === 'words');
    expect(words).toMatchObject({ kind: 'words' });
    expect(words?.kind === 'words' && words.words).toContainEqual({
      need: 'レシート',
      helper: '領収書',
      via: 'synonym',
    });
    expect(list[0]!.reasons.join('\n')).toContain('『レシート』 ≈ 『領収書』');
  });
});

describe('symptoms point to what solves them', () => {
  it('reads "nobody applies" as a hiring need that job advertising answers', async () => {
    const dir = folder(
      { ads: ['求人広告の書き方'], bakery: ['天然酵母のパン'] },
      { hiring: 'パートの募集を出しても応募が来ない' },
    );
    const list = await suggest(dir, '--need', 'hiring');
    expect(helpersOf(list)).toEqual(['ads']);
    const concept = list[0]!.evidence.find((r) => r.kind === 'concept');
    expect(concept).toMatchObject({ kind: 'concept', relation: 'solves', needWords: '応募が来ない' });
    expect(list[0]!.reasons[0]).toContain('には強み『求人広告の書き方』が効く');
  });

  it('reads everyday ways of saying a problem: 「チラシをまいても」 for customers, 「小1の壁」 for after-school care', async () => {
    const dir = folder(
      { sns: ['インスタの運用代行'], gakudo: ['小学生の放課後の預かり'], bakery: ['天然酵母のパン'] },
      {
        seats: 'ヨガ教室はチラシをまいても反応がない',
        wall: '小1の壁で、パートを続けられるか不安',
        bread: 'パンの定休日を決めたい',
      },
    );
    expect(helpersOf(await suggest(dir, '--need', 'seats'))).toEqual(['sns']);
    expect(helpersOf(await suggest(dir, '--need', 'wall'))).toEqual(['gakudo']);
    // (a need that names neither problem finds neither solver)
    expect(helpersOf(await suggest(dir, '--need', 'bread'))).not.toContain('sns');
  });
});

describe('another member of a family is not an answer', () => {
  const dir = () =>
    folder(
      {
        english: ['英語の翻訳'],
        korean: ['韓国語の翻訳・通訳'],
        general: ['翻訳全般'],
      },
      { menu: '韓国語のメニューを作りたい' },
    );

  it('keeps the same member and the family in general, and refuses another member', async () => {
    const list = await suggest(dir(), '--need', 'menu');
    expect(helpersOf(list)).toContain('korean');
    expect(helpersOf(list)).toContain('general');
    expect(helpersOf(list)).not.toContain('english');
  });

  it('says what differs when asked for everything', async () => {
    const list = await suggest(dir(), '--need', 'menu', '--min-score', '0');
    const english = pairing(list, 'english');
    expect(english.score).toBeLessThan(0.15);
    expect(english.evidence).toContainEqual(
      expect.objectContaining({ kind: 'differs', needWords: '韓国語', helperWords: '英語' }),
    );
    expect(english.reasons.join('\n')).toContain('課題は『韓国語』、強みは『英語』');
  });

  it('for the family named in general, puts the usual member first and leaves out one kept apart', async () => {
    const dir = folder(
      {
        french: ['フランス語の翻訳・通訳'],
        english: ['英語の翻訳・通訳'],
        japanese: ['やさしい日本語の研修'],
        signing: ['手話通訳'],
      },
      { visitors: '外国人のお客さんに、作り方をうまく説明できない' },
    );
    const list = await suggest(dir, '--need', 'visitors', '--min-score', '0');
    expect(helpersOf(list).slice(0, 2)).toEqual(['english', 'french']);
    expect(pairing(list, 'french').score).toBeLessThan(pairing(list, 'english').score);
    // (Japanese lessons and sign language answer a need that names them, not 「外国語」 in general)
    expect(helpersOf(list)).toEqual(['english', 'french']);
    const staff = folder(
      { japanese: ['やさしい日本語の研修'], english: ['英語の翻訳・通訳'] },
      { staff: '外国人スタッフが日本語がわからず、仕事の手順が伝わらない' },
    );
    expect(helpersOf(await suggest(staff, '--need', 'staff'))[0]).toBe('japanese');
  });
});

describe('what a need rules out', () => {
  it('is not what it asks for: 「ジュース以外に」 does not refuse cider as another kind of juice', async () => {
    const dir = folder(
      { cider: ['りんごのシードルづくり'], juice: ['りんごジュースの製造'] },
      { apples: 'はねだしのりんごがもったいない。ジュース以外に何かないか' },
    );
    const list = await suggest(dir, '--need', 'apples', '--min-score', '0');
    const cider = pairing(list, 'cider');
    expect(cider.evidence.map((e) => e.kind)).not.toContain('differs');
    expect(cider.score).toBeGreaterThanOrEqual(0.3);
  });

  it('takes no evidence from the words of what it turns away, but keeps those of what it turns from', async () => {
    const dir = folder(
      { web: ['ホームページ制作'], flyers: ['チラシのデザイン'], tsukudani: ['小魚の佃煮の製造'] },
      { flyer: 'ホームページはいらないので、紙で配るものを作りたい', fish: '小魚を佃煮以外で売りたい' },
    );
    const flyer = await suggest(dir, '--need', 'flyer', '--min-score', '0');
    expect(helpersOf(flyer)).not.toContain('web');
    // 「以外」: a maker of 佃煮 still knows how small fish are sold
    const fish = await suggest(dir, '--need', 'fish', '--min-score', '0');
    expect(pairing(fish, 'tsukudani').evidence).toContainEqual(
      expect.objectContaining({ kind: 'words', words: [expect.objectContaining({ need: '佃煮' })] }),
    );
  });

  it('does not ask for a language it says the other side lacks, or that it prefers another to', async () => {
    const dir = folder(
      { english: ['英語の商談通訳'], german: ['ドイツ語の通訳'], tagalog: ['タガログ語の翻訳'] },
      {
        signs: 'Safety signs for our Filipino staff in Tagalog rather than English',
        notices: 'フィリピン人の作業員向けの危険表示、英語より母国語のタガログ語の方が伝わる',
      },
      {
        'needs/visit.yaml':
          'owner: owner\ntitle: 取引先の技術者が来月来る。通訳してくれる人はいないか\ndetail: 相手は英語が得意ではなく、ドイツ語ができる人が必要\n',
      },
    );
    const visit = await suggest(dir, '--need', 'visit', '--min-score', '0');
    expect(helpersOf(visit)[0]).toBe('german');
    const english = pairing(visit, 'english');
    expect(english.evidence).toContainEqual(
      expect.objectContaining({ kind: 'differs', needWords: 'ドイツ語', helperWords: '英語' }),
    );
    expect(english.score).toBeLessThan(0.3);
    const signs = await suggest(dir, '--need', 'signs', '--min-score', '0');
    expect(helpersOf(signs)[0]).toBe('tagalog');
    expect(pairing(signs, 'english').score).toBeLessThan(0.3);
    const notices = await suggest(dir, '--need', 'notices', '--min-score', '0');
    expect(helpersOf(notices)[0]).toBe('tagalog');
    expect(pairing(notices, 'english').score).toBeLessThan(0.3);
  });
});

describe('what a summary names of a family', () => {
  it('does not narrow a strength that names the family in general', async () => {
    const dir = folder(
      {},
      { camp: '夏休みのサッカー合宿、グラウンドと宿をまとめて' },
      {
        'members/hotel.yaml':
          'name: 高原ホテル\nkind: company\nspaces: [b]\nshare: public\nsummary: ラグビー合宿とスキー客の宿\nstrengths: [スポーツ合宿の受け入れ（グラウンドつき）]\n',
      },
    );
    const hotel = (await suggest(dir, '--need', 'camp', '--min-score', '0')).find(
      (p) => p.helper === 'hotel',
    )!;
    expect(hotel.evidence.map((e) => e.kind)).not.toContain('differs');
    expect(hotel.score).toBeGreaterThanOrEqual(0.3);
  });
});

describe('a repairer of one object', () => {
  const dir = () =>
    folder(
      { inkstone: ['硯の製作と修理'], handyman: ['修理全般'] },
      {
        dent: '配達の軽バンをぶつけてへこませた。車のへこみを直してくれる所を探している',
        chipped: '祖父の代からの硯が欠けてしまった。直してくれる人はいないか',
      },
    );

  it('is not a repairer of every kind: 「硯の製作と修理」 does not mend a van, 「修理全般」 may', async () => {
    const list = await suggest(dir(), '--need', 'dent', '--min-score', '0');
    const inkstone = pairing(list, 'inkstone');
    expect(inkstone.score).toBeLessThan(0.3);
    expect(inkstone.evidence).toContainEqual(
      expect.objectContaining({ kind: 'differs', helperWords: '硯の修理' }),
    );
    expect(inkstone.reasons.join('\n')).toContain('強みは『硯の修理』');
    const handyman = pairing(list, 'handyman');
    expect(handyman.evidence.map((e) => e.kind)).not.toContain('differs');
    expect(handyman.score).toBeGreaterThanOrEqual(0.3);
  });

  it('counts no one out who also repairs in general, or whose object the need names', async () => {
    const dir = folder(
      { both: ['硯の製作と修理', '修理全般'], bodyshop: ['自動車の板金・修理'] },
      { dent: '配達の軽バンをぶつけてへこませた。車のへこみを直してくれる所を探している' },
    );
    const list = await suggest(dir, '--need', 'dent', '--min-score', '0');
    for (const helper of ['both', 'bodyshop']) {
      expect(pairing(list, helper).evidence.map((e) => e.kind)).not.toContain('differs');
      expect(pairing(list, helper).score).toBeGreaterThanOrEqual(0.3);
    }
  });

  it('answers a need about its own object', async () => {
    const list = await suggest(dir(), '--need', 'chipped', '--min-score', '0');
    const inkstone = pairing(list, 'inkstone');
    expect(inkstone.evidence.map((e) => e.kind)).not.toContain('differs');
    expect(inkstone.score).toBeGreaterThanOrEqual(0.3);
  });
});

describe('a need that names repairs only in general', () => {
  const dir = () =>
    folder(
      {
        appliances: ['テレビや洗濯機など家電の修理'],
        cars: ['自動車の整備と車検'],
        boats: ['FRP船体の修理・塗装'],
        machines: ['工場の機械の修理'],
        handyman: ['修理全般'],
      },
      {
        outboard: '船外機の調子がおかしい。近くで見てくれる人がいない',
        engine: '船のエンジンから変な音がする',
        loom: '古い織機が止まるたびに、直せる人を探して一週間',
      },
    );

  it('is not answered by a repairer of other things, and says what differs', async () => {
    const list = await suggest(dir(), '--need', 'outboard', '--min-score', '0');
    for (const helper of ['appliances', 'cars']) {
      expect(pairing(list, helper).score).toBeLessThan(0.3);
      expect(pairing(list, helper).evidence).toContainEqual(
        expect.objectContaining({ kind: 'differs', family: expect.objectContaining({ id: 'repair' }) }),
      );
    }
    expect(pairing(list, 'appliances').reasons.join('\n')).toContain('修理・修繕の種類が違う');
    // one who repairs anything still may
    expect(pairing(list, 'handyman').score).toBeGreaterThanOrEqual(0.3);
  });

  it('is answered by a repairer whose object the need touches: a boat, machines', async () => {
    const engine = await suggest(dir(), '--need', 'engine', '--min-score', '0');
    expect(pairing(engine, 'boats').evidence.map((e) => e.kind)).not.toContain('differs');
    expect(helpersOf(engine)[0]).toBe('boats');
    const loom = await suggest(dir(), '--need', 'loom', '--min-score', '0');
    expect(pairing(loom, 'machines').evidence.map((e) => e.kind)).not.toContain('differs');
    expect(pairing(loom, 'machines').score).toBeGreaterThanOrEqual(0.3);
    expect(pairing(loom, 'appliances').score).toBeLessThan(0.3);
  });

  it('is not touched by an iteration mark alone: 「時々」 is not a thing of 「佐々木式脱穀機」', async () => {
    const dir = folder(
      { thresher: ['佐々木式脱穀機の修理'], handyman: ['修理全般'] },
      { tools: '古い道具が時々止まる。直せる人を探している' },
    );
    const list = await suggest(dir, '--need', 'tools', '--min-score', '0');
    expect(pairing(list, 'thresher').evidence).toContainEqual(
      expect.objectContaining({ kind: 'differs', family: expect.objectContaining({ id: 'repair' }) }),
    );
    expect(pairing(list, 'thresher').score).toBeLessThan(pairing(list, 'handyman').score);
  });
});

describe('a need for repairs in general, read with its own words', () => {
  it('is not touched by a kanji of its own repair words: 動 of 「動かなくなる」 is not 自動車', async () => {
    const dir = folder(
      { cars: ['自動車の整備と車検'], handyman: ['修理全般'] },
      { tools: '古い道具が時々動かなくなる。直せる人を探している' },
    );
    const list = await suggest(dir, '--need', 'tools', '--min-score', '0');
    expect(pairing(list, 'cars').evidence.map((e) => e.kind)).toContain('differs');
    expect(pairing(list, 'cars').score).toBeLessThan(0.3);
  });

  it('reads 「諸々の修理」 as repairs in general', async () => {
    const dir = folder({ odd: ['諸々の修理'] }, { tools: '古い道具が時々止まる。直せる人を探している' });
    const list = await suggest(dir, '--need', 'tools', '--min-score', '0');
    expect(pairing(list, 'odd').evidence.map((e) => e.kind)).not.toContain('differs');
  });
});

describe('a need that names several members of a family', () => {
  it('is answered in part by a helper of any of them, and still refuses one of none', async () => {
    const dir = folder(
      { english: ['英語の翻訳'], chinese: ['中国語の通訳・翻訳'], korean: ['韓国語の通訳・翻訳'] },
      { notice: '祭りの案内を、英語と中国語でも出したい' },
    );
    const list = await suggest(dir, '--need', 'notice', '--min-score', '0');
    const score = (helper: string) => list.find((p) => p.helper === helper)?.score ?? 0;
    expect(score('english')).toBeGreaterThanOrEqual(0.3);
    expect(score('chinese')).toBeGreaterThanOrEqual(0.3);
    // (off the default list: what the need names, the helper does not)
    expect(score('korean')).toBeLessThan(0.2);
  });
});

describe('a language of fewer speakers', () => {
  it('is a member of the family too: a Polish translator is not a translator of Korean', async () => {
    const dir = folder({ polish: ['ポーランド語の翻訳'] }, { korean: '韓国語のできる人がいない' });
    const list = await suggest(dir, '--need', 'korean', '--min-score', '0');
    const polish = list.find((p) => p.helper === 'polish');
    expect(polish?.score ?? 0).toBeLessThan(0.15);
  });
});

describe('services for goals few others answer', () => {
  it('finds the fence builder for deer damage and the wholesaler for a shop short of suppliers', async () => {
    const dir = folder(
      {
        fence: ['防獣ネットと鹿柵の施工'],
        wholesale: ['業務用食材の卸業者'],
        guard: ['イベントの交通誘導'],
      },
      { deer: '鹿に畑を荒らされて困っている', sourcing: '店の仕入れ先を増やしたい' },
    );
    expect(helpersOf(await suggest(dir, '--need', 'deer'))).toEqual(['fence']);
    expect(helpersOf(await suggest(dir, '--need', 'sourcing'))).toEqual(['wholesale']);
  });
});

describe('where people come from', () => {
  it('names the language they speak: 「フランスから来る」 asks for French, 「ベトナム人の」 for Vietnamese', async () => {
    const dir = folder(
      {
        french: ['Traduction japonais–français'],
        korean: ['韓国語の通訳・翻訳'],
        vietnamese: ['ベトナム語の通訳'],
      },
      { wedding: 'フランスから来る新郎の家族の通訳', staff: 'ベトナム人のスタッフに手順がうまく伝わらない' },
    );
    const wedding = await suggest(dir, '--need', 'wedding');
    expect(helpersOf(wedding)[0]).toBe('french');
    expect(helpersOf(wedding)).not.toContain('korean');
    const staff = await suggest(dir, '--need', 'staff');
    expect(helpersOf(staff)[0]).toBe('vietnamese');
  });

  it('names it for a counterpart there too: 「台湾のバイヤー」 asks for traditional Chinese, 「中国の人口」 for nothing', async () => {
    const dir = folder(
      { taiwanese: ['繁体字の翻訳と通訳'], korean: ['韓国語の通訳・翻訳'], german: ['ドイツ語の翻訳'] },
      {
        buyer: '台湾のバイヤーから問い合わせが来たが返事が書けない',
        partner: '韓国の取引先と電話で話せない',
        museum: 'ドイツから問い合わせのメールが来たが、何が書いてあるのかわからない',
        // (not a language: people, popularity, a past employer, something the owner ordered)
        people: '中国の人口の統計を授業で使いたい',
        idol: '韓国の人気アイドルのグッズを店に置きたい',
        hire: 'アメリカの会社員だった人を雇いたい',
        parts: 'アメリカから注文した部品が届かない',
      },
    );
    const buyer = await suggest(dir, '--need', 'buyer');
    expect(helpersOf(buyer)).toEqual(['taiwanese']);
    const partner = await suggest(dir, '--need', 'partner');
    expect(helpersOf(partner)).toEqual(['korean']);
    const museum = await suggest(dir, '--need', 'museum');
    expect(helpersOf(museum)).toEqual(['german']);
    for (const need of ['people', 'idol', 'hire', 'parts'])
      expect(helpersOf(await suggest(dir, '--need', need)), need).toEqual([]);
  });

  it('in English, a language to translate from or into: "translate a German textbook" asks for German', async () => {
    const dir = folder(
      { english: ['Japanese–English translation'], german: ['ドイツ語の翻訳と通訳'] },
      {
        textbook: 'Need someone to translate a German cheese-making textbook into Japanese',
        // (an adjective of a country alone is not a language: German beer is beer)
        beer: 'Looking for a translator for our German beer festival flyer, in English',
      },
    );
    const textbook = await suggest(dir, '--need', 'textbook', '--min-score', '0');
    expect(helpersOf(textbook)[0]).toBe('german');
    expect(textbook.find((p) => p.helper === 'english')?.score ?? 0).toBeLessThan(0.2);
    const beer = await suggest(dir, '--need', 'beer', '--min-score', '0');
    expect(helpersOf(beer)[0]).toBe('english');
  });

  it('is not read in everyday sentences: 「立て直したいから来月」, 「中国の方が安い」', async () => {
    const dir = folder(
      { thai: ['タイ語の通訳'], english: ['英語の翻訳'] },
      {
        soon: '店を立て直したいから来月までにメニューを英語にしたい',
        cheaper: '中国の方が人件費が安いので、アメリカ向けに英語で売りたい',
      },
    );
    const soon = await suggest(dir, '--need', 'soon', '--min-score', '0');
    expect(helpersOf(soon)[0]).toBe('english');
    expect(pairing(soon, 'english').score).toBeGreaterThanOrEqual(0.3);
    const cheaper = await suggest(dir, '--need', 'cheaper', '--min-score', '0');
    expect(pairing(cheaper, 'english').evidence.map((e) => e.kind)).not.toContain('differs');
  });
});

describe('a helper for every kind of a thing', () => {
  it('answers each kind: permits in general for a visa, a babysitter for a sick child', async () => {
    const dir = folder(
      { scrivener: ['建設業許可をはじめ各種許認可の申請'], sitter: ['ベビーシッター'] },
      { visa: '配偶者のビザの更新手続きがわからない', fever: '子どもが熱を出したときに預け先がない' },
    );
    const visa = await suggest(dir, '--need', 'visa');
    expect(helpersOf(visa)).toContain('scrivener');
    const fever = await suggest(dir, '--need', 'fever');
    expect(helpersOf(fever)).toContain('sitter');
  });
});

describe('a strength that serves one area only', () => {
  // The owner's space is in Hirosaki; the snow crew serves Sapporo only, the roofer anywhere.
  const dir = ({
    crew = '屋根の雪下ろし・除雪（札幌市内のみ）',
    need = '屋根の雪下ろしを頼める業者がいない',
    extra = {},
  }: {
    crew?: string;
    need?: string;
    extra?: Record<string, string>;
  } = {}) =>
    folder(
      { sapporo: [crew], roofer: ['屋根の雪下ろしと雨どいの修理'] },
      { roof: need },
      {
        'spaces/a.yaml': 'name: 弘前ラボ\narea: 青森県弘前市\n',
        'spaces/b.yaml': 'name: 札幌ベース\narea: 北海道札幌市\n',
        ...extra,
      },
    );

  it('is refused for a need from elsewhere, and says where each is', async () => {
    const list = await suggest(dir(), '--need', 'roof', '--min-score', '0');
    const sapporo = pairing(list, 'sapporo');
    const roofer = pairing(list, 'roofer');
    expect(roofer.score).toBeGreaterThanOrEqual(0.3);
    expect(sapporo.score).toBeLessThan(0.3);
    expect(sapporo.evidence).toContainEqual({
      kind: 'out-of-area',
      limit: '札幌市内のみ',
      needArea: '青森県弘前市',
    });
    expect(sapporo.reasons.join('\n')).toContain(
      '強みの対応は『札幌市内のみ』、課題は『青森県弘前市』: 対応地域の外',
    );
    expect(helpersOf(await suggest(dir(), '--need', 'roof'))).toEqual(['roofer']);
  });

  it('compares by city on a warm run as on a cold one (the analysis cache keeps the city)', async () => {
    // the owner is in 長岡, the crew serves 上越市 only: both in Niigata, not the same city
    const folderOf = dir({
      crew: '屋根の雪下ろし（上越市内のみ）',
      extra: {
        'spaces/a.yaml': 'name: 長岡ラボ\narea: 新潟県長岡市\n',
        'spaces/b.yaml': 'name: 上越ベース\narea: 新潟県上越市\n',
      },
    });
    // (with a user cache directory, so that the second run reads the first run's analyses)
    const run = async () => {
      const { io, out } = memoryIo({ env: { MIXER_TODAY: '2026-11-26', XDG_CACHE_HOME: USER_CACHE } });
      expect(
        await main(['--data', folderOf, 'suggest', '--json', '--need', 'roof', '--min-score', '0'], io),
      ).toBe(0);
      return JSON.parse(out.join('')) as Pairing[];
    };
    const cold = await run();
    const warm = await run();
    expect(fs.existsSync(path.join(folderOf, '.mixer', 'cache', 'analyses.json'))).toBe(true);
    expect(warm).toEqual(cold);
    expect(pairing(cold, 'sapporo').score).toBeLessThan(0.3);
  });

  it('still answers a need inside its area: the owner is there, or the need says so', async () => {
    const ownerThere = dir({
      extra: { 'members/owner.yaml': 'name: 依頼主\nkind: company\nspaces: [b]\nshare: public\n' },
    });
    expect(helpersOf(await suggest(ownerThere, '--need', 'roof'))).toContain('sapporo');
    const named = dir({ need: '札幌の実家の屋根の雪下ろしを頼める業者がいない' });
    expect(helpersOf(await suggest(named, '--need', 'roof'))).toContain('sapporo');
  });

  it('reads 「市内のみ」 as the helper’s own area, and an unknown area never counts against it', async () => {
    const own = dir({ crew: '屋根の雪下ろし（市内のみ）' });
    const list = await suggest(own, '--need', 'roof', '--min-score', '0');
    expect(pairing(list, 'sapporo').evidence).toContainEqual({
      kind: 'out-of-area',
      limit: '市内のみ',
      needArea: '青森県弘前市',
    });
    const unknown = dir({ extra: { 'spaces/a.yaml': 'name: 弘前ラボ\n' } });
    expect(helpersOf(await suggest(unknown, '--need', 'roof'))).toContain('sapporo');
  });

  it('never counts against a helper whose other strength serves anywhere, while a summary says nothing of areas', async () => {
    const both = dir({ crew: '屋根の雪下ろし（札幌市内のみ）' });
    writeFiles(both, {
      'members/sapporo.yaml':
        'name: sapporo\nkind: person\nspaces: [b]\nshare: public\nsummary: 札幌の屋根の雪下ろし屋\nstrengths:\n  - 屋根の雪下ろし（札幌市内のみ）\n  - 雪下ろしの安全講習（オンラインで全国対応）\n',
    });
    const list = await suggest(both, '--need', 'roof', '--min-score', '0');
    const sapporo = pairing(list, 'sapporo');
    expect(sapporo.evidence.some((r) => r.kind === 'out-of-area')).toBe(false);
    const summaryOnly = dir({ crew: '屋根の雪下ろし（札幌市内のみ）' });
    writeFiles(summaryOnly, {
      'members/sapporo.yaml':
        'name: sapporo\nkind: person\nspaces: [b]\nshare: public\nsummary: 屋根の雪下ろし屋\nstrengths:\n  - 屋根の雪下ろし（札幌市内のみ）\n',
    });
    const limited = (await suggest(summaryOnly, '--need', 'roof', '--min-score', '0')).find(
      (p) => p.helper === 'sapporo',
    )!;
    expect(limited.evidence.some((r) => r.kind === 'out-of-area')).toBe(true);
  });

  it('is not undone by another strength that only names the same place', async () => {
    const both = dir({ need: '青森で冬の屋根の雪下ろしを手伝ってほしい' });
    writeFiles(both, {
      'members/sapporo.yaml':
        'name: sapporo\nkind: person\nspaces: [b]\nshare: public\nstrengths:\n  - 屋根の雪下ろし（札幌市内のみ）\n  - 青森のりんごの販売\n',
    });
    const sapporo = (await suggest(both, '--need', 'roof', '--min-score', '0')).find(
      (p) => p.helper === 'sapporo',
    )!;
    expect(sapporo.evidence.some((r) => r.kind === 'out-of-area')).toBe(true);
    expect(sapporo.score).toBeLessThan(0.3);
  });

  it('places a party on an online space by its name or summary (「伊豆大島のゲストハウス」, 「島内のみ」)', async () => {
    const island = writeFiles(tempDir('mixer-evidence-'), {
      'mixer.yaml': 'lang: ja\n',
      'spaces/online.yaml': 'name: オンライン縁側\nkind: virtual\n',
      'spaces/kamakura.yaml': 'name: 鎌倉ベース\narea: 神奈川県鎌倉市\n',
      'mixers/mx-one.yaml': 'name: 一ノ瀬\n',
      'members/inn.yaml':
        'name: 波浮の宿\nkind: company\nspaces: [online]\nsummary: 伊豆大島のゲストハウス\nshare: public\n',
      'members/temple.yaml': 'name: 円照寺\nkind: organization\nspaces: [kamakura]\nshare: public\n',
      'members/linen.yaml':
        'name: 鎌倉リネン\nkind: company\nspaces: [kamakura]\nshare: public\nstrengths:\n  - 宿のシーツ交換と客室清掃（鎌倉市内のみ）\n',
      'members/guides.yaml':
        'name: 八丈島 観光ボランティアの会\nkind: community\nspaces: [online]\nshare: public\nstrengths:\n  - 史跡と古文書の案内（島内のみ）\n',
      'needs/sheets.yaml': 'owner: inn\ntitle: 客室清掃とシーツ交換で一日が終わる\n',
      'needs/papers.yaml': 'owner: temple\ntitle: 古文書の案内をしてくれる人を探している\n',
    });
    const sheets = await suggest(island, '--need', 'sheets', '--min-score', '0');
    expect(pairing(sheets, 'linen').evidence).toContainEqual({
      kind: 'out-of-area',
      limit: '鎌倉市内のみ',
      needArea: '伊豆大島',
    });
    const papers = await suggest(island, '--need', 'papers', '--min-score', '0');
    expect(pairing(papers, 'guides').evidence).toContainEqual({
      kind: 'out-of-area',
      limit: '島内のみ',
      needArea: '神奈川県鎌倉市',
    });
  });
});

describe('a need that asks for its helper in one place', () => {
  it('counts out a helper known to be elsewhere, says where each is, and keeps one not known', async () => {
    const dir = folder(
      { brewery: ['酒蔵見学と試飲会（20人まで）'] },
      { tour: '宮城県内の蔵で、20人の団体の酒蔵見学を受けてくれるところ' },
      {
        'spaces/a.yaml': 'name: 仙台ラボ\narea: 宮城県仙台市\n',
        'spaces/b.yaml': 'name: 鶴岡ベース\narea: 山形県鶴岡市\n',
        'spaces/c.yaml': 'name: オンライン縁側\nkind: virtual\n',
        'members/online.yaml':
          'name: 蔵めぐり企画\nkind: person\nspaces: [c]\nshare: public\nstrengths: [酒蔵見学ツアーの企画]\n',
      },
    );
    const list = await suggest(dir, '--need', 'tour', '--min-score', '0');
    const brewery = pairing(list, 'brewery');
    expect(brewery.score).toBeLessThan(0.3);
    expect(brewery.evidence).toContainEqual({
      kind: 'elsewhere',
      needArea: '宮城県内',
      helperArea: '山形県鶴岡市',
    });
    expect(brewery.reasons.join('\n')).toContain(
      '課題が求める場所は『宮城県内』、この相手は『山形県鶴岡市』: 場所が違う',
    );
    // a helper whose place is not known (an online space) is not counted out
    const online = pairing(list, 'online');
    expect(online.evidence.map((e) => e.kind)).not.toContain('elsewhere');
    expect(online.score).toBeGreaterThan(brewery.score);
  });
});

describe('a need for a place one goes to (a venue)', () => {
  const spaces = {
    'spaces/a.yaml': 'name: 仙台ラボ\narea: 宮城県仙台市\n',
    'spaces/b.yaml': 'name: 鶴岡ベース\narea: 山形県鶴岡市\n',
    'spaces/c.yaml': 'name: オンライン縁側\nkind: virtual\n',
  };

  it('counts a venue in another prefecture less, says where each is, and keeps one near or not known', async () => {
    const dir = folder(
      {},
      {},
      {
        ...spaces,
        'members/owner.yaml': 'name: 酒屋\nkind: company\nspaces: [a]\nshare: public\n',
        'members/far.yaml':
          'name: 鶴岡ホール\nkind: company\nspaces: [b]\nshare: public\nstrengths: [貸しホール]\n',
        'members/near.yaml':
          'name: 仙台ホール\nkind: company\nspaces: [a]\nshare: public\nstrengths: [貸しホール]\n',
        'members/unknown.yaml':
          'name: どこかのホール\nkind: company\nspaces: [c]\nshare: public\nstrengths: [貸しホール]\n',
        'needs/tasting.yaml': 'owner: owner\ntitle: 利き酒会を開きたいが、店では狭すぎる\n',
      },
    );
    const list = await suggest(dir, '--need', 'tasting', '--min-score', '0');
    const far = pairing(list, 'far');
    expect(far.evidence).toContainEqual(
      expect.objectContaining({ kind: 'far-away', needArea: '宮城県仙台市', helperArea: '山形県鶴岡市' }),
    );
    expect(far.reasons.join('\n')).toContain(
      '課題は『宮城県仙台市』、この相手は『山形県鶴岡市』: 会場・レンタルスペースには遠い',
    );
    expect(pairing(list, 'near').score).toBeGreaterThan(far.score);
    expect(pairing(list, 'unknown').evidence.map((e) => e.kind)).not.toContain('far-away');
    expect(pairing(list, 'unknown').score).toBeGreaterThan(far.score);
  });

  it('does not count far a helper that comes to you, nor a need that is not for a place', async () => {
    const dir = folder(
      {},
      {},
      {
        ...spaces,
        'members/owner.yaml': 'name: 酒屋\nkind: company\nspaces: [a]\nshare: public\n',
        'members/mobile.yaml':
          'name: 出張ホール\nkind: company\nspaces: [b]\nshare: public\nstrengths: [テントと会場設営の出張サービス]\n',
        'members/designer.yaml':
          'name: 鶴岡デザイン\nkind: person\nspaces: [b]\nshare: public\nstrengths: [ロゴのデザイン]\n',
        'needs/tasting.yaml': 'owner: owner\ntitle: 利き酒会の会場が見つからない\n',
        'needs/logo.yaml': 'owner: owner\ntitle: 店のロゴを新しくしたい\n',
      },
    );
    const tasting = await suggest(dir, '--need', 'tasting', '--min-score', '0');
    expect(pairing(tasting, 'mobile').evidence.map((e) => e.kind)).not.toContain('far-away');
    const logo = await suggest(dir, '--need', 'logo', '--min-score', '0');
    expect(pairing(logo, 'designer').evidence.map((e) => e.kind)).not.toContain('far-away');
    expect(pairing(logo, 'designer').score).toBeGreaterThanOrEqual(0.3);
  });

  it('is worded in English too', async () => {
    const dir = folder(
      {},
      {},
      {
        ...spaces,
        'mixer.yaml': 'lang: en\n',
        'members/owner.yaml': 'name: 酒屋\nkind: company\nspaces: [a]\nshare: public\n',
        'members/far.yaml':
          'name: 鶴岡ホール\nkind: company\nspaces: [b]\nshare: public\nstrengths: [貸しホール]\n',
        'needs/tasting.yaml': 'owner: owner\ntitle: 利き酒会を開きたいが、店では狭すぎる\n',
      },
    );
    const list = await suggest(dir, '--need', 'tasting', '--min-score', '0');
    expect(pairing(list, 'far').reasons.join('\n')).toContain(
      'the need is in "宮城県仙台市", this helper in "山形県鶴岡市": far for venues',
    );
  });
});

describe('a place one goes to, with the places of a folder of its own', () => {
  it('is near in another town of the same prefecture, and a kind marked not nearby is never far', async () => {
    const dir = folder(
      {},
      {},
      {
        'glossary.yaml':
          'sendai-city:\n  label: { ja: 仙台市, en: Sendai }\n  broader: miyagi\n  terms: [仙台市]\n' +
          'ishinomaki-city:\n  label: { ja: 石巻市, en: Ishinomaki }\n  broader: miyagi\n  terms: [石巻市]\n' +
          'car-park:\n  label: { ja: 月極駐車場, en: Car parks }\n  broader: venue\n  nearby: false\n  terms: [月極駐車場]\n',
        'spaces/a.yaml': 'name: 仙台ラボ\narea: 宮城県仙台市\n',
        'spaces/b.yaml': 'name: 石巻ベース\narea: 宮城県石巻市\n',
        'spaces/c.yaml': 'name: 鶴岡ベース\narea: 山形県鶴岡市\n',
        'members/owner.yaml': 'name: 酒屋\nkind: company\nspaces: [a]\nshare: public\n',
        'members/ishinomaki.yaml':
          'name: 石巻ホール\nkind: company\nspaces: [b]\nshare: public\nstrengths: [貸しホール]\n',
        'members/tsuruoka.yaml':
          'name: 鶴岡ホール\nkind: company\nspaces: [c]\nshare: public\nstrengths: [貸しホール, 月極駐車場]\n',
        'needs/tasting.yaml': 'owner: owner\ntitle: 利き酒会を開きたいが、店では狭すぎる\n',
        'needs/parking.yaml': 'owner: owner\ntitle: 月極駐車場を探している\n',
      },
    );
    const tasting = await suggest(dir, '--need', 'tasting', '--min-score', '0');
    expect(pairing(tasting, 'ishinomaki').evidence.map((e) => e.kind)).not.toContain('far-away');
    expect(pairing(tasting, 'tsuruoka').evidence.map((e) => e.kind)).toContain('far-away');
    const parking = await suggest(dir, '--need', 'parking', '--min-score', '0');
    expect(pairing(parking, 'tsuruoka').evidence.map((e) => e.kind)).not.toContain('far-away');
  });
});

describe('a strength that takes fewer people than the need brings', () => {
  it('is counted out, says how many each side says, and a room large enough is not', async () => {
    const dir = folder(
      { small: ['50人まで入るイベントホールの貸し出し'], large: ['200人まで入るホールの貸し出し'] },
      { hall: '雨でもできる屋内の会場、100人くらい入る所を探している' },
    );
    const list = await suggest(dir, '--need', 'hall', '--min-score', '0');
    const small = pairing(list, 'small');
    expect(small.score).toBeLessThan(0.3);
    expect(small.evidence).toContainEqual({
      kind: 'too-small',
      needWords: '100人くらい',
      helperWords: '50人まで',
    });
    expect(small.reasons.join('\n')).toContain('人数は『100人くらい』、強みは『50人まで』: 人数が合わない');
    expect(pairing(list, 'large').score).toBeGreaterThanOrEqual(0.3);
  });

  it('reads a class that comes at once and a meal for so many', async () => {
    const dir = folder(
      {
        kiln: ['陶芸体験の受け入れ(10人まで)'],
        studio: ['陶芸体験(40人まで)'],
        caterer: ['ケータリング(30人分まで)'],
      },
      {
        pottery: '中学校の1クラス30人が、一度に焼き物を作れる所を探している',
        lunch: '総会のあとに50人分のお弁当を頼みたい',
      },
    );
    const pottery = await suggest(dir, '--need', 'pottery', '--min-score', '0');
    expect(pairing(pottery, 'kiln').evidence).toContainEqual({
      kind: 'too-small',
      needWords: '30人',
      helperWords: '10人まで',
    });
    expect(helpersOf(pottery)[0]).toBe('studio');
    const lunch = await suggest(dir, '--need', 'lunch', '--min-score', '0');
    expect(pairing(lunch, 'caterer').evidence).toContainEqual({
      kind: 'too-small',
      needWords: '50人分',
      helperWords: '30人分まで',
    });
  });
});

describe('what the owner concedes it is', () => {
  it('counts 「Xなのに」 as the owner’s own trade, not what is needed', async () => {
    const dir = folder(
      { exporter: ['日本酒の輸出'], baker: ['酒粕を使ったパンの試作'] },
      { conceded: '酒屋なのに、酒粕の山をどうするかで頭がいっぱい', asked: '酒屋を継いでくれる人がいない' },
    );
    const conceded = await suggest(dir, '--need', 'conceded', '--min-score', '0');
    expect(helpersOf(conceded)[0]).toBe('baker');
    const exporter = conceded.find((p) => p.helper === 'exporter');
    const asked = (await suggest(dir, '--need', 'asked', '--min-score', '0')).find(
      (p) => p.helper === 'exporter',
    );
    // the same concept, named as what the owner is rather than as what it needs
    expect(exporter?.score ?? 0).toBeLessThan(asked!.score);
  });

  it('takes 「Xなのに」 without a trade as the problem, not as what the owner is', async () => {
    const dir = folder({ web: ['ホームページの制作と修正'] }, { seen: 'ホームページなのに誰も見てくれない' });
    const web = (await suggest(dir, '--need', 'seen', '--min-score', '0')).find((p) => p.helper === 'web');
    expect(web!.score).toBeGreaterThanOrEqual(0.3);
  });

  it('takes 「Xですが」 without a trade as a topic, not as what the owner is', async () => {
    const dir = folder(
      { web: ['ホームページの制作と修正'] },
      {
        topic: 'ホームページですが、スマホで見ると崩れる',
        trade: 'ホームページ屋ですが、経理が追いつかない',
      },
    );
    const topic = (await suggest(dir, '--need', 'topic', '--min-score', '0')).find((p) => p.helper === 'web');
    const trade = (await suggest(dir, '--need', 'trade', '--min-score', '0')).find((p) => p.helper === 'web');
    expect(topic!.score).toBeGreaterThanOrEqual(0.3);
    expect(trade?.score ?? 0).toBeLessThan(topic!.score);
  });
});

describe('helpers of equal score', () => {
  it('come in the order of how many of their strengths bear on the need, then by id', async () => {
    // the same evidence from each (a hotel), but one also takes large groups
    const dir = folder(
      {
        'a-inn': ['温泉旅館の運営'],
        'z-hotel': ['温泉ホテルの運営', '大人数の宿泊', '石焼料理の実演'],
      },
      { stay: '工事の時期に、作業員30人の泊まる場所が足りない' },
    );
    const list = await suggest(dir, '--need', 'stay', '--min-score', '0');
    const inn = pairing(list, 'a-inn');
    const hotel = pairing(list, 'z-hotel');
    expect(hotel.score).toBe(inn.score);
    expect(helpersOf(list).indexOf('z-hotel')).toBeLessThan(helpersOf(list).indexOf('a-inn'));
  });
});

describe("the team's own outcomes", () => {
  const past = (id: string, helper: string, status: string, outcome: string) => ({
    [`needs/${id}.yaml`]: 'owner: owner\ntitle: 店のホームページを新しくしたい\nstatus: solved\n',
    [`proposals/2026-09-${id}-${helper}.yaml`]: `need: ${id}\nhelper: ${helper}\nmixer: mx-one\nhistory:\n  - date: 2026-09-01\n    status: ${status}\n${outcome}`,
  });

  it('raise a helper who closed deals on this kind of need and lower one who was declined', async () => {
    const dir = folder(
      { winner: ['ホームページ制作'], plain: ['ホームページ制作'], loser: ['ホームページ制作'] },
      { site: 'ホームページを作りたい' },
      {
        ...past('old-one', 'winner', 'deal', 'outcome:\n  kind: deal\n  value: 100000\n'),
        ...past('old-two', 'loser', 'declined', ''),
      },
    );
    const list = await suggest(dir, '--need', 'site', '--min-score', '0');
    expect(helpersOf(list)).toEqual(['winner', 'plain', 'loser']);
    const [winner, plain, loser] = list;
    expect(winner!.score).toBeGreaterThan(plain!.score);
    expect(loser!.score).toBeLessThan(plain!.score);
    expect(winner!.reasons.join('\n')).toContain('同じ種類の紹介（Webサイト制作）で過去に成約 1 件');
    expect(loser!.reasons.join('\n')).toContain('過去に不成立 1 件');
  });
});

describe('reasons a mixer can forward', () => {
  /** Every text of the records, NFKC, where a quoted word must be found whole. */
  function recordTexts(dir: string): string {
    const texts: string[] = [];
    const walk = (d: string) => {
      for (const entry of fs.readdirSync(d, { withFileTypes: true }))
        if (entry.isDirectory()) walk(path.join(d, entry.name));
        else if (entry.name.endsWith('.yaml')) texts.push(fs.readFileSync(path.join(d, entry.name), 'utf8'));
    };
    walk(dir);
    return texts.join('\n').normalize('NFKC');
  }

  it('quote a verb whole, with its endings, not its stem: 減ってきた, not 減', async () => {
    const dir = folder(
      { ads: ['SNS広告の運用'], retention: ['社労士による離職防止の相談'] },
      { guests: 'お客さんが減ってきたので何とかしたい', quitting: '新しく入った人が辞めてしまう' },
    );
    const words = async (need: string) => {
      const list = await suggest(dir, '--need', need, '--min-score', '0');
      return list.flatMap((p) => p.evidence.flatMap((r) => (r.kind === 'concept' ? [r.needWords] : [])));
    };
    expect(await words('guests')).toContain('お客さんが減ってきた');
    expect((await words('quitting')).some((w) => w.endsWith('辞めてしまう'))).toBe(true);
    for (const quoted of [...(await words('guests')), ...(await words('quitting'))])
      expect(quoted, quoted).not.toMatch(/(減|辞め)$/);
  });

  it('quote words without the particle a term starts with, and to the end of a word cut short', async () => {
    const dir = folder(
      { fixer: ['何でも修理します'], shed: ['広い倉庫の時間貸し'] },
      {
        canoe: 'カヌーを直せる人を探している',
        press: 'プレス機がときどき止まるので困っている',
        office: '今の事務所では狭すぎる',
      },
    );
    const words = async (need: string) => {
      const list = await suggest(dir, '--need', need, '--min-score', '0');
      return list.flatMap((p) => p.evidence.flatMap((r) => (r.kind === 'concept' ? [r.needWords] : [])));
    };
    expect(await words('canoe')).toContain('直せる');
    expect(await words('press')).toContain('ときどき止まる');
    expect(await words('office')).toContain('狭すぎる');
    for (const need of ['canoe', 'press', 'office'])
      for (const quoted of await words(need)) expect(quoted, quoted).not.toMatch(/^(?:を|では)|止ま$/);
  });

  it('quote words as the records write them, never a fragment of folded kana', async () => {
    const list = await suggest(SAMPLE, '--min-score', '0', '--limit', '500', '--all');
    expect(list.length).toBeGreaterThan(20);
    const texts = recordTexts(SAMPLE);
    for (const pairing of list)
      for (const reason of pairing.reasons)
        for (const [, quoted] of reason.matchAll(/『([^』]*)』/g)) {
          expect(quoted, reason).not.toBe('');
          expect(texts.includes(quoted!.normalize('NFKC')), `${reason}: 『${quoted}』`).toBe(true);
        }
  });
});

// A member's name often says its trade (「関熱処理工業」, 「佐藤写真館」): evidence like a summary,
// weaker still, and a reason that says it is the name, not a strength.
describe("a member's name", () => {
  const member = (name: string, ...strengths: string[]) =>
    `name: ${name}\nkind: company\nspaces: [b]\nshare: public\nstrengths:\n${strengths.map((s) => `  - ${s}\n`).join('')}`;
  const fromName = (p: Pairing) =>
    p.evidence.find((r) => (r.kind === 'words' || r.kind === 'concept') && r.from === 'name');

  it('is evidence, and the reason quotes it as the name', async () => {
    const dir = folder(
      { other: ['名刺のデザイン'] },
      { heat: '刃物の熱処理を頼めるところを探している' },
      { 'members/netsu.yaml': member('関熱処理工業', '刃物・工具の焼入れと焼戻し') },
    );
    const p = pairing(await suggest(dir, '--need', 'heat', '--min-score', '0'), 'netsu');
    expect(fromName(p)).toMatchObject({ strength: '関熱処理工業' });
    expect(p.reasons.join('\n')).toContain('名前『関熱処理工業』');
  });

  it('counts less than the same words in a strength, and is never quoted as a strength', async () => {
    const dir = folder(
      {},
      { photo: '七五三の写真を撮ってほしい' },
      {
        'members/by-name.yaml': member('佐藤写真館', '土日も営業しています'),
        'members/by-strength.yaml': member('佐藤商店', '写真館での記念撮影'),
      },
    );
    const list = await suggest(dir, '--need', 'photo', '--min-score', '0');
    const byName = pairing(list, 'by-name');
    expect(byName.score).toBeLessThan(pairing(list, 'by-strength').score);
    expect(byName.score).toBeGreaterThan(0);
    expect(fromName(byName)).toBeDefined();
    // (a letter prints the matched strength: a name is none)
    expect(byName.strength).toBeUndefined();
    expect(pairing(list, 'by-strength').strength).toBe('写真館での記念撮影');
  });

  it('words the reason in English too', () => {
    const reason: Reason = {
      kind: 'words',
      words: [{ need: 'heat treatment', helper: 'heat treatment', via: 'same' }],
      strength: 'Seki Heat Treatment Co.',
      from: 'name',
    };
    expect(wordReason(reason, 'en')).toBe('shares "heat treatment" (name "Seki Heat Treatment Co.")');
    expect(wordReason(reason, 'ja')).toBe('『heat treatment』が重なる（名前『Seki Heat Treatment Co.』）');
  });
});
