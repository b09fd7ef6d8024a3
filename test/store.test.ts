// The store: each kind's schema, exact positions, and every way a file can be broken.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataFolder } from '../src/store/load.js';
import { wordProblem } from '../src/ui/words.js';
import { cleanup, minimalFolder, tempDir, writeFiles } from './helpers.js';

afterAll(cleanup);

/** The folder, with its problems worded in English as `validate` prints them. */
const load = (dir: string) => {
  const folder = loadDataFolder(dir, { lang: 'en' });
  return { ...folder, problems: folder.problems.map((p) => wordProblem('en', p)) };
};
const only = (dir: string, file: string) => load(dir).problems.filter((p) => p.file === file);

interface KindCase {
  file: string;
  valid: string;
  missing: { text: string; field: string };
  wrongType: { text: string; field: string; line: number; col: number };
  unknown: { text: string; key: string; line: number; col: number; hint: string };
}

const CASES: Record<string, KindCase> = {
  space: {
    file: 'spaces/gamma.yaml',
    valid: 'name: ガンマ\nkind: hybrid\nvisit_every_days: 10\n',
    missing: { text: 'kind: physical\n', field: 'name' },
    wrongType: { text: 'name: ガンマ\nvisit_every_days: ten\n', field: 'visit_every_days', line: 2, col: 19 },
    unknown: { text: 'name: ガンマ\nnotez: hello\n', key: 'notez', line: 2, col: 1, hint: 'notes' },
  },
  member: {
    file: 'members/writer.yaml',
    valid:
      'name: 書き手\nkind: person\nspaces: [alpha]\nstrengths:\n  - 記事の執筆\n  - text: 校正\n    share: public\n',
    missing: { text: 'name: 書き手\n', field: 'kind' },
    wrongType: {
      text: 'name: 書き手\nkind: person\nstrengths:\n  - text: 校正\n    share: 42\n',
      field: 'strengths[0].share',
      line: 5,
      col: 12,
    },
    unknown: {
      text: 'name: 書き手\nkind: person\nstrenghts: [執筆]\n',
      key: 'strenghts',
      line: 3,
      col: 1,
      hint: 'strengths',
    },
  },
  need: {
    file: 'needs/cafe-menu.yaml',
    valid: 'owner: cafe\ntitle: メニューを英語にしたい\nstatus: open\nsince: 2026-10-01\n',
    missing: { text: 'owner: cafe\n', field: 'title' },
    wrongType: { text: 'owner: cafe\ntitle: メニュー\nsince: 2026-13-01\n', field: 'since', line: 3, col: 8 },
    unknown: {
      text: 'owner: cafe\ntitle: メニュー\nstatuss: open\n',
      key: 'statuss',
      line: 3,
      col: 1,
      hint: 'status',
    },
  },
  visit: {
    file: 'visits/2026/v1.yaml',
    valid: 'space: alpha\ndate: 2026-10-01\nmixer: mx-one\nmet: [cafe]\ncost: 500\n',
    missing: { text: 'space: alpha\ndate: 2026-10-01\n', field: 'mixer' },
    wrongType: {
      text: 'space: alpha\ndate: 2026-10-01\nmixer: mx-one\nmet:\n  - cafe\n  - 7\n',
      field: 'met[1]',
      line: 6,
      col: 5,
    },
    unknown: {
      text: 'space: alpha\ndate: 2026-10-01\nmixer: mx-one\nmeet: [cafe]\n',
      key: 'meet',
      line: 4,
      col: 1,
      hint: 'met',
    },
  },
  mixer: {
    file: 'mixers/mx-two.yaml',
    valid: 'name: 二宮\nemail: two@example.jp\n',
    missing: { text: 'email: two@example.jp\n', field: 'name' },
    wrongType: { text: 'name: 二宮\nspaces: alpha\n', field: 'spaces', line: 2, col: 9 },
    unknown: { text: 'name: 二宮\ngithub_user: two\n', key: 'github_user', line: 2, col: 1, hint: 'github' },
  },
  proposal: {
    file: 'proposals/p1.yaml',
    valid:
      'need: cafe-logo\nhelper: designer\nmixer: mx-one\nhistory:\n  - date: 2026-10-01\n    status: draft\n',
    missing: { text: 'need: cafe-logo\nhelper: designer\nmixer: mx-one\n', field: 'history' },
    wrongType: {
      text: 'need: cafe-logo\nhelper: designer\nmixer: mx-one\nhistory:\n  - date: 2026-10-01\n    status: drafted\n',
      field: 'history[0].status',
      line: 6,
      col: 13,
    },
    unknown: {
      text: 'need: cafe-logo\nhelper: designer\nmixer: mx-one\nhistory:\n  - date: 2026-10-01\n    status: draft\n    notes: x\n',
      key: 'history[0].notes',
      line: 7,
      col: 5,
      hint: 'note',
    },
  },
};

