// One rule for mistakes, across every command: bad usage (a bad flag or value, an unknown id given
// on the command line) exits 2, a problem found in the data or a refused action exits 1; both end
// with a next step that names a real command, and an unknown id or value with the closest ones.
// Run in-process through main(), in Japanese and in English.
import fs from 'node:fs';
import path from 'node:path';
import { Chalk } from 'chalk';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/commands/table.js';
import { main } from '../src/main.js';
import { cleanup, copySample, ROOT } from './helpers.js';

afterAll(cleanup);

async function run(args: string[], lang: 'ja' | 'en' = 'ja', data = SAMPLE_COPY) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['--data', data, '--lang', lang, ...args], {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    color: new Chalk({ level: 0 }),
    interactive: false,
    env: { MIXER_TODAY: '2026-11-26' },
    cwd: ROOT,
  });
  return { code, stdout: out.join('\n'), stderr: err.join('\n').trimEnd() };
}

const SAMPLE_COPY = copySample();
const NEXT = /^ {2}→ /;

/** [command line, exit code, what the message says, what the next step says] */
type Case = [string[], 1 | 2, RegExp, RegExp];

const CASES: Case[] = [
  [['valdate'], 2, /valdate というコマンドはありません/, /もしかして: validate/],
  [['validate', '--jsn'], 2, /--jsn というオプションはありません/, /もしかして: --json/],
  [['list'], 2, /引数 <種別> が足りません/, /mixer list --help/],
  [['list', 'memebrs'], 2, /種類「memebrs」はありません/, /もしかして: mixer list members/],
  [
    ['list', 'needs', '--status', 'bogus'],
    2,
    /--status に「bogus」は使えません。使えるのは open（未解決）/,
    /mixer list --help/,
  ],
  [
    ['list', 'proposals', '--status', 'owner-acepted'],
    2,
    /--status に「owner-acepted」は使えません/,
    /もしかして: owner-accepted/,
  ],
  // A Japanese part of a label: the label it begins (解決済み, not 未解決), or the one it is in.
  [['list', 'needs', '--status', '解決'], 2, /--status に「解決」は使えません/, /もしかして: solved/],
  [['list', 'needs', '--status', '下げ'], 2, /--status に「下げ」は使えません/, /もしかして: dropped/],
  [
    ['list', 'members', '--status', 'open'],
    2,
    /--status は needs と proposals の一覧だけ/,
    /mixer list --help/,
  ],
  [
    ['list', 'members', '--space', 'kitakami-bace'],
    2,
    /--space: スペース「kitakami-bace」はありません/,
    /もしかして: kitakami-base（一覧は mixer list spaces）/,
  ],
  [['show', 'hirano-kafe'], 2, /レコード「hirano-kafe」はありません/, /もしかして: hirano-cafe/],
  [['show'], 2, /引数 <ID> が足りません/, /mixer show --help/],
  [
    ['suggest', '--need', 'hirano-cafe-snss'],
    2,
    /--need: 課題「hirano-cafe-snss」はありません/,
    /もしかして: hirano-cafe-sns.*mixer list needs/,
  ],
  [
    ['suggest', '--helper', 'nobody-at-all'],
    2,
    /--helper: スペース・メンバー「nobody-at-all」はありません/,
    /mixer list members, mixer list spaces/,
  ],
  [['suggest', '--limit', '0'], 2, /--limit には整数を指定してください（>= 1）/, /mixer suggest --help/],
  [
    ['unmatched', '--min-score', '2'],
    2,
    /--min-score の「2」は大きすぎます（1 まで）/,
    /mixer unmatched --help/,
  ],
  [['add-visit', '--mixer', 'mx-sato'], 2, /--space が必要です/, /mixer add-visit --help/],
  [
    ['add-visit', '--space', 'kitakami'],
    2,
    /--space: スペース「kitakami」はありません/,
    /もしかして: kitakami-base/,
  ],
  [
    ['add-visit', '--space', 'kitakami-base', '--mixer', 'mx-sat'],
    2,
    /--mixer: ミキサー「mx-sat」はありません/,
    /もしかして: mx-sato/,
  ],
  [
    ['add-visit', '--space', 'kitakami-base', '--mixer', 'mx-sato', '--met', 'hirano'],
    2,
    /--met: メンバー「hirano」はありません/,
    /もしかして: hirano-cafe/,
  ],
  [
    ['add-visit', '--space', 'kitakami-base', '--mixer', 'mx-sato', '--need', 'hirano-caf:看板'],
    2,
    /「hirano-caf」はこの訪問で会った人/,
    /もしかして: hirano-cafe/,
  ],
  [['add-visit', '--format', 'party'], 2, /--format に「party」は使えません/, /mixer add-visit --help/],
  [
    ['add-space', '--kind', 'real'],
    2,
    /--kind に「real」は使えません。使えるのは physical（リアル）/,
    /mixer add-space --help/,
  ],
  [['add-space'], 2, /--name が必要です/, /mixer add-space --help/],
  [['add-member', '--name', 'x', '--id', 'x1'], 2, /--kind が必要です/, /mixer add-member --help/],
  [
    ['add-member', '--name', 'x', '--id', 'x1', '--kind', 'person', '--space', 'morioka'],
    2,
    /--space: スペース「morioka」はありません/,
    /もしかして: morioka-hub/,
  ],
  [
    ['add-need', '--owner', 'hirano', '--title', 'x'],
    2,
    /--owner: スペース・メンバー「hirano」はありません/,
    /もしかして: hirano-cafe/,
  ],
  [
    ['add-need', '--owner', 'hirano-cafe', '--title', 'x', '--visit', 'nope'],
    2,
    /--visit: 訪問「nope」はありません/,
    /mixer list visits/,
  ],
  [['add-mixer', '--id', 'Bad Id', '--name', 'x'], 2, /「Bad Id」は ID に使えません/, /例: hirano-cafe/],
  [
    ['propose', 'gudon-ramen-menuu', 'miller-english'],
    2,
    /課題「gudon-ramen-menuu」はありません/,
    /もしかして: gudon-ramen-menu/,
  ],
  [
    ['propose', 'gudon-ramen-menu', 'miller'],
    2,
    /スペース・メンバー「miller」はありません/,
    /もしかして: miller-english/,
  ],
  [
    ['propose', 'gudon-ramen-menu', 'miller-english', '--mixer', 'mx-sat'],
    2,
    /--mixer: ミキサー「mx-sat」はありません/,
    /もしかして: mx-sato/,
  ],
  [
    ['propose', 'kato-photo-website', 'abe-web', '--mixer', 'mx-sato'],
    1,
    /課題「kato-photo-website」は解決済みです/,
    /mixer list needs --status open/,
  ],
  [
    ['propose', 'gudon-ramen-menu', 'gudon-ramen', '--mixer', 'mx-sato'],
    1,
    /持ち主を助け手にはできません/,
    /mixer suggest --need gudon-ramen-menu/,
  ],
  [['status', '2026-09-gudon-ramen-booking-suzuki'], 2, /引数 <状態> が足りません/, /mixer status --help/],
  [
    ['status', '2026-09-gudon-ramen-booking-suzuki', 'accepted'],
    2,
    /提案「2026-09-gudon-ramen-booking-suzuki」はありません/,
    /もしかして: 2026-09-gudon-ramen-booking-suzuki-dev.*mixer list proposals/,
  ],
  [
    ['status', '2026-09-gudon-ramen-booking-suzuki-dev', 'owner-acepted'],
    2,
    /「owner-acepted」は使えません/,
    /もしかして: owner-accepted/,
  ],
  // A status whose first word is right: the values with that word, the closer first.
  [
    ['status', '2026-09-gudon-ramen-booking-suzuki-dev', 'owner-yes'],
    2,
    /「owner-yes」は使えません。使えるのは draft/,
    /もしかして: owner-accepted, owner-declined$/,
  ],
  [
    ['status', '2026-09-gudon-ramen-booking-suzuki-dev', 'owner-no'],
    2,
    /「owner-no」は使えません/,
    /もしかして: owner-declined, owner-accepted$/,
  ],
  [
    ['status', '2026-09-gudon-ramen-booking-suzuki-dev', 'helper-ok'],
    2,
    /「helper-ok」は使えません/,
    /もしかして: helper-accepted, helper-declined$/,
  ],
  [
    ['status', '2026-09-gudon-ramen-booking-suzuki-dev', 'intorduced'],
    2,
    /「intorduced」は使えません/,
    /もしかして: introduced$/,
  ],
  // Japanese that is no part of a label is no typo of a short Latin value (解決 is not met).
  [
    ['status', '2026-09-gudon-ramen-booking-suzuki-dev', '解決'],
    2,
    /「解決」は使えません/,
    /^ {2}→ mixer status --help/,
  ],
  // Nor is a Latin word with every letter changed (xyz is no typo of met).
  [
    ['status', '2026-09-gudon-ramen-booking-suzuki-dev', 'xyz'],
    2,
    /「xyz」は使えません/,
    /^ {2}→ mixer status --help/,
  ],
  [['status', '2026-09-gudon-ramen-booking-suzuki-dev', 'met'], 1, /進めません/, /accepted/],
  [
    ['status', '2026-09-gudon-ramen-booking-suzuki-dev', 'closed', '--outcome', 'sale'],
    2,
    /--outcome に「sale」は使えません/,
    /もしかして: deal, none/,
  ],
  [['init', 'a', 'b'], 2, /引数が多すぎます（1 個のところ 2 個）。余分なもの: 「b」/, /mixer init --help/],
  // A name with a space typed without quotes: the extra word is named, and quoting suggested.
  [
    ['add-mixer', '--name', '山田', '太郎'],
    2,
    /余分なもの: 「太郎」/,
    /空白を含む値は "山田 太郎" のように引用符で囲んでください。使い方は mixer add-mixer --help/,
  ],
  [['schema', '--output', 'x'], 2, /--output というオプションはありません/, /もしかして: --out/],
  [['review', '--bse', 'main'], 2, /--bse というオプションはありません/, /もしかして: --base/],
  [
    ['add-mixer', '--name=山田', '太郎'],
    2,
    /余分なもの: 「太郎」/,
    /空白を含む値は "山田 太郎" のように引用符で囲んでください/,
  ],
  // An argument in excess that follows no value: no word of quoting.
  [['due', 'today'], 2, /引数が多すぎます/, /^(?![\s\S]*引用符)[\s\S]*mixer due --help/],
  [['add-mixer', 'extra', '--name', '山田'], 2, /余分なもの: 「extra」/, /^(?![\s\S]*引用符)/],
  [['brief', 'kitakami'], 2, /スペース「kitakami」はありません/, /もしかして: kitakami-base/],
  [['forget', 'hirano-kafe'], 2, /メンバー「hirano-kafe」はありません/, /もしかして: hirano-cafe/],
  [['forget', 'kitakami-base'], 1, /kitakami-base はメンバーではありません/, /スペースやミキサーの連絡先/],
  [['report', '--by', 'spaces'], 2, /--by に「spaces」は使えません/, /もしかして: space/],
  [
    ['report', '--since', '2026-13-01'],
    2,
    /--since の「2026-13-01」は日付として読めません/,
    /2026年11月20日/,
  ],
  [
    ['report', '--since', '2026-11-01', '--until', '2026-10-01'],
    2,
    /--since は --until より前/,
    /mixer report --help/,
  ],
  [['fmt', 'spaces'], 2, /引数が多すぎます/, /mixer fmt --help/],
  [['completion', 'tcsh'], 2, /<シェル> に「tcsh」は使えません/, /もしかして/],
  [['help', 'sugest'], 2, /sugest というコマンドはありません/, /もしかして: suggest/],
  [
    ['--version', 'extra'],
    2,
    /--version はほかの引数と一緒には使えません（「extra」）/,
    /mixer --version だけ/,
  ],
];

