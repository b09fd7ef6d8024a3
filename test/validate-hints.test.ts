// What validate says of the mistakes people make typing a record by hand: a value of a list written
// as its label or in another case, a date in another form, a full-width space, a list or a mapping
// written as one text, CRLF files, an id used twice. Each names where it is and what to write.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { WordedProblem } from '../src/ui/words.js';
import { cleanup, copySample, mixer, mixerJson, writeFiles } from './helpers.js';

afterAll(cleanup);

type JsonProblem = WordedProblem;

/** validate's printed lines, by file, in `lang`; and the whole run. */
async function validate(dir: string, lang: 'ja' | 'en') {
  const run = await mixer(['--data', dir, '--lang', lang, 'validate']);
  const lines = run.stdout.trim().split('\n');
  const of = (file: string) => lines.filter((line) => line.startsWith(`${file}:`));
  return { ...run, lines, of };
}

const need = (extra: string) => `owner: hirano-cafe\ntitle: ロゴを作りたい\n${extra}`;
const member = (extra: string) => `name: 全角\nkind: person\n${extra}`;

describe('a value of a list', () => {
  const files = {
    'needs/zz-label.yaml': need('status: 解決済み\n'),
    'needs/zz-case.yaml': need('status: Solved\n'),
    'needs/zz-width.yaml': need('status: ｓｏｌｖｅｄ\n'),
    'needs/zz-unknown.yaml': need('status: 済\n'),
    'needs/zz-part.yaml': need('status: 解決\n'),
    'members/zz-share.yaml': member('share: Public\n'),
    'members/zz-share-label.yaml': member('share: 公開\n'),
    'proposals/zz-typo.yaml':
      'need: hirano-cafe-logo\nhelper: ito-design\nmixer: mx-sato\nhistory:\n  - date: "2026-09-05"\n    status: draft\n  - date: "2026-09-06"\n    status: introduce\n',
  };

  it('written as its label, in another case or width, names the value to write, the list kept', async () => {
    const dir = writeFiles(copySample(), files);
    const ja = await validate(dir, 'ja');
    expect(ja.code).toBe(1);
    expect(ja.of('needs/zz-label.yaml')).toEqual([
      'needs/zz-label.yaml:3:9  status  「解決済み」は使えません。次のどれかにしてください: open, solved, dropped  (solved と書いてください（解決済み）)',
    ]);
    expect(ja.of('needs/zz-case.yaml')).toEqual([
      expect.stringContaining(
        '「Solved」は使えません。次のどれかにしてください: open, solved, dropped  (solved と書いてください（解決済み）)',
      ),
    ]);
    expect(ja.of('needs/zz-width.yaml')).toEqual([
      expect.stringContaining('(solved と書いてください（解決済み）)'),
    ]);
    expect(ja.of('members/zz-share.yaml')).toEqual([
      'members/zz-share.yaml:3:8  share  「Public」は使えません。次のどれかにしてください: public, mixers  (public と書いてください（公開（紹介文に書いてよい））)',
    ]);
    // the label's words before its explanation count too
    expect(ja.of('members/zz-share-label.yaml')).toEqual([
      expect.stringContaining('(public と書いてください'),
    ]);

    const en = await validate(dir, 'en');
    expect(en.of('needs/zz-label.yaml')).toEqual([
      'needs/zz-label.yaml:3:9  status  "解決済み" is not allowed; use one of: open, solved, dropped  (write "solved" for "解決済み")',
    ]);
    expect(en.of('needs/zz-case.yaml')).toEqual([
      expect.stringMatching(/use one of: open, solved, dropped {2}\(write "solved"\)$/),
    ]);
    expect(en.of('members/zz-share.yaml')).toEqual([expect.stringContaining('(write "public")')]);
  });

  it('mistyped, says did you mean; a value it cannot place gets the labels, or no hint', async () => {
    const dir = writeFiles(copySample(), files);
    const ja = await validate(dir, 'ja');
    expect(ja.of('proposals/zz-typo.yaml')).toContainEqual(
      expect.stringMatching(
        /^proposals\/zz-typo\.yaml:8:13 {2}history\[1\]\.status {2}「introduce」は使えません。次のどれかにしてください: draft, .*declined {2}\(もしかして「introduced」（紹介済み）\?\)$/,
      ),
    );
    // A Japanese part of a label: the one label it begins (解決 is also inside 未解決).
    expect(ja.of('needs/zz-part.yaml')).toEqual([
      expect.stringContaining('(もしかして「solved」（解決済み）?)'),
    ]);
    expect(ja.of('needs/zz-unknown.yaml')).toEqual([
      expect.stringContaining(
        '(値は英字の方で書きます: open（未解決）、solved（解決済み）、dropped（取り下げ）)',
      ),
    ]);
    const en = await validate(dir, 'en');
    expect(en.of('proposals/zz-typo.yaml')).toContainEqual(
      expect.stringContaining('(did you mean "introduced"?)'),
    );
    // in English the labels of need statuses say nothing more than the values: no hint at all
    const json = await mixerJson<JsonProblem[]>(['--data', dir, '--lang', 'en', 'validate']);
    const unknown = json.find((p) => p.file === 'needs/zz-unknown.yaml')!;
    expect(unknown).toMatchObject({ code: 'schema.invalid_value', field: 'status' });
    expect(unknown).not.toHaveProperty('hint');
    expect(json.find((p) => p.file === 'needs/zz-label.yaml')!.hint).toBe('write "solved" for "解決済み"');
  });
});

