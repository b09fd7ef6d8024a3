// The concept index of the built-in glossary is made at build time (dist/data/concept-index.tsv,
// scripts/build-data.mjs): it must be the one a command would make itself, and be used only when a
// folder's glossary is the built-in one as it is.
import { afterAll, describe, expect, it } from 'vitest';
import { compiledTerms, conceptIndex, indexSource, matchInput } from '../src/commands/match-input.js';
import { ConceptIndex, prepareTerms, readPreparedTerms, writePreparedTerms } from '../src/match/concepts.js';
import { Matcher } from '../src/match/engine.js';
import { defaultConceptIndexText, defaultGlossary } from '../src/store/glossary.js';
import { loadDataFolder } from '../src/store/load.js';
import { cleanup, copySample, SAMPLE, writeFiles } from './helpers.js';

afterAll(cleanup);

const options = {
  minScore: 0.3,
  limit: 1000,
  perHelper: 1000,
  perNeed: 1000,
  all: true,
};

describe('the concept index made at build time', () => {
  it('holds the lookup lists the matcher makes from the built-in glossary', () => {
    const made = prepareTerms(defaultGlossary(), compiledTerms());
    expect(defaultConceptIndexText()).toBe(writePreparedTerms(made));
    expect(made.length).toBeGreaterThan(1000);
    const read = readPreparedTerms(defaultConceptIndexText());
    expect([...read].map(([start, list]) => [start, JSON.parse(list)])).toEqual(made);
  });

  it('finds in every text of the sample what an index made on the spot finds', () => {
    const folder = loadDataFolder(SAMPLE);
    const prepared = conceptIndex(folder.glossary);
    const fresh = new ConceptIndex(folder.glossary, compiledTerms());
    fresh.knownWord = prepared.knownWord;
    const texts = [...folder.records.needs.values()].flatMap((n) => [n.data.title, n.data.detail ?? '']);
    for (const m of folder.records.members.values()) texts.push(m.data.name, m.data.summary ?? '');
    expect(texts.length).toBeGreaterThan(50);
    for (const text of texts) expect(prepared.find(text), text).toEqual(fresh.find(text));
    for (const tag of ['tax', '税理士', 'ホームページ', 'no-such-concept'])
      expect(prepared.fromTag(tag), tag).toBe(fresh.fromTag(tag));
  });

  it('is used for a folder with no glossary of its own, and the pairings are the same as without it', () => {
    const folder = loadDataFolder(SAMPLE);
    // (the folder's glossary is the built-in one itself: nothing was added to it)
    expect(folder.glossary).toBe(defaultGlossary());
    expect('preparedTerms' in indexSource(folder.glossary)).toBe(true);
    const input = matchInput(folder);
    const withPrepared = new Matcher(input).suggest(options);
    const { preparedTerms: _, ...rest } = input;
    const without = new Matcher({ ...rest, compiledTerms: compiledTerms() }).suggest(options);
    expect(withPrepared.length).toBeGreaterThan(10);
    expect(withPrepared).toEqual(without);
  });

  it('is not used when the folder adds to the glossary: its own terms are found', () => {
    const dir = copySample();
    writeFiles(dir, {
      'glossary.yaml': 'kombucha:\n  label: { ja: 発酵茶, en: Kombucha }\n  terms: [コンブチャ]\n',
    });
    const folder = loadDataFolder(dir);
    expect(folder.problems).toEqual([]);
    expect('compiledTerms' in indexSource(folder.glossary)).toBe(true);
    const hits = conceptIndex(folder.glossary).find('コンブチャを売りたい').hits;
    expect(hits.map((h) => h.concept)).toContain('kombucha');
  });
});