describe.each(Object.entries(CASES))('%s records', (_kind, c) => {
  it('loads a valid record', () => {
    const dir = minimalFolder({ [c.file]: c.valid });
    expect(load(dir).problems).toEqual([]);
  });

  it('reports a missing required field at the mapping that lacks it', () => {
    const dir = minimalFolder({ [c.file]: c.missing.text });
    const problems = only(dir, c.file);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: c.file,
      line: 1,
      col: 1,
      field: c.missing.field,
      code: 'schema.required',
    });
    expect(problems[0]!.message).toBe('required field is missing');
  });

  it('reports a wrong type at the value itself', () => {
    const dir = minimalFolder({ [c.file]: c.wrongType.text });
    const problems = only(dir, c.file);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: c.file,
      line: c.wrongType.line,
      col: c.wrongType.col,
      field: c.wrongType.field,
    });
  });

  it('reports an unknown key at the key, with a did-you-mean hint', () => {
    const dir = minimalFolder({ [c.file]: c.unknown.text });
    const problems = only(dir, c.file);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      line: c.unknown.line,
      col: c.unknown.col,
      field: c.unknown.key,
      code: 'schema.unknown-key',
    });
    expect(problems[0]!.hint).toBe(`did you mean "${c.unknown.hint}"?`);
  });
});

describe('a whole folder', () => {
  it('reports all ten broken files, not just the first', () => {
    const broken: Record<string, string> = {};
    for (let i = 0; i < 10; i++) broken[`members/broken-${i}.yaml`] = `name: 壊れた${i}\nkind: robot\n`;
    const problems = load(minimalFolder(broken)).problems;
    expect(new Set(problems.map((p) => p.file)).size).toBe(10);
    for (const p of problems) expect(p).toMatchObject({ line: 2, col: 7, field: 'kind' });
  });

  it('reports dangling references with the closest ids', () => {
    const dir = minimalFolder({
      'needs/ghost.yaml': 'owner: cafee\ntitle: 幽霊\n',
      'visits/v.yaml': 'space: alpha\ndate: 2026-10-01\nmixer: mx-one\nmet: [cafe, nobody]\n',
      'proposals/p.yaml':
        'need: cafe-logo\nhelper: designr\nmixer: mx-one\nhistory:\n  - {date: 2026-10-01, status: draft}\n',
    });
    const problems = load(dir).problems;
    expect(problems.find((p) => p.file === 'needs/ghost.yaml')).toMatchObject({
      line: 1,
      col: 8,
      field: 'owner',
    });
    expect(problems.find((p) => p.file === 'needs/ghost.yaml')!.hint).toContain('cafe');
    expect(problems.find((p) => p.file === 'visits/v.yaml')).toMatchObject({
      line: 4,
      col: 13,
      field: 'met[1]',
    });
    expect(problems.find((p) => p.file === 'proposals/p.yaml')).toMatchObject({
      line: 2,
      col: 9,
      field: 'helper',
    });
  });

  it('rejects an id used by two parties of different kinds', () => {
    const dir = minimalFolder({ 'members/alpha.yaml': 'name: 同名\nkind: person\n' });
    const problems = load(dir).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'members/alpha.yaml', code: 'problem.duplicate-id' });
    expect(problems[0]!.message).toContain('spaces/alpha.yaml');
  });

  it('rejects the same id twice in sub-folders of one kind', () => {
    const dir = minimalFolder({
      'visits/2025/v.yaml': 'space: alpha\ndate: 2025-10-01\nmixer: mx-one\n',
      'visits/2026/v.yaml': 'space: alpha\ndate: 2026-10-01\nmixer: mx-one\n',
    });
    expect(load(dir).problems.map((p) => p.code)).toEqual(['problem.duplicate-id']);
  });

  it('rejects a file name that is not an id', () => {
    const dir = minimalFolder({ 'members/Bad_Name.yaml': 'name: x\nkind: person\n' });
    expect(only(dir, 'members/Bad_Name.yaml')).toMatchObject([{ code: 'problem.bad-id', line: 1, col: 1 }]);
  });

  it('checks that a proposal history moves forward', () => {
    const dir = minimalFolder({
      'proposals/p.yaml':
        'need: cafe-logo\nhelper: designer\nmixer: mx-one\nhistory:\n  - {date: 2026-10-02, status: draft}\n  - {date: 2026-10-01, status: met}\n',
    });
    const codes = only(dir, 'proposals/p.yaml').map((p) => [p.code, p.line]);
    expect(codes).toEqual([
      ['problem.history-date', 6],
      ['problem.history-move', 6],
    ]);
  });
});