describe('a date in another form', () => {
  it('gives the day to write when the text reads as one, and is still a problem', async () => {
    const dir = writeFiles(copySample(), {
      'needs/zz-slash.yaml': need('since: 2026/09/18\n'),
      'needs/zz-kanji.yaml': need('since: 2026年9月18日\n'),
      'needs/zz-wide.yaml': need('since: ２０２６-09-18\n'),
      'needs/zz-short.yaml': need('since: 2026-10-2\n'),
      'needs/zz-no-day.yaml': need('since: 2026-02-30\n'),
      'needs/zz-no-year.yaml': need('since: 9/18\n'),
      'needs/zz-too-old.yaml': need('since: 1999/01/01\n'),
      'visits/zz-visit.yaml': 'space: kitakami-base\ndate: 2026/9/18\nmixer: mx-sato\n',
    });
    const ja = await validate(dir, 'ja');
    expect(ja.of('needs/zz-slash.yaml')).toEqual([
      'needs/zz-slash.yaml:3:8  since  「2026/09/18」は日付として使えません。2000-01-01〜2099-12-31 の実在する日を YYYY-MM-DD で書きます  ("2026-09-18" と書いてください)',
    ]);
    for (const file of ['needs/zz-kanji.yaml', 'needs/zz-wide.yaml', 'visits/zz-visit.yaml'])
      expect(ja.of(file), file).toEqual([
        expect.stringMatching(/日付として使えません.*\("2026-09-18" と書いてください\)$/),
      ]);
    expect(ja.of('needs/zz-short.yaml')).toEqual([
      expect.stringContaining('("2026-10-02" と書いてください)'),
    ]);
    // not a day, no year, out of range: the message alone
    for (const file of ['needs/zz-no-day.yaml', 'needs/zz-no-year.yaml', 'needs/zz-too-old.yaml'])
      expect(ja.of(file), file).toEqual([expect.stringMatching(/YYYY-MM-DD で書きます$/)]);
    const en = await validate(dir, 'en');
    expect(en.of('needs/zz-kanji.yaml')).toEqual([
      expect.stringContaining('written YYYY-MM-DD  (write "2026-09-18")'),
    ]);
  });
});

