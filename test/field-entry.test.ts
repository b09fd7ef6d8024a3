// Field entry: add-visit and the add commands, canonical files, safe writes, git, and merging.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CANCEL, WRITE } from '../src/commands/answers.js';
import { writeFileAtomic } from '../src/store/atomic.js';
import { appendToList } from '../src/store/edit.js';
import { canonicalText } from '../src/store/format.js';
import {
  cleanup,
  copySample,
  git,
  mixer,
  mixerJson,
  ROOT,
  runCli,
  sampleRepo,
  scriptedPrompter,
  tempDir,
  writeFiles,
} from './helpers.js';

afterAll(cleanup);

const read = (dir: string, rel: string) => fs.readFileSync(path.join(dir, rel), 'utf8');
const TODAY = { MIXER_TODAY: '2026-11-26' };

describe('add-visit with flags', () => {
  it('writes the visit with what it learned, and the needs, exactly; the folder stays valid', async () => {
    const dir = copySample();
    const r = await mixer([
      '--data',
      dir,
      '--lang',
      'en',
      'add-visit',
      '--space',
      'kitakami-base',
      '--date',
      '2026-11-20',
      '--mixer',
      'mx-sato',
      '--mode',
      'onsite',
      '--cost',
      '1000',
      '--met',
      'hirano-cafe',
      '--need',
      'hirano-cafe:店の前の看板を新しくしたい',
      '--need',
      'ito-design:印刷会社とのつながりがほしい',
      '--strength',
      'hirano-cafe:季節のスコーン',
      '--notes',
      '秋の定例。',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual([
      'created  visits/2026/2026-11-20-kitakami-base-mx-sato.yaml',
      'created  needs/hirano-cafe-signage-mx-sato.yaml',
      'created  needs/ito-design-printing-mx-sato.yaml',
    ]);
    // What the visit learned about a member stays in the visit's own file (merge-friendly).
    expect(read(dir, 'visits/2026/2026-11-20-kitakami-base-mx-sato.yaml')).toBe(
      'space: kitakami-base\ndate: "2026-11-20"\nmixer: mx-sato\nmode: onsite\nmet:\n  - hirano-cafe\n  - ito-design\nlearned:\n  - member: hirano-cafe\n    strength: 季節のスコーン\nnotes: 秋の定例。\ncost: 1000\n',
    );
    expect(read(dir, 'needs/hirano-cafe-signage-mx-sato.yaml')).toBe(
      'owner: hirano-cafe\ntitle: 店の前の看板を新しくしたい\nvisit: 2026-11-20-kitakami-base-mx-sato\nsince: "2026-11-20"\n',
    );
    expect(read(dir, 'members/hirano-cafe.yaml')).not.toContain('季節のスコーン');
    expect((await mixer(['--data', dir, 'validate'])).code).toBe(0);
    expect((await mixer(['--data', dir, 'fmt', '--check'])).code).toBe(0);
  });

  it('fails at once, naming every missing flag with an example, when there is no terminal (end to end)', () => {
    // A child process with no terminal: a command that asked would wait until runCli's timeout.
    const r = runCli(['--data', copySample(), '--lang', 'en', 'add-visit', '--date', '2026-11-20'], {
      env: { CI: 'true' },
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      '✗ --space and --mixer are required when not running interactively\n' +
        '  → for example: mixer add-visit --space akita-commons --mixer mx-kimura (mixer add-visit --help shows the usage)\n',
    );
    const noMixer = runCli(['--data', copySample(), '--lang', 'en', 'add-visit', '--space', 'kitakami-base']);
    expect(noMixer.code).toBe(2);
    expect(noMixer.stderr).toMatch(/--mixer is required/);
  });

  it('takes the mixer from git user.email', async () => {
    const dir = sampleRepo();
    const r = await mixer([
      '--data',
      dir,
      'add-visit',
      '--space',
      'morioka-hub',
      '--date',
      '2026-11-21',
      '--json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).files).toEqual(['visits/2026/2026-11-21-morioka-hub-mx-sato.yaml']);
  });

  it('refuses unknown ids and writes nothing', async () => {
    const dir = copySample();
    const before = fs.readdirSync(path.join(dir, 'needs')).length;
    const r = await mixer([
      '--data',
      dir,
      '--lang',
      'en',
      'add-visit',
      '--space',
      'kitakami-base',
      '--mixer',
      'mx-sato',
      '--need',
      'nobody:x',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/"nobody" is neither among the members met/);
    expect(fs.readdirSync(path.join(dir, 'needs')).length).toBe(before);
  });
});

describe('add-visit, interactive', () => {
  it('asks for everything through the prompts module and writes what was answered', async () => {
    const dir = copySample();
    const prompter = scriptedPrompter([
      'akita-commons', // space
      '2026-11-24', // date
      'mx-kimura', // mixer
      'onsite', // mode
      'event', // format
      '12', // attendees
      '800', // cost
      '', // notes
      'akita-moms', // met
      '\u0000new', // a new member: the name, then the id
      '佐藤ベーカリー',
      'sato-bakery',
      'company',
      '', // done with members
      'need',
      'sato-bakery',
      '週末の販売を手伝ってくれる人がほしい',
      '',
      'public',
      'strength',
      'akita-moms',
      '子ども向けの料理教室',
      'done',
      'need-0', // the summary: correct the need's title
      'title',
      '週末の販売を手伝ってくれる人を探している',
      WRITE,
    ]);
    const r = await mixer(['--data', dir, '--lang', 'ja', 'add-visit'], {
      interactive: true,
      prompter,
      env: TODAY,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(prompter.remaining).toEqual([]);
    expect(read(dir, 'members/sato-bakery.yaml')).toBe(
      'name: 佐藤ベーカリー\nkind: company\nspaces:\n  - akita-commons\n',
    );
    expect(read(dir, 'visits/2026/2026-11-24-akita-commons-mx-kimura.yaml')).toBe(
      'space: akita-commons\ndate: "2026-11-24"\nmixer: mx-kimura\nmode: onsite\nformat: event\nattendees: 12\nmet:\n  - akita-moms\n  - sato-bakery\nlearned:\n  - member: akita-moms\n    strength: 子ども向けの料理教室\ncost: 800\n',
    );
    expect(read(dir, 'needs/sato-bakery-volunteers-mx-kimura.yaml')).toBe(
      'owner: sato-bakery\ntitle: 週末の販売を手伝ってくれる人を探している\nshare: public\nvisit: 2026-11-24-akita-commons-mx-kimura\nsince: "2026-11-24"\n',
    );
    expect(read(dir, 'members/akita-moms.yaml')).not.toContain('子ども向けの料理教室');
    const said = r.stderr;
    expect(said).toContain('書き込むファイル:');
    // the summary before the correction, and again after it
    // (an answer longer than the line goes on under where the answers start, not under the labels)
    expect(said).toContain(
      '  課題 1            週末の販売を手伝ってくれる人がほしい（佐藤ベーカリー、公開\n' +
        '                    （紹介文に書いてよい））\n',
    );
    expect(said).toMatch(/課題 1 +週末の販売を手伝ってくれる人を探している（佐藤ベーカリー/);
    expect(said).toMatch(/訪問のしかた +現地\n/);
    expect(said).toMatch(/ドロップイン料金 +800 JPY\n/);
    expect((await mixer(['--data', dir, 'validate'])).code).toBe(0);
  });

  it('writes nothing when the summary is not confirmed', async () => {
    const dir = copySample();
    const prompter = scriptedPrompter([
      'yamagata-yard',
      '2026-11-24',
      'mx-kimura',
      'onsite',
      'interview',
      '',
      '',
      '',
      'done',
      CANCEL,
    ]);
    const r = await mixer(['--data', dir, 'add-visit'], { interactive: true, prompter, env: TODAY });
    expect(r.code).toBe(1);
    expect(prompter.remaining).toEqual([]);
    expect(fs.existsSync(path.join(dir, 'visits/2026/2026-11-24-yamagata-yard-mx-kimura.yaml'))).toBe(false);
  });
});

describe('the other add commands', () => {
  it('ask for what is missing in a terminal', async () => {
    const dir = copySample();
    const member = scriptedPrompter([
      '佐藤ベーカリー',
      'company',
      'sato-bakery',
      'akita-commons',
      'パン、焼き菓子',
      'public',
      WRITE,
    ]);
    const asked = { interactive: true, env: TODAY };
    expect((await mixer(['--data', dir, 'add-member'], { ...asked, prompter: member })).code).toBe(0);
    expect(member.remaining).toEqual([]);
    expect(read(dir, 'members/sato-bakery.yaml')).toBe(
      'name: 佐藤ベーカリー\nkind: company\nspaces:\n  - akita-commons\nstrengths:\n  - パン\n  - 焼き菓子\nshare: public\n',
    );
    const need = scriptedPrompter(['sato-bakery', 'お店のロゴを作りたい', '', 'mixers', WRITE]);
    expect((await mixer(['--data', dir, 'add-need'], { ...asked, prompter: need })).code).toBe(0);
    expect(need.remaining).toEqual([]);
    expect(read(dir, 'needs/sato-bakery-logo.yaml')).toBe(
      'owner: sato-bakery\ntitle: お店のロゴを作りたい\nshare: mixers\nsince: "2026-11-26"\n',
    );
  });

  it('add-member, add-space, add-mixer and add-need write one canonical record each', async () => {
    const dir = copySample();
    const ok = async (args: string[]) => {
      const r = await mixer(['--data', dir, '--lang', 'en', ...args]);
      expect(r.code, r.stderr).toBe(0);
      return r;
    };
    await ok(['add-space', '--name', 'Hanamaki Lab', '--kind', 'physical', '--area', '岩手県花巻市']);
    expect(read(dir, 'spaces/hanamaki-lab.yaml')).toBe(
      'name: Hanamaki Lab\nkind: physical\narea: 岩手県花巻市\n',
    );
    // An accent is dropped from the id, not its letter; full-width letters are read as ASCII.
    await ok(['add-space', '--name', 'Café Noël ☕', '--kind', 'physical']);
    expect(fs.existsSync(path.join(dir, 'spaces/cafe-noel.yaml'))).toBe(true);
    await ok(['add-space', '--name', 'ＢＡＳＥ　Ｔｏｎｏ', '--kind', 'physical']);
    expect(fs.existsSync(path.join(dir, 'spaces/base-tono.yaml'))).toBe(true);
    await ok([
      'add-member',
      '--id',
      'sato-design',
      '--name',
      '佐藤デザイン',
      '--kind',
      'company',
      '--space',
      'hanamaki-lab',
      '--strength',
      'ロゴ制作',
      '--share',
      'public',
    ]);
    expect(read(dir, 'members/sato-design.yaml')).toBe(
      'name: 佐藤デザイン\nkind: company\nspaces:\n  - hanamaki-lab\nstrengths:\n  - ロゴ制作\nshare: public\n',
    );
    await ok(['add-mixer', '--id', 'mx-ito', '--name', '伊藤 学', '--email', 'manabu@example.jp']);
    await ok([
      'add-need',
      '--owner',
      'sato-design',
      '--title',
      '英語のホームページを作りたい',
      '--since',
      '2026-11-01',
    ]);
    expect(read(dir, 'needs/sato-design-website-english.yaml')).toBe(
      'owner: sato-design\ntitle: 英語のホームページを作りたい\nsince: "2026-11-01"\n',
    );
    expect((await mixer(['--data', dir, 'validate'])).code).toBe(0);
  });

  it('add-space and add-member record a contact, consent, do_not_contact and notes from flags', async () => {
    const dir = copySample();
    const ok = async (args: string[]) => {
      const r = await mixer(['--data', dir, '--lang', 'en', ...args], { env: TODAY });
      expect(r.code, r.stderr).toBe(0);
    };
    await ok([
      'add-space',
      '--id',
      'hanamaki-lab',
      '--name',
      '花巻ラボ',
      '--contact',
      '佐々木',
      '--contact-role',
      'コミュニティマネージャー',
      '--contact-email',
      'sasaki@example.jp',
      '--notes',
      '平日の午後が空いている',
    ]);
    expect(read(dir, 'spaces/hanamaki-lab.yaml')).toBe(
      'name: 花巻ラボ\ncontacts:\n  - name: 佐々木\n    role: コミュニティマネージャー\n' +
        '    email: sasaki@example.jp\nnotes: 平日の午後が空いている\n',
    );
    await ok([
      'add-member',
      '--id',
      'kudo-wood',
      '--name',
      '工藤木工',
      '--kind',
      'company',
      '--consent',
      '11/20',
      '--consent-note',
      '口頭で確認',
    ]);
    expect(read(dir, 'members/kudo-wood.yaml')).toBe(
      'name: 工藤木工\nkind: company\nconsent:\n  date: "2026-11-20"\n  note: 口頭で確認\n',
    );
    await ok(['add-member', '--id', 'mori-ya', '--name', '森屋', '--kind', 'person', '--do-not-contact']);
    expect(read(dir, 'members/mori-ya.yaml')).toBe('name: 森屋\nkind: person\ndo_not_contact: true\n');
    expect((await mixer(['--data', dir, 'validate'])).code).toBe(0);
    // A member recorded so is never proposed to.
    await ok(['add-need', '--owner', 'hirano-cafe', '--title', 'ロゴを作り直したい', '--id', 'hirano-logo']);
    const barred = await mixer(['--data', dir, '--lang', 'en', 'propose', 'hirano-logo', 'mori-ya', '--yes']);
    expect(barred.code).not.toBe(0);
    expect(barred.stderr).toMatch(/do_not_contact/);
  });

  it('a detail of a contact or a consent without its flag is bad usage, and nothing is written', async () => {
    const dir = copySample();
    for (const [command, flag, needed] of [
      ['add-space', '--contact-email', '--contact'],
      ['add-space', '--contact-role', '--contact'],
      ['add-member', '--consent-note', '--consent'],
    ] as const) {
      const kind = command === 'add-member' ? ['--kind', 'person'] : [];
      const r = await mixer(
        ['--data', dir, '--lang', 'en', command, '--id', 'x-new', '--name', 'X', ...kind, flag, 'v'],
        {
          env: TODAY,
        },
      );
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`${flag} goes with ${needed}`);
    }
    // an empty --contact would lose its details
    for (const empty of ['', '  ']) {
      const r = await mixer(
        [
          '--data',
          dir,
          '--lang',
          'en',
          'add-space',
          '--id',
          'x-new',
          '--name',
          'X',
          '--contact',
          empty,
          '--contact-email',
          'a@b.jp',
        ],
        { env: TODAY },
      );
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--contact is empty');
    }
    expect(fs.existsSync(path.join(dir, 'spaces/x-new.yaml'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'members/x-new.yaml'))).toBe(false);
  });

  it('a Japanese name makes no id: --id is asked for, by name', async () => {
    const r = await mixer([
      '--data',
      copySample(),
      '--lang',
      'en',
      'add-member',
      '--name',
      '佐藤デザイン',
      '--kind',
      'company',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no id can be made from the name "佐藤デザイン"; give --id/);
  });

  it('a Japanese title with no known concept gets a readable id from owner and date', async () => {
    const dir = copySample();
    const r = await mixerJson<{ files: string[] }>([
      '--data',
      dir,
      'add-need',
      '--owner',
      'hirano-cafe',
      '--title',
      '好きな色を決めたい',
      '--since',
      '2026-11-02',
    ]);
    expect(r.files).toEqual(['needs/hirano-cafe-2026-11-02.yaml']);
  });

  it('never overwrites an existing file, and never writes a record that would not validate', async () => {
    const dir = copySample();
    const exists = await mixer([
      '--data',
      dir,
      '--lang',
      'en',
      'add-mixer',
      '--id',
      'mx-sato2',
      '--name',
      'x',
    ]);
    expect(exists.code).toBe(0);
    fs.writeFileSync(
      path.join(dir, 'needs/hirano-cafe-website.yaml'),
      'owner: hirano-cafe\ntitle: 手で書いた\n',
    );
    const clash = await mixer([
      '--data',
      dir,
      '--lang',
      'en',
      'add-need',
      '--id',
      'hirano-cafe-website',
      '--owner',
      'hirano-cafe',
      '--title',
      'x',
    ]);
    expect(clash.code).toBe(2);
    expect(clash.stderr).toMatch(/the id "hirano-cafe-website" is already taken/);
    expect(read(dir, 'needs/hirano-cafe-website.yaml')).toBe('owner: hirano-cafe\ntitle: 手で書いた\n');
    const badKind = await mixer([
      '--data',
      dir,
      '--lang',
      'en',
      'add-member',
      '--id',
      'x1',
      '--name',
      'x',
      '--kind',
      'robot',
    ]);
    expect(badKind.code).toBe(2);
    expect(badKind.stderr).toMatch(
      /--kind does not take "robot"; it takes person \| company \| community \| organization/,
    );
  });
});

describe('editing in place', () => {
  it('adding a strength keeps every comment, the key order and the style of the rest', async () => {
    const text = [
      '# 聞き取りメモ: 2026-09',
      'name: 伊藤 彩   # 本名',
      'kind: person',
      'summary: "グラフィックデザイナー"',
      'strengths:',
      '- ロゴ制作 # いちばんの得意',
      '- text: パッケージデザイン',
      '  tags: [packaging]',
      '# 公開は本人確認済み',
      'share: public',
      '',
    ].join('\n');
    const edited = appendToList(text, 'members', 'strengths', 'Webバナー: 制作');
    expect(edited).toBe(text.replace('  tags: [packaging]\n', '  tags: [packaging]\n- "Webバナー: 制作"\n'));
    const flow = appendToList(
      'name: x\nkind: person\nstrengths: [a, b] # short\n',
      'members',
      'strengths',
      'c',
    );
    expect(flow).toBe('name: x\nkind: person\nstrengths: [a, b, c] # short\n');
    const missing = appendToList('name: x # n\nkind: person\nshare: public\n', 'members', 'strengths', 'c');
    expect(missing).toBe('name: x # n\nkind: person\nstrengths:\n  - c\nshare: public\n');
  });
});

describe('safe writes', () => {
  it('a failure between the temporary file and the rename leaves the old file intact', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'member.yaml');
    fs.writeFileSync(file, 'name: old\n');
    const failingRename = {
      ...fs,
      renameSync: () => {
        throw new Error('disk unplugged');
      },
    };
    expect(() => writeFileAtomic(file, 'name: new\n', failingRename as typeof fs)).toThrow('disk unplugged');
    expect(fs.readFileSync(file, 'utf8')).toBe('name: old\n');
    expect(fs.readdirSync(dir)).toEqual(['member.yaml']);
  });

  it('a process killed between the temporary file and the rename leaves the old file intact', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'members', 'x.yaml');
    writeFiles(dir, { 'members/x.yaml': 'name: old\nkind: person\n' });
    const script = `
      import fs from 'node:fs';
      import { writeFileAtomic } from ${JSON.stringify(path.join(ROOT, 'dist/store/atomic.js'))};
      writeFileAtomic(${JSON.stringify(file)}, 'name: new\\nkind: person\\n', { ...fs, renameSync: () => process.kill(process.pid, 'SIGKILL') });
    `;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script]);
    expect(r.signal).toBe('SIGKILL');
    expect(fs.readFileSync(file, 'utf8')).toBe('name: old\nkind: person\n');
    // the temporary file left behind is a dot file, which the loader does not read
    expect(fs.readdirSync(path.dirname(file)).some((f) => f.startsWith('.x.yaml.'))).toBe(true);
    expect((await mixer(['--data', dir, 'validate'])).code).toBe(0);
  });
});

describe('git', () => {
  it('--branch and --commit commit exactly the files written', async () => {
    const dir = sampleRepo();
    fs.writeFileSync(path.join(dir, 'scratch.txt'), 'not mine');
    git(dir, 'add', 'scratch.txt');
    const r = await mixer([
      '--data',
      dir,
      'add-visit',
      '--space',
      'sendai-loft',
      '--date',
      '2026-11-19',
      '--mixer',
      'mx-kimura',
      '--need',
      'gudon-ramen:店のロゴを作りたい',
      '--branch',
      'visit/sendai',
      '--commit',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(git(dir, 'branch', '--show-current')).toBe('visit/sendai');
    expect(git(dir, 'log', '-1', '--format=%s')).toBe('visit: 仙台ロフト 2026-11-19 (+1 need)');
    expect(git(dir, 'show', '--name-only', '--format=', 'HEAD').split('\n').sort()).toEqual([
      'needs/gudon-ramen-logo-mx-kimura.yaml',
      'visits/2026/2026-11-19-sendai-loft-mx-kimura.yaml',
    ]);
    expect(git(dir, 'status', '--porcelain')).toBe('A  scratch.txt'); // still staged, not committed
  });

  it('--commit outside a repository fails with a clear message and writes nothing', async () => {
    const dir = copySample();
    const r = await mixer([
      '--data',
      dir,
      '--lang',
      'en',
      'add-mixer',
      '--id',
      'mx-new',
      '--name',
      'New',
      '--commit',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/is not inside a git repository/);
    expect(fs.existsSync(path.join(dir, 'mixers/mx-new.yaml'))).toBe(false);
  });

  it('two clones adding visits and needs on the same day merge without conflict', async () => {
    const origin = sampleRepo();
    const a = tempDir('mixer-clone-a-');
    const b = tempDir('mixer-clone-b-');
    git(path.dirname(a), 'clone', '-q', origin, a);
    git(path.dirname(b), 'clone', '-q', origin, b);
    const add = async (dir: string, mixerId: string, need: string) => {
      for (const args of [
        ['add-visit', '--space', 'kitakami-base', '--date', '2026-11-26', '--mixer', mixerId, '--commit'],
        ['add-need', '--owner', 'hirano-cafe', '--title', need, '--since', '2026-11-26', '--commit'],
      ]) {
        const r = await mixer(['--data', dir, ...args]);
        expect(r.code, r.stderr).toBe(0);
      }
    };
    await add(a, 'mx-sato', '英語のメニューを作りたい');
    await add(b, 'mx-kimura', 'アルバイトを採用したい');
    git(b, 'pull', '-q', '--no-rebase', '--no-edit', a, 'main');
    expect(git(b, 'status', '--porcelain')).toBe('');
    expect(fs.readdirSync(path.join(b, 'visits/2026')).filter((f) => f.startsWith('2026-11-26'))).toEqual([
      '2026-11-26-kitakami-base-mx-kimura.yaml',
      '2026-11-26-kitakami-base-mx-sato.yaml',
    ]);
    expect((await mixer(['--data', b, 'validate'])).code).toBe(0);
  });
});

// A flag whose value no record may hold is bad usage, named by the flag, before anything is
// planned: not a problem of a line of a file that is never written.
describe('flags a record could not hold', () => {
  const PROPOSAL = '2026-09-hirano-cafe-sns-yamamoto-sns';
  const OPEN = '2026-09-gudon-ramen-booking-suzuki-dev'; // last step: asked-owner on 2026-09-22

  it('status --date before the last step of the history', async () => {
    const dir = sampleRepo();
    const ja = await mixer(['--data', dir, 'status', OPEN, 'owner-accepted', '--date', '2026-09-21']);
    expect(ja.code).toBe(2);
    expect(ja.stderr).toContain('✗ --date は 2026-09-22 以降にしてください\n');
    expect(ja.stderr).toContain(`mixer show ${OPEN}`);
    expect(ja.stderr).not.toMatch(/\.yaml:\d+|history\[/);
    const en = await mixer([
      '--data',
      dir,
      '--lang',
      'en',
      'status',
      OPEN,
      'owner-accepted',
      '--date',
      '2026-09-01',
    ]);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe(
      `✗ --date must be on or after 2026-09-22 (the proposal's last step)\n  → the proposal's last step is asked-owner on 2026-09-22 (mixer show ${OPEN} shows its history)\n`,
    );
    // A step ended (deal on 2026-10-15) is checked the same way, --force or not.
    const forced = await mixer([
      '--data',
      dir,
      '--lang',
      'en',
      'status',
      PROPOSAL,
      'closed',
      '--force',
      '--date',
      '2026-10-14',
    ]);
    expect(forced.code).toBe(2);
    expect(forced.stderr).toContain('--date must be on or after 2026-10-15');
    expect(git(dir, 'status', '--porcelain', '--untracked-files=all')).toBe('');
    // The same day as the last step is fine.
    const same = await mixer(['--data', dir, 'status', OPEN, 'owner-accepted', '--date', '2026-09-22']);
    expect(same.code, same.stderr).toBe(0);
    expect((await mixer(['--data', dir, 'validate'])).code).toBe(0);
  });

  it('status without --date on a day before the last step says to give one', async () => {
    const dir = copySample();
    const r = await mixer(['--data', dir, '--lang', 'en', 'status', OPEN, 'owner-accepted'], {
      env: { MIXER_TODAY: '2026-09-21' },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      "✗ today (2026-09-21) is before the proposal's last step (2026-09-22)\n  → give --date on or after 2026-09-22\n",
    );
  });

  /** The flags of a visit, before one that carries a line break. */
  const VISIT = ['--space', 'kitakami-base', '--mixer', 'mx-sato', '--date', '2026-11-20'];

  it.each([
    [
      'add-need',
      ['--owner', 'gudon-ramen', '--title', 'メニューを\n英語にしたい'],
      '--title',
      /longer text goes in --detail/,
    ],
    ['add-member', ['--name', '山田\n太郎', '--kind', 'person'], '--name', /longer text goes in --summary/],
    [
      'add-member',
      ['--name', '山田', '--kind', 'person', '--tag', 'a\r\nb'],
      '--tag',
      /^ {2}→ remove the line break$/m,
    ],
    ['add-space', ['--name', '山形\nヤード'], '--name', /^ {2}→ remove the line break$/m],
    ['add-mixer', ['--name', '佐藤\n花子'], '--name', /^ {2}→ remove the line break$/m],
    [
      'add-visit',
      [...VISIT, '--need', 'hirano-cafe:ロゴを\n作り直したい'],
      '--need',
      /^ {2}→ remove the line break$/m,
    ],
    [
      'add-visit',
      [...VISIT, '--strength', 'hirano-cafe:a\nb'],
      '--strength',
      /^ {2}→ remove the line break$/m,
    ],
  ])('%s with a line break in a one-line flag (%j)', async (command, flags, flag, hint) => {
    const dir = sampleRepo();
    const r = await mixer(['--data', dir, '--lang', 'en', command, ...flags]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`✗ ${flag} has a line break; it takes one line\n`);
    expect(r.stderr).toMatch(hint);
    expect(r.stderr).not.toMatch(/\.yaml|notes/);
    expect(git(dir, 'status', '--porcelain', '--untracked-files=all')).toBe('');
  });

  it('says so in Japanese, and the flag is named with the place for longer text', async () => {
    const dir = copySample();
    const r = await mixer(['--data', dir, 'add-need', '--owner', 'gudon-ramen', '--title', 'a\nb']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      '✗ --title に改行があります。--title は 1 行で書きます\n  → 改行を消してください。長い説明は --detail に書けます\n',
    );
  });
});

describe('mixer fmt', () => {
  it('is idempotent, and --check fails on a hand-edited file, naming it', async () => {
    const dir = copySample();
    expect((await mixer(['--data', dir, 'fmt', '--check'])).code).toBe(0);
    fs.writeFileSync(
      path.join(dir, 'spaces/yamagata-yard.yaml'),
      "# 冬季休館あり\nkind: physical\nname: '山形ヤード'\narea: 山形県山形市\n",
    );
    const check = await mixer(['--data', dir, '--lang', 'en', 'fmt', '--check']);
    expect(check.code).toBe(1);
    expect(check.stdout.trim()).toBe('spaces/yamagata-yard.yaml');
    expect((await mixer(['--data', dir, 'fmt'])).code).toBe(0);
    expect(read(dir, 'spaces/yamagata-yard.yaml')).toBe(
      '# 冬季休館あり\n\nname: 山形ヤード\nkind: physical\narea: 山形県山形市\n',
    );
    expect((await mixer(['--data', dir, 'fmt', '--check'])).code).toBe(0);
  });

  it('fails, in both modes, when a file cannot be read: it is neither formatted nor checked', async () => {
    const dir = copySample();
    fs.writeFileSync(path.join(dir, 'members/broken.yaml'), 'name: "閉じない\nkind: person\n');
    for (const args of [['fmt', '--check'], ['fmt']]) {
      const r = await mixer(['--data', dir, '--lang', 'en', ...args]);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).toMatch(/^! members\/broken\.yaml:1:7 .*\(left as it is\)$/m);
      expect(r.stderr).toContain('1 file could not be read, so not formatted or checked');
      expect(r.stderr).not.toContain('already formatted');
    }
    const json = await mixer(['--data', dir, 'fmt', '--check', '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).unreadable).toEqual(['members/broken.yaml']);
  });

  // Every file is read as validate reads it (src/store/read.ts): what validate refuses as a YAML
  // mistake, and a record with nothing in it, is named with why, left as it is, and fails the run.
  const refused: Array<[string, string, string, RegExp]> = [
    [
      'an empty record',
      'needs/empty-need.yaml',
      '',
      /^! needs\/empty-need\.yaml:1:1 the file has no fields/m,
    ],
    [
      'a record of comments only',
      'members/just-comment.yaml',
      '# memo\n',
      /^! members\/just-comment\.yaml:1:1 the file has no fields \(it is empty, or comments only\) \(left as it is\)$/m,
    ],
    [
      'a tab in the indentation',
      'needs/gudon-ramen-menu.yaml',
      'owner: gudon-ramen\ntitle: メニュー\ntags:\n\t- english\n',
      /^! needs\/gudon-ramen-menu\.yaml:4:1 a tab character is used for indentation \(left as it is\)$/m,
    ],
    [
      'an anchor and an alias',
      'members/anchor.yaml',
      'name: &n 山田\nkind: person\nnotes: *n\n',
      /^! members\/anchor\.yaml:1:7 .*"&".* \(left as it is\)$/m,
    ],
    ['a list', 'members/list1.yaml', '- a\n-   b\n', /^! members\/list1\.yaml:1:1 .*\(left as it is\)$/m],
    [
      'a single value',
      'members/scalar1.yaml',
      'hello   # c\n',
      /^! members\/scalar1\.yaml:1:1 .*\(left as it is\)$/m,
    ],
    [
      'a duplicate key',
      'spaces/twice.yaml',
      'name: 二回\nname: 二度\n',
      /^! spaces\/twice\.yaml:2:1 .*name.* \(left as it is\)$/m,
    ],
  ];

  it.each(refused)('leaves %s as it is, naming it and why, in both modes', async (_what, rel, text, said) => {
    const dir = copySample();
    writeFiles(dir, { [rel]: text });
    const validate = await mixer(['--data', dir, 'validate']);
    expect(validate.code).toBe(1);
    expect(validate.stdout).toContain(`${rel}:`);
    for (const args of [['fmt', '--check'], ['fmt']]) {
      const r = await mixer(['--data', dir, '--lang', 'en', ...args]);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stdout, args.join(' ')).toBe('');
      expect(r.stderr).toMatch(said);
      expect(r.stderr).toContain('1 file could not be read, so not formatted or checked');
      expect(r.stderr).not.toContain('already formatted');
      expect(r.stderr).not.toContain('formatted 1 file');
      expect(read(dir, rel)).toBe(text);
    }
    const json = await mixer(['--data', dir, 'fmt', '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ differ: [], written: [], unreadable: [rel] });
    expect(read(dir, rel)).toBe(text);
  });

  it('says where and why in Japanese too, with the next step, and still formats the other files', async () => {
    const dir = copySample();
    const tab = 'owner: gudon-ramen\ntitle: メニュー\ntags:\n\t- english\n';
    writeFiles(dir, {
      'needs/gudon-ramen-menu.yaml': tab,
      'needs/empty-need.yaml': '',
      'spaces/yamagata-yard.yaml': "kind: physical\nname: '山形ヤード'\n",
    });
    const r = await mixer(['--data', dir, 'fmt']);
    expect(r.code).toBe(1);
    expect(r.stdout.trim()).toBe('spaces/yamagata-yard.yaml');
    expect(r.stderr).toContain(
      '! needs/empty-need.yaml:1:1 ファイルに項目がありません（空か、コメントだけです）（整形せずにそのままにします）\n  → レコードの項目を書くか、ファイルを削除してください',
    );
    expect(r.stderr).toContain(
      '! needs/gudon-ramen-menu.yaml:4:1 インデントにタブ文字があります（整形せずにそのままにします）\n  → インデントは半角スペース2つです',
    );
    expect(r.stderr).toContain('2 件のファイルは読めないため');
    expect(read(dir, 'spaces/yamagata-yard.yaml')).toBe('name: 山形ヤード\nkind: physical\n');
    expect(read(dir, 'needs/gudon-ramen-menu.yaml')).toBe(tab);
    expect(read(dir, 'needs/empty-need.yaml')).toBe('');
  });

  it('still fixes a BOM and CRLF, and passes empty settings and an empty glossary (their defaults)', async () => {
    const dir = copySample();
    writeFiles(dir, {
      'spaces/yamagata-yard.yaml': '\uFEFFname: 山形ヤード\r\nkind: physical\r\n',
      'mixer.yaml': '',
      'glossary.yaml': '# 用語はまだありません\n',
    });
    expect((await mixer(['--data', dir, 'validate'])).code).toBe(1);
    const check = await mixer(['--data', dir, 'fmt', '--check']);
    expect(check.code).toBe(1);
    expect(check.stdout.trim()).toBe('spaces/yamagata-yard.yaml');
    expect((await mixer(['--data', dir, 'fmt'])).code).toBe(0);
    expect(read(dir, 'spaces/yamagata-yard.yaml')).toBe('name: 山形ヤード\nkind: physical\n');
    expect(read(dir, 'mixer.yaml')).toBe('');
    expect(read(dir, 'glossary.yaml')).toBe('# 用語はまだありません\n');
    expect((await mixer(['--data', dir, 'fmt', '--check'])).code).toBe(0);
    expect((await mixer(['--data', dir, 'validate'])).code).toBe(0);
  });

  it('writes long text as a block scalar and keeps comments', async () => {
    const long = 'とても長いメモ。'.repeat(12);
    const out = canonicalText(`notes: ${long} # memo\nname: x\n`, 'spaces');
    expect(out).toBe(
      `name: x\nnotes: |-\n  ${long} # memo\n`.replace(' # memo\n', '\n').replace('|-\n', '|- # memo\n'),
    );
  });
});
