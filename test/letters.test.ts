// Proposals and their letters on the sample network: the double opt-in step by step (each step
// writes exactly its letter), the moves allowed and refused, old statuses, privacy, the template
// sandbox, .eml drafts, and what propose says and asks.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run as propose } from '../src/commands/propose.js';
import { run as status } from '../src/commands/status.js';
import { Context } from '../src/context.js';
import { MixerError } from '../src/errors.js';
import { main } from '../src/main.js';
import type { ProposalStatus } from '../src/records/enums.js';
import {
  cleanup,
  copySample,
  git,
  memoryIo,
  ROOT,
  scriptedPrompter,
  tempDir,
  writeFiles,
} from './helpers.js';
import { lintProblems, parseEml, splitLetter, textProblems } from './letter-checks.js';

afterAll(cleanup);

const TODAY = { MIXER_TODAY: '2026-11-26' };
const GOLDEN = path.join(ROOT, 'test/golden');

/** Runs mixer in this process on a data folder; what it printed, and its exit code. */
async function mixer(dir: string, ...args: string[]) {
  const { io, out, err } = memoryIo({ env: TODAY });
  const code = await main(['--data', dir, ...args], io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** The letters of a proposal in the folder, by name (ask-owner, ask-helper, introduction). */
function letterFiles(dir: string, id: string): string[] {
  return fs
    .readdirSync(path.join(dir, 'proposals'))
    .filter((f) => f.startsWith(`${id}.`) && !f.endsWith('.yaml'))
    .sort();
}

function read(dir: string, rel: string): string {
  return fs.readFileSync(path.join(dir, rel), 'utf8');
}

const MENU = '2026-11-gudon-ramen-menu-miller-english';

/** Proposes the sample's ramen-menu need to its English translator, as mixer Kimura. */
const proposeMenu = (dir: string, global: string[], ...extra: string[]) =>
  mixer(dir, ...global, 'propose', 'gudon-ramen-menu', 'miller-english', '--mixer', 'mx-kimura', ...extra);

/** Proposes the sample's booking need to suzuki-dev again (it has a proposal), in English. */
const proposeBooking = (dir: string) =>
  mixer(dir, ...'--lang en propose gudon-ramen-booking suzuki-dev --mixer mx-kimura'.split(' '));

describe.each(['ja', 'en'] as const)('the double opt-in, step by step, in %s', (lang) => {
  it('writes each letter at its step, and nothing at the others', async () => {
    const dir = copySample();
    const note = lang === 'ja' ? '12月中にお会いできれば幸いです。' : 'I hope you can meet in December.';
    const p = await mixer(
      dir,
      '--lang',
      lang,
      'propose',
      'gudon-ramen-menu',
      'miller-english',
      '--mixer',
      'mx-kimura',
      '--note',
      note,
    );
    expect(p.code, p.err).toBe(0);
    expect(letterFiles(dir, MENU)).toEqual([`${MENU}.ask-owner.md`]);
    const steps: Array<[ProposalStatus, string[]]> = [
      ['asked-owner', []],
      ['owner-accepted', ['ask-helper']],
      ['asked-helper', []],
      ['helper-accepted', ['introduction']],
      ['introduced', []],
      ['met', []],
    ];
    for (const [step, written] of steps) {
      const before = letterFiles(dir, MENU);
      const r = await mixer(dir, '--lang', lang, 'status', MENU, step);
      expect(r.code, `${step}: ${r.err}`).toBe(0);
      const added = letterFiles(dir, MENU).filter((f) => !before.includes(f));
      expect(added, step).toEqual(written.map((name) => `${MENU}.${name}.md`));
    }
    for (const name of ['ask-owner', 'ask-helper', 'introduction']) {
      const text = read(dir, `proposals/${MENU}.${name}.md`);
      const golden = path.join(GOLDEN, lang, `${name}.md`);
      if (process.env.UPDATE_GOLDEN) fs.writeFileSync(golden, text);
      expect(text, `${lang}/${name}.md`).toBe(fs.readFileSync(golden, 'utf8'));
      expect(lintProblems(text)).toEqual([]);
      expect(textProblems(splitLetter(text).body)).toEqual([]);
    }
    expect(read(dir, `proposals/${MENU}.yaml`)).toMatch(
      /history:\n {2}- date: "2026-11-26"\n {4}status: draft\n {2}- date: "2026-11-26"\n {4}status: asked-owner\n {2}- date: "2026-11-26"\n {4}status: owner-accepted\n/,
    );
    expect((await mixer(dir, 'validate')).code).toBe(0);
  });
});

describe('the order of the asks', () => {
  it('with --ask-first helper asks the helper first, then the owner', async () => {
    const dir = copySample();
    const id = '2026-11-tanaka-inn-photos-kato-photo';
    const p = await mixer(
      dir,
      'propose',
      'tanaka-inn-photos',
      'kato-photo',
      '--mixer',
      'mx-sato',
      '--ask-first',
      'helper',
    );
    expect(p.code, p.err).toBe(0);
    expect(read(dir, `proposals/${id}.yaml`)).toContain('mixer: mx-sato\nask_first: helper\n');
    expect(letterFiles(dir, id)).toEqual([`${id}.ask-helper.md`]);
    expect(p.err).toContain(`mixer status ${id} asked-helper`);
    const refused = await mixer(dir, '--lang', 'en', 'status', id, 'asked-owner');
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('allowed next: asked-helper, closed');
    for (const step of ['asked-helper', 'helper-accepted'])
      expect((await mixer(dir, 'status', id, step)).code).toBe(0);
    expect(letterFiles(dir, id)).toEqual([`${id}.ask-helper.md`, `${id}.ask-owner.md`]);
    // The owner, asked second, hears that the helper already agreed.
    expect(read(dir, `proposals/${id}.ask-owner.md`)).toContain('すでにご了承');
    for (const step of ['asked-owner', 'owner-accepted'])
      expect((await mixer(dir, 'status', id, step)).code).toBe(0);
    expect(letterFiles(dir, id)).toContain(`${id}.introduction.md`);
    expect((await mixer(dir, 'validate')).code).toBe(0);
  });

  it('a decline writes nothing, ends the proposal, and the pair may be proposed again', async () => {
    const dir = copySample();
    const id = '2026-09-gudon-ramen-booking-suzuki-dev';
    const r = await mixer(dir, '--lang', 'en', 'status', id, 'owner-declined', '--note', '今は忙しい');
    expect(r.code, r.err).toBe(0);
    expect(letterFiles(dir, id)).toEqual([]);
    expect(r.err).toContain(`next: mixer status ${id} closed`);
    const refused = await mixer(dir, '--lang', 'en', 'status', id, 'asked-helper');
    expect(refused.err).toContain('allowed next: closed');
    // Proposed again, with a word that this side said no before.
    const again = await proposeBooking(dir);
    expect(again.code).toBe(0);
    expect(again.err).toContain(
      `this pair was proposed before: ${id} ended owner-declined on 2026-11-26 (今は忙しい)`,
    );
  });

  it('says how the pair ended when it is proposed again after a deal', async () => {
    const r = await mixer(
      copySample(),
      '--lang',
      'en',
      ...'propose hirano-cafe-sns yamamoto-sns --mixer mx-sato --stdout'.split(' '),
    );
    expect(r.code).toBe(0);
    expect(r.err).toMatch(
      /this pair was proposed before: 2026-09-hirano-cafe-sns-yamamoto-sns ended deal on 2026-/,
    );
  });

  it('refuses a pair already open, naming the step it is waiting for', async () => {
    const r = await proposeBooking(copySample());
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      'move it along with mixer status 2026-09-gudon-ramen-booking-suzuki-dev owner-accepted',
    );
  });
});

describe('mixer status', () => {
  /** A proposal whose history has reached `reach` by allowed moves. */
  function proposalAt(path: ProposalStatus[], first = 'owner'): string {
    const history = path.map((s) => `  - date: 2026-11-01\n    status: ${s}\n`).join('');
    const askFirst = first === 'helper' ? 'ask_first: helper\n' : '';
    return `need: gudon-ramen-menu\nhelper: miller-english\nmixer: mx-kimura\n${askFirst}history:\n${history}`;
  }

  // Written out from the README's flow, not taken from the code's table. With the owner asked first:
  // draft → asked-owner → owner-accepted | owner-declined → asked-helper → helper-accepted |
  // helper-declined → introduced → met → deal | closed; any open proposal may close.
  const PATHS: Record<string, ProposalStatus[]> = {
    draft: ['draft'],
    'asked-owner': ['draft', 'asked-owner'],
    'owner-accepted': ['draft', 'asked-owner', 'owner-accepted'],
    'owner-declined': ['draft', 'asked-owner', 'owner-declined'],
    'asked-helper': ['draft', 'asked-owner', 'owner-accepted', 'asked-helper'],
    'helper-accepted': ['draft', 'asked-owner', 'owner-accepted', 'asked-helper', 'helper-accepted'],
    'helper-declined': ['draft', 'asked-owner', 'owner-accepted', 'asked-helper', 'helper-declined'],
    introduced: ['draft', 'asked-owner', 'owner-accepted', 'asked-helper', 'helper-accepted', 'introduced'],
    met: ['draft', 'asked-owner', 'owner-accepted', 'asked-helper', 'helper-accepted', 'introduced', 'met'],
    deal: [
      'draft',
      'asked-owner',
      'owner-accepted',
      'asked-helper',
      'helper-accepted',
      'introduced',
      'met',
      'deal',
    ],
    closed: ['draft', 'closed'],
  };
  const ALLOWED = new Set([
    'draft→asked-owner',
    'draft→closed',
    'asked-owner→owner-accepted',
    'asked-owner→owner-declined',
    'asked-owner→closed',
    'owner-accepted→asked-helper',
    'owner-accepted→closed',
    'owner-declined→closed',
    'asked-helper→helper-accepted',
    'asked-helper→helper-declined',
    'asked-helper→closed',
    'helper-accepted→introduced',
    'helper-accepted→closed',
    'helper-declined→closed',
    'introduced→met',
    'introduced→closed',
    'met→deal',
    'met→closed',
  ]);
  const STATUSES = Object.keys(PATHS) as ProposalStatus[];

  it('allows exactly the moves of the double opt-in, the owner asked first', async () => {
    const dir = copySample();
    const results: string[] = [];
    for (const from of STATUSES)
      for (const to of STATUSES) {
        writeFiles(dir, { 'proposals/p-test.yaml': proposalAt(PATHS[from]!) });
        for (const f of fs.readdirSync(path.join(dir, 'proposals')))
          if (f.startsWith('p-test.') && !f.endsWith('.yaml')) fs.rmSync(path.join(dir, 'proposals', f));
        const { io } = memoryIo({ env: TODAY });
        let code: number;
        try {
          code = await status(new Context(io, { data: dir, lang: 'en' }), 'p-test', to, { solve: false });
        } catch (error) {
          // a refused step is a MixerError; anything else is a bug, not a refusal
          if (!(error instanceof MixerError)) throw error;
          code = 1;
        }
        results.push(`${from}→${to}: ${code}`);
      }
    const expected = STATUSES.flatMap((from) =>
      STATUSES.map((to) => `${from}→${to}: ${ALLOWED.has(`${from}→${to}`) ? 0 : 1}`),
    );
    expect(results).toEqual(expected);
  });

  it('with the helper asked first, the helper answers before the owner is asked', async () => {
    const dir = copySample();
    const moves: Array<[ProposalStatus[], ProposalStatus, number]> = [
      [['draft'], 'asked-helper', 0],
      [['draft'], 'asked-owner', 1],
      [['draft', 'asked-helper'], 'helper-accepted', 0],
      [['draft', 'asked-helper'], 'owner-accepted', 1],
      [['draft', 'asked-helper', 'helper-accepted'], 'asked-owner', 0],
      [['draft', 'asked-helper', 'helper-accepted', 'asked-owner'], 'owner-accepted', 0],
      [['draft', 'asked-helper', 'helper-accepted', 'asked-owner'], 'owner-declined', 0],
      [['draft', 'asked-helper', 'helper-accepted', 'asked-owner', 'owner-accepted'], 'introduced', 0],
    ];
    for (const [history, to, expected] of moves) {
      writeFiles(dir, { 'proposals/p-helper.yaml': proposalAt(history, 'helper') });
      for (const f of fs.readdirSync(path.join(dir, 'proposals')))
        if (f.startsWith('p-helper.') && !f.endsWith('.yaml')) fs.rmSync(path.join(dir, 'proposals', f));
      const r = await mixer(dir, 'status', 'p-helper', to);
      expect(`${history.at(-1)}→${to}: ${r.code}`).toBe(`${history.at(-1)}→${to}: ${expected}`);
    }
  });

  it('names the allowed next steps, and --force records a correction and writes the letter of the state', async () => {
    const dir = copySample();
    const id = '2026-09-gudon-ramen-booking-suzuki-dev';
    const refused = await mixer(dir, '--lang', 'en', 'status', id, 'helper-accepted');
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('cannot move from "asked-owner" to "helper-accepted"');
    expect(refused.err).toContain(
      'allowed next: owner-accepted, owner-declined, closed (to correct a mistake, --force)',
    );
    const forced = await mixer(
      dir,
      'status',
      id,
      'helper-accepted',
      '--force',
      '--note',
      '両者の了承を電話で確認',
    );
    expect(forced.code, forced.err).toBe(0);
    expect(read(dir, `proposals/${id}.yaml`)).toContain(
      '  - date: "2026-11-26"\n    status: helper-accepted\n    note: "[forced] 両者の了承を電話で確認"\n',
    );
    expect(letterFiles(dir, id)).toEqual([`${id}.introduction.md`]);
    expect((await mixer(dir, 'validate')).code).toBe(0);
    // A forced move back and forth does not write the same letter twice.
    await mixer(dir, 'status', id, 'asked-helper', '--force');
    const again = await mixer(dir, '--lang', 'en', 'status', id, 'helper-accepted');
    expect(again.code).toBe(0);
    expect(again.err).toContain(`proposals/${id}.introduction.md already exists and is left as it is`);
  });

  it('keeps old proposals valid: they finish on their old path, and new moves do not enter it', async () => {
    const dir = copySample();
    writeFiles(dir, {
      'proposals/p-old.yaml': proposalAt(['draft', 'asked', 'accepted']),
      'proposals/p-old-declined.yaml': proposalAt(['draft', 'asked', 'declined']).replace(
        'gudon-ramen-menu',
        'tanaka-inn-photos',
      ),
    });
    expect((await mixer(dir, 'validate')).code).toBe(0);
    const r = await mixer(dir, 'status', 'p-old', 'introduced');
    expect(r.code, r.err).toBe(0);
    expect(letterFiles(dir, 'p-old')).toEqual([]);
    expect((await mixer(dir, 'status', 'p-old-declined', 'closed')).code).toBe(0);
    const id = '2026-09-gudon-ramen-booking-suzuki-dev';
    writeFiles(dir, {
      [`proposals/${id}.yaml`]: proposalAt(['draft'])
        .replace('gudon-ramen-menu', 'gudon-ramen-booking')
        .replace('miller-english', 'suzuki-dev'),
    });
    const old = await mixer(dir, '--lang', 'en', 'status', id, 'asked');
    expect(old.code).toBe(1);
    expect(old.err).toContain(
      '"asked" is from when both sides were asked at once; allowed next: asked-owner, closed',
    );
    // The report counts old and new proposals by the same stages.
    const report = JSON.parse((await mixer(dir, 'report', '--json')).out) as {
      proposals: { funnel: Array<{ status: string; count: number }>; declined: number };
    };
    expect(report.proposals.funnel.find((f) => f.status === 'accepted')!.count).toBe(3);
    expect(report.proposals.declined).toBe(2);
  });

  it('records the outcome and value of a deal, and marks the need solved when asked', async () => {
    const dir = copySample();
    const id = '2026-10-iwate-craft-overseas-miller-english';
    const met = await mixer(dir, 'status', id, 'met', '--date', '2026-11-20');
    expect(met.code).toBe(0);
    // After the meeting, the next step is the outcome, each kind with its own command.
    expect(met.err).toContain(`成約なら mixer status ${id} deal（金額は --value）`);
    expect(met.err).toContain(`成果がなければ mixer status ${id} closed --outcome none`);
    const r = await mixer(
      dir,
      'status',
      id,
      'deal',
      '--outcome',
      'collaboration',
      '--value',
      '120000',
      '--solve',
    );
    expect(r.code, r.err).toBe(0);
    expect(read(dir, `proposals/${id}.yaml`)).toMatch(
      / {2}- date: "2026-11-26"\n {4}status: deal\noutcome:\n {2}kind: collaboration\n {2}value: 120000\n$/,
    );
    expect(read(dir, 'needs/iwate-craft-overseas.yaml')).toContain('status: solved\n');
  });

  it('refuses an outcome for a move that does not end the proposal', async () => {
    const r = await mixer(
      copySample(),
      '--lang',
      'en',
      'status',
      '2026-09-gudon-ramen-booking-suzuki-dev',
      'owner-accepted',
      '--outcome',
      'deal',
    );
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--outcome and --value go only with deal or closed/);
  });

  it('records a deal only for sides that were introduced, and never a deal that came to nothing', async () => {
    const dir = copySample();
    const id = '2026-09-gudon-ramen-booking-suzuki-dev'; // asked the owner only
    const file = `proposals/${id}.yaml`;
    const before = read(dir, file);
    const early = await mixer(
      dir,
      '--lang',
      'en',
      'status',
      id,
      'closed',
      '--outcome',
      'deal',
      '--value',
      '0',
    );
    expect(early.code).toBe(1);
    expect(early.err).toContain('this proposal was never introduced (asked-owner)');
    expect(early.err).toContain('--force records it as a correction');
    expect(read(dir, file)).toBe(before);
    // A correction is written, marked as one, and validates.
    const forced = await mixer(dir, 'status', id, 'closed', '--outcome', 'collaboration', '--force');
    expect(forced.code, forced.err).toBe(0);
    expect(read(dir, file)).toMatch(/note: "\[forced\] /);
    expect((await mixer(dir, 'validate')).code).toBe(0);

    const met = '2026-10-iwate-craft-overseas-miller-english';
    expect((await mixer(dir, 'status', met, 'met')).code).toBe(0);
    const none = await mixer(dir, '--lang', 'en', 'status', met, 'deal', '--outcome', 'none');
    expect(none.code).toBe(2);
    expect(none.err).toContain('a deal cannot have the outcome none');
    expect(none.err).toContain(`mixer status ${met} closed --outcome none`);
    // Without a terminal nobody is asked whether the deal solved the need: it says how to mark it.
    const deal = await mixer(dir, '--lang', 'en', 'status', met, 'deal', '--value', '1000');
    expect(deal.code, deal.err).toBe(0);
    expect(deal.err).toContain(
      'the need "南部鉄器を海外に売りたい" stays open; if it is solved, write status: solved in needs/iwate-craft-overseas.yaml',
    );
    expect(read(dir, 'needs/iwate-craft-overseas.yaml')).not.toContain('status: solved');
  });

  it('validate finds a success never introduced, and a deal with the outcome none, written by hand', async () => {
    const dir = copySample();
    const id = '2026-09-gudon-ramen-booking-suzuki-dev';
    fs.appendFileSync(
      path.join(dir, `proposals/${id}.yaml`),
      '  - date: "2026-11-01"\n    status: closed\noutcome:\n  kind: deal\n',
    );
    const deal = 'proposals/2026-09-hirano-cafe-sns-yamamoto-sns.yaml';
    fs.writeFileSync(path.join(dir, deal), read(dir, deal).replace('kind: deal', 'kind: none'));
    const r = await mixer(dir, '--lang', 'en', 'validate', '--json');
    const codes = (JSON.parse(r.out) as Array<{ file: string; code: string }>).map((p) => [p.file, p.code]);
    expect(codes).toEqual([
      [`proposals/${id}.yaml`, 'problem.success-not-introduced'],
      [deal, 'problem.deal-none'],
    ]);
  });
});

describe('mixer propose', () => {
  it('writes nothing for a need whose owner is a mixer, which validate refuses', async () => {
    const dir = copySample();
    fs.writeFileSync(path.join(dir, 'needs/mx-need.yaml'), 'owner: mx-sato\ntitle: 名刺のデザイン\n');
    const before = fs.readdirSync(path.join(dir, 'proposals')).sort();
    const r = await mixer(dir, '--lang', 'en', 'propose', 'mx-need', 'ito-design', '--mixer', 'mx-kimura');
    expect(r.code).toBe(1);
    expect(r.err).toContain('"mx-need" (needs/mx-need.yaml) has problems and cannot be used');
    expect(r.err).toContain('mixer validate shows what to fix');
    expect(fs.readdirSync(path.join(dir, 'proposals')).sort()).toEqual(before);
  });

  it("writes a letter in the language --letter-lang names, and speaks the folder's language", async () => {
    const dir = copySample();
    const r = await proposeMenu(dir, [], '--letter-lang', 'en', '--yes');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('作成'); // (messages stay in the folder's Japanese)
    const ask = read(dir, `proposals/${MENU}.ask-owner.md`);
    expect(ask).toMatch(/^Dear /m);
    expect(ask).not.toMatch(/様$/m);
    // The introduction, written by a later status, follows the flag given there.
    for (const step of ['asked-owner', 'owner-accepted', 'asked-helper', 'helper-accepted'])
      expect((await mixer(dir, 'status', MENU, step, '--letter-lang', 'en')).code).toBe(0);
    expect(read(dir, `proposals/${MENU}.introduction.md`)).toMatch(/^Dear /m);
    const bad = await proposeMenu(copySample(), ['--lang', 'en'], '--letter-lang', 'fr');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--letter-lang');
  });

  it('says when the recipients write their records in another language, and how to write in it', async () => {
    // Sarah Miller (miller-english) describes herself in English; the ramen shop writes in Japanese.
    const dir = copySample();
    const ask = await proposeMenu(dir, [], '--ask-first', 'helper', '--yes');
    expect(ask.code, ask.err).toBe(0);
    expect(ask.err).toContain('Sarah Millerの記録は英語です。英語で書くには --letter-lang en');
    // (the letter itself stays in the folder's language, which its sender reads)
    expect(read(dir, `proposals/${MENU}.ask-helper.md`)).toMatch(/様$/m);
    const en = await proposeMenu(copySample(), ['--lang', 'en'], '--yes');
    expect(en.code, en.err).toBe(0);
    expect(en.err).toContain(
      'the records of 麺屋 ぐどん are in Japanese: --letter-lang ja writes the letter in Japanese',
    );
    // asked for a language, or writing to someone in the folder's, nothing is said
    const chosen = await proposeMenu(
      copySample(),
      [],
      '--ask-first',
      'helper',
      '--letter-lang',
      'ja',
      '--yes',
    );
    expect(chosen.err).not.toContain('--letter-lang');
    const same = await proposeMenu(copySample(), [], '--yes');
    expect(same.err).not.toContain('--letter-lang');
  });

  it('writes to a space through its staff contact, and names its own member as its own', async () => {
    // オンライン東北 (a space, contact Emily Clark) has a need; 菊池 ゆず, a private member of it, helps.
    const id = '2026-11-online-tohoku-host-kikuchi-illust';
    const expected = {
      en: {
        salutation: /^Dear Emily Clark,$/m,
        own: 'I have in mind one of your own members.',
        // (the visit was to the space the letter goes to: not "at オンライン東北")
        thanks: 'Thank you for your time when I visited you on Monday, November 2, 2026.',
        heard: 'When I visited オンライン東北 on Monday, November 2, 2026, they told me',
      },
      ja: {
        salutation: /^オンライン東北\nEmily Clark 様$/m,
        own: 'ご紹介したいのは、そちらのメンバーの方です。',
        thanks: '2026年11月2日（月）にお伺いした際は、ありがとうございました。',
        heard: '2026年11月2日（月）にオンライン東北様をお訪ねした際に',
      },
    };
    for (const lang of ['en', 'ja'] as const) {
      const dir = copySample();
      const go = (...args: string[]) => mixer(dir, '--lang', lang, ...args);
      expect((await go('propose', 'online-tohoku-host', 'kikuchi-illust', '--mixer', 'mx-sato')).code).toBe(
        0,
      );
      for (const step of ['asked-owner', 'owner-accepted', 'asked-helper', 'helper-accepted'])
        expect((await go('status', id, step)).code).toBe(0);
      const ask = read(dir, `proposals/${id}.ask-owner.md`);
      expect(ask).toMatch(expected[lang].salutation);
      expect(ask).toContain(expected[lang].own);
      expect(ask).toContain(expected[lang].thanks);
      expect(ask).not.toMatch(/at オンライン東北 on|オンライン東北でお話を伺った/);
      const introduction = read(dir, `proposals/${id}.introduction.md`);
      expect(introduction).toContain(expected[lang].heard);
      // the contact's name is for the letter to the space alone, not for the other side
      expect(introduction).not.toContain('Emily Clark');
      expect(read(dir, `proposals/${id}.ask-helper.md`)).not.toContain('Emily Clark');
    }
  });

  it('says nothing of whose space it is to a space asked first about a need that stays in the team', async () => {
    const dir = copySample();
    // カフェ ひらの (a member of 北上ベース) has a need kept in the team; 北上ベース is asked first.
    fs.appendFileSync(path.join(dir, 'needs/hirano-cafe-logo.yaml'), 'share: mixers\n');
    const r = await mixer(
      dir,
      ...'--lang en propose hirano-cafe-logo kitakami-base --mixer mx-sato --ask-first helper'.split(' '),
    );
    expect(r.code, r.err).toBe(0);
    const ask = read(dir, 'proposals/2026-11-hirano-cafe-logo-kitakami-base.ask-helper.md');
    expect(ask).not.toMatch(/your own members|カフェ|hirano/);
  });

  it('calls a member of several spaces one of its own in a letter to any of them', async () => {
    const dir = copySample();
    // 菊池 ゆず (private) belongs to オンライン東北; here also to 北上ベース, listed first.
    const file = path.join(dir, 'members/kikuchi-illust.yaml');
    fs.writeFileSync(
      file,
      read(dir, 'members/kikuchi-illust.yaml').replace(/spaces:\n/, 'spaces:\n  - kitakami-base\n'),
    );
    const r = await mixer(
      dir,
      '--lang',
      'en',
      'propose',
      'online-tohoku-host',
      'kikuchi-illust',
      '--mixer',
      'mx-sato',
    );
    expect(r.code, r.err).toBe(0);
    expect(read(dir, 'proposals/2026-11-online-tohoku-host-kikuchi-illust.ask-owner.md')).toContain(
      'I have in mind one of your own members.',
    );
  });

  it('names a mixer given as the helper as a mixer, not as missing', async () => {
    const r = await mixer(copySample(), '--lang', 'en', 'propose', 'tanaka-inn-photos', 'mx-sato');
    expect(r.code).toBe(2);
    expect(r.err).toContain(`"mx-sato" is a mixer's id; this takes a space or member's id`);
  });

  it('writes the proposal record with the score and reasons of the day', async () => {
    const dir = copySample();
    const r = await mixer(dir, 'propose', 'tanaka-inn-photos', 'kato-photo', '--mixer', 'mx-kimura');
    expect(r.code, r.err).toBe(0);
    const text = read(dir, 'proposals/2026-11-tanaka-inn-photos-kato-photo.yaml');
    expect(text).toMatch(
      /^need: tanaka-inn-photos\nhelper: kato-photo\nmixer: mx-kimura\nscore: 0\.\d+\nreasons:\n/,
    );
    expect(text).toMatch(/history:\n {2}- date: "2026-11-26"\n {4}status: draft\n$/);
    // the pair now has a proposal, so suggest leaves it out
    const list = JSON.parse(
      (await mixer(dir, 'suggest', '--need', 'tanaka-inn-photos', '--json')).out,
    ) as Array<{
      helper: string;
    }>;
    expect(list.map((s) => s.helper)).not.toContain('kato-photo');
  });

  it('warns for each recipient with no e-mail, and ends with the next command', async () => {
    const dir = copySample();
    const r = await proposeMenu(dir, []);
    expect(r.code).toBe(0);
    expect(r.err).toContain(
      `麺屋 ぐどん の連絡先（email）がありません。proposals/${MENU}.ask-owner.md は宛先を書き足してから送ってください`,
    );
    expect(r.err.trim().split('\n').at(-1)).toBe(
      `次は proposals/${MENU}.ask-owner.md を送り、送ったら: mixer status ${MENU} asked-owner`,
    );
    expect(splitLetter(read(dir, `proposals/${MENU}.ask-owner.md`)).front.to).toBe('');
  });

  it('asks for the mixer in a terminal, and without one lists the mixers', async () => {
    const dir = copySample();
    git(dir, 'init', '-q');
    git(dir, 'config', 'user.email', 'someone.else@example.jp');
    const { io, err } = memoryIo({ interactive: true, env: TODAY });
    const prompter = scriptedPrompter(['mx-sato']);
    const ctx = new Context(io, { data: dir, lang: 'en' }, prompter);
    expect(await propose(ctx, 'tanaka-inn-photos', 'kato-photo', {}), err.join('\n')).toBe(0);
    expect(prompter.asked).toEqual(['Which mixer proposes it?']);
    expect(read(dir, 'proposals/2026-11-tanaka-inn-photos-kato-photo.yaml')).toContain('mixer: mx-sato\n');
    const r = await mixer(dir, '--lang', 'en', 'propose', 'oyama-farm-ec', 'abe-web');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--mixer is required (no mixer has git user.email as email)');
    expect(r.err).toContain('choose one with --mixer: mx-kimura, mx-sato (mixer list mixers lists them)');
    // git's e-mail, when it is a mixer's, chooses without asking.
    git(dir, 'config', 'user.email', 'misaki.sato@example.jp');
    expect((await mixer(dir, 'propose', 'oyama-farm-ec', 'abe-web')).code).toBe(0);
  });

  it('--stdout prints the first ask and writes nothing', async () => {
    const dir = copySample();
    const r = await proposeMenu(dir, [], '--stdout');
    expect(r.code).toBe(0);
    expect(r.out.match(/^subject:/gm)).toHaveLength(1);
    expect(r.out).toContain('麺屋 ぐどん 様');
    expect(fs.readdirSync(path.join(dir, 'proposals')).length).toBe(4);
    // A recipient with no e-mail is named, but no file: none was written.
    const tax = await mixer(
      dir,
      '--lang',
      'en',
      'propose',
      'hirano-cafe-tax',
      'chiba-tax',
      '--mixer',
      'mx-sato',
      '--stdout',
    );
    expect(tax.err).toContain(
      'カフェ ひらの has no contact e-mail: add the recipient before sending the letter',
    );
    expect(tax.err).not.toContain('proposals/');
    const json = await proposeMenu(dir, ['--lang', 'en'], '--stdout', '--json');
    expect(json.code).toBe(2);
    expect(JSON.parse(json.err).message).toContain('--stdout and --json do not go together');
    expect(json.out).toBe('');
    expect(fs.readdirSync(path.join(dir, 'proposals')).length).toBe(4);
  });

  it('asks nobody and introduces nobody for a need solved or dropped since it was proposed', async () => {
    const dir = copySample();
    const id = '2026-09-gudon-ramen-booking-suzuki-dev';
    const dropped = await mixer(dir, 'status', 'gudon-ramen-booking', 'dropped');
    expect(dropped.code).toBe(0);
    expect(read(dir, 'needs/gudon-ramen-booking.yaml')).toMatch(/^status: dropped$/m);
    // The proposal still open for it is named, with how to close it.
    expect(dropped.err).toContain(
      `この課題の提案 ${id} はまだ開いています。閉じるには: mixer status ${id} closed`,
    );
    const before = read(dir, `proposals/${id}.yaml`);
    const ja = await mixer(dir, 'status', id, 'owner-accepted');
    expect(ja.code).toBe(1);
    expect(ja.err).toContain(
      '課題「gudon-ramen-booking」は取り下げです。この課題のための打診や紹介はもうしません',
    );
    expect(ja.err).toContain(`mixer status ${id} closed`);
    // (or the need opened again, when it was closed by mistake)
    expect(ja.err).toContain('課題がまだ解決していないなら: mixer status gudon-ramen-booking open');
    const en = await mixer(dir, '--lang', 'en', 'status', id, 'owner-accepted');
    expect(en.err).toContain(
      'the need "gudon-ramen-booking" is dropped; nobody is asked or introduced for it',
    );
    expect(read(dir, `proposals/${id}.yaml`)).toBe(before);
    expect(letterFiles(dir, id)).toEqual([]);
    // Closing it is the way on; a need closed by mistake can still be forced past.
    expect((await mixer(dir, 'status', id, 'closed')).code).toBe(0);
    const again = copySample();
    fs.appendFileSync(path.join(again, 'needs/gudon-ramen-booking.yaml'), 'status: solved\n');
    expect((await mixer(again, 'status', id, 'owner-accepted', '--force')).code).toBe(0);
  });

  it('sets a need solved, dropped or open again, without editing its file by hand', async () => {
    const dir = copySample();
    const file = 'needs/yamagata-yard-snow.yaml';
    const en = await mixer(dir, '--lang', 'en', 'status', 'yamagata-yard-snow', 'solved', '--json');
    expect(en.code, en.err).toBe(0);
    expect(JSON.parse(en.out).files).toEqual([file]);
    expect(read(dir, file)).toMatch(/^status: solved$/m);
    const again = await mixer(dir, '--lang', 'en', 'status', 'yamagata-yard-snow', 'solved');
    expect(again.code).toBe(0);
    expect(again.err).toContain('the need "yamagata-yard-snow" is solved already; nothing was written');
    const againJson = await mixer(dir, 'status', 'yamagata-yard-snow', 'solved', '--json');
    expect(againJson.code).toBe(0);
    expect(JSON.parse(againJson.out)).toEqual({ version: 1, files: [], commit: null });
    // A label reads as its value; open again, and the need is open.
    expect((await mixer(dir, 'status', 'yamagata-yard-snow', '未解決')).code).toBe(0);
    expect(read(dir, file)).toMatch(/^status: open$/m);
    // What only a proposal's move takes is bad usage, and nothing is written.
    const text = read(dir, file);
    const outcome = await mixer(dir, 'status', 'yamagata-yard-snow', 'dropped', '--outcome', 'none');
    expect(outcome.code).toBe(2);
    expect(outcome.err).toContain('--outcome は提案を進めるときのものです');
    expect(read(dir, file)).toBe(text);
    // A need's status for a proposal, or for no need at all, is named as such.
    const proposal = await mixer(dir, 'status', '2026-09-gudon-ramen-booking-suzuki-dev', 'solved');
    expect(proposal.code).toBe(2);
    expect(proposal.err).toContain('「solved」は使えません。使えるのは draft');
    const unknown = await mixer(dir, '--lang', 'en', 'status', 'yamagata-yard-snoww', 'dropped');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/no need with the id "yamagata-yard-snoww"[\s\S]*yamagata-yard-snow/);
    // A status of neither list for a need's id is named against a need's statuses.
    const typo = await mixer(dir, 'status', 'yamagata-yard-snow', '解決');
    expect(typo.code).toBe(2);
    expect(typo.err).toContain('「解決」は使えません。使えるのは open（未解決） | solved（解決済み）');
    expect(typo.err).toContain('もしかして: solved');
    const typoEn = await mixer(dir, '--lang', 'en', 'status', 'yamagata-yard-snow', 'solve');
    expect(typoEn.code).toBe(2);
    expect(typoEn.err).toMatch(/"solve"[\s\S]*open \| solved \| dropped[\s\S]*did you mean solved\?/);
    expect(read(dir, file)).toBe(text);
  });

  it('names how to end a proposal already introduced for a need closed, rather than to close it', async () => {
    const dir = copySample();
    const craft = '2026-10-iwate-craft-overseas-miller-english';
    const ja = await mixer(dir, 'status', 'iwate-craft-overseas', 'solved');
    expect(ja.code, ja.err).toBe(0);
    expect(ja.err).toContain(
      `この課題の提案 ${craft} は「紹介済み」のまま開いています。結果が出たら: mixer status ${craft} met | closed`,
    );
    expect(ja.err).not.toContain('閉じるには');
    const en = await mixer(dir, '--lang', 'en', 'status', 'iwate-craft-overseas', 'dropped');
    expect(en.err).toContain(
      `the proposal ${craft} for this need is still open (introduced); once it ends: mixer status ${craft} met | closed`,
    );
  });

  // A refusal is 1 (the data says no); an id that names nothing is bad usage, 2.
  it.each([
    ['a need that is not open', 'kato-photo-website', 'abe-web', 1, /is solved; only open needs/],
    [
      'a do_not_contact helper',
      'ishii-yoga-customers',
      'kondo-sales',
      1,
      /"kondo-sales" is marked do_not_contact/,
    ],
    [
      'a pair with an open proposal',
      'gudon-ramen-booking',
      'suzuki-dev',
      1,
      /already has an open proposal 2026-09-gudon-ramen-booking-suzuki-dev \(asked-owner\)/,
    ],
    ['an unknown need', 'gudon-ramen-menuu', 'miller-english', 2, /no need with the id "gudon-ramen-menuu"/],
    ['an unknown helper', 'gudon-ramen-menu', 'miller', 2, /no space or member with the id "miller"/],
    ['the owner as helper', 'gudon-ramen-menu', 'gudon-ramen', 1, /cannot be its helper/],
  ])('refuses %s', async (_case, need, helper, code, message) => {
    const dir = copySample();
    const r = await mixer(dir, '--lang', 'en', 'propose', need, helper, '--mixer', 'mx-kimura');
    expect(r.code).toBe(code);
    expect(r.err).toMatch(message);
    expect(fs.readdirSync(path.join(dir, 'proposals')).length).toBe(4);
  });
});

