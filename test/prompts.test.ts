// The terminal's prompts: inquirer's own words in the user's language, and Ctrl-C as a cancelled
// command (exit 130). @inquirer/prompts is replaced by a stand-in that records what it is given.
import { describe, expect, it, vi } from 'vitest';
import { CancelledError, EXIT_CANCELLED } from '../src/errors.js';
import { loadMessages } from '../src/ui/messages.js';
import { linesAfterAnswer, matches, searchChoices, terminalPrompter } from '../src/ui/prompts.js';

await loadMessages();

type Config = {
  theme: {
    style: {
      keysHelpTip: (k: Array<[string, string]>) => string;
      error: (t: string) => string;
      defaultAnswer?: (t: string) => string;
    };
    keywords?: { yes: string; no: string; error: (k: { yes: string; no: string }) => string };
  };
  transformer?: (value: string, o: { isFinal: boolean }) => string;
};
const given: Config[] = [];
const sigint = () => {
  const error = new Error('User force closed the prompt with SIGINT');
  error.name = 'ExitPromptError';
  throw error;
};

/** What the terminal sends while the next input is asked (a paste), or nothing. */
let pasted: string | undefined;

vi.mock('@inquirer/prompts', () => ({
  input: async (config: Config) => {
    given.push(config);
    if (pasted === undefined) return '3万';
    // (as readline does: the answer is the first line, the rest arrives with it)
    const sent = pasted;
    pasted = undefined;
    setImmediate(() => process.stdin.emit('data', Buffer.from(sent)));
    await new Promise((resolve) => setTimeout(resolve, 5));
    return sent.split(/[\r\n]/)[0];
  },
  select: async (config: Config) => {
    given.push(config);
    return 'online';
  },
  search: async () => sigint(),
  confirm: async (config: Config) => {
    given.push(config);
    return true;
  },
}));

