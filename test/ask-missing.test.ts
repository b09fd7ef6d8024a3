// In a terminal, what the flags leave out is asked: the outcome and value of a deal and whether
// the need is solved (status), the mixer of a proposal (propose), the area of a new space; without
// one, every missing flag is named at once with an example. Around the questions: the order of the
// choices, the summary before writing and what to do after it.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CANCEL, WRITE } from '../src/commands/answers.js';
import { run as propose } from '../src/commands/propose.js';
import { run as status } from '../src/commands/status.js';
import { Context } from '../src/context.js';
import { main } from '../src/main.js';
import {
  cleanup,
  copySample,
  displayWidthOf,
  git,
  memoryIo,
  mixer,
  sampleRepo,
  scriptedPrompter,
} from './helpers.js';

afterAll(cleanup);

const read = (dir: string, rel: string) => fs.readFileSync(path.join(dir, rel), 'utf8');
const PROPOSAL = '2026-10-iwate-craft-overseas-miller-english';

describe('asked in a terminal', () => {
  it('status deal: the outcome, its value as typed, and whether the need is solved', async () => {
    const dir = copySample();
    expect((await mixer(['--data', dir, 'status', PROPOSAL, 'met', '--date', '2026-11-20'])).code).toBe(0);
    const { io, err } = memoryIo({ interactive: true });
    const prompter = scriptedPrompter(['collaboration', '12万円', true]);
    const ctx = new Context(io, { data: dir, lang: 'ja' }, prompter);
    expect(await status(ctx, PROPOSAL, '成約', {})).toBe(0);
    expect(prompter.asked).toEqual([
      'どんな結果になりましたか?',
      '金額（JPY、3万・¥30,000 なども可、空欄で省略）',
      '課題「南部鉄器を海外に売りたい」を解決済みにしますか?',
    ]);
    const text = read(dir, `proposals/${PROPOSAL}.yaml`);
    expect(text).toContain('    status: deal\n');
    expect(text).toContain('outcome:\n  kind: collaboration\n  value: 120000\n');
    expect(read(dir, 'needs/iwate-craft-overseas.yaml')).toContain('status: solved');
    expect(err.join('\n')).not.toMatch(/solved|deal/);
    // (a deal is something come of it: なし is not among the choices)
    expect(prompter.shown[0]!.choices).toEqual(['成約', '協業']);
  });

  it('status closed without a terminal asks nothing and records no value', async () => {
    const dir = copySample();
    const r = await mixer(['--data', dir, 'status', PROPOSAL, 'closed']);
    expect(r.code, r.stderr).toBe(0);
    expect(read(dir, `proposals/${PROPOSAL}.yaml`)).toContain('outcome:\n  kind: none\n');
  });

  it('a value of spaces alone is missing: asked in a terminal, named without one', async () => {
    const dir = copySample();
    const none = await mixer([
      '--data',
      dir,
      ...'--lang en add-need --owner hirano-cafe --title'.split(' '),
      '   ',
    ]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--title');
    expect(none.stderr).not.toMatch(/needs\/.*\.yaml/);
    const { io, err } = memoryIo({ interactive: true });
    const prompter = scriptedPrompter(['看板を新しくしたい', '']);
    const argv = [
      '--data',
      dir,
      ...'add-need --owner hirano-cafe --share mixers --yes --title'.split(' '),
      ' ',
    ];
    expect(await main(argv, io, prompter), err.join('\n')).toBe(0);
    expect(prompter.asked).toEqual(['課題（一行で）', '詳しく（空欄で省略）']);
  });

  it('propose: the mixer, when git does not say who is proposing', async () => {
    const dir = copySample();
    const { io } = memoryIo({ interactive: true });
    const prompter = scriptedPrompter(['mx-kimura']);
    const ctx = new Context(io, { data: dir, lang: 'ja' }, prompter);
    expect(await propose(ctx, 'gudon-ramen-menu', 'miller-english', {})).toBe(0);
    expect(prompter.asked).toEqual(['担当するミキサー']);
    const written = fs
      .readdirSync(path.join(dir, 'proposals'))
      .find((f) => f.includes('gudon-ramen-menu') && f.endsWith('.yaml'));
    expect(read(dir, `proposals/${written}`)).toContain('mixer: mx-kimura\n');
    const none = await mixer(['--data', copySample(), 'propose', 'gudon-ramen-menu', 'miller-english']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/--mixer が必要です/);
    expect(none.stderr).toMatch(/mixer list mixers/);
  });

  it('add-space: the area of a new space', async () => {
    const dir = copySample();
    const { run: addSpace } = await import('../src/commands/add-space.js');
    const { io } = memoryIo({ interactive: true });
    const prompter = scriptedPrompter(['Hanamaki Lab', 'physical', '岩手県花巻市', '', WRITE]);
    expect(await addSpace(new Context(io, { data: dir, lang: 'ja' }, prompter), {})).toBe(0);
    expect(prompter.asked).toEqual([
      '名前',
      '種別',
      '地域（例: 岩手県北上市、空欄で省略）',
      '強み（「、」区切り、空欄で省略）',
      'よろしいですか?',
    ]);
    expect(read(dir, 'spaces/hanamaki-lab.yaml')).toBe(
      'name: Hanamaki Lab\nkind: physical\narea: 岩手県花巻市\n',
    );
  });
});

describe('without a terminal', () => {
  // Each add command with nothing given: every missing flag named at once, and an example that
  // runs as copied (ids of this folder; an --id where a Japanese name makes none).
  const cases: Array<[string, string, string]> = [
    ['add-visit', '--space と --mixer', 'mixer add-visit --space akita-commons --mixer mx-kimura'],
    ['add-need', '--owner と --title', 'mixer add-need --owner abe-web --title "英語のメニューを作りたい"'],
    [
      'add-member',
      '--name と --kind',
      'mixer add-member --name "佐藤デザイン" --id sato-design --kind company',
    ],
    ['add-space', '--name', 'mixer add-space --name "花巻ラボ" --id hanamaki-lab'],
    ['add-mixer', '--name', 'mixer add-mixer --name "伊藤 学" --id mx-ito'],
  ];
  for (const [command, flags, example] of cases)
    it(`${command} names ${flags} with an example, asks nothing, writes nothing, exit 2`, async () => {
      const dir = copySample();
      const r = await mixer(['--data', dir, '--lang', 'ja', command]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        `✗ ${flags} が必要です（端末でないので質問できません）\n  → 例: ${example}（使い方は mixer ${command} --help）\n`,
      );
      // the example, as copied (its quotes read as a shell reads them), writes the record
      const words = (example.match(/"[^"]*"|\S+/g) ?? []).slice(1).map((w) => w.replace(/^"|"$/g, ''));
      const copied = await mixer(['--data', dir, '--lang', 'ja', ...words]);
      expect(copied.code, copied.stderr).toBe(0);
    });

  it('a name typed where an id goes is answered with its id', async () => {
    const dir = copySample();
    const r = await mixer([
      ...['--data', dir, '--lang', 'ja', 'add-visit', '--space', 'kitakami-base', '--mixer', 'mx-kimura'],
      ...['--met', '伊藤彩'],
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      '✗ --met: メンバー「伊藤彩」はありません\n  → 名前ではなく ID で指定してください: 伊藤 彩 → ito-design\n',
    );
    const space = await mixer([
      '--data',
      dir,
      '--lang',
      'en',
      'add-need',
      '--owner',
      'ｶﾌｪ ひらの',
      '--title',
      'x',
    ]);
    expect(space.stderr).toContain('  → give the id, not the name: カフェ ひらの → hirano-cafe\n');
  });

  it('says what is missing in English too, after what was given wrong', async () => {
    const dir = copySample();
    const r = await mixer(['--data', dir, '--lang', 'en', 'add-member', '--name', 'Ann Lee']);
    expect(r.stderr).toBe(
      '✗ --kind is required when not running interactively\n' +
        '  → for example: mixer add-member --name "Maria Lopez" --kind company (mixer add-member --help shows the usage)\n',
    );
    const wrong = await mixer(['--data', dir, '--lang', 'en', 'add-visit', '--space', 'kitakami']);
    expect(wrong.stderr).toMatch(/^✗ --space: /);
  });
});

describe('what a person sees around the questions', () => {
  it('add-visit: the members of the space visited first; a new member by name, then an id made from it', async () => {
    const dir = copySample();
    const prompter = scriptedPrompter([
      'kitakami-base',
      '2026-11-20',
      'mx-kimura',
      'onsite',
      'interview',
      '',
      '',
      '\u0000new',
      'Takahashi Farm',
      'takahashi-farm',
      'company',
      '',
      'done',
      WRITE,
    ]);
    const r = await mixer(['--data', dir, '--lang', 'ja', 'add-visit'], { interactive: true, prompter });
    expect(r.code, r.stderr).toBe(0);
    const met = prompter.shown.find((q) => q.message === '会ったメンバー（選び終えたら「完了」）')!;
    // (done and new first, then the five members of 北上ベース, then the others)
    expect(met.choices!.slice(0, 7)).toEqual([
      '✓ 完了',
      '＋ 新しいメンバーを登録する',
      '千葉 税理士事務所 (chiba-tax)',
      'カフェ ひらの (hirano-cafe)',
      '伊藤 彩 (ito-design)',
      '北上市 商工課 (kitakami-city)',
      '太田運送 (ota-logistics)',
    ]);
    expect(met.choices![7]).toBe('阿部 Webラボ (abe-web)');
    const asked = prompter.shown.map((q) => q.message);
    expect(asked.slice(8, 11)).toEqual([
      'メンバーの名前',
      '新しいメンバーの ID（例: tanaka-design）',
      'メンバーの種別',
    ]);
    expect(prompter.shown[9]!.default).toBe('takahashi-farm');
    expect(asked.slice(3, 5)).toEqual(['どのように訪問しましたか?', 'どんな訪問でしたか?']);
    expect(read(dir, 'members/takahashi-farm.yaml')).toBe(
      'name: Takahashi Farm\nkind: company\nspaces:\n  - kitakami-base\n',
    );
  });

  it('add-need: the summary labels say what each answer is, not how to type it; then what to do next', async () => {
    const dir = sampleRepo();
    const prompter = scriptedPrompter(['hirano-cafe', '英語のメニューを作りたい', '', 'mixers', WRITE]);
    const r = await mixer(['--data', dir, '--lang', 'ja', 'add-need'], { interactive: true, prompter });
    expect(r.code, r.stderr).toBe(0);
    expect(prompter.asked[0]).toBe('誰の課題ですか?（名前か ID で探せます）');
    expect(r.stderr).toContain(
      [
        'この内容で書き込みます:',
        '  持ち主    カフェ ひらの (hirano-cafe)',
        '  課題      英語のメニューを作りたい',
        '  詳しく    （なし）',
        '  公開範囲  ミキサーだけ',
        '  ID        hirano-cafe-food-english-mx-sato',
      ].join('\n'),
    );
    expect(r.stderr).toContain(
      '1 件のファイルを書きました\n' +
        '次は: mixer suggest --need hirano-cafe-food-english-mx-sato で、この課題を助けられそうな人を探せます\n' +
        'まだコミットしていません。git add と git commit で共有を（--commit でも可）\n',
    );
    // committed: nothing left to say about git
    const committed = await mixer(
      ['--data', dir, 'add-need', '--owner', 'hirano-cafe', '--title', '看板を新しくしたい', '--commit'],
      { interactive: false },
    );
    expect(committed.code, committed.stderr).toBe(0);
    expect(committed.stderr).toContain('次は: mixer suggest --need hirano-cafe-signage-mx-sato');
    expect(committed.stderr).not.toContain('まだコミットしていません');
  });

  it('a text pasted with line breaks is never cut to its first line: a one-line answer is asked again, joined; details keep their lines', async () => {
    for (const lang of ['ja', 'en'] as const) {
      const dir = copySample();
      const title = ['A menu in English', 'and a sign for the door'];
      const prompter = scriptedPrompter([
        'hirano-cafe',
        title.join('\n'),
        // asked again with the lines joined: kept as offered
        title.join(' '),
        'Line one\nline two',
        'mixers',
        WRITE,
      ]);
      const r = await mixer(['--data', dir, '--lang', lang, 'add-need', '--id', 'pasted-need'], {
        interactive: true,
        prompter,
      });
      expect(r.code, r.stderr).toBe(0);
      const question = lang === 'ja' ? '課題（一行で）' : 'The need, in one line';
      expect(prompter.asked.slice(1, 3)).toEqual([question, question]);
      expect(prompter.shown[2]!.default).toBe('A menu in English and a sign for the door');
      expect(r.stderr).toContain(
        lang === 'ja'
          ? `! 「${question}」は 1 行で答えます。貼り付けた 2 行を 1 行につないだので、直して Enter（そのままでもかまいません）`
          : `! "${question}" takes one line: the 2 pasted lines are joined into one below; edit them or press Enter`,
      );
      expect(read(dir, 'needs/pasted-need.yaml')).toContain(
        'title: A menu in English and a sign for the door\ndetail: |-\n  Line one\n  line two\n',
      );
    }
    // strengths pasted one a line: each line an item
    const dir = copySample();
    const prompter = scriptedPrompter(['Hirano Bakery', 'company', '', 'bread\ncatering', 'mixers', WRITE]);
    const r = await mixer(['--data', dir, '--lang', 'en', 'add-member', '--id', 'hirano-bakery'], {
      interactive: true,
      prompter,
    });
    expect(r.code, `${r.stderr}\n${prompter.asked.join('\n')}`).toBe(0);
    expect(read(dir, 'members/hirano-bakery.yaml')).toContain('strengths:\n  - bread\n  - catering\n');
  });

  it('add-visit in English: a need and a strength in English punctuation, a long note wrapped under its answer', async () => {
    const dir = copySample();
    const note =
      'Busy morning; farmers talked about a marche in the cafe downstairs, upstairs was quiet and good for focused work all afternoon.';
    const prompter = scriptedPrompter([
      'kitakami-base',
      '2026-11-20',
      'mx-kimura',
      'onsite',
      'interview',
      '',
      note,
      'hirano-cafe',
      '',
      'need',
      'hirano-cafe',
      'A menu in English',
      '',
      'mixers',
      'strength',
      'hirano-cafe',
      'latte art',
      'done',
      WRITE,
    ]);
    const r = await mixer(['--data', dir, '--lang', 'en', 'add-visit'], { interactive: true, prompter });
    expect(r.code, r.stderr).toBe(0);
    // every question a sentence of its own, capitalized; the summary's labels in lower case
    expect(prompter.asked.slice(0, 13)).toEqual([
      'Which space did you visit?',
      'Date of the visit (2026-11-20, 11/20, today …)',
      'Which mixer visited?',
      'How did you visit?',
      'What kind of visit was it?',
      'Drop-in fee (empty to skip)',
      'Notes (empty to skip)',
      'Members met (choose "done" when finished)',
      'Members met (choose "done" when finished)',
      'What next?',
      'Whose need is it?',
      'The need, in one line',
      'Details (empty to skip)',
    ]);
    expect(r.stderr).toContain(
      '  notes                    Busy morning; farmers talked about a marche in the\n' +
        '                           cafe downstairs, upstairs was quiet and good for\n' +
        '                           focused work all afternoon.\n',
    );
    expect(r.stderr).toContain('  need 1                   A menu in English (カフェ ひらの, mixers only)\n');
    expect(r.stderr).toContain('  strength 1               latte art (カフェ ひらの)\n');
    // the files as they will be, then as they were written
    expect(r.stderr).toContain(
      'files to write:\n  new  visits/2026/2026-11-20-kitakami-base-mx-kimura.yaml\n  new  needs/hirano-cafe-english-translation-mx-kimura.yaml\n',
    );
    expect(r.stdout).toContain('created  visits/2026/2026-11-20-kitakami-base-mx-kimura.yaml\n');
    const summary = r.stderr.slice(0, r.stderr.indexOf('files to write:')).split('\n');
    for (const line of summary) expect(displayWidthOf(line), line).toBeLessThanOrEqual(80);
  });
});

describe('after a visit', () => {
  it('points at the helpers for a need heard, or at the needs for the strengths of one member', async () => {
    const dir = copySample();
    const base = ['--data', dir, '--lang', 'ja', 'add-visit', '--space', 'morioka-hub', '--mixer', 'mx-sato'];
    const strength = await mixer([
      ...base,
      '--date',
      '2026-11-18',
      '--strength',
      'kato-photo:ドローンでの空撮',
    ]);
    expect(strength.stderr).toBe(
      '1 件のファイルを書きました\n次は: mixer suggest --helper kato-photo で、この強みが役立ちそうな課題を探せます\n',
    );
    const need = await mixer([
      ...base,
      '--date',
      '2026-11-19',
      '--need',
      'kato-photo:英語のサイトを作りたい',
    ]);
    expect(need.stderr).toMatch(
      /^次は: mixer suggest --need kato-photo-\S+ で、この課題を助けられそうな人を探せます$/m,
    );
  });
});

describe('a visit recorded twice', () => {
  it('says so in the summary, and without a terminal, before writing it as asked', async () => {
    const dir = copySample();
    const flags = ['add-visit', '--space', 'kitakami-base', '--mixer', 'mx-sato', '--date', '2026-11-20'];
    expect((await mixer(['--data', dir, ...flags])).code).toBe(0);
    const again = await mixer(['--data', dir, '--lang', 'ja', ...flags]);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain(
      '! 同じ日・同じスペース・同じミキサーの訪問が visits/2026/2026-11-20-kitakami-base-mx-sato.yaml に記録済みです。同じ訪問なら、書かずにそのファイルを直してください\n',
    );
    expect(again.stdout).toContain('visits/2026/2026-11-20-kitakami-base-mx-sato-2.yaml');
    const prompter = scriptedPrompter(['', '', '', '', '', 'done', CANCEL]);
    const asked = await mixer(['--data', dir, '--lang', 'en', ...flags], { interactive: true, prompter });
    expect(asked.code).toBe(1);
    expect(asked.stderr).toMatch(
      /files to write:\n {2}new {2}visits\/2026\/2026-11-20-kitakami-base-mx-sato-3\.yaml\n! a visit of this space on this day by this mixer is recorded already in visits\/2026\/2026-11-20-kitakami-base-mx-sato\.yaml;/,
    );
  });
});

describe('add-mixer in a terminal', () => {
  it("asks the email, offering git's user.email, by which mixer knows who records", async () => {
    const dir = sampleRepo();
    git(dir, 'config', 'user.email', 'makoto@example.jp');
    const prompter = scriptedPrompter(['高橋 誠', 'mx-takahashi', 'makoto@example.jp', WRITE]);
    const r = await mixer(['--data', dir, '--lang', 'ja', 'add-mixer'], { interactive: true, prompter });
    expect(r.code, r.stderr).toBe(0);
    expect(prompter.shown[2]).toEqual({
      message: 'メールアドレス（git の user.email と同じものを、空欄で省略）',
      choices: undefined,
      default: 'makoto@example.jp',
    });
    expect(r.stderr).toContain('  メールアドレス  makoto@example.jp\n');
    expect(read(dir, 'mixers/mx-takahashi.yaml')).toBe('name: 高橋 誠\nemail: makoto@example.jp\n');
  });
});