describe('a katakana term inside a longer katakana word', () => {
  const index = conceptIndex(defaultGlossary());
  const concepts = (text: string) => index.find(text).hits.map((h) => h.concept);

  it('is not read inside another word: パート in アパート, トラクター in インストラクター', () => {
    expect(concepts('アパートの契約書')).not.toContain('part-time');
    expect(concepts('英語でレッスンできるインストラクターがほしい')).not.toContain('machinery-repair');
    expect(concepts('トラクターが動かない')).toContain('machinery-repair');
  });

  it('is not read in hiragana that folds to the same letters, unless it is a doubled mimetic word', () => {
    expect(concepts('家で練習したらうるさいと言われた')).not.toContain('website');
    expect(concepts('サイトを作りたい')).toContain('website');
    expect(concepts('平日の夜はがらがら')).toEqual(concepts('平日の夜はガラガラ'));
    // a native word written in hiragana as often as in katakana
    expect(concepts('家のごみが片づかない').length).toBeGreaterThan(0);
    expect(concepts('家のごみが片づかない')).toEqual(concepts('家のゴミが片づかない'));
    expect(concepts('天井裏にねずみが出る')).toEqual(concepts('天井裏にネズミが出る'));
  });

  it('is read where the word is cut, or after a word the dictionary knows', () => {
    expect(concepts('ネットショップを作りたい')).toContain('ec');
    expect(concepts('シーカヤックのツアー')).toContain('water-sports');
    expect(concepts('コピーライターを探している')).toContain('writing');
  });
});

describe('a term that ends in katakana', () => {
  const index = conceptIndex(defaultGlossary());
  const concepts = (text: string) => index.find(text).hits.map((h) => h.concept);

  it('is a loanword, never a verb that conjugates: ネイル is not read in ネイティブ or ネイビー', () => {
    expect(concepts('ネイティブの先生に教わりたい')).not.toContain('nail');
    expect(concepts('ネイビーの制服をそろえたい')).not.toContain('nail');
    expect(concepts('ほてりがつらい')).not.toContain('lodging');
    expect(concepts('ネイルを仕事にしたい')).toContain('nail');
    expect(concepts('ホテルの予約が減った')).toContain('lodging');
  });
});

describe('a term that ends in a verb of one stem (届ける, 借りる)', () => {
  const index = conceptIndex(defaultGlossary());
  const concepts = (text: string) => index.find(text).hits.map((h) => h.concept);

  it('is not read where its stem is a noun before a particle: 届けが is a notice', () => {
    expect(concepts('保健所に何か届けがいるらしい')).not.toContain('logistics');
    expect(concepts('遠くまで届けてくれる人')).toContain('logistics');
    expect(concepts('道具を借りに行きたい')).toContain('rental-goods');
    expect(concepts('会員が辞めもしないが来もしない')).toContain('customer-retention');
  });

  it('is read before an ending that starts as a particle does: 辞めやすい, 追われがち, 届けはじめる', () => {
    expect(concepts('生徒が辞めやすい教室')).toContain('customer-retention');
    expect(concepts('毎日の仕事に追われがちで')).toContain('workload');
    expect(concepts('来月から野菜を届けはじめる')).toContain('logistics');
    expect(concepts('届けがちゃんと出ていない')).not.toContain('logistics');
  });
});

describe('a term read in hiragana', () => {
  const index = conceptIndex(defaultGlossary());
  const concepts = (text: string) => index.find(text).hits.map((h) => h.concept);

  it('does not end in the first letters of a katakana word: きのこ in つきのコワーキング', () => {
    expect(concepts('駐車場つきのコワーキング')).not.toContain('mushrooms');
    expect(concepts('野菜やきのこを使いたい')).toContain('mushrooms');
    expect(concepts('きのこ、ハーブの栽培')).toContain('mushrooms');
    // a katakana word that ends the term is read before a ・ of a list
    expect(concepts('在留資格（就労ビザ・配偶者ビザ）の申請')).toContain('visa');
  });

  it('that ends in its own katakana is read before another katakana word: まつエク|サロン', () => {
    expect(concepts('自宅でまつエクサロンを開きたい')).toContain('esthetics');
    expect(concepts('お客さんゼロキャンペーンの日が続く')).toContain('customer-acquisition');
  });
});