describe('terminal prompts', () => {
  it('speak Japanese: key hints, errors, yes and no', async () => {
    const ask = terminalPrompter(() => 'ja', false);
    expect(await ask.select('形態', [{ name: 'オンライン', value: 'online' }])).toBe('online');
    const select = given.at(-1)!;
    expect(
      select.theme.style.keysHelpTip([
        ['↑↓', 'navigate'],
        ['⏎', 'select'],
      ]),
    ).toBe('↑↓ 移動 • ⏎ 決定');
    expect(select.theme.style.error('No results found')).toBe('> 見つかりません（別の言葉で探してください）');
    await ask.confirm('書き込みますか?');
    const confirm = given.at(-1)!;
    expect(confirm.theme.keywords?.yes).toBe('はい');
    expect(confirm.theme.keywords?.no).toBe('いいえ');
    expect(confirm.theme.keywords?.error({ yes: 'はい', no: 'いいえ' })).toMatch(
      /「はい」か「いいえ」で答えてください/,
    );
    expect(confirm.theme.style.defaultAnswer?.('y/n')).toBe('（Enter で はい、n で いいえ）');
  });

  it('say back what an answer is read as', async () => {
    const ask = terminalPrompter(() => 'ja', false);
    await ask.text('ドロップイン料金', { echo: (v) => (v === '3万' ? '30000' : undefined) });
    const input = given.at(-1)!;
    expect(input.transformer?.('3万', { isFinal: true })).toBe('3万 → 30000');
    expect(input.transformer?.('3万', { isFinal: false })).toBe('3万');
  });

  it('keep every line of a text pasted with line breaks, not only the first', async () => {
    const ask = terminalPrompter(() => 'en', false);
    pasted = 'A menu in English\rand a sign for the door\r';
    expect(await ask.text('The need, in one line')).toBe('A menu in English\nand a sign for the door');
    // typed by hand: the answer alone
    expect(await ask.text('Details')).toBe('3万');
    // bracketed paste marks, CRLF and empty lines at the end are not part of the text
    expect(linesAfterAnswer('\u001b[200~first\r\nsecond\n\nthird\u001b[201~\r\n\r\n')).toEqual([
      'second',
      '',
      'third',
    ]);
    expect(linesAfterAnswer('typed one key at a time\r')).toEqual([]);
    expect(linesAfterAnswer('no line break')).toEqual([]);
  });

  it('turn Ctrl-C into a cancelled command, exit 130', async () => {
    const ask = terminalPrompter(() => 'en', false);
    const error = await ask.search('space', [{ name: 'x', value: 'x' }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CancelledError);
    expect((error as CancelledError).exitCode).toBe(EXIT_CANCELLED);
  });

  it('find a choice whatever the width, case or kana of what is typed', () => {
    const choice = { name: 'カフェ ひらの (hirano-cafe)', value: 'hirano-cafe' };
    for (const typed of ['かふぇ', 'ｶﾌｪ', 'HIRANO', 'ｈｉｒａｎｏ', ''])
      expect(matches(choice, typed), typed).toBe(true);
    expect(matches(choice, 'ぐどん')).toBe(false);
  });

  it('list first the choices where what is typed starts a word of the name or id', () => {
    const spaces = [
      { name: '秋田コモンズ (akita-commons)', value: 'akita-commons' },
      { name: '北上ベース (kitakami-base)', value: 'kitakami-base' },
      { name: '盛岡ハブ (morioka-hub)', value: 'morioka-hub' },
    ];
    const names = (term: string) => searchChoices(spaces, term).map((c) => c.name);
    expect(names('kita')).toEqual(['北上ベース (kitakami-base)', '秋田コモンズ (akita-commons)']);
    expect(names('base')).toEqual(['北上ベース (kitakami-base)']);
    expect(names('')).toEqual(spaces.map((c) => c.name));
    const members = [
      { name: '高橋 ひかり (takahashi-design)', value: 'takahashi-design' },
      { name: 'ひかり農園 (hikari-farm)', value: 'hikari-farm' },
    ];
    // (a Japanese name has no spaces between its words: a start of the name or of a word after a space)
    expect(searchChoices(members, 'ひかり').map((c) => c.value)).toEqual(['takahashi-design', 'hikari-farm']);
  });

  it('reads kana typed before the input method turns it into kanji as the letters of an id', () => {
    const spaces = [
      { name: '盛岡ハブ (morioka-hub)', value: 'morioka-hub' },
      { name: '新橋ラボ (shimbashi-lab)', value: 'shimbashi-lab' },
      { name: '東京ワークス (tokyo-works)', value: 'tokyo-works' },
      { name: 'Green Tohoku (green-tohoku)', value: 'green-tohoku' },
      { name: '抹茶カフェ (matcha-cafe)', value: 'matcha-cafe' },
      { name: '北上ベース (kitakami-base)', value: 'kitakami-base' },
      { name: '釜石ベース (kamaishi-base)', value: 'kamaishi-base' },
    ];
    const values = (term: string) => searchChoices(spaces, term).map((c) => c.value);
    expect(values('もりおか')).toEqual(['morioka-hub']);
    expect(values('モリオカ')).toEqual(['morioka-hub']);
    // Hepburn, kunrei and long vowels spelled or not: one reading finds them all.
    expect(values('しんばし')).toEqual(['shimbashi-lab']);
    expect(values('とうきょう')).toEqual(['tokyo-works']);
    expect(values('とーほく')).toEqual(['green-tohoku']);
    expect(values('まっちゃ')).toEqual(['matcha-cafe']);
    // Where the reading starts a word of the id comes first.
    expect(values('か')).toEqual(['kamaishi-base', 'morioka-hub', 'matcha-cafe', 'kitakami-base']);
    // Kanji and kana mixed is no reading, and a reading of nothing in any id finds nothing.
    expect(values('盛おか')).toEqual([]);
    expect(values('さっぽろ')).toEqual([]);
  });

  it('reads a small vowel after a kana as an id spells it (ふぁ fa, うぃ wi, じぇ je)', () => {
    const spaces = [
      { name: '北上 Fami 基地 (fami-base)', value: 'fami-base' },
      { name: '百科研究所 (wiki-lab)', value: 'wiki-lab' },
      { name: '噴射工房 (jet-studio)', value: 'jet-studio' },
      { name: '花巻 (hanamaki)', value: 'hanamaki' },
    ];
    const values = (term: string) => searchChoices(spaces, term).map((c) => c.value);
    expect(values('ふぁみ')).toEqual(['fami-base']);
    expect(values('ウィキ')).toEqual(['wiki-lab']);
    expect(values('じぇ')).toEqual(['jet-studio']);
  });
});
