// Proposals and letters: golden letters in both languages, strict templates, privacy, status moves.
import fs from 'node:fs';
import path from 'node:path';
import { lint } from 'markdownlint/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { run as status } from '../src/commands/status.js';
import { Context } from '../src/context.js';
import type { ProposalStatus } from '../src/records/schemas.js';
import { cleanup, copySample, memoryIo, ROOT, runCli, runJson, tempDir, writeFiles } from './helpers.js';

afterAll(cleanup);

const TODAY = { MIXER_TODAY: '2026-11-26' };
const GOLDEN = path.join(ROOT, 'test/golden');
const LETTERS = ['ask-owner', 'ask-helper', 'introduction'] as const;

function propose(dir: string, need: string, helper: string, lang = 'en', ...options: string[]) {
  return runCli(
    ['--data', dir, '--lang', lang, 'propose', need, helper, '--mixer', 'mx-kimura', '--json', ...options],
    {
      env: TODAY,
    },
  );
}

function letters(dir: string, need: string, helper: string, lang: 'ja' | 'en', ...options: string[]) {
  const r = propose(dir, need, helper, lang, ...options);
  expect(r.code, r.stderr).toBe(0);
  const files: string[] = JSON.parse(r.stdout).files;
  return Object.fromEntries(
    LETTERS.map((name) => [
      name,
      fs.readFileSync(path.join(dir, files.find((f) => f.endsWith(`.${name}.md`))!), 'utf8'),
    ]),
  ) as Record<(typeof LETTERS)[number], string>;
}

/** Letters pass a real Markdown linter (line length and a leading heading do not apply to letters). */
function lintProblems(text: string): string[] {
  const result = lint({ strings: { letter: text }, config: { default: true, MD013: false, MD041: false } });
  return (result.letter ?? []).map((e) => `${e.lineNumber}: ${e.ruleNames.join('/')} ${e.ruleDescription}`);
}

describe.each(['ja', 'en'] as const)('letters in %s', (lang) => {
  it('match the golden files and pass markdownlint', () => {
    const written = letters(
      copySample(),
      'gudon-ramen-menu',
      'miller-english',
      lang,
      '--note',
      lang === 'ja' ? '12月中にお会いできれば幸いです。' : 'I hope you can meet in December.',
    );
    for (const name of LETTERS) {
      const golden = path.join(GOLDEN, lang, `${name}.md`);
      if (process.env.UPDATE_GOLDEN) {
        fs.mkdirSync(path.dirname(golden), { recursive: true });
        fs.writeFileSync(golden, written[name]);
      }
      expect(written[name], `${lang}/${name}.md`).toBe(fs.readFileSync(golden, 'utf8'));
      expect(lintProblems(written[name])).toEqual([]);
    }
  });
});

describe('what a letter contains', () => {
  it('follows Japanese business custom', () => {
    const { 'ask-owner': ask, introduction } = letters(
      copySample(),
      'gudon-ramen-menu',
      'miller-english',
      'ja',
    );
    expect(ask).toContain('subject: "【ご相談】');
    expect(ask).toMatch(/^麺屋 ぐどん 様$/m);
    expect(ask).toContain('お世話になっております。');
    expect(ask).toContain('2026年9月18日（金）に仙台ロフトでお話を伺った');
    expect(ask).toContain('このままお返事なしでも差し支えありません');
    expect(introduction).toContain('subject: "【ご紹介】麺屋 ぐどん 様・Sarah Miller 様"');
    expect(introduction).toContain('以降はお二人で直接');
    expect(introduction).toContain('仙台ロフト（宮城県仙台市青葉区）かオンライン');
  });

  it('prints record text literally: a {{ }} in a summary is not evaluated', () => {
    const { 'ask-helper': ask } = letters(copySample(), 'hirano-cafe-logo', 'ito-design', 'ja');
    expect(ask).toContain('北上駅前のカフェ。{{ 店長おすすめ }} のスコーンが人気');
  });
});

describe('privacy', () => {
  it('never names a helper whose record is not public in the ask to the other side, nor prints its text', () => {
    // kikuchi-illust is share: mixers
    const written = letters(copySample(), 'suzuki-dev-design', 'kikuchi-illust', 'ja');
    expect(written['ask-owner']).not.toContain('菊池');
    expect(written['ask-owner']).toContain('オンライン東北のメンバーの方');
    for (const text of Object.values(written)) {
      expect(text).not.toContain('イラスト制作');
      expect(text).not.toContain('キャラクターデザイン');
      expect(text).not.toContain('公開可否');
    }
  });

  it('leaves out a strength marked mixers, a need marked mixers, and notes', () => {
    const dir = copySample();
    // suzuki-dev has a strength with share: mixers; hirano-cafe-tax is a need with share: mixers
    const toSuzuki = letters(dir, 'gudon-ramen-staff', 'suzuki-dev', 'ja');
    for (const text of Object.values(toSuzuki)) expect(text).not.toContain('SIer');
    const tax = letters(dir, 'hirano-cafe-tax', 'chiba-tax', 'ja');
    for (const text of Object.values(tax)) expect(text).not.toContain('確定申告を自分でやるのが大変');
    expect(tax['ask-owner']).toContain('「先日伺ったご相談」'.slice(1, -1));
    expect(tax.introduction).toContain('先日伺ったご相談');
  });

  it('prints contact details only where the record has them in contact', () => {
    const intro = letters(copySample(), 'tanaka-inn-photos', 'kato-photo', 'en').introduction;
    expect(intro).toContain('- Contact: <https://kato-photo.example.jp>');
    expect(intro.match(/Contact:/g)).toHaveLength(1); // tanaka-inn has no contact
  });
});

