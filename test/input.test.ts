// What a Japanese keyboard and IME type: every accepted form of an amount, a date, a number, an
// OWNER:TEXT pair and a listed value, read into the canonical form; and the forms refused, each
// with a message that says what to write instead.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseChoice } from '../src/commands/choices.js';
import {
  normalizeId,
  parseAmount,
  parseCount,
  parseDate,
  parseDecimal,
  parseYearDate,
  splitOwnerText,
} from '../src/util/input.js';
import { cleanup, copySample, mixer, scriptedPrompter } from './helpers.js';

afterAll(cleanup);

const TODAY = '2026-11-25';

describe('amounts', () => {
  it.each([
    ['30000', 30000],
    ['30,000', 30000],
    ['３０，０００', 30000],
    ['¥30,000', 30000],
    ['￥30,000', 30000],
    ['30,000円', 30000],
    ['３万', 30000],
    ['3万円', 30000],
    ['1.5万', 15000],
    ['１．５万円', 15000],
    ['3万5千', 35000],
    ['3万5000円', 35000],
    ['1億2000万', 120_000_000],
    ['5千', 5000],
    ['0', 0],
    ['1234.5', 1234.5],
    ['1234.56', 1234.56],
    ['1.23万', 12300],
    [' 1,000円 ', 1000],
  ])('reads %s as %d', (typed, value) => {
    expect(parseAmount(typed, 'JPY')).toBe(value);
  });

  it.each([
    '',
    '三万',
    'abc',
    '-500',
    '3,00',
    '30,0000',
    '3万万',
    '¥',
    '1.2.3',
    '30000ドル',
    '万',
    '0.0001',
    '1.005',
  ])('refuses %j', (typed) => {
    expect(parseAmount(typed, 'JPY')).toBeUndefined();
  });
});