describe('broken files never crash the load', () => {
  const cases: Array<[string, string | Buffer, string, number, number]> = [
    ['a YAML syntax error', 'name: [unclosed\nkind: person\n', 'problem.yaml-syntax', 2, 1],
    [
      'a byte order mark',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('name: x\nkind: person\n')]),
      'problem.bom',
      1,
      1,
    ],
    ['CRLF line ends', 'name: x\r\nkind: person\r\n', 'problem.crlf', 1, 8],
    ['a tab in indentation', 'name: x\nkind: person\nstrengths:\n\t- 執筆\n', 'problem.tab', 4, 1],
    ['a duplicate key', 'name: x\nkind: person\nname: y\n', 'problem.duplicate-key', 3, 1],
    [
      'a file that is not UTF-8',
      Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0x82, 0xa0, 0x0a]),
      'problem.not-utf8',
      1,
      1,
    ],
    [
      'an alias bomb',
      `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n`,
      // Refused at its first anchor, never expanded.
      'problem.yaml-sign',
      1,
      4,
    ],
    ['an empty file', '', 'problem.empty-file', 1, 1],
    ['a list instead of a mapping', '- a\n- b\n', 'problem.not-mapping', 1, 1],
  ];
  it.each(cases)('%s', (_name, content, code, line, col) => {
    const dir = minimalFolder({ 'members/odd.yaml': content });
    const problems = only(dir, 'members/odd.yaml');
    expect(problems.length).toBeGreaterThanOrEqual(1);
    expect(problems[0]).toMatchObject({ code, line, col });
  });

  it.each([
    ['name: "閉じない\nkind: person\n', 'a quote (" or \') is never closed', 'add the same quote at the end'],
    ['name：伊藤\nkind: person\n', 'a line is not in the form "key: value"', 'not a full-width "："'],
    ['name: x\ntags: [a, b\nkind: person\n', 'a [ or { is never closed', 'one "- " item per line'],
    [
      'name: "北上" のエンジニア\nkind: person\n',
      'text follows a closing quote or bracket',
      'put the whole value in "…" and write any " inside it another way',
    ],
    [
      "name: 'Sarah's Studio'\nkind: person\n",
      'text follows a closing quote or bracket',
      "inside '…', write ' as ''",
    ],
    [
      'name: x\nkind: person\nstrengths:\n  - ケータリング\n   - 焼き菓子\n',
      'a "- " item is not indented like the items before it',
      'write | after the key',
    ],
    [
      'name: x\nkind: person\nsummary: - 漁師\n',
      'a value starting with "- " is on the same line as its key',
      'on a line of its own',
    ],
    [
      'name: x\nkind: person\nstrengths:\n  - 執筆\n - 翻訳\n',
      'a "- " item is not indented like the items before it',
      'the same number of spaces',
    ],
    [
      'name: x\nkind: person\n---\nname: y\n',
      'the file holds a second document after ---',
      'a file of its own',
    ],
  ])('words the YAML mistake in %j for a person, with its fix', (content, message, hint) => {
    const dir = minimalFolder({ 'members/odd.yaml': content });
    const [problem] = only(dir, 'members/odd.yaml');
    expect(problem!.message).toBe(`YAML syntax error: ${message}`);
    expect(problem!.hint).toContain(hint);
    const raw = loadDataFolder(dir, { lang: 'ja' }).problems.find((p) => p.file === 'members/odd.yaml')!;
    // Japanese words only: the parser's English is not shown for a mistake mixer knows.
    expect(wordProblem('ja', raw).message).toMatch(/^YAML の書式エラー: [^A-Za-z]*$/);
  });

  it.each([
    ['name: @ito\nkind: person\n', '@', 1, 7],
    ['name: %作業\nkind: person\n', '%', 1, 7],
    ['name: |伊藤\nkind: person\n', '|', 1, 7],
    // These parse, but lose their sign and the word after it: & Co is an empty anchor, !急ぎ a tag.
    ['name: & Co\nkind: person\n', '&', 1, 7],
    ['name: x\nkind: person\nstrengths:\n  - !urgent 補助金の申請\n', '!', 4, 5],
    ['name: x\nkind: person\nsummary: &a 漁師\nnotes: *a\n', '&', 3, 10],
    ['name: *伊藤\nkind: person\n', '*', 1, 7],
    ['name: x\nkind: person\nnotes: *注目* の店\n', '*', 3, 8],
    // The sign of an anchor or a tag before a line break or a block of lines is on the line before.
    ['name: x\nkind: person\ncontact: &c\n  email: a@example.jp\n', '&', 3, 10],
    ['name: x\nkind: person\nnotes: &n |\n  本文\n', '&', 3, 8],
    ['name: x\nkind: person\nstrengths: !!seq\n  - 執筆\n', '!', 3, 12],
  ])('names the sign a value starts with in %j, where it is', (content, sign, line, col) => {
    const dir = minimalFolder({ 'members/odd.yaml': content });
    const [problem, ...rest] = only(dir, 'members/odd.yaml');
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ code: 'problem.yaml-sign', line, col });
    expect(problem!.message).toBe(
      `YAML syntax error: a value starts with "${sign}", a sign YAML gives a meaning of its own`,
    );
    // An anchor or a tag is a word to remove; another sign is quoted with its value.
    expect(problem!.hint).toBe(
      sign === '&' || sign === '!'
        ? "remove the word that starts with the sign (&name, !tag), or put the whole value in '…'"
        : 'put the whole value in "…"',
    );
  });

  it('says an alias bomb is one, and never expands it', () => {
    const aliases = Array.from({ length: 60 }, () => '*a').join(', ');
    const dir = minimalFolder({
      'members/odd.yaml': `name: x\nkind: person\nnotes: &a [x, x]\ntags: [${aliases}]\n`,
    });
    expect(only(dir, 'members/odd.yaml')).toMatchObject([{ code: 'problem.alias-bomb', line: 1, col: 1 }]);
  });

  it('keeps a block of lines that starts with "- " as text', () => {
    const dir = minimalFolder({
      'members/ok.yaml': 'name: x\nkind: person\nnotes: |\n  - 網の件\n  - 船の件\n',
    });
    expect(only(dir, 'members/ok.yaml')).toEqual([]);
  });

  it('places a quote never closed where it opens, not at the end of the file', () => {
    const dir = minimalFolder({
      'members/odd.yaml':
        'name: "伊藤"\nkind: person\nsummary: "漁師の \\"網\\" 直し\nstrengths:\n  - 執筆\n  - 翻訳\n',
    });
    expect(only(dir, 'members/odd.yaml')).toMatchObject([{ code: 'problem.yaml-syntax', line: 3, col: 10 }]);
  });

  it('says a list item without a space after its dash is one', () => {
    const dir = minimalFolder({
      'members/odd.yaml': 'name: x\nkind: person\nstrengths:\n  -スマホ教室\n  - 翻訳\n',
    });
    const [problem] = only(dir, 'members/odd.yaml');
    expect(problem).toMatchObject({ code: 'schema.invalid_type', field: 'strengths', line: 4 });
    expect(problem!.hint).toBe('start each list item with "- " (a space after the dash)');
  });

  it('a YAML file outside the kind folders', () => {
    const dir = minimalFolder({ 'notes/todo.yaml': 'a: 1\n', 'stray.yaml': 'b: 2\n' });
    expect(load(dir).problems.map((p) => [p.file, p.code])).toEqual([
      ['notes/todo.yaml', 'problem.outside-kinds'],
      ['stray.yaml', 'problem.outside-kinds'],
    ]);
  });

  it('leaves out dot folders (the record cache in .mixer too), node_modules, templates, schemas and links to folders', () => {
    const dir = minimalFolder({
      'members/deep/er/nested.yaml': 'name: 奥\nkind: person\n',
      'members/.drafts/draft.yaml': 'broken: [\n',
      '.mixer/cache/x.yaml': 'broken: [\n',
      '.github/workflows/mixer.yml': 'on: [pull_request]\n',
      'node_modules/pkg/x.yaml': 'broken: [\n',
      'templates/ja/ask.yaml': 'broken: [\n',
      'schemas/member.yaml': 'broken: [\n',
    });
    fs.symlinkSync(path.join(dir, 'members'), path.join(dir, 'needs', 'linked'));
    const folder = load(dir);
    expect(folder.problems).toEqual([]);
    expect(folder.records.members.has('nested')).toBe(true);
    expect(folder.fileCount).toBe(8); // mixer.yaml and the 7 records
  });

  it('a .yml file', () => {
    const dir = minimalFolder({ 'members/short.yml': 'name: x\nkind: person\n' });
    expect(load(dir).problems.map((p) => p.code)).toEqual(['problem.yml-extension']);
  });

  it('a symbolic link pointing out of the folder', () => {
    const outside = writeFiles(tempDir(), { 'secret.yaml': 'name: 外\nkind: person\n' });
    const dir = minimalFolder();
    fs.symlinkSync(path.join(outside, 'secret.yaml'), path.join(dir, 'members', 'secret.yaml'));
    const problems = load(dir).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'members/secret.yaml', code: 'problem.symlink-outside' });
  });

  it('a symbolic link inside the folder is read as usual', () => {
    const dir = minimalFolder({ 'shared/real.yaml': 'name: 中\nkind: person\n' });
    fs.rmSync(path.join(dir, 'shared/real.yaml'));
    writeFiles(dir, { 'members/real.yaml': 'name: 中\nkind: person\n' });
    fs.symlinkSync(path.join(dir, 'members', 'real.yaml'), path.join(dir, 'members', 'alias.yaml'));
    const folder = load(dir);
    expect(folder.problems).toEqual([]);
    expect(folder.records.members.has('alias')).toBe(true);
  });
});