describe('templates', () => {
  it('a template naming a missing field fails with its file, line and variable', () => {
    const dir = copySample();
    const templates = writeFiles(tempDir(), {
      'ja/ask.md': '---\nsubject: x\n---\n{{ recipient.name }}\n\n{{ recipient.nickname }}\n',
      'ja/introduction.md': '---\nsubject: x\n---\nx\n',
    });
    const r = propose(dir, 'gudon-ramen-menu', 'miller-english', 'ja', '--template', templates);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${path.join(templates, 'ja/ask.md')}:6:4`);
    expect(r.stderr).toContain('undefined variable: recipient.nickname');
    expect(fs.readdirSync(path.join(dir, 'proposals')).filter((f) => f.startsWith('2026-11'))).toEqual([]);
  });

  it('a data folder can override a template in its own templates/ folder', () => {
    const dir = copySample();
    writeFiles(dir, {
      'templates/en/introduction.md':
        '---\nsubject: "Hello {{ owner.name }}"\n---\nShort and sweet, {{ helper.name }}.\n',
    });
    const { introduction } = letters(dir, 'gudon-ramen-menu', 'miller-english', 'en');
    expect(introduction).toBe(
      '---\nsubject: "Hello 麺屋 ぐどん"\nto: ""\ncc: ""\n---\n\nShort and sweet, Sarah Miller.\n',
    );
  });

  it('--stdout prints the letters and writes nothing', () => {
    const dir = copySample();
    const r = runCli(
      ['--data', dir, 'propose', 'gudon-ramen-menu', 'miller-english', '--mixer', 'mx-kimura', '--stdout'],
      { env: TODAY },
    );
    expect(r.code).toBe(0);
    expect(r.stdout.match(/^subject:/gm)).toHaveLength(3);
    expect(fs.readdirSync(path.join(dir, 'proposals')).length).toBe(4);
  });
});

describe('mixer propose', () => {
  it('writes the proposal record with the score and reasons of the day', () => {
    const dir = copySample();
    const r = propose(dir, 'tanaka-inn-photos', 'kato-photo');
    expect(r.code, r.stderr).toBe(0);
    const text = fs.readFileSync(
      path.join(dir, 'proposals/2026-11-tanaka-inn-photos-kato-photo.yaml'),
      'utf8',
    );
    expect(text).toMatch(
      /^need: tanaka-inn-photos\nhelper: kato-photo\nmixer: mx-kimura\nscore: 0\.\d+\nreasons:\n/,
    );
    expect(text).toMatch(/history:\n {2}- date: 2026-11-26\n {4}status: draft\n$/);
    expect(runCli(['--data', dir, 'validate']).code).toBe(0);
    // the pair now has a proposal, so suggest leaves it out
    const list = runJson<Array<{ helper: string }>>([
      '--data',
      dir,
      'suggest',
      '--need',
      'tanaka-inn-photos',
    ]);
    expect(list.map((s) => s.helper)).not.toContain('kato-photo');
  });

  it.each([
    ['a need that is not open', 'kato-photo-website', 'abe-web', /is solved; only open needs/, 1],
    [
      'a do_not_contact helper',
      'ishii-yoga-customers',
      'kondo-sales',
      /"kondo-sales" is marked do_not_contact/,
      1,
    ],
    [
      'a pair with an open proposal',
      'gudon-ramen-booking',
      'suzuki-dev',
      /already has an open proposal 2026-09-gudon-ramen-booking-suzuki-dev \(asked\)/,
      1,
    ],
    // an id that names nothing is bad usage (2); a pair that cannot be proposed, a refusal (1)
    ['an unknown need', 'gudon-ramen-menuu', 'miller-english', /no need with the id "gudon-ramen-menuu"/, 2],
    ['an unknown helper', 'gudon-ramen-menu', 'miller', /no space or member with the id "miller"/, 2],
    ['the owner as helper', 'gudon-ramen-menu', 'gudon-ramen', /cannot be its helper/, 1],
  ])('refuses %s', (_case, need, helper, message, code) => {
    const dir = copySample();
    const r = propose(dir, need, helper, 'en');
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(fs.readdirSync(path.join(dir, 'proposals')).length).toBe(4);
  });
});

describe('mixer status', () => {
  /** A proposal whose history has reached `reach`, by allowed moves. */
  function proposalAt(reach: ProposalStatus): string {
    const path: Record<ProposalStatus, ProposalStatus[]> = {
      draft: ['draft'],
      asked: ['draft', 'asked'],
      accepted: ['draft', 'asked', 'accepted'],
      declined: ['draft', 'asked', 'declined'],
      introduced: ['draft', 'asked', 'accepted', 'introduced'],
      met: ['draft', 'asked', 'accepted', 'introduced', 'met'],
      deal: ['draft', 'asked', 'accepted', 'introduced', 'met', 'deal'],
      closed: ['draft', 'closed'],
    };
    const history = path[reach].map((s) => `  - date: 2026-11-01\n    status: ${s}\n`).join('');
    return `need: gudon-ramen-menu\nhelper: miller-english\nmixer: mx-kimura\nhistory:\n${history}`;
  }

  // Written out from DESIGN.md, not taken from the code's table: every status, and every move allowed
  // (draft → asked → accepted | declined → introduced → met → deal | closed; any open one may close).
  const STATUSES: ProposalStatus[] = [
    'draft',
    'asked',
    'accepted',
    'declined',
    'introduced',
    'met',
    'deal',
    'closed',
  ];
  const ALLOWED = new Set([
    'draft→asked',
    'draft→closed',
    'asked→accepted',
    'asked→declined',
    'asked→closed',
    'accepted→introduced',
    'accepted→closed',
    'declined→closed',
    'introduced→met',
    'introduced→closed',
    'met→deal',
    'met→closed',
  ]);
  const cases = STATUSES.flatMap((from) => STATUSES.map((to) => [from, to] as const));
  it('allows exactly the moves of draft → asked → accepted | declined → introduced → met → deal | closed', async () => {
    const dir = copySample();
    for (const [from, to] of cases) {
      writeFiles(dir, { 'proposals/p-test.yaml': proposalAt(from) });
      const { io, err } = memoryIo({ env: TODAY });
      const ctx = new Context(io, { data: dir, lang: 'en' });
      const allowed = ALLOWED.has(`${from}→${to}`);
      let code: number;
      try {
        code = await status(ctx, 'p-test', to, { solve: false });
      } catch (error) {
        code = 1;
        err.push((error as Error).message);
      }
      expect(`${from}→${to}: ${code}`).toBe(`${from}→${to}: ${allowed ? 0 : 1}`);
      if (!allowed) expect(err.join('\n')).toContain(`cannot move from "${from}" to "${to}"`);
    }
  });

  it('names the allowed next steps, and --force records a correction', () => {
    const dir = copySample();
    const id = '2026-09-gudon-ramen-booking-suzuki-dev';
    const refused = runCli(['--data', dir, '--lang', 'en', 'status', id, 'met'], { env: TODAY });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      'allowed next: accepted, declined, closed (to correct a mistake, --force)',
    );
    const forced = runCli(['--data', dir, 'status', id, 'met', '--force', '--note', '会ったのに記録漏れ'], {
      env: TODAY,
    });
    expect(forced.code, forced.stderr).toBe(0);
    expect(fs.readFileSync(path.join(dir, `proposals/${id}.yaml`), 'utf8')).toContain(
      '  - date: 2026-11-26\n    status: met\n    note: "[forced] 会ったのに記録漏れ"\n',
    );
    expect(runCli(['--data', dir, 'validate']).code).toBe(0);
  });

  it('records the outcome and value of a deal, and marks the need solved when asked', () => {
    const dir = copySample();
    const id = '2026-10-iwate-craft-overseas-miller-english';
    expect(runCli(['--data', dir, 'status', id, 'met', '--date', '2026-11-20'], { env: TODAY }).code).toBe(0);
    const r = runCli(
      ['--data', dir, 'status', id, 'deal', '--outcome', 'collaboration', '--value', '120000', '--solve'],
      { env: TODAY },
    );
    expect(r.code, r.stderr).toBe(0);
    const text = fs.readFileSync(path.join(dir, `proposals/${id}.yaml`), 'utf8');
    expect(
      text.endsWith(
        '  - date: 2026-11-26\n    status: deal\noutcome:\n  kind: collaboration\n  value: 120000\n',
      ),
    ).toBe(true);
    expect(fs.readFileSync(path.join(dir, 'needs/iwate-craft-overseas.yaml'), 'utf8')).toContain(
      'status: solved\n',
    );
    const proposals = runJson<Array<{ id: string; status: string }>>([
      '--data',
      dir,
      'list',
      'proposals',
      '--status',
      'deal',
    ]);
    expect(proposals.map((p) => p.id).sort()).toEqual(['2026-09-hirano-cafe-sns-yamamoto-sns', id]);
  });

  it('refuses an outcome for a move that does not end the proposal', () => {
    const r = runCli([
      '--data',
      copySample(),
      '--lang',
      'en',
      'status',
      '2026-09-gudon-ramen-booking-suzuki-dev',
      'accepted',
      '--outcome',
      'deal',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--outcome and --value go only with deal or closed/);
  });
});
