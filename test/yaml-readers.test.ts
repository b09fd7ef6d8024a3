// The canonical form is read alike by every YAML reader: `yaml` (1.2, mixer's own), `yaml` under
// YAML 1.1 and js-yaml 4 (whose default schema also has 1.1's dates). Line ends: fmt fixes every
// file it reads, and validate names CRLF once for the folder, with the fix.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { load as jsYamlLoad } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from '../src/main.js';
import { fileKind } from '../src/records/enums.js';
import { canonicalText, recordText } from '../src/store/format.js';
import { retypedByYaml11 } from '../src/store/yaml11.js';
import { cleanup, git, memoryIo, minimalFolder, mixer, SAMPLE, writeFiles } from './helpers.js';

afterAll(cleanup);

/** What each reader makes of a text: they must all agree. */
function readers(text: string) {
  return {
    yaml12: parse(text),
    yaml11: parse(text, { version: '1.1' }),
    jsYaml: jsYamlLoad(text),
  };
}

function expectAlike(text: string, value?: unknown) {
  const read = readers(text);
  expect(read.yaml11, text).toEqual(read.yaml12);
  expect(read.jsYaml, text).toEqual(read.yaml12);
  if (value !== undefined) expect(read.yaml12, text).toEqual(value);
}

function yamlFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.split(path.sep).join('/'))
    .sort();
}

/** Text that a YAML 1.1 reader, or a 1.2 one, would take for something other than text. */
const TRICKY = [
  '2026-11-20',
  '2026-1-2 10:00:00',
  '2026-11-20T09:30:00Z',
  'yes',
  'No',
  'ON',
  'off',
  'y',
  'N',
  'true',
  'False',
  '~',
  'null',
  '',
  '0123',
  '007',
  '0o17',
  '0x1F',
  '0b1010',
  '1_000',
  '1:20',
  '190:20:30',
  '1:20.5',
  '1e3',
  '1.5',
  '.5',
  '+12',
  '-0',
  '.inf',
  '-.Inf',
  '.NaN',
  '<<',
  '=',
  '1.2.3',
  '12:30',
];

describe('the canonical form under YAML 1.1 and 1.2', () => {
  it('every sample file is canonical and reads alike', () => {
    for (const rel of yamlFiles(SAMPLE)) {
      const text = fs.readFileSync(path.join(SAMPLE, rel), 'utf8');
      const kind = fileKind(rel);
      expect(kind, rel).toBeDefined();
      expect(canonicalText(text, kind!), rel).toBe(text);
      expectAlike(text);
    }
  });

  it('quotes each value a YAML 1.1 reader would retype, in values, lists and keys', () => {
    for (const s of TRICKY) {
      expectAlike(recordText('spaces', { name: s, tags: [s], notes: s }), { name: s, tags: [s], notes: s });
      const glossary = canonicalText(
        `${JSON.stringify(s)}:\n  label: {ja: a, en: b}\n  terms: [x]\n`,
        'glossary',
      );
      expectAlike(glossary, { [s]: { label: { ja: 'a', en: 'b' }, terms: ['x'] } });
    }
    expect(recordText('needs', { owner: 'a', title: 'b', since: '2026-11-20' })).toContain(
      'since: "2026-11-20"',
    );
    expect(retypedByYaml11('遠野ベース')).toBe(false);
    expect(recordText('spaces', { name: '遠野ベース' })).toBe('name: 遠野ベース\n');
  });

  it('writes numbers in decimal (0o17, 0x1f and 1e3 are text to YAML 1.1)', () => {
    const out = canonicalText('name: x\nvisit_every_days: 0o16\n', 'spaces');
    expect(out).toBe('name: x\nvisit_every_days: 14\n');
    expectAlike(canonicalText('space: a\ndate: "2026-01-01"\nmixer: m\ncost: 1e3\n', 'visits'));
  });

  it('any text, written by mixer, reads back as the same text under every reader', () => {
    const yamlish = fc.string({
      unit: fc.constantFrom(...'0123456789-:._+~<=eExXbBoOyYnNtTfFaAlLsSuUiI .#\'"[]{}!&*|>%@`,?\t\\日'),
      maxLength: 12,
    });
    fc.assert(
      fc.property(fc.oneof(yamlish, fc.constantFrom(...TRICKY), fc.string()), (s) => {
        const data = { name: s.trim() || 'x', tags: [s], notes: s };
        expectAlike(recordText('spaces', data), data);
      }),
      { numRuns: 2000, seed: 13 },
    );
  });
});