describe('--format eml', () => {
  it('writes drafts that a mail parser reads back: encoded headers, UTF-8 text, the same words', async () => {
    const dir = copySample();
    const id = '2026-11-hirano-cafe-logo-ito-design';
    const args = ['propose', 'hirano-cafe-logo', 'ito-design', '--mixer', 'mx-sato', '--ask-first', 'helper'];
    expect((await mixer(dir, ...args, '--format', 'eml')).code).toBe(0);
    const raw = read(dir, `proposals/${id}.ask-helper.eml`);
    expect(raw).toMatch(/^Subject: =\?UTF-8\?/m);
    // The Message-ID is stable but says nothing: the proposal's id names the need and the helper.
    expect(raw).toMatch(/^Message-ID: <[0-9a-f]{32}@example\.jp>/m);
    expect(raw).not.toContain('hirano-cafe-logo');
    expect(raw).toContain('\r\n');
    const mail = await parseEml(raw);
    expect(mail.subject).toBe('【ご相談】お力をお借りしたい方のご紹介について');
    expect(mail.from).toEqual(['misaki.sato@example.jp']);
    expect(mail.to).toEqual(['aya.ito@example.jp']);
    expect(mail.unsent).toBe('1');
    // The same letter as Markdown, written elsewhere, has the same body.
    const md = copySample();
    expect((await mixer(md, ...args)).code).toBe(0);
    expect(mail.text.trim()).toBe(splitLetter(read(md, `proposals/${id}.ask-helper.md`)).body.trim());
    expect((await mixer(dir, 'status', id, 'asked-helper')).code).toBe(0);
    expect((await mixer(dir, 'status', id, 'helper-accepted', '--format', 'eml')).code).toBe(0);
    expect((await parseEml(read(dir, `proposals/${id}.ask-owner.eml`))).text).toContain('すでにご了承');
  });

  it('an unknown format is bad usage', async () => {
    const r = await mixer(
      copySample(),
      '--lang',
      'en',
      'propose',
      'tanaka-inn-photos',
      'kato-photo',
      '--mixer',
      'mx-sato',
      '--format',
      'pdf',
    );
    expect(r.code).toBe(2);
    expect(r.err).toContain('--format');
  });
});