describe('a full-width space', () => {
  it('in indentation, alone on a line, before a key or after a colon, is named where it is', async () => {
    const dir = writeFiles(copySample(), {
      'members/zz-blank.yaml': member('　\n'),
      'members/zz-indent.yaml': member('strengths:\n　- english\n'),
      'members/zz-indent-deeper.yaml': member('strengths:\n  - 翻訳\n　 - english\n'),
      'members/zz-key.yaml': 'name: 全角\n　kind: person\n',
      'members/zz-mapping.yaml': member('contact:\n　email: aya@example.jp\n'),
      'members/zz-colon.yaml': 'name:　北上\nkind: person\n',
      'members/zz-colon-alone.yaml': 'name:　北上\n',
      // a full-width space inside a block of text is the text's own
      'members/zz-notes.yaml': member('notes: |\n  　段落の始め\n'),
    });
    const ja = await validate(dir, 'ja');
    expect(ja.of('members/zz-blank.yaml')).toEqual([
      'members/zz-blank.yaml:3:1  全角スペース（U+3000）だけの行があります。YAML では全角スペースは空白ではなく文字です  (全角スペースを消して空の行にしてください)',
    ]);
    const indent =
      '字下げに全角スペース（U+3000）があります。YAML では全角スペースは字下げになりません  (全角スペースを半角スペースに置き換えてください（字下げは 1 段に半角スペース 2 つ）)';
    expect(ja.of('members/zz-indent.yaml')).toEqual([`members/zz-indent.yaml:4:1  ${indent}`]);
    expect(ja.of('members/zz-indent-deeper.yaml')).toEqual([`members/zz-indent-deeper.yaml:5:1  ${indent}`]);
    expect(ja.of('members/zz-key.yaml')).toEqual([`members/zz-key.yaml:2:1  ${indent}`]);
    expect(ja.of('members/zz-mapping.yaml')).toEqual([`members/zz-mapping.yaml:4:1  ${indent}`]);
    const colon =
      'キーの「:」の後が全角スペース（U+3000）です。YAML は「: 」（半角スペース）でキーと値を分けます  (全角スペースを半角スペースに置き換えてください)';
    expect(ja.of('members/zz-colon.yaml')).toEqual([`members/zz-colon.yaml:1:6  ${colon}`]);
    expect(ja.of('members/zz-colon-alone.yaml')).toEqual([`members/zz-colon-alone.yaml:1:6  ${colon}`]);
    expect(ja.of('members/zz-notes.yaml')).toEqual([]);
    expect(ja.stdout).not.toContain('キーの後に「:」がありません');
    const en = await validate(dir, 'en');
    expect(en.of('members/zz-indent.yaml')).toEqual([
      'members/zz-indent.yaml:4:1  the indentation holds a full-width space (U+3000), which YAML does not take for indentation  (replace it with ordinary spaces (two spaces a level))',
    ]);
  });

  it('in an id, a date or a value of a list, is pointed at, with the fix', async () => {
    const dir = writeFiles(copySample(), {
      'needs/zz-owner.yaml': 'owner: gudon-ramen　\ntitle: 予約の仕組み\n',
      'needs/zz-quoted.yaml': 'owner: "gudon-ramen　"\ntitle: 予約の仕組み\n',
      'needs/zz-since.yaml': need('since: 2026-09-18　\n'),
      'needs/zz-status.yaml': need('status: solved　\n'),
    });
    const ja = await validate(dir, 'ja');
    expect(ja.of('needs/zz-owner.yaml')).toEqual([
      'needs/zz-owner.yaml:1:19  owner  「gudon-ramen　」の 12 文字目に全角スペース（U+3000）があります。この項目には空白を書けません  (全角スペースを消してください（見えにくいので、示した行と列で確かめてください）)',
    ]);
    expect(ja.of('needs/zz-quoted.yaml')).toEqual([
      expect.stringMatching(/^needs\/zz-quoted\.yaml:1:20 {2}owner {2}「gudon-ramen　」の 12 文字目/),
    ]);
    expect(ja.of('needs/zz-since.yaml')).toEqual([
      expect.stringMatching(
        /^needs\/zz-since\.yaml:3:18 {2}since {2}「2026-09-18　」の 11 文字目に全角スペース/,
      ),
    ]);
    expect(ja.of('needs/zz-status.yaml')).toEqual([
      expect.stringMatching(
        /^needs\/zz-status\.yaml:3:15 {2}status {2}「solved　」の 7 文字目に全角スペース/,
      ),
    ]);
    const en = await validate(dir, 'en');
    expect(en.of('needs/zz-owner.yaml')).toEqual([
      'needs/zz-owner.yaml:1:19  owner  "gudon-ramen　" holds a full-width space (U+3000) at character 12; this field takes no spaces  (delete the full-width space (hard to see: look at the line and column given))',
    ]);
  });
});