async function run(argv: string[]) {
  const { io, out, err } = memoryIo();
  const code = await main(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('line ends', () => {
  it('validate names CRLF once for the folder, with the fix; fmt fixes every file it reads', async () => {
    const crlf = (text: string) => text.replace(/\n/g, '\r\n');
    const dir = minimalFolder({
      'mixer.yaml': crlf('lang: ja\n'),
      'glossary.yaml': crlf('sake:\n  label: {ja: 酒, en: Sake}\n  terms: [日本酒]\n'),
      'spaces/alpha.yaml': crlf('name: アルファ\n'),
      'members/cafe.yaml': crlf('name: カフェ\nkind: company\nspaces: [alpha]\n'),
    });
    // --json: one problem per file, each with the fix
    const json = await run(['--data', dir, '--lang', 'en', 'validate', '--json']);
    expect(json.code).toBe(1);
    const problems = JSON.parse(json.stdout) as Array<{
      code: string;
      file: string;
      message: string;
      hint: string;
    }>;
    expect(problems.map((p) => [p.file, p.code, p.message])).toEqual(
      ['glossary.yaml', 'members/cafe.yaml', 'mixer.yaml', 'spaces/alpha.yaml'].map((file) => [
        file,
        'problem.crlf',
        'lines end with CRLF',
      ]),
    );
    for (const p of problems) expect(p.hint).toContain('.gitattributes');
    // the text: one line for the folder, the fix said once, counted as the one line it is (in every file)
    const text = await mixer(['--data', dir, '--lang', 'en', 'validate']);
    expect(text.code).toBe(1);
    expect(text.stdout.trim().split('\n')).toEqual([
      expect.stringContaining(
        '4 files with CRLF line ends (glossary.yaml, members/cafe.yaml, mixer.yaml, …)',
      ),
    ]);
    expect(text.stdout.split('mixer fmt rewrites them with LF').length).toBe(2);
    expect(text.stderr).toContain('✗ 1 problem in 4 files');
    expect((await run(['--data', dir, 'fmt'])).code).toBe(0);
    for (const rel of yamlFiles(dir))
      expect(fs.readFileSync(path.join(dir, rel), 'utf8'), rel).not.toContain('\r');
    expect((await run(['--data', dir, 'validate'])).code).toBe(0);
    expect((await run(['--data', dir, 'fmt', '--check'])).code).toBe(0);
  });

  it('validate counts the CRLF line as one problem with the others, and the merged line keeps its place', async () => {
    const dir = minimalFolder({
      'spaces/alpha.yaml': 'name: アルファ\r\n',
      'spaces/beta.yaml': 'name: ベータ\r\nkind: virtual\r\n',
      'needs/cafe-logo.yaml': 'owner: nobody-here\ntitle: ロゴを作りたい\n',
    });
    const text = await mixer(['--data', dir, '--lang', 'en', 'validate']);
    expect(text.code).toBe(1);
    const lines = text.stdout.trim().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(/^needs\/cafe-logo\.yaml:1:8 {2}owner/),
      expect.stringMatching(
        /^spaces\/alpha\.yaml:1:11 {2}2 files with CRLF line ends \(spaces\/alpha\.yaml, spaces\/beta\.yaml\)/,
      ),
    ]);
    // as many problems as lines, in every file they name
    expect(text.stderr).toContain('✗ 2 problems in 3 files');
  });

  it('review reports a CRLF file the branch adds, and fails as for any other problem', async () => {
    const dir = minimalFolder({
      'members/designer.yaml': 'name: デザイナー\r\nkind: person\r\nspaces: [beta]\r\n',
    });
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'start');
    git(dir, 'switch', '-q', '-c', 'new-need');
    writeFiles(dir, { 'needs/zz-new.yaml': 'owner: cafe\r\ntitle: チラシを作りたい\r\n' });
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'a need');
    const json = await run(['--data', dir, '--lang', 'en', 'review', '--base', 'main', '--json']);
    expect(json.code, json.stderr).toBe(1);
    const review = JSON.parse(json.stdout) as { problems: Array<{ file: string; code: string }> };
    expect(review.problems.map((p) => [p.file, p.code])).toEqual([['needs/zz-new.yaml', 'problem.crlf']]);
    const text = await mixer(['--data', dir, '--lang', 'en', 'review', '--base', 'main']);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/^- needs\/zz-new\.yaml:1:\d+ {2}lines end with CRLF/m);
    expect(text.stdout).not.toContain('members/designer.yaml');
  });

  it('one file with CRLF is named as before', async () => {
    const dir = minimalFolder({ 'spaces/alpha.yaml': 'name: アルファ\r\n' });
    const validate = await run(['--data', dir, '--lang', 'en', 'validate']);
    expect(validate.stdout).toContain('spaces/alpha.yaml:1:');
    expect(validate.stdout).toContain('lines end with CRLF');
    expect(validate.stdout).toContain('mixer fmt rewrites them with LF');
  });
});
