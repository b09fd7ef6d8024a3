// The checks the letter tests rely on catch what they are meant to: each bad letter here is one a
// community manager complained about, or would.
import { describe, expect, it } from 'vitest';
import { lintProblems, type PromiseFacts, promiseProblems, textProblems } from './letter-checks.js';

describe('textProblems', () => {
  it.each([
    ['a Markdown heading', '## ご紹介したい方\n\n佐藤 様', /Markdown heading/],
    ['Markdown emphasis', 'ぜひ **ご検討** ください', /emphasis/],
    [
      'empty brackets after a space with no area',
      '顔合わせは、はなまきラボ（）でも構いません。',
      /empty brackets/,
    ],
    ['an empty 「」', '鈴木 拓海様の「」に役立つと考えています。', /empty brackets/],
    ['empty English brackets', 'You could meet at Hanamaki Lab () or online.', /empty brackets/],
    ['a doubled の', '一関りんご農園様のの先日伺ったご相談', /doubled particle/],
    ['a doubled を', '英語のメニューをを作りたい', /doubled particle/],
    ['a doubled に', 'オンライン東北にに所属', /doubled particle/],
    ['a doubled が', '人手がが足りない', /doubled particle/],
    ['a doubled honorific', '佐藤 美咲 様様', /doubled particle/],
    ['a doubled English word', 'I would like to to ask', /doubled word/],
    ['an empty section (■ and nothing)', '■ 一関りんご農園 様\n\n一度、オンラインで', /empty section/],
    ['an empty section (a label and nothing)', 'About Misaki Sato:\n\nWhy not meet online?', /empty section/],
    ['an empty item', '・\n・得意なこと: 写真', /empty item/],
    [
      'a sentence starting with its comma',
      '\n、お力になれそうな方がいらっしゃいます。',
      /starting with punctuation/,
    ],
    ['a value printed as code', 'Dear undefined,', /as code/],
    ['two blank lines', 'a\n\n\nb', /blank line/],
  ])('catches %s', (_what, body, problem) => {
    expect(textProblems(body).join('\n')).toMatch(problem);
  });

  it('passes a letter that reads well', () => {
    const body =
      '佐藤 美咲 様\n\nお世話になっております。\n\n■ 一関りんご農園 様\n・一関市のりんご農園\n\n山田';
    expect(textProblems(body)).toEqual([]);
  });
});

describe('promiseProblems', () => {
  const facts: PromiseFacts = {
    owner: { name: '一関りんご農園', contacts: ['farm@example.jp'] },
    helper: { name: '鈴木 拓海', contacts: ['takumi@example.jp'] },
    bothShared: true,
  };

  it('catches the old letters: both asks at once, each naming the other, each promising not to', () => {
    const promise =
      '今回は見送りたい場合は、このままお返事なしでも差し支えありません。先方にお名前をお伝えすることはありません。';
    const letters = [
      { name: 'ask-owner', to: 'owner' as const, body: `ご紹介したいのは、鈴木 拓海 様です。\n${promise}` },
      {
        name: 'ask-helper',
        to: 'helper' as const,
        body: `ご紹介したいのは、一関りんご農園 様です。\n${promise}`,
      },
    ];
    expect(promiseProblems('ja', letters, facts)).toEqual([
      'ask-helper promises not to pass on the name, but an earlier letter gave it',
      'ask-helper is the second ask, but does not say the other side agreed',
    ]);
  });

  it('catches an introduction that leaves them to write directly without both contacts', () => {
    const letters = [
      {
        name: 'ask-owner',
        to: 'owner' as const,
        body: 'その場合、先方に一関りんご農園様のことをお伝えすることはありません。',
      },
      {
        name: 'ask-helper',
        to: 'helper' as const,
        body: '先方からすでにご了承をいただいています。その場合、先方に鈴木 拓海様のお名前をお伝えすることはありません。',
      },
      {
        name: 'introduction',
        to: 'both' as const,
        body: 'ご紹介のご快諾をありがとうございました。\n連絡先: takumi@example.jp\n以降は直接ご連絡を取り合っていただければ幸いです。',
      },
    ];
    expect(promiseProblems('ja', letters, facts)).toEqual([
      'introduction leaves them to write directly, but does not give both contacts',
    ]);
  });

  it('catches a first ask that says the other side agreed, and a second that says they have not heard', () => {
    const letters = [
      {
        name: 'ask-owner',
        to: 'owner' as const,
        body: 'They have already said they would welcome an introduction to you. In that case I will not pass on your name.',
      },
      {
        name: 'ask-helper',
        to: 'helper' as const,
        body: 'They have not heard about this yet. In that case I will not pass on your name.',
      },
    ];
    expect(promiseProblems('en', letters, facts)).toEqual([
      'ask-owner says the other side agreed, but they were never asked',
      'ask-helper says the other side has not heard yet',
      'ask-helper is the second ask, but does not say the other side agreed',
    ]);
  });

  it('catches an ask that promises nothing to the one who declines', () => {
    const letters = [{ name: 'ask-owner', to: 'owner' as const, body: 'Just reply to this e-mail.' }];
    expect(promiseProblems('en', letters, facts)).toEqual([
      'ask-owner makes no promise about what happens if they decline',
    ]);
  });
});

describe('lintProblems', () => {
  it('runs markdownlint: trailing spaces and a list glued to a paragraph are caught', () => {
    const problems = lintProblems('---\nsubject: "x"\n---\n\nI have in mind Misaki. \n- Designer\n');
    expect(problems.join('\n')).toMatch(/MD009/);
    expect(problems.join('\n')).toMatch(/MD032/);
  });
});