describe('an English term', () => {
  const index = conceptIndex(defaultGlossary());
  const concepts = (text: string) => index.find(text).hits.map((h) => h.concept);

  it('is read with its own endings: plurals, past tenses, doers', () => {
    expect(concepts('we have cats and a dog')).toContain('cats');
    expect(concepts('buses to the station')).toContain('transport');
    expect(concepts('taxes are hard to file')).toContain('tax');
    expect(concepts('skiing lessons')).toContain('skiing');
    expect(concepts('cod and flounder')).toContain('cod-flatfish');
  });

  it('is not read with an ending that makes another word: coding, cater, aid, skies, board', () => {
    expect(concepts('I need help with coding')).not.toContain('cod-flatfish');
    expect(concepts('coders for our new app')).not.toContain('cod-flatfish');
    expect(concepts('we cater for weddings')).not.toContain('cats');
    expect(concepts('first aid training')).not.toContain('ai');
    expect(concepts('a super busy shop')).not.toContain('water-sports');
    expect(concepts('clear skies all week')).not.toContain('skiing');
    expect(concepts('a board meeting')).not.toContain('wildlife-damage');
  });

  it('is read where its word changes before the ending: scammers, translating, factories, fiddler', () => {
    expect(concepts('scammers keep calling my mother')).toContain('crime-prevention');
    expect(concepts('I do translating on the side')).toContain('translation');
    expect(concepts('interpreting in factories')).toContain('manufacturing');
    expect(concepts('an Irish fiddler')).toContain('violin');
    expect(concepts('Automating office tasks')).toContain('automation');
  });

  it('is not read in a word of its own that only looks like a form of it: hammer, supper', () => {
    expect(concepts('a hammer and nails')).not.toContain('meat-products');
    expect(concepts('supper at six')).not.toContain('water-sports');
  });

  it('reads a thing to have in English as a translation, not as lessons: a menu, signs, a contract', () => {
    expect(concepts('We need an allergy menu in English')).toContain('english-translation');
    expect(concepts('house rules and contract in English')).toContain('english-translation');
    // (a page that is only in English is not one to translate into it)
    expect(concepts('Our booking page is only in English')).not.toContain('english-translation');
  });

  it('in capitals (an acronym) takes only a plural: NPOs, not SUPer', () => {
    expect(concepts('small NPOs in town')).toContain('npo');
    expect(concepts('a SUPer idea')).not.toContain('water-sports');
  });
});

describe('a term that starts with a verb stem, right after another kanji', () => {
  const index = conceptIndex(defaultGlossary());
  const concepts = (text: string) => index.find(text).hits.map((h) => h.concept);

  it('is not read as the end of another word: 立て直し in 仕立て直し', () => {
    expect(concepts('着物の仕立て直し')).not.toContain('consulting');
    expect(concepts('経営を立て直したい')).toContain('consulting');
    // where the segmenter starts a word, a kanji before it does not matter
    expect(concepts('事業立て直し')).toContain('consulting');
  });

  it('is read after a noun and a particle: 手が回らない in 人手が回らない', () => {
    expect(concepts('人手が回らない')).toContain('workload');
  });
});

describe('a city, town or village known by its full name', () => {
  const index = conceptIndex(defaultGlossary());
  const concepts = (text: string) => index.find(text).hits.map((h) => h.concept);

  it('is not read at the end of a longer name: 関市 in 下関市, 田辺市 in 京田辺市', () => {
    expect(concepts('部品の交換（下関市内のみ）')).not.toContain('gifu');
    expect(concepts('部品の交換（下関市内のみ）')).toContain('yamaguchi');
    expect(concepts('京田辺市の茶農家')).not.toContain('wakayama');
    expect(concepts('東松山市の焼き鳥屋')).not.toContain('ehime');
    expect(concepts('泉佐野市の農家')).not.toContain('tochigi');
  });

  it('is read alone, after its prefecture, or after punctuation', () => {
    expect(concepts('関市の刃物')).toContain('gifu');
    expect(concepts('岐阜県関市の刃物')).toContain('gifu');
    expect(concepts('和歌山県田辺市の梅農家')).toContain('wakayama');
    expect(concepts('配達（松山市・今治市）')).toContain('ehime');
    // a market is not a place: 朝市 after a town's name is still a market
    expect(concepts('輪島朝市に出店したい')).toContain('marche');
  });

  it('is read after a word of its own: a time, a province, 現在', () => {
    expect(concepts('来月関市で刃物市を開きたい')).toContain('gifu');
    expect(concepts('現在松本市在住のデザイナー')).toContain('nagano');
    expect(concepts('先月呉市で開業しました')).toContain('hiroshima');
    expect(concepts('毎週土曜高松市で朝市')).toContain('kagawa');
    expect(concepts('一関市のりんご農園')).not.toContain('gifu');
    expect(concepts('大阪府東大阪市の町工場')).toContain('osaka');
  });
});