describe('privacy on the sample network', () => {
  it('never names a private helper in the ask to the owner, nor prints its text in any letter', async () => {
    // kikuchi-illust is share: mixers
    const dir = copySample();
    const id = '2026-11-suzuki-dev-design-kikuchi-illust';
    expect(
      (await mixer(dir, 'propose', 'suzuki-dev-design', 'kikuchi-illust', '--mixer', 'mx-sato')).code,
    ).toBe(0);
    for (const step of ['asked-owner', 'owner-accepted', 'asked-helper', 'helper-accepted'])
      expect((await mixer(dir, 'status', id, step)).code).toBe(0);
    const ask = read(dir, `proposals/${id}.ask-owner.md`);
    expect(ask).not.toContain('菊池');
    expect(ask).toContain(
      'オンライン東北のメンバーの方です。お名前は、双方のご了承をいただいてからお伝えします。',
    );
    for (const file of letterFiles(dir, id)) {
      const text = read(dir, `proposals/${file}`);
      for (const secret of ['イラスト制作', 'キャラクターデザイン', '公開可否'])
        expect(text).not.toContain(secret);
    }
  });

  it('leaves out a strength marked mixers and a need marked mixers', async () => {
    const dir = copySample();
    expect(
      (await mixer(dir, 'propose', 'gudon-ramen-staff', 'suzuki-dev', '--mixer', 'mx-kimura')).code,
    ).toBe(0);
    expect(read(dir, 'proposals/2026-11-gudon-ramen-staff-suzuki-dev.ask-owner.md')).not.toContain('SIer');
    expect((await mixer(dir, 'propose', 'hirano-cafe-tax', 'chiba-tax', '--mixer', 'mx-kimura')).code).toBe(
      0,
    );
    const tax = read(dir, 'proposals/2026-11-hirano-cafe-tax-chiba-tax.ask-owner.md');
    expect(tax).not.toContain('確定申告を自分でやるのが大変');
    expect(tax).toContain('先日伺ったご相談について、お力になれそうな方がいらっしゃいます。');
  });

  it('asks a helper first about a need kept in the team without saying whose need it is', async () => {
    // hirano-cafe-tax is share: mixers; its owner, カフェ ひらの, is public.
    const dir = copySample();
    const id = '2026-11-hirano-cafe-tax-chiba-tax';
    const args = ['propose', 'hirano-cafe-tax', 'chiba-tax', '--mixer', 'mx-sato', '--ask-first', 'helper'];
    expect((await mixer(dir, ...args)).code).toBe(0);
    const ask = read(dir, `proposals/${id}.ask-helper.md`);
    expect(ask).toContain('「確定申告の相談」に強みをお持ちの千葉 税理士事務所様に');
    expect(ask).toContain(
      'ご紹介したいのは、私どものネットワークのメンバーの方です。お名前は、双方のご了承をいただいてからお伝えします。',
    );
    for (const owner of ['ひらの', '北上駅前', 'スコーン', 'ケータリング', '焼き菓子'])
      expect(ask).not.toContain(owner);
    // Once the owner has agreed too, the introduction names both.
    for (const step of ['asked-helper', 'helper-accepted', 'asked-owner', 'owner-accepted'])
      expect((await mixer(dir, 'status', id, step)).code).toBe(0);
    expect(read(dir, `proposals/${id}.introduction.md`)).toContain('カフェ ひらの 様');
  });

  it("writes to a space's staff for an ask to the space alone, and never shows that address to the other side", async () => {
    const dir = copySample();
    const id = '2026-11-akita-moms-venue-kitakami-base';
    expect(
      (
        await mixer(
          dir,
          'propose',
          'akita-moms-venue',
          'kitakami-base',
          '--mixer',
          'mx-kimura',
          '--ask-first',
          'helper',
        )
      ).code,
    ).toBe(0);
    expect(splitLetter(read(dir, `proposals/${id}.ask-helper.md`)).front.to).toBe(
      '北上ベース <yumi@kitakami-base.example.jp>',
    );
    for (const step of ['asked-helper', 'helper-accepted', 'asked-owner', 'owner-accepted'])
      expect((await mixer(dir, 'status', id, step)).code).toBe(0);
    const intro = splitLetter(read(dir, `proposals/${id}.introduction.md`));
    expect(intro.front.to).not.toContain('yumi@');
    expect(intro.body).not.toContain('yumi@');
    expect(intro.front.bcc).toBe('北上ベース <yumi@kitakami-base.example.jp>');
    expect(intro.body).toContain('https://kitakami-base.example.jp');
  });

  it('prints contact details only where the record shares them', async () => {
    const dir = copySample();
    const id = '2026-11-hirano-cafe-logo-ito-design';
    expect(
      (await mixer(dir, '--lang', 'en', 'propose', 'hirano-cafe-logo', 'ito-design', '--mixer', 'mx-sato'))
        .code,
    ).toBe(0);
    for (const step of ['asked-owner', 'owner-accepted', 'asked-helper', 'helper-accepted'])
      expect((await mixer(dir, '--lang', 'en', 'status', id, step)).code).toBe(0);
    const intro = read(dir, `proposals/${id}.introduction.md`);
    expect(intro).toContain('- Contact: aya.ito@example.jp');
    expect(intro.match(/Contact:/g)).toHaveLength(1); // hirano-cafe has no contact
    expect(intro).toContain('Could カフェ ひらの get in touch with 伊藤 彩 using the details above?');
    expect(splitLetter(intro).front.to).toBe('伊藤 彩 <aya.ito@example.jp>');
  });

  it('never suggests meeting at a space marked do_not_contact', async () => {
    const dir = copySample();
    // The owner's space asked not to be contacted; its member may still be written to.
    fs.appendFileSync(path.join(dir, 'spaces/sendai-loft.yaml'), 'do_not_contact: true\n');
    const ask = await proposeMenu(dir, [], '--stdout');
    expect(ask.code).toBe(0);
    expect(ask.out).not.toMatch(/顔合わせは、仙台ロフト/);
    expect(ask.out).not.toContain('宮城県仙台市青葉区');
    expect((await proposeMenu(dir, [])).code).toBe(0);
    for (const step of ['asked-owner', 'owner-accepted', 'asked-helper', 'helper-accepted'])
      expect((await mixer(dir, 'status', MENU, step)).code).toBe(0);
    const intro = read(dir, `proposals/${MENU}.introduction.md`);
    expect(intro).toContain('一度、オンラインで顔合わせをされてはいかがでしょうか。');
    expect(intro).not.toContain('宮城県仙台市青葉区');
  });

  it('proposes to a space it may meet at its own space, not at itself by name; the other side gets the name', async () => {
    const dir = copySample();
    // morioka-hub owns the need: it is asked first, and the helper second.
    const studio = ['propose', 'morioka-hub-studio', 'yamamoto-sns', '--mixer', 'mx-sato', '--stdout'];
    const toSpace = await mixer(dir, ...studio);
    expect(toSpace.code, toSpace.err).toBe(0);
    expect(toSpace.out).toContain('顔合わせは、そちらのスペースでも、オンラインでも構いません。');
    expect(toSpace.out).not.toContain('盛岡ハブ（岩手県盛岡市）');
    const toSpaceEn = await mixer(dir, '--lang', 'en', ...studio);
    expect(toSpaceEn.out).toContain('You could meet at your space or online.');
    expect(toSpaceEn.out).not.toContain('岩手県盛岡市');
    const toHelper = await mixer(dir, ...studio, '--ask-first', 'helper');
    expect(toHelper.out).toContain('顔合わせは、盛岡ハブ（岩手県盛岡市）でも、オンラインでも構いません。');
    const toHelperEn = await mixer(dir, '--lang', 'en', ...studio, '--ask-first', 'helper');
    expect(toHelperEn.out).toContain('You could meet at 盛岡ハブ (岩手県盛岡市) or online.');
    // A helper that is the space to meet at (the owner's own space is online only) is told so too.
    const host = ['propose', 'online-tohoku-host', 'morioka-hub', '--mixer', 'mx-sato', '--stdout'];
    const toHelperSpace = await mixer(dir, ...host, '--ask-first', 'helper');
    expect(toHelperSpace.out).toContain('顔合わせは、そちらのスペースでも、オンラインでも構いません。');
    const toOwner = await mixer(dir, '--lang', 'en', ...host);
    expect(toOwner.out).toContain('You could meet at 盛岡ハブ (岩手県盛岡市) or online.');
  });

  it('prints record text literally: a {{ }} in a summary is not evaluated', async () => {
    const dir = copySample();
    const r = await mixer(
      dir,
      'propose',
      'hirano-cafe-logo',
      'ito-design',
      '--mixer',
      'mx-sato',
      '--ask-first',
      'helper',
    );
    expect(r.code, r.err).toBe(0);
    expect(read(dir, 'proposals/2026-11-hirano-cafe-logo-ito-design.ask-helper.md')).toContain(
      '北上駅前のカフェ。{{ 店長おすすめ }} のスコーンが人気',
    );
  });
});