describe('one rule for mistakes', () => {
  it('has a case for every command', () => {
    const covered = new Set(CASES.map(([args]) => args[0]));
    for (const c of COMMANDS) expect(covered.has(c.name), c.name).toBe(true);
  });

  it.each(CASES)('mixer %j exits %i', async (args, code, message, next) => {
    const r = await run(args);
    expect(r.code, r.stderr).toBe(code);
    const lines = r.stderr.split('\n');
    const last = lines.at(-1)!;
    expect(lines.at(-2), r.stderr).toMatch(/^✗ /);
    expect(lines.at(-2)).toMatch(message);
    expect(last).toMatch(NEXT);
    expect(last).toMatch(next);
    // a next step names a real command or real values: never a placeholder, never English in Japanese
    expect(r.stderr).not.toMatch(/‹|›|<種類>|<kind>|error:|unknown|did you mean|Expected/);
  });

  it('--version alone prints the version; with anything else it is bad usage, and prints nothing', async () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    for (const args of [['--version'], ['-V'], ['--no-cache', '--version']]) {
      const r = await run(args, 'en');
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stdout).toBe(`${version}\n`);
      expect(r.stderr).toBe('');
    }
    for (const [args, stray] of [
      [['--version', 'extra'], 'extra'],
      [['-V', 'validate'], 'validate'],
      [['validate', '--version'], 'validate'],
      [['--version', 'help'], 'help'],
    ] as const) {
      const r = await run([...args], 'en');
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(
        `✗ --version takes nothing else (got "${stray}")\n  → mixer --version alone prints the version`,
      );
    }
    const unknown = await run(['--version', '--bogus'], 'en');
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
  });

  it('every command shows its own help with --help, as mixer help <command> and mixer --help <command>', async () => {
    const heads = {
      ja: ['使い方: mixer', 'オプション:', '例:'],
      en: ['Usage: mixer', 'Options:', 'Examples:'],
    };
    for (const lang of ['ja', 'en'] as const) {
      const [usage, options, examples] = heads[lang];
      const general = await run(['--help'], lang);
      for (const spec of COMMANDS) {
        const own = await run([spec.name, '--help'], lang);
        expect(own.code, spec.name).toBe(0);
        expect(own.stderr, spec.name).toBe('');
        expect(own.stdout.split('\n')[0], spec.name).toMatch(new RegExp(`^${usage} ${spec.name} `));
        expect(own.stdout, spec.name).toContain(options);
        expect(own.stdout, spec.name).toContain('--json');
        if (spec.examples.length) expect(own.stdout, spec.name).toContain(`${examples}\n  $ mixer`);
        expect(own.stdout, spec.name).not.toBe(general.stdout);
        for (const other of [
          [spec.name, '-h'],
          ['help', spec.name],
          ['--help', spec.name],
        ]) {
          const again = await run(other, lang);
          expect(again.code, other.join(' ')).toBe(0);
          expect(again.stdout, other.join(' ')).toBe(own.stdout);
        }
      }
      const help = await run(['help', '--help'], lang);
      expect(help.code).toBe(0);
      expect(help.stdout.split('\n')[0]).toBe(`${usage} help ${lang === 'ja' ? '[コマンド]' : '[command]'}`);
      expect((await run(['--help', 'help'], lang)).stdout).toBe(help.stdout);
    }
  });

  it('--help after an unknown command is the unknown command, and --help with --version is bad usage', async () => {
    for (const args of [
      ['letter', '--help'],
      ['letter', '-h'],
      ['--help', 'letter'],
    ]) {
      const r = await run(args, 'en');
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe('✗ there is no command letter\n  → mixer --help shows the usage');
      expect((await run(args, 'ja')).stderr).toBe(
        '✗ letter というコマンドはありません\n  → mixer --help で使い方を表示します',
      );
    }
    const typo = await run(['valdate', '--help'], 'en');
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe('✗ there is no command valdate\n  → did you mean validate?');
    for (const args of [
      ['--version', '--help'],
      ['--help', '--version'],
      ['-V', '-h'],
    ]) {
      const r = await run(args, 'en');
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(
        `✗ --version takes nothing else (got "${args.find((a) => a.includes('h'))}")\n` +
          '  → mixer --version alone prints the version, mixer --help the usage',
      );
    }
    const ja = await run(['--version', '--help'], 'ja');
    expect(ja.stderr).toBe(
      '✗ --version はほかの引数と一緒には使えません（「--help」）\n' +
        '  → バージョンは mixer --version、使い方は mixer --help で表示します',
    );
    // the general help is still the general help, global options before or after it
    for (const args of [['--help'], ['--no-cache', '--help'], ['--help', '--no-cache']]) {
      const r = await run(args, 'en');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Usage: mixer \[options\] \[command\]\n/);
    }
  });

  it('says the same in English', async () => {
    const r = await run(['status', '2026-09-gudon-ramen-booking-suzuki-dev', 'owner-acepted'], 'en');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /<status> does not take "owner-acepted"; it takes draft \| asked-owner \| owner-accepted/,
    );
    expect(r.stderr).toMatch(/→ did you mean owner-accepted, helper-accepted\?/);
    const no = await run(['status', '2026-09-gudon-ramen-booking-suzuki-dev', 'owner-no'], 'en');
    expect(no.code).toBe(2);
    expect(no.stderr).toMatch(/→ did you mean owner-declined, owner-accepted\?$/);
    const unknown = await run(['suggets'], 'en');
    expect(unknown.stderr).toBe('✗ there is no command suggets\n  → did you mean suggest?');
    const missing = await run(['show'], 'en');
    expect(missing.stderr).toBe('✗ missing the argument <id>\n  → mixer show --help shows the usage');
  });

  it('a problem found in the data exits 1, naming the command that lists what was meant', async () => {
    const data = copySample();
    fs.writeFileSync(path.join(data, 'needs', 'orphan.yaml'), 'owner: hirano-kafe\ntitle: x\n');
    const r = await run(['validate'], 'ja', data);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/直したら mixer validate をもう一度実行してください/);
    expect(r.stdout).toMatch(
      /needs\/orphan.yaml:1:8 {2}owner {2}.*「hirano-kafe」.*\(もしかして: hirano-cafe（一覧は mixer list members, mixer list spaces）\)/,
    );
  });
});

describe('what counts as a likely typo of a value', () => {
  it('is a word that shares a letter in place with it, not one with every letter changed', async () => {
    const { nearest } = await import('../src/util/text.js');
    const statuses = ['met', 'deal', 'closed', 'draft'];
    expect(nearest('xyz', statuses)).toEqual([]);
    expect(nearest('mte', statuses)).toEqual(['met']);
    expect(nearest('tg', ['tags', 'kind'])).toEqual(['tags']);
    expect(nearest('kd', ['tags', 'kind'])).toEqual(['kind']);
    expect(nearest('cl', statuses)[0]).toBe('closed');
  });
});