describe('settings and glossary', () => {
  it('applies defaults and reads mixer.yaml', () => {
    const folder = load(minimalFolder({ 'mixer.yaml': 'lang: en\nfollow_up_days: 7\n' }));
    expect(folder.settings).toEqual({ lang: 'en', visit_every_days: 15, currency: 'JPY', follow_up_days: 7 });
  });

  it('reports unknown concept ids and terms claimed twice in glossary.yaml', () => {
    const dir = minimalFolder({
      'glossary.yaml':
        'kokedama:\n  label: {ja: 苔玉, en: Moss balls}\n  terms: [ぷかぷか苔玉, ロゴ]\n  broader: no-such-parent\n  solves: [customer-acquisition, nothing-here]\n',
    });
    const problems = only(dir, 'glossary.yaml');
    expect(problems.map((p) => [p.code, p.line])).toEqual([
      ['glossary.term-twice', 3],
      ['glossary.unknown', 4],
      ['glossary.unknown', 5],
    ]);
  });
});

it('reports a broader cycle in glossary.yaml', () => {
  const dir = minimalFolder({
    'glossary.yaml':
      'a-concept:\n  label: {ja: エー, en: A}\n  terms: [えーえー]\n  broader: b-concept\nb-concept:\n  label: {ja: ビー, en: B}\n  terms: [びーびー]\n  broader: a-concept\n',
  });
  const problems = only(dir, 'glossary.yaml');
  expect(problems.map((p) => p.code)).toEqual(['glossary.cycle', 'glossary.cycle']);
  expect(problems[0]!.message).toContain('a-concept → b-concept → a-concept');
});

describe('the data folder is found', () => {
  it('from --data, MIXER_DATA, a mixer.yaml upward, then ./data', async () => {
    const { locateDataFolder } = await import('../src/store/locate.js');
    const root = tempDir();
    writeFiles(root, { 'team/mixer.yaml': 'lang: ja\n', 'team/needs/deep/x.txt': '' });
    expect(locateDataFolder('x', {}, root)).toBe(path.join(root, 'x'));
    expect(locateDataFolder(undefined, { MIXER_DATA: 'y' }, root)).toBe(path.join(root, 'y'));
    expect(locateDataFolder(undefined, {}, path.join(root, 'team/needs/deep'))).toBe(path.join(root, 'team'));
    expect(locateDataFolder(undefined, {}, root)).toBe(path.join(root, 'data'));
  });
});