describe('where the introduction says the need was heard', () => {
  /** The sample's hirano-cafe need proposed to a helper and taken to its introduction. */
  async function introduction(need: string, helper: string): Promise<string> {
    const dir = copySample();
    expect((await mixer(dir, 'propose', need, helper, '--mixer', 'mx-sato')).code).toBe(0);
    const id = `2026-11-${need}-${helper}`;
    for (const step of ['asked-owner', 'owner-accepted', 'asked-helper', 'helper-accepted'])
      expect((await mixer(dir, 'status', id, step)).code).toBe(0);
    return read(dir, `proposals/${id}.introduction.md`);
  }

  it('is the visit the need was recorded at', async () => {
    // hirano-cafe-logo: visit 2026-09-03-kitakami-base, made by mx-sato.
    expect(await introduction('hirano-cafe-logo', 'ito-design')).toContain(
      '2026年9月3日（木）に北上ベースで、カフェ ひらの様から',
    );
  });

  it('is no meeting from before the need began', async () => {
    // hirano-cafe-tax began 2026-10-15; mx-sato met カフェ ひらの only on 2026-09-03.
    const intro = await introduction('hirano-cafe-tax', 'chiba-tax');
    expect(intro).not.toContain('9月3日');
    expect(intro).toContain('\nカフェ ひらの様からご相談を伺い、');
  });
});