describe('dates', () => {
  it.each([
    ['2026-11-20', '2026-11-20'],
    ['2026-1-5', '2026-01-05'],
    ['2026/11/20', '2026/11/20'.replace(/\//g, '-')],
    ['2026.11.20', '2026-11-20'],
    ['２０２６／１１／２０', '2026-11-20'],
    ['2026年11月20日', '2026-11-20'],
    ['２０２６年１１月２０日', '2026-11-20'],
    ['2026年11月20日（金）', '2026-11-20'],
    ['11/20', '2026-11-20'],
    ['１１/２０', '2026-11-20'],
    ['11月20日', '2026-11-20'],
    ['11月20日(金)', '2026-11-20'],
    ['今日', '2026-11-25'],
    ['きょう', '2026-11-25'],
    ['today', '2026-11-25'],
    ['昨日', '2026-11-24'],
    ['yesterday', '2026-11-24'],
    ['一昨日', '2026-11-23'],
    ['明日', '2026-11-26'],
    // a date without a year: that day nearest to today
    ['1/10', '2027-01-10'],
    ['5/1', '2026-05-01'],
  ])('reads %s as %s', (typed, date) => {
    expect(parseDate(typed, TODAY)).toBe(date);
  });

  it('reads a date without a year as last year when that is nearer', () => {
    expect(parseDate('12/28', '2027-01-03')).toBe('2026-12-28');
    expect(parseDate('今日', '2027-01-01')).toBe('2027-01-01');
    expect(parseDate('昨日', '2027-01-01')).toBe('2026-12-31');
  });

  it.each([
    '',
    '2026-02-30',
    '2026/13/01',
    '11/31',
    '2026年2月30日',
    'あした以降',
    '20261120',
    '11-20',
    'next week',
    // 2026-11-20 is a Friday: a weekday that contradicts the date takes neither
    '2026年11月20日（木）',
    '11/20 (thu)',
  ])('refuses %j', (typed) => {
    expect(parseDate(typed, TODAY)).toBeUndefined();
  });

  it('reads a date with its year alone for a record (a file has no today)', () => {
    expect(parseYearDate('2026/09/18')).toBe('2026-09-18');
    expect(parseYearDate('2026年9月18日')).toBe('2026-09-18');
    expect(parseYearDate('２０２６-09-18')).toBe('2026-09-18');
    expect(parseYearDate('2026-10-2')).toBe('2026-10-02');
    expect(parseYearDate('2026年11月20日（金）')).toBe('2026-11-20');
    for (const typed of ['11/20', '今日', '2026-02-30', '2026年11月20日（木）', 'そのうち'])
      expect(parseYearDate(typed), typed).toBeUndefined();
  });
});

describe('numbers, pairs, ids and values of lists', () => {
  it('reads whole numbers and decimals typed full-width', () => {
    expect(parseCount('４')).toBe(4);
    expect(parseCount('1,200')).toBe(1200);
    expect(parseCount('1.5')).toBeUndefined();
    expect(parseCount('四')).toBeUndefined();
    expect(parseDecimal('０．３')).toBe(0.3);
    expect(parseDecimal('.5')).toBe(0.5);
    expect(parseDecimal('0.3.1')).toBeUndefined();
  });

  it('splits OWNER:TEXT at a half- or full-width colon, keeping the text as typed', () => {
    expect(splitOwnerText('hirano-cafe:看板を新しく：したい')).toEqual([
      'hirano-cafe',
      '看板を新しく：したい',
    ]);
    expect(splitOwnerText('hirano-cafe：看板を新しくしたい')).toEqual(['hirano-cafe', '看板を新しくしたい']);
    expect(splitOwnerText('ｈｉｒａｎｏ-cafe：ＡＢＣ')).toEqual(['hirano-cafe', 'ＡＢＣ']);
    expect(splitOwnerText('看板を新しくしたい')).toBeUndefined();
    expect(splitOwnerText(':看板')).toBeUndefined();
    expect(splitOwnerText('hirano-cafe:')).toBeUndefined();
  });

  it('folds an id typed full-width or in capitals', () => {
    expect(normalizeId('ＨＩＲＡＮＯ－ｃａｆｅ')).toBe('hirano-cafe');
  });

  it('reads a listed value by its id or its label, in either language', () => {
    expect(parseChoice('visit-mode', 'online')).toBe('online');
    expect(parseChoice('visit-mode', 'オンライン')).toBe('online');
    expect(parseChoice('visit-mode', 'ＯＮＬＩＮＥ')).toBe('online');
    expect(parseChoice('visit-mode', '現地')).toBe('onsite');
    expect(parseChoice('proposal-status', '成約')).toBe('deal');
    expect(parseChoice('proposal-status', '持ち主に打診中')).toBe('asked-owner');
    expect(parseChoice('outcome', '協業')).toBe('collaboration');
    expect(parseChoice('visit-mode', 'offline')).toBeUndefined();
    // a label without its explanation in brackets
    expect(parseChoice('share', '公開')).toBe('public');
    expect(parseChoice('share', '公開（紹介文に書いてよい）')).toBe('public');
    expect(parseChoice('share', 'ミキサーだけ')).toBe('mixers');
    expect(parseChoice('letter-format', 'テキスト')).toBe('md');
    expect(parseChoice('share', '紹介文に書いてよい')).toBeUndefined();
  });
});

describe('on the command line', () => {
  const run = (args: string[], lang = 'ja') =>
    mixer(['--data', copySample(), '--lang', lang, ...args], { env: { MIXER_TODAY: TODAY } });

  it('stores the canonical form and says what it read', async () => {
    const dir = copySample();
    const r = await mixer(
      [
        '--data',
        dir,
        'add-visit',
        '--space',
        'ｋｉｔａｋａｍｉ-base',
        '--mixer',
        'mx-sato',
        '--date',
        '２０２６年１１月２０日',
        '--mode',
        'オンライン',
        '--cost',
        '1.5千円',
        '--attendees',
        '１２',
        '--need',
        'hirano-cafe：店の前の看板を新しくしたい',
      ],
      { env: { MIXER_TODAY: TODAY } },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('--date 「２０２６年１１月２０日」→ 2026-11-20');
    expect(r.stderr).toContain('--mode 「オンライン」→ online');
    expect(r.stderr).toContain('--cost 「1.5千円」→ 1500');
    expect(r.stderr).not.toMatch(/^--need/m);
    expect(fs.readFileSync(path.join(dir, 'visits/2026/2026-11-20-kitakami-base-mx-sato.yaml'), 'utf8')).toBe(
      'space: kitakami-base\ndate: "2026-11-20"\nmixer: mx-sato\nmode: online\nattendees: 12\nmet:\n  - hirano-cafe\ncost: 1500\n',
    );
    expect(fs.readFileSync(path.join(dir, 'needs/hirano-cafe-signage-mx-sato.yaml'), 'utf8')).toContain(
      'title: 店の前の看板を新しくしたい\n',
    );
  });

  it('says which weekday a date is when the one typed contradicts it, and writes nothing', async () => {
    const dir = copySample();
    const args = ['add-visit', '--space', 'kitakami-base', '--mixer', 'mx-sato', '--date', '11/20（木）'];
    const r = await mixer(['--data', dir, ...args], { env: { MIXER_TODAY: TODAY } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--date の「11/20（木）」: 2026-11-20 は金曜日です');
    expect(r.stderr).toContain('日付か曜日のどちらかが違っています');
    expect(fs.existsSync(path.join(dir, 'visits/2026/2026-11-20-kitakami-base-mx-sato.yaml'))).toBe(false);
  });

  it('records a visit dated after today as given, with a word that it is', async () => {
    const dir = copySample();
    const args = ['add-visit', '--space', 'kitakami-base', '--mixer', 'mx-sato', '--date', '2027-11-20'];
    const r = await mixer(['--data', dir, '--lang', 'en', ...args], { env: { MIXER_TODAY: TODAY } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('2027-11-20 is after today; it is recorded as given');
    expect(fs.existsSync(path.join(dir, 'visits/2027/2027-11-20-kitakami-base-mx-sato.yaml'))).toBe(true);
    const today = await mixer(
      ['--data', dir, '--lang', 'en', 'add-visit', '--space', 'morioka-hub', '--mixer', 'mx-sato'],
      {
        env: { MIXER_TODAY: TODAY },
      },
    );
    expect(today.stderr).not.toContain('after today');
  });

  it('records a need heard of after today as given, with the same word', async () => {
    const dir = copySample();
    const args = [
      'add-need',
      '--owner',
      'abe-web',
      '--title',
      '求人票を書き直したい',
      '--since',
      '2027-01-05',
    ];
    const r = await mixer(['--data', dir, '--lang', 'en', ...args], { env: { MIXER_TODAY: TODAY } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('2027-01-05 is after today; it is recorded as given');
    const written = fs.readdirSync(path.join(dir, 'needs')).filter((f) => f.startsWith('abe-web-'));
    expect(written.map((f) => fs.readFileSync(path.join(dir, 'needs', f), 'utf8')).join()).toContain(
      'since: "2027-01-05"',
    );
    const now = await mixer(
      ['--data', dir, '--lang', 'en', 'add-need', '--owner', 'abe-web', '--title', '名刺を作りたい'],
      {
        env: { MIXER_TODAY: TODAY },
      },
    );
    expect(now.code, now.stderr).toBe(0);
    expect(now.stderr).not.toContain('after today');
  });

  it.each([
    [['add-visit', '--cost', '三万'], /--cost の「三万」は金額として読めません/, /3万、1.5万、¥30,000/],
    [
      ['add-visit', '--date', '2026/13/40'],
      /--date の「2026\/13\/40」は日付として読めません/,
      /2026年11月20日、11\/20/,
    ],
    [['report', '--since', 'きのうの前'], /--since の「きのうの前」は日付として読めません/, /今日、昨日/],
    [
      ['suggest', '--limit', '五'],
      /--limit には整数を指定してください（>= 1）。「五」は使えません/,
      /mixer suggest --help/,
    ],
    [
      ['suggest', '--min-score', '1.5'],
      /--min-score の「1\.5」は大きすぎます（1 まで）/,
      /mixer suggest --help/,
    ],
    [
      ['add-visit', '--mode', 'offline'],
      /--mode に「offline」は使えません。使えるのは onsite（現地） \| online（オンライン）/,
      /もしかして: online/,
    ],
    [
      ['add-visit', '--space', 'kitakami-base', '--mixer', 'mx-sato', '--need', '看板がほしい'],
      /--need は「ID:テキスト」の形です/,
      /全角の「：」も使えます/,
    ],
    // A number too large for the data format, quoted as typed (read, 21 digits are no longer exact).
    [
      [
        'status',
        '2026-10-iwate-craft-overseas-miller-english',
        'deal',
        '--outcome',
        'deal',
        '--value',
        '123456789012345678901',
      ],
      /--value の「123456789012345678901」は大きすぎます（1,000,000,000,000 まで）/,
      /mixer status --help/,
    ],
    [
      ['add-visit', '--cost', '¥12,345,678,901,234,567,890,123円'],
      /--cost の「¥12,345,678,901,234,567,890,123円」は大きすぎます（10,000,000 まで）/,
      /mixer add-visit --help/,
    ],
    [
      ['add-visit', '--attendees', '1234567890123456789012'],
      /--attendees の「1234567890123456789012」は大きすぎます（100,000 まで）/,
      /mixer add-visit --help/,
    ],
  ])('refuses %j with what to write instead (exit 2)', async (args, message, hint) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    const [first, second] = r.stderr.trim().split('\n');
    expect(first).toMatch(message);
    expect(second).toMatch(/^ {2}→ /);
    expect(second).toMatch(hint);
  });

  it('a deal value asked in a terminal is refused when too large, before anything is written', async () => {
    const dir = copySample();
    const met = ['--data', dir, 'status', '2026-10-iwate-craft-overseas-miller-english', 'met'];
    expect((await mixer(met, { env: { MIXER_TODAY: TODAY } })).code).toBe(0);
    const prompter = scriptedPrompter([]);
    const said: Array<string | boolean | undefined> = [];
    prompter.text = async (_message, options) => {
      said.push(options?.validate?.('123456789012345678901'), options?.validate?.('12万'));
      return '12万';
    };
    const r = await mixer(
      [
        '--data',
        dir,
        '--lang',
        'en',
        'status',
        '2026-10-iwate-craft-overseas-miller-english',
        'deal',
        '--outcome',
        'deal',
        '--no-solve',
        '--yes',
      ],
      { env: { MIXER_TODAY: TODAY }, interactive: true, prompter },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(said).toEqual(['too large (at most 1,000,000,000,000)', true]);
    expect(
      fs.readFileSync(path.join(dir, 'proposals/2026-10-iwate-craft-overseas-miller-english.yaml'), 'utf8'),
    ).toContain('value: 120000');
  });

  it('the attendees asked in a terminal are refused when too many, as the flag refuses them, and asked again', async () => {
    const dir = copySample();
    const visit = [
      '--data',
      dir,
      '--lang',
      'en',
      'add-visit',
      '--space',
      'kitakami-base',
      '--date',
      '2026-11-20',
    ];
    const rest = [
      '--mixer',
      'mx-sato',
      '--mode',
      'onsite',
      '--format',
      'event',
      '--cost',
      '0',
      '--notes',
      '交流会',
    ];
    const flag = await mixer([...visit, ...rest, '--met', 'hirano-cafe', '--attendees', '200000', '--yes']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('--attendees: "200000" is too large (at most 100,000)');
    // Typed as a person would, again until an answer is taken (as the terminal's prompt does).
    const typed = ['200000', '1234567890123456789012', '120'];
    const refused: string[] = [];
    const prompter = scriptedPrompter([]);
    prompter.text = async (_message, options) => {
      for (;;) {
        const answer = typed.shift() ?? '';
        const said = options?.validate?.(answer) ?? true;
        if (said === true) return answer;
        refused.push(`${answer}: ${said}`);
      }
    };
    const r = await mixer([...visit, ...rest, '--met', 'hirano-cafe', '--yes'], {
      env: { MIXER_TODAY: TODAY },
      interactive: true,
      prompter,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(refused).toEqual([
      '200000: too large (at most 100,000)',
      '1234567890123456789012: too large (at most 100,000)',
    ]);
    expect(
      fs.readFileSync(path.join(dir, 'visits/2026/2026-11-20-kitakami-base-mx-sato.yaml'), 'utf8'),
    ).toContain('attendees: 120');
  });

  it('a visit interval beyond a year is refused at the flag, as too large, and no space is written', async () => {
    const dir = copySample();
    const add = ['add-space', '--id', 'tono-lab', '--name', '遠野ラボ', '--kind', 'physical', '--yes'];
    const ja = await mixer(['--data', dir, ...add, '--visit-every-days', '400']);
    expect(ja.code).toBe(2);
    expect(ja.stderr).toContain('--visit-every-days の「400」は大きすぎます（365 まで）');
    expect(ja.stderr).toContain('mixer add-space --help');
    const en = await mixer(['--data', dir, '--lang', 'en', ...add, '--visit-every-days', '366']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('--visit-every-days: "366" is too large (at most 365)');
    expect(fs.existsSync(path.join(dir, 'spaces/tono-lab.yaml'))).toBe(false);
    const year = await mixer(['--data', dir, ...add, '--visit-every-days', '365']);
    expect(year.code, year.stderr).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'spaces/tono-lab.yaml'), 'utf8')).toContain(
      'visit_every_days: 365',
    );
  });

  it('says it in English with --lang en', async () => {
    const r = await run(['add-visit', '--cost', 'thirty'], 'en');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--cost: "thirty" is not an amount/);
    expect(r.stderr).toMatch(/30,000 or ¥30,000/);
  });
});

describe('amounts in a folder of another currency', () => {
  it.each([
    ['30000', 'USD', 30000],
    ['30,000', 'USD', 30000],
    ['$30,000', 'USD', 30000],
    ['$ 1,200.50', 'USD', 1200.5],
    ['＄１，２００', 'USD', 1200],
    ['€30', 'EUR', 30],
    ['30,000', 'CHF', 30000],
    ['30000', 'usd', 30000],
    // A folder may name the yen as it likes (the format allows any short text): read as JPY.
    ['3万', '円', 30000],
    ['¥30,000', 'yen', 30000],
    ['1.5万', '¥', 15000],
  ])('reads %s in %s as %d', (typed, currency, value) => {
    expect(parseAmount(typed, currency)).toBe(value);
  });

  it.each([
    ['¥30,000', 'USD'],
    ['￥30,000', 'USD'],
    ['30,000円', 'USD'],
    ['3万', 'USD'],
    ['1.5万', 'EUR'],
    ['$30', 'EUR'],
    ['€30', 'USD'],
    ['$30', 'CHF'],
    ['$30', 'JPY'],
    ['$1.005', 'USD'],
  ])('refuses %j in %s', (typed, currency) => {
    expect(parseAmount(typed, currency)).toBeUndefined();
  });

  /** A copy of the sample that counts in US dollars. */
  function dollarFolder(): string {
    const dir = copySample();
    const settings = path.join(dir, 'mixer.yaml');
    fs.writeFileSync(settings, fs.readFileSync(settings, 'utf8').replace('currency: JPY', 'currency: USD'));
    return dir;
  }
  const visit = ['add-visit', '--space', 'kitakami-base', '--date', '2026-11-20', '--mixer', 'mx-sato'];
  const rest = ['--mode', 'onsite', '--format', 'event', '--notes', '交流会', '--yes'];
  const written = (dir: string) =>
    fs.readFileSync(path.join(dir, 'visits/2026/2026-11-20-kitakami-base-mx-sato.yaml'), 'utf8');

  it('refuses an amount written in yen as bad usage naming the currency, and takes dollars', async () => {
    const dir = dollarFolder();
    for (const typed of ['¥30,000', '3万', '30,000円']) {
      const r = await mixer(['--data', dir, ...visit, ...rest, '--cost', typed]);
      expect(r.code, typed).toBe(2);
      expect(r.stderr).toContain(`--cost の「${typed}」は JPY の書き方です。このフォルダの金額は USD です`);
      expect(r.stderr).toContain('→ 30000、30,000、$30,000 の形で書けます（USD、小数は 2 桁まで）');
    }
    const en = await mixer(['--data', dir, '--lang', 'en', ...visit, ...rest, '--cost', '€15']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(`--cost: "€15" is written in EUR; this folder's amounts are in USD`);
    expect(en.stderr).toContain('→ write it as 30000, 30,000 or $30,000 (in USD, at most two decimals)');
    expect(fs.existsSync(path.join(dir, 'visits/2026/2026-11-20-kitakami-base-mx-sato.yaml'))).toBe(false);
    const dollars = await mixer(['--data', dir, ...visit, ...rest, '--cost', '$1,500']);
    expect(dollars.code, dollars.stderr).toBe(0);
    expect(written(dir)).toContain('cost: 1500');
  });

  it('its help and its questions name the currency and no yen', async () => {
    const dir = dollarFolder();
    const help = await mixer(['--data', dir, 'add-visit', '--help']);
    expect(help.stdout).toContain('ドロップイン料金（USD。1500、1,500、$1,500 なども');
    const value = await mixer(['--data', dir, '--lang', 'en', 'status', '--help']);
    expect(value.stdout).toContain('value in USD (120000, 120,000 or $120,000)');
    for (const shown of [help.stdout, value.stdout]) expect(shown).not.toMatch(/[¥円万]/);
    // The cost asked in a terminal: refused in yen, said back in dollars.
    const refused: string[] = [];
    const prompter = scriptedPrompter([]);
    prompter.text = async (message, options) => {
      refused.push(message);
      for (const answer of ['3万', '$20']) {
        const said = options?.validate?.(answer) ?? true;
        if (said === true) return answer;
        refused.push(`${answer}: ${said}`);
      }
      return '';
    };
    const r = await mixer(
      [
        '--data',
        dir,
        '--lang',
        'en',
        ...visit,
        ...rest.slice(0, -1),
        '--met',
        'hirano-cafe',
        '--attendees',
        '12',
        '--yes',
      ],
      {
        env: { MIXER_TODAY: TODAY },
        interactive: true,
        prompter,
      },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(refused).toEqual([
      'Drop-in fee in USD (empty to skip)',
      '3万: enter an amount in USD (30000, 30,000 or $30,000)',
    ]);
    expect(written(dir)).toContain('cost: 20');
  });
});

describe('amounts in a yen folder', () => {
  it('its help and questions are as they were', async () => {
    const dir = copySample();
    const help = await mixer(['--data', dir, 'add-visit', '--help']);
    expect(help.stdout).toContain('ドロップイン料金（1500、¥1,500、1,500円 なども可）');
    const value = await mixer(['--data', dir, '--lang', 'en', 'status', '--help']);
    expect(value.stdout).toContain("value in the folder's currency (120000, 120,000 …)");
  });
});