describe('a list or a mapping written as one text', () => {
  it('says so without stray spaces, and shows how to write it', async () => {
    const dir = writeFiles(copySample(), {
      'members/zz-type.yaml': member('strengths: ロゴ制作、チラシ\ncontact: aya@example.jp\n'),
      'members/zz-consent.yaml': member('consent: 2026-09-03\ntags: 5\n'),
    });
    const ja = await validate(dir, 'ja');
    expect(ja.of('members/zz-type.yaml')).toEqual([
      'members/zz-type.yaml:3:12  strengths  リストであるべきところが文字列（ロゴ制作、チラシ）です  (「strengths:」の次の行から、1 行に 1 項目ずつ「  - ロゴ制作」のように書いてください)',
      'members/zz-type.yaml:4:10  contact  マップであるべきところが文字列（aya@example.jp）です  (「contact:」の次の行に、字下げして「  email: aya@example.jp」のように書いてください)',
    ]);
    expect(ja.of('members/zz-consent.yaml')).toEqual([
      expect.stringContaining(
        'マップであるべきところが文字列（2026-09-03）です  (「consent:」の次の行に、字下げして「  date: 2026-09-03」',
      ),
      expect.stringContaining(
        'リストであるべきところが数値（5）です  (「tags:」の次の行から、1 行に 1 項目ずつ「  - 5」',
      ),
    ]);
    const en = await validate(dir, 'en');
    expect(en.of('members/zz-type.yaml')).toEqual([
      'members/zz-type.yaml:3:12  strengths  expected a list, got a string (ロゴ制作、チラシ)  (write "strengths:" and below it one item a line, as "  - ロゴ制作")',
      'members/zz-type.yaml:4:10  contact  expected a mapping, got a string (aya@example.jp)  (write "contact:" and on the line below it, indented, "  email: aya@example.jp")',
    ]);
  });
});

describe('CRLF files', () => {
  it('are one line and one problem, in every file they name', async () => {
    const dir = writeFiles(copySample(), {
      'members/zz-crlf-a.yaml': 'name: 改行\r\nkind: person\r\n',
      'members/zz-crlf-b.yaml': 'name: 改行\r\nkind: company\r\n',
    });
    const ja = await validate(dir, 'ja');
    expect(ja.lines).toEqual([
      expect.stringMatching(
        /^members\/zz-crlf-a\.yaml:1:9 {2}2 件のファイルの改行が CRLF です（members\/zz-crlf-a\.yaml, members\/zz-crlf-b\.yaml）/,
      ),
    ]);
    expect(ja.stderr).toContain('✗ 1 件の問題（2 ファイル）');
    // scripts still get one problem per file
    const json = await mixerJson<JsonProblem[]>(['--data', dir, 'validate']);
    expect(json.map((p) => [p.file, p.code])).toEqual([
      ['members/zz-crlf-a.yaml', 'problem.crlf'],
      ['members/zz-crlf-b.yaml', 'problem.crlf'],
    ]);
  });
});

describe('an id used twice', () => {
  it('says the rule of the kind at hand', async () => {
    const dir = copySample();
    fs.mkdirSync(path.join(dir, 'needs/old'));
    fs.copyFileSync(
      path.join(dir, 'needs/oyama-farm-tractor.yaml'),
      path.join(dir, 'needs/old/oyama-farm-tractor.yaml'),
    );
    writeFiles(dir, { 'members/kitakami-base.yaml': member('') });
    const ja = await validate(dir, 'ja');
    const needLine = ja.lines.find((line) => line.includes('ID「oyama-farm-tractor」'))!;
    expect(needLine).toContain(
      '(課題の ID は課題の中で一意です（ID はファイル名で、サブフォルダに置いても変わりません）。どちらかの名前を変えるか、要らない方を消してください)',
    );
    expect(needLine).not.toContain('スペース・メンバー・ミキサー');
    expect(ja.lines.find((line) => line.includes('ID「kitakami-base」'))).toContain(
      '(スペース・メンバー・ミキサーの ID は全体で一意です。どちらかの名前を変えてください)',
    );
    const en = await validate(dir, 'en');
    expect(en.lines.find((line) => line.includes('"oyama-farm-tractor"'))).toContain(
      '(need ids are unique among needs (the id is the file name, in a sub-folder too); rename one file, or remove the one not needed)',
    );
  });
});