describe('templates', () => {
  it('a template naming a missing field fails with its file, line and variable, and writes nothing', async () => {
    const dir = copySample();
    const templates = writeFiles(tempDir(), {
      'ja/ask.md': '---\nsubject: x\n---\n{{ recipient.name }}\n\n{{ recipient.nickname }}\n',
    });
    const r = await proposeMenu(dir, [], '--template', templates);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${path.join(templates, 'ja/ask.md')}:6:4`);
    expect(r.err).toContain('undefined variable: recipient.nickname');
    expect(fs.readdirSync(path.join(dir, 'proposals')).length).toBe(4);
  });

  it("a data folder's own templates/ wins, and may use mixer's parts", async () => {
    const dir = copySample();
    writeFiles(dir, {
      'templates/en/ask.md':
        '---\nsubject: "Hello {{ recipient.name }}"\n---\nMeet at {% render \'parts/place\', place: place %}.\n',
    });
    expect((await proposeMenu(dir, ['--lang', 'en'])).code).toBe(0);
    expect(read(dir, `proposals/${MENU}.ask-owner.md`)).toBe(
      '---\nsubject: "Hello 麺屋 ぐどん"\nfrom: "木村 健太 <kenta.kimura@example.jp>"\nto: ""\n---\n\nMeet at 仙台ロフト (宮城県仙台市青葉区).\n',
    );
  });

  it('refuses a template that includes a file outside the template folders', async () => {
    const dir = copySample();
    git(dir, 'init', '-q');
    writeFiles(dir, { 'templates/ja/ask.md': '---\nsubject: x\n---\n{% include "../../.git/config" %}\n' });
    const r = await proposeMenu(dir, []);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${path.join(dir, 'templates/ja/ask.md')}:4:1`);
    expect(r.err).toContain('Failed to lookup "../../.git/config"');
    expect(r.err).toContain(
      'テンプレートが読み込めるのは、同じフォルダと mixer の templates/ の中のファイルだけです',
    );
    expect(r.err).not.toContain('repositoryformatversion');
    expect(fs.readdirSync(path.join(dir, 'proposals')).length).toBe(4);
  });

  it('refuses a template that loops without end', async () => {
    const dir = copySample();
    const templates = writeFiles(tempDir(), {
      'ja/ask.md': '---\nsubject: x\n---\n{% for i in (1..100000000) %}x{% endfor %}\n',
    });
    const r = await proposeMenu(dir, [], '--template', templates);
    expect(r.code).toBe(1);
    expect(r.err).toContain('limit exceeded');
    expect(r.err).toContain('繰り返しが多すぎます');
    expect(fs.readdirSync(path.join(dir, 'proposals')).length).toBe(4);
  });

  it('a --template folder that is missing or holds no template is bad usage, with a next step', async () => {
    const dir = copySample();
    const missing = await proposeMenu(dir, ['--lang', 'en'], '--template', 'no-such-dir');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('--template: no folder no-such-dir');
    expect(missing.err).toContain("copy mixer's templates/ folder");
    const empty = tempDir();
    const wrong = await proposeMenu(dir, ['--lang', 'en'], '--template', empty);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('holds no template (looked for en/ask.md and en/introduction.md)');
  });

  it('refuses recipients in a template: mixer sets them from the records', async () => {
    const dir = copySample();
    writeFiles(dir, { 'templates/ja/ask.md': '---\nsubject: x\nto: "{{ recipient.name }}"\n---\nx\n' });
    const r = await proposeMenu(dir, []);
    expect(r.code).toBe(1);
    expect(r.err).toContain('前付け（front matter）の「to」は使えません');
  });
});
