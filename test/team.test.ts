// Team workflow: a data repository made by init, reviewed on a branch, merged; schemas checked by
// a validator that is not ours; due, brief and report on the sample network with a fixed today.
import fs from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildProgram } from '../src/cli.js';
import {
  cleanup,
  copySample,
  displayWidthOf,
  git,
  memoryIo,
  mixer,
  mixerJson,
  ROOT,
  tempDir,
} from './helpers.js';

afterAll(cleanup);

const TODAY = { MIXER_TODAY: '2026-11-26' };

describe('a data repository, from init to merge', () => {
  it('init lays out the repository, and a reviewed branch merges cleanly', async () => {
    const dir = path.join(tempDir(), 'team-data');
    const init = await mixer(['--lang', 'ja', 'init', dir]);
    expect(init.code, init.stderr).toBe(0);
    for (const file of [
      'mixer.yaml',
      'glossary.yaml',
      'README.md',
      '.github/workflows/mixer.yml',
      '.github/pull_request_template.md',
      '.vscode/settings.json',
      'schemas/member.schema.json',
      'needs/.gitkeep',
    ])
      expect(fs.existsSync(path.join(dir, file)), file).toBe(true);
    expect(git(dir, 'rev-parse', '--is-inside-work-tree')).toBe('true');
    expect((await mixer(['--data', dir, 'validate'])).code).toBe(0);
    // a second init refuses to overwrite
    const again = await mixer(['--lang', 'en', 'init', dir]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already there/);

    git(dir, 'config', 'user.email', 'aoi@example.jp');
    git(dir, 'config', 'user.name', 'Aoi');
    const ok = async (...args: string[]) => {
      const r = await mixer(['--data', dir, ...args], { env: TODAY });
      expect(r.code, `${args.join(' ')}\n${r.stderr}`).toBe(0);
      return r;
    };
    await ok('add-space', '--id', 'hanamaki-lab', '--name', '花巻ラボ', '--kind', 'physical');
    await ok('add-space', '--id', 'tono-base', '--name', '遠野ベース');
    await ok(
      'add-mixer',
      '--id',
      'mx-aoi',
      '--name',
      '青井',
      '--email',
      'aoi@example.jp',
      '--space',
      'hanamaki-lab',
    );
    await ok(
      'add-member',
      '--id',
      'web-tono',
      '--name',
      'Tono Web',
      '--kind',
      'company',
      '--space',
      'tono-base',
      '--strength',
      'ホームページ制作',
      '--share',
      'public',
    );
    await ok(
      'add-member',
      '--id',
      'cafe-hana',
      '--name',
      'Cafe Hana',
      '--kind',
      'company',
      '--space',
      'hanamaki-lab',
      '--share',
      'public',
    );
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'start');

    await ok(
      'add-visit',
      '--space',
      'hanamaki-lab',
      '--met',
      'cafe-hana',
      '--need',
      'cafe-hana:お店のホームページを作りたい',
      '--strength',
      'cafe-hana:焼き菓子',
      '--branch',
      'visit/hanamaki',
      '--commit',
    );
    expect(git(dir, 'branch', '--show-current')).toBe('visit/hanamaki');
    const review = await mixer(['--data', dir, 'review', '--base', 'main'], { env: TODAY });
    expect(review.code, review.stderr).toBe(0);
    expect(review.stdout).toContain('## mixer レビュー');
    expect(review.stdout).toContain('追加 2・変更 0・削除 0');
    expect(review.stdout).toContain('- Cafe Hana (members/cafe-hana): 強みに『焼き菓子』を追加');
    expect(review.stdout).toContain('#### 新しい課題『お店のホームページを作りたい』');
    expect(review.stdout).toMatch(/- Cafe Hana ← Tono Web \(0\.\d\d\)/);
    const json = await mixerJson<{ counts: object; problems: unknown[] }>([
      '--data',
      dir,
      'review',
      '--base',
      'main',
    ]);
    expect(json.counts).toEqual({ added: 2, changed: 0, removed: 0 });
    expect(json.problems).toEqual([]);
    // A record written but not yet added to git is a change of the branch too.
    expect(
      (await mixer(['--data', dir, 'add-need', '--owner', 'cafe-hana', '--title', '看板を作りたい'])).code,
    ).toBe(0);
    const untracked = await mixerJson<{ counts: object }>(['--data', dir, 'review', '--base', 'main']);
    expect(untracked.counts).toEqual({ added: 3, changed: 0, removed: 0 });
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'need');

    git(dir, 'switch', '-q', 'main');
    git(dir, 'merge', '-q', '--no-ff', '-m', 'merge visit', 'visit/hanamaki');
    expect((await mixer(['--data', dir, 'validate'])).code).toBe(0);
    expect((await mixer(['--data', dir, 'fmt', '--check'])).code).toBe(0);
  });

  it('review in a clone without the base says to fetch it', async () => {
    const origin = copySample();
    git(origin, 'init', '-q', '-b', 'main');
    git(origin, 'add', '-A');
    git(origin, 'commit', '-q', '-m', 'one');
    const clone = path.join(tempDir(), 'shallow');
    git(path.dirname(clone), 'clone', '-q', '--depth', '1', `file://${origin}`, clone);
    const r = await mixer(['--data', clone, '--lang', 'en', 'review', '--base', 'origin/release']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/the base origin\/release is not here \(a shallow clone\?\)/);
    expect(r.stderr).toMatch(
      /git fetch --unshallow origin \+refs\/heads\/release:refs\/remotes\/origin\/release/,
    );
  });

  it('the workflow is valid YAML whose steps name existing commands', async () => {
    const dir = path.join(tempDir(), 'repo');
    expect((await mixer(['init', dir])).code).toBe(0);
    const workflow = parse(fs.readFileSync(path.join(dir, '.github/workflows/mixer.yml'), 'utf8'));
    const runs: string[] = workflow.jobs.check.steps.map((s: { run?: string }) => s.run).filter(Boolean);
    const used = runs.flatMap((r) => [...r.matchAll(/\bmixer ([a-z-]+)/g)].map((m) => m[1]!));
    expect(used.sort()).toEqual(['fmt', 'review', 'validate']);
    const { io } = memoryIo();
    const known = buildProgram(io, 'en', () => {}).commands.map((c) => c.name());
    for (const command of used) expect(known).toContain(command);
    expect(workflow.on).toHaveProperty('pull_request');
  });
});

describe('JSON Schemas', () => {
  it('--out naming a file, or a folder under one, is bad usage with a next step, not a crash', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'taken');
    fs.writeFileSync(file, 'keep me\n');
    for (const out of [file, path.join(file, 'sub')]) {
      const r = await mixer(['--lang', 'en', 'schema', '--out', out]);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain(`--out ${file} is not a folder`);
      expect(r.stderr).toMatch(/→ name another folder/);
      expect(r.stderr).not.toMatch(/unexpected|EEXIST|ENOTDIR/i);
    }
    expect(fs.readFileSync(file, 'utf8')).toBe('keep me\n');
  });

  it('accept every file of the sample network and reject a broken one (checked by ajv)', async () => {
    const out = tempDir();
    expect((await mixer(['schema', '--out', out])).code).toBe(0);
    const ajv = new Ajv({ allErrors: true });
    addFormats(ajv);
    ajv.addKeyword('markdownDescription'); // the hover text of editors
    const schemaFor = (name: string) =>
      ajv.compile(JSON.parse(fs.readFileSync(path.join(out, `${name}.schema.json`), 'utf8')));
    let checked = 0;
    const kinds = {
      spaces: 'space',
      members: 'member',
      needs: 'need',
      visits: 'visit',
      mixers: 'mixer',
      proposals: 'proposal',
    };
    for (const [folder, name] of Object.entries(kinds)) {
      const validate = schemaFor(name);
      const dir = path.join(ROOT, 'data', folder);
      const files = fs
        .readdirSync(dir, { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('.yaml'));
      for (const file of files) {
        const ok = validate(parse(fs.readFileSync(path.join(dir, file), 'utf8')));
        expect(ok, `${folder}/${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(80);
    const member = schemaFor('member');
    expect(member({ name: 'x', kind: 'robot' })).toBe(false);
    expect(member({ name: 'x', kind: 'person', strenghts: [] })).toBe(false);
    expect(schemaFor('need')({ owner: 'Bad Id', title: 'x' })).toBe(false);
  });

  it('the editor settings of init map every kind folder to its schema', async () => {
    const dir = path.join(tempDir(), 'repo');
    expect((await mixer(['init', dir])).code).toBe(0);
    const settings = JSON.parse(fs.readFileSync(path.join(dir, '.vscode/settings.json'), 'utf8'));
    expect(settings['yaml.schemas']['./schemas/member.schema.json']).toBe('members/**/*.yaml');
    expect(Object.keys(settings['yaml.schemas'])).toHaveLength(8);
  });
});

describe('due, brief and report on the sample network', () => {
  it('due lists what is late, the latest first, with who covers it', async () => {
    const items = await mixerJson<Array<{ type: string; id: string; late: number; mixers: string[] }>>(
      ['--data', copySample(), 'due'],
      { env: TODAY },
    );
    expect(items.map((i) => [i.id, i.late])).toEqual([
      ['morioka-hub', 63],
      ['sendai-loft', 59],
      ['2026-09-gudon-ramen-booking-suzuki-dev', 51],
      ['2026-10-iwate-craft-overseas-miller-english', 34],
      ['akita-commons', 21],
      ['yamagata-yard', 14],
      ['online-tohoku', 10],
    ]);
    expect(items[0]!.mixers).toEqual(['佐藤 美咲']);
    // For a script, the same mixers by id.
    expect((items[0] as unknown as { mixerIds: string[] }).mixerIds).toEqual(['mx-sato']);
    const text = await mixer(['--data', copySample(), '--lang', 'en', 'due'], { env: TODAY });
    expect(text.stdout).toContain(
      '盛岡ハブ: last 2026-09-10, 63 days late (every 14 days)  covered by 佐藤 美咲',
    );
  });

  it('due lists a letter written and never sent, like an answer that never came', async () => {
    const dir = copySample();
    const on = (day: string) => ({ env: { MIXER_TODAY: day } });
    const propose = ['--data', dir, 'propose', 'hirano-cafe-logo', 'ito-design', '--mixer', 'mx-sato'];
    expect((await mixer(propose, on('2026-11-01'))).code).toBe(0);
    const staff = ['--data', dir, 'propose', 'gudon-ramen-staff', 'suzuki-dev', '--mixer', 'mx-kimura'];
    expect((await mixer(staff, on('2026-10-20'))).code).toBe(0);
    const id = '2026-10-gudon-ramen-staff-suzuki-dev';
    for (const [step, day] of [
      ['asked-owner', '2026-10-21'],
      ['owner-accepted', '2026-10-25'],
    ])
      expect((await mixer(['--data', dir, 'status', id, step!], on(day!))).code).toBe(0);
    const items = await mixerJson<Array<{ type: string; id: string; late: number }>>(['--data', dir, 'due'], {
      env: TODAY,
    });
    expect(items).toContainEqual(
      expect.objectContaining({ type: 'proposal', id: '2026-11-hirano-cafe-logo-ito-design', late: 11 }),
    );
    // Each with the command that records the letter sent: the ask to the helper after the owner's yes.
    expect(items).toContainEqual(
      expect.objectContaining({ type: 'proposal', id, late: 18, command: `mixer status ${id} asked-helper` }),
    );
    // In 80 columns, each proposal's id on a line of its own, what is due under it, and the
    // command whole on a line of its own.
    const text = await mixer(['--data', dir, '--lang', 'en', 'due'], { env: TODAY });
    expect(text.stdout).toContain(
      `  ${id}\n    owner-accepted for 32 days (18 days late); send the ask to the helper, then\n    record it\n` +
        `    mixer status ${id} asked-helper\n    covered by 木村 健太`,
    );
    expect(text.stdout).toContain(
      '  2026-11-hirano-cafe-logo-ito-design\n    draft for 25 days (11 days late); send the ask to the owner, then record it\n' +
        '    mixer status 2026-11-hirano-cafe-logo-ito-design asked-owner\n    covered by 佐藤 美咲',
    );
    for (const line of text.stdout.split('\n')) expect(displayWidthOf(line), line).toBeLessThanOrEqual(80);
  });

  it('due shows a space never visited first', async () => {
    const dir = copySample();
    expect(
      (await mixer(['--data', dir, 'add-space', '--id', 'new-space', '--name', 'New'], { env: TODAY })).code,
    ).toBe(0);
    const items = await mixerJson<Array<{ id: string; late: number | null }>>(['--data', dir, 'due'], {
      env: TODAY,
    });
    expect(items[0]).toMatchObject({ id: 'new-space', late: null });
  });

  it('due says to close a proposal not yet introduced whose need was dropped, not to send its ask', async () => {
    const dir = copySample();
    const id = '2026-09-gudon-ramen-booking-suzuki-dev';
    fs.appendFileSync(path.join(dir, 'needs/gudon-ramen-booking.yaml'), 'status: dropped\n');
    // A space nobody covers says so once, not 「担当: 担当なし」.
    expect(
      (await mixer(['--data', dir, 'add-space', '--id', 'new-space', '--name', 'New'], { env: TODAY })).code,
    ).toBe(0);
    const items = await mixerJson<Array<{ type: string; id: string; command?: string }>>(
      ['--data', dir, 'due'],
      { env: TODAY },
    );
    expect(items[0]).toMatchObject({ type: 'close', id, command: `mixer status ${id} closed` });
    expect(items.filter((i) => i.id === id)).toHaveLength(1);
    const ja = await mixer(['--data', dir, 'due'], { env: TODAY });
    expect(ja.stdout).toMatch(
      new RegExp(
        `^閉じる提案\\n {2}${id}\\n {4}課題は「取り下げ」になっています。閉じてください\\n {4}mixer status ${id} closed\\n`,
      ),
    );
    expect(ja.stdout).toContain('New: まだ訪問していません  担当: なし');
    const en = await mixer(['--data', dir, '--lang', 'en', 'due'], { env: TODAY });
    expect(en.stdout).toContain(
      `  ${id}\n    the need is dropped; close it\n    mixer status ${id} closed\n`,
    );
    // The brief of a space it touches says it too, under the proposal.
    const brief = await mixer(['--data', dir, 'brief', 'sendai-loft'], { env: TODAY });
    expect(brief.stdout).toContain(
      `- ${id}: 持ち主に打診中 (鈴木 拓海)\n  - 課題は「取り下げ」になっています。閉じてください（mixer status ${id} closed）`,
    );
    const briefEn = await mixer(['--data', dir, '--lang', 'en', 'brief', 'sendai-loft'], { env: TODAY });
    expect(briefEn.stdout).toContain(`  - the need is dropped; close it (mixer status ${id} closed)`);
    // An introduced proposal is left to the two sides.
    const craft = await mixerJson<Array<{ id: string }>>(['--data', dir, 'due'], { env: TODAY });
    expect(craft.map((i) => i.id)).toContain('2026-10-iwate-craft-overseas-miller-english');
    fs.appendFileSync(path.join(dir, 'needs/iwate-craft-overseas.yaml'), 'status: solved\n');
    const after = await mixerJson<Array<{ type: string; id: string }>>(['--data', dir, 'due'], {
      env: TODAY,
    });
    expect(after).toContainEqual(
      expect.objectContaining({ type: 'proposal', id: '2026-10-iwate-craft-overseas-miller-english' }),
    );
  });

  it('brief gathers visits, open needs oldest first, proposals, questions and pairings', async () => {
    const brief = await mixerJson<{
      visits: Array<{ date: string }>;
      needs: Array<{ id: string; since: string }>;
      proposals: Array<{ id: string }>;
      questions: string[];
      pairings: Array<{ owner: string; helper: string }>;
    }>(['--data', copySample(), 'brief', 'akita-commons'], { env: TODAY });
    expect(brief.visits.map((v) => v.date)).toEqual(['2026-10-22']);
    expect(brief.needs[0]!.id).toBe('oyama-farm-ec');
    expect(brief.needs.map((n) => n.since)).toEqual([...brief.needs.map((n) => n.since)].sort());
    expect(brief.questions).toContain('oyama-farm-tractor');
    expect(brief.pairings.length).toBeGreaterThan(0);
    // In text, a proposal's status in words, as list and show say it.
    const text = await mixer(['--data', copySample(), 'brief', 'sendai-loft'], { env: TODAY });
    expect(text.stdout).toContain('- 2026-09-gudon-ramen-booking-suzuki-dev: 持ち主に打診中 (鈴木 拓海)');
  });

  it('report matches its golden Markdown', async () => {
    const r = await mixer(
      ['--data', copySample(), 'report', '--since', '2026-09-01', '--until', '2026-11-30'],
      {
        env: TODAY,
      },
    );
    expect(r.code).toBe(0);
    const golden = path.join(ROOT, 'test/golden/report.ja.md');
    if (process.env.UPDATE_GOLDEN) fs.writeFileSync(golden, r.stdout);
    expect(r.stdout).toBe(fs.readFileSync(golden, 'utf8'));
    const en = await mixer(['--data', copySample(), '--lang', 'en', 'report', '--by', 'space'], {
      env: TODAY,
    });
    const goldenEn = path.join(ROOT, 'test/golden/report.en.md');
    if (process.env.UPDATE_GOLDEN) fs.writeFileSync(goldenEn, en.stdout);
    expect(en.stdout).toBe(fs.readFileSync(goldenEn, 'utf8'));
    // A period with one of each, and no proposal between spaces: counted in the singular, and a
    // sentence where the diagram would be empty.
    const quiet = await mixer(
      ['--data', copySample(), '--lang', 'en', 'report', '--since', '2026-11-19', '--until', '2026-11-20'],
      { env: TODAY },
    );
    expect(quiet.stdout).toContain(
      '\n### Spaces joined by proposals\n\nNo proposal joined two spaces in this period.',
    );
    expect(quiet.stdout).not.toContain('```mermaid');
  });

  it('report counts the headline figures', async () => {
    const r = await mixerJson<{
      dealValue: number;
      deals: unknown[];
      proposals: {
        total: number;
        acrossSpaces: number;
        declined: number;
        closed: number;
        funnel: Array<{ status: string; count: number }>;
      };
      visits: { total: number; cost: number };
    }>(['--data', copySample(), 'report'], { env: TODAY });
    expect(r.dealValue).toBe(90000);
    expect(r.deals).toHaveLength(1);
    expect(r.visits).toMatchObject({ total: 7, cost: 7300 });
    expect(r.proposals.total).toBe(4);
    expect(r.proposals.acrossSpaces).toBe(3);
    expect(r.proposals.funnel.find((f) => f.status === 'asked')!.count).toBe(4);
    // The owner of akita-moms-venue declined, and it was closed after: counted once, where it stopped.
    expect(r.proposals).toMatchObject({ declined: 1, closed: 0 });
    // Each table of visits adds up under its rows, in the folder's currency (円 in Japanese).
    const text = await mixer(['--data', copySample(), 'report'], { env: TODAY });
    expect(text.stdout).toContain('| スペース | 訪問 | 費用（円） |');
    expect(text.stdout).toContain('| 合計 | 7 | 7,300 |\n\n### スペース別の訪問');
    expect(text.stdout.match(/\| 合計 \| 7 \| 7,300 \|/g)).toHaveLength(2);
    const en = await mixer(['--data', copySample(), '--lang', 'en', 'report'], { env: TODAY });
    expect(en.stdout).toContain('| Total | 7 | 7,300 |');
    expect(en.stdout).toContain('| space | visits | cost (JPY) |');
    // The funnel says what its percentages are.
    expect(text.stdout).toContain(
      '「次の段階へ」は、その段階まで進んだ提案のうち、次の段階にも進んだものの割合です。',
    );
    expect(en.stdout).toContain(
      'The column "to next stage" is the share of the proposals that reached a stage',
    );
  });

  it("report counts a collaboration closed after a meeting as the funnel's last stage, not as closed", async () => {
    const dir = copySample();
    const craft = '2026-10-iwate-craft-overseas-miller-english';
    for (const args of [['met'], ['closed', '--outcome', 'collaboration']])
      expect((await mixer(['--data', dir, 'status', craft, ...args], { env: TODAY })).code).toBe(0);
    const r = await mixerJson<{
      deals: unknown[];
      proposals: { closed: number; funnel: Array<{ status: string; count: number; conversion: string }> };
    }>(['--data', dir, 'report'], { env: TODAY });
    // Two proposals met, both succeeded: a deal and a collaboration, as the headline counts them.
    expect(r.deals).toHaveLength(2);
    expect(r.proposals.funnel.find((f) => f.status === 'met')).toMatchObject({
      count: 2,
      conversion: '100%',
    });
    expect(r.proposals.funnel.find((f) => f.status === 'deal')!.count).toBe(2);
    expect(r.proposals.closed).toBe(0);
    const ja = await mixer(['--data', dir, 'report'], { env: TODAY });
    expect(ja.stdout).toContain('| 成約・協業 | 2 |  |\n| 辞退 | 1 |  |\n| 成果なしで終了 | 0 |  |');
    const en = await mixer(['--data', dir, '--lang', 'en', 'report'], { env: TODAY });
    expect(en.stdout).toContain(
      '| deal or collaboration | 2 |  |\n| declined | 1 |  |\n| closed, no result | 0 |  |',
    );
    // Closed with no result still counts as closed.
    const none = copySample();
    for (const args of [['met'], ['closed', '--outcome', 'none']])
      expect((await mixer(['--data', none, 'status', craft, ...args], { env: TODAY })).code).toBe(0);
    const nothing = await mixerJson<{
      proposals: { closed: number; funnel: Array<{ status: string; count: number }> };
    }>(['--data', none, 'report'], { env: TODAY });
    expect(nothing.proposals.closed).toBe(1);
    expect(nothing.proposals.funnel.find((f) => f.status === 'deal')!.count).toBe(1);
  });

  it('report never shows a stage with more proposals than the one before it (a collaboration closed at the introduction)', async () => {
    const dir = copySample();
    const craft = '2026-10-iwate-craft-overseas-miller-english';
    // introduced → closed with a collaboration: no `met` in its history, yet it got past it
    const closed = await mixer(['--data', dir, 'status', craft, 'closed', '--outcome', 'collaboration'], {
      env: TODAY,
    });
    expect(closed.code, closed.stderr).toBe(0);
    const r = await mixerJson<{
      proposals: { funnel: Array<{ status: string; count: number; conversion: string }> };
    }>(['--data', dir, 'report'], { env: TODAY });
    const stage = (s: string) => r.proposals.funnel.find((f) => f.status === s)!;
    expect(stage('met')).toMatchObject({ count: 2, conversion: '100%' });
    expect(stage('deal').count).toBe(2);
    for (const [i, f] of r.proposals.funnel.entries()) {
      if (i > 0) expect(f.count).toBeLessThanOrEqual(r.proposals.funnel[i - 1]!.count);
      expect(Number.parseInt(f.conversion || '0', 10)).toBeLessThanOrEqual(100);
    }
  });

  it('report says how many deals have no value, and the day its period ends', async () => {
    const dir = copySample();
    const craft = '2026-10-iwate-craft-overseas-miller-english';
    const met = await mixer(['--data', dir, 'status', craft, 'met'], { env: TODAY });
    expect(met.code).toBe(0);
    const closed = await mixer(['--data', dir, 'status', craft, 'closed', '--outcome', 'collaboration'], {
      env: TODAY,
    });
    expect(closed.code, closed.stderr).toBe(0);
    // One deal with a value, one collaboration without: the total is not the worth of both.
    const both = await mixer(['--data', dir, 'report'], { env: TODAY });
    expect(both.stdout).toContain('**成約・協業 2 件、金額 90,000円（うち 1 件は金額の記録がありません）**');
    const en = await mixer(['--data', dir, '--lang', 'en', 'report'], { env: TODAY });
    expect(en.stdout).toContain(
      '**Deals and collaborations: 2, worth 90,000 JPY (1 with no value recorded)**',
    );
    // Only the one without a value: no "worth 0".
    const since = await mixer(['--data', dir, 'report', '--since', '2026-11-01'], { env: TODAY });
    expect(since.stdout).toContain('**成約・協業 1 件（金額の記録はありません）**');
    expect(since.stdout).not.toContain('金額 0円');
    // Without --until the period ends today, and the title names the day.
    expect(since.stdout).toContain('## 活動報告（2026-11-01 – 2026-11-26）');
    // The graph says what its arrows and numbers mean, and its thick arrows when it has one.
    expect(both.stdout).toContain(
      '数字はその間の提案の件数です。太い矢印は、成約・協業に至った提案を含むものです。',
    );
    const october = ['report', '--since', '2026-10-01', '--until', '2026-10-31'];
    const thin = await mixer(['--data', dir, ...october], { env: TODAY });
    expect(thin.stdout).toContain('```mermaid');
    expect(thin.stdout).not.toContain('==>');
    expect(thin.stdout).not.toContain('太い矢印');
    const thinEn = await mixer(['--data', dir, '--lang', 'en', ...october], { env: TODAY });
    expect(thinEn.stdout).toContain('how many proposals joined them.');
    expect(thinEn.stdout).not.toContain('thick arrow');
  });

  it('report leaves out a visit dated after today unless --until reaches it, and says so', async () => {
    const dir = copySample();
    const visit = path.join(dir, 'visits/2026/2026-09-10-morioka-hub.yaml');
    // A mistyped year: the visit was made, but its date is in the future.
    fs.writeFileSync(
      visit,
      fs.readFileSync(visit, 'utf8').replace('date: "2026-09-10"', 'date: "2027-09-10"'),
    );
    const r = await mixerJson<{ datedLater: number; visits: { total: number } }>(['--data', dir, 'report'], {
      env: TODAY,
    });
    expect(r).toMatchObject({ datedLater: 1, visits: { total: 6 } });
    const text = await mixer(['--data', dir, 'report'], { env: TODAY });
    expect(text.stdout).toContain(
      '今日（2026-11-26）より後の日付は数えていません（その日付のある記録 1 件）。数えるには --until に日付を指定してください。',
    );
    const reaching = await mixerJson<{ datedLater: number; visits: { total: number } }>(
      ['--data', dir, 'report', '--until', '2027-12-31'],
      { env: TODAY },
    );
    expect(reaching).toMatchObject({ datedLater: 0, visits: { total: 7 } });
    const en = await mixer(['--data', dir, '--lang', 'en', 'report', '--since', '2026-10-01'], {
      env: TODAY,
    });
    expect(en.stdout).toContain(
      'Dates after today (2026-11-26) are not counted (1 record holds one); give --until a date to count them.',
    );
    // A deal recorded after today: not a deal yet, in the headline, the funnel and the graph.
    const deal = path.join(dir, 'proposals/2026-09-hirano-cafe-sns-yamamoto-sns.yaml');
    fs.writeFileSync(
      deal,
      fs
        .readFileSync(deal, 'utf8')
        .replace('date: "2026-10-15"\n    status: deal', 'date: "2027-01-10"\n    status: deal'),
    );
    const later = await mixerJson<{
      end: string;
      datedLater: number;
      deals: unknown[];
      proposals: { funnel: Array<{ status: string; count: number }> };
      mermaid: string;
    }>(['--data', dir, 'report'], { env: TODAY });
    expect(later).toMatchObject({ end: '2026-11-26', datedLater: 2, deals: [] });
    expect(later.proposals.funnel.find((f) => f.status === 'deal')!.count).toBe(0);
    expect(later.mermaid).not.toContain('==>');
    // A period from a day still to come, up to today, is bad usage, not an empty report.
    const ahead = await mixer(['--data', dir, '--lang', 'en', 'report', '--since', '2026-12-01'], {
      env: TODAY,
    });
    expect(ahead.code).toBe(2);
    expect(ahead.stderr).toContain('--since (2026-12-01) is after today (2026-11-26)');
  });
});
