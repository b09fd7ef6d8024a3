// The command line on temporary copies of the sample network: in this process through main(), and
// end to end (the built CLI in a child process) where the process itself is what is tested: exit
// codes, streams, the environment, color and a closed pipe.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  cleanup,
  copySample,
  displayWidthOf,
  mixer,
  mixerJson,
  ROOT,
  runCli,
  tempDir,
  USER_CACHE,
} from './helpers.js';

afterAll(cleanup);

describe('mixer validate', () => {
  it('passes on the sample network, in Japanese by default (mixer.yaml says ja)', async () => {
    const dir = copySample();
    const r = await mixer(['--data', dir, 'validate']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/件のレコードに問題はありません/);
  });

  it('speaks English with --lang en', async () => {
    const r = await mixer(['--data', copySample(), '--lang', 'en', 'validate']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/records, no problems/);
  });

  it('lists every problem as file:line:col field message (hint) and exits 1 (end to end)', () => {
    const dir = copySample();
    fs.writeFileSync(
      path.join(dir, 'members/broken.yaml'),
      'name: 壊れ\nkind: robot\nspacez: [kitakami-base]\n',
    );
    fs.writeFileSync(path.join(dir, 'needs/orphan.yaml'), 'owner: nobody-here\ntitle: 迷子\n');
    const r = runCli(['--data', dir, '--lang', 'en', 'validate']);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toEqual([
      'members/broken.yaml:2:7  kind  "robot" is not allowed; use one of: person, company, community, organization',
      'members/broken.yaml:3:1  spacez  unknown field "spacez"  (did you mean "spaces"?)',
      'needs/orphan.yaml:1:8  owner  no space or member with the id "nobody-here"  (mixer list members, mixer list spaces lists them)',
    ]);
    expect(r.stderr).toMatch(/3 problems in 2 files/);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
  });

  it('prints the problems as JSON with --json', async () => {
    const dir = copySample();
    fs.writeFileSync(path.join(dir, 'spaces/bad.yaml'), 'name: x\nkind: floating\n');
    const r = await mixer(['--data', dir, 'validate', '--json']);
    expect(r.code).toBe(1);
    const problems = JSON.parse(r.stdout);
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'spaces/bad.yaml',
        line: 2,
        col: 7,
        field: 'kind',
        code: 'schema.invalid_value',
      }),
    ]);
  });

  it('fails with a next step when the folder does not exist', async () => {
    // Named by --data or MIXER_DATA: bad usage.
    const r = await mixer(['--data', '/nonexistent/folder', '--lang', 'en', 'validate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/the data folder \/nonexistent\/folder does not exist/);
    // The hint names the flag the user gave, not the flag to give.
    expect(r.stderr).toContain(
      'check the path --data names (to make a new data folder there: mixer init /nonexistent/folder)',
    );
    const env = await mixer(['--lang', 'en', 'validate'], { env: { MIXER_DATA: '/nonexistent/folder' } });
    expect(env.code).toBe(2);
    expect(env.stderr).toContain('check the path MIXER_DATA names');
    // A file where the folder should be is named as one.
    const file = path.join(copySample(), 'mixer.yaml');
    const wrong = await mixer(['--data', file, '--lang', 'en', 'validate']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain(`${file} is a file, not a data folder`);
    expect(wrong.stderr).toContain('--data names the folder that holds mixer.yaml, not a file in it');
    // None found where it was looked for: the run fails, and says how to make one.
    const none = await mixer(['--lang', 'en', 'validate'], { cwd: tempDir() });
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/mixer init DIR makes a new one/);
  });

  it('finds the folder from MIXER_DATA and from a mixer.yaml upward', async () => {
    const dir = copySample();
    for (const r of [
      await mixer(['validate'], { env: { MIXER_DATA: dir } }),
      await mixer(['validate'], { cwd: path.join(dir, 'needs') }),
    ]) {
      expect(r.code).toBe(0);
      expect(r.stderr).toContain(`✓ ${dir}:`);
    }
  });
});

describe('mixer list', async () => {
  it('aligns Japanese names by display width', async () => {
    const r = await mixer(['--data', copySample(), 'list', 'members']);
    expect(r.code).toBe(0);
    const all = r.stdout.trimEnd().split('\n');
    // a member marked do_not_contact says so on a line under its name
    const marked = all.findIndex((l) => l.startsWith('kondo-sales '));
    expect(all[marked + 1]).toMatch(/^ +（連絡しない）$/);
    const lines = all.filter((l) => !l.startsWith(' '));
    expect(lines.length).toBe(29); // header + 28 members
    // the third column starts at the same display column on every line
    const kindColumn = (line: string) =>
      displayWidthOf(line.slice(0, line.search(/(個人|会社|コミュニティ|団体|種別)/)));
    const columns = new Set(lines.map(kindColumn));
    expect(columns.size).toBe(1);
    expect(r.stderr).toMatch(/28 件/);
  });

  it('accepts singular and Japanese kind names, filters, and prints JSON', async () => {
    const dir = copySample();
    const needs = await mixerJson<Array<{ id: string; status?: string }>>([
      '--data',
      dir,
      'list',
      'need',
      '--status',
      'solved',
    ]);
    expect(needs.map((n) => n.id)).toEqual(['kato-photo-website']);
    const proposals = await mixerJson<Array<{ id: string; status: string }>>(['--data', dir, 'list', '提案']);
    expect(proposals.map((p) => p.status).sort()).toEqual(['asked-owner', 'closed', 'deal', 'introduced']);
    const visits = await mixerJson<Array<{ id: string }>>([
      '--data',
      dir,
      'list',
      'visits',
      '--space',
      'kitakami-base',
    ]);
    expect(visits.map((v) => v.id)).toEqual(['2026-11-12-kitakami-base', '2026-09-03-kitakami-base']);
  });

  it('lists needs with a long id as proposals are, the id whole on its own line, within 80 columns', async () => {
    const dir = copySample();
    const flat = await mixer(['--data', dir, 'list', 'needs']);
    expect(flat.stdout.split('\n')[0]).toMatch(/^ID +持ち主 +課題 +状態$/);
    const long = `${'a'.repeat(30)}-${'b'.repeat(33)}`;
    fs.writeFileSync(path.join(dir, `needs/${long}.yaml`), 'owner: oyama-farm\ntitle: 長いIDの課題\n');
    const r = await mixer(['--data', dir, 'list', 'needs']);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    for (const line of lines) expect(displayWidthOf(line), line).toBeLessThanOrEqual(80);
    expect(lines[0]).toMatch(/^ID（持ち主: 課題） +状態$/);
    const at = lines.findIndex((l) => l.startsWith(long));
    expect(lines[at]).toMatch(/ 未解決$/);
    expect(lines[at + 1]).toBe('  大山農園: 長いIDの課題');
    // --wide keeps one line a need
    const wide = await mixer(['--data', dir, 'list', 'needs', '--wide']);
    expect(wide.stdout).toMatch(new RegExp(`^${long} +大山農園 +長いIDの課題 +未解決$`, 'm'));
  });

  it('rejects an unknown kind as bad usage (exit 2)', async () => {
    const r = await mixer(['--data', copySample(), '--lang', 'en', 'list', 'cats']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/there is no kind "cats"/);
    expect(r.stderr).toMatch(/kinds: spaces \| members \| needs \| visits \| mixers \| proposals/);
    const typo = await mixer(['--data', copySample(), '--lang', 'en', 'list', 'memebrs']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/did you mean mixer list members/);
  });
});

describe('mixer due', () => {
  it('counts only visits made by today: a visit dated later does not hide that a space is due', async () => {
    const dir = copySample();
    const due = async () =>
      (
        await mixerJson<Array<{ id: string; type: string }>>(['--data', dir, 'due'], {
          env: { MIXER_TODAY: '2026-12-20' },
        })
      )
        .filter((i) => i.type === 'visit')
        .map((i) => i.id);
    expect(await due()).toContain('kitakami-base');
    const file = path.join(dir, 'visits/2026/2026-11-12-kitakami-base.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('date: "2026-11-12"', 'date: "2027-11-12"'));
    expect(await due()).toContain('kitakami-base');
    // a space whose only visit is dated later is not "never visited": the date is named
    const yard = path.join(dir, 'visits/2026/2026-10-29-yamagata-yard.yaml');
    fs.writeFileSync(yard, fs.readFileSync(yard, 'utf8').replace('date: "2026-10-29"', 'date: "2027-10-29"'));
    const items = await mixerJson<Array<{ id: string; text: string }>>(
      ['--data', dir, '--lang', 'en', 'due'],
      {
        env: { MIXER_TODAY: '2026-12-20' },
      },
    );
    expect(items.find((i) => i.id === 'yamagata-yard')?.text).toBe(
      "山形ヤード: its only visit is dated 2027-10-29, after today (if the date is wrong, correct the visit's file)",
    );
  });
});

describe('mixer show', () => {
  it('shows a member with the needs, visits and proposals that refer to it', async () => {
    const out = await mixerJson<{
      kind: string;
      referredBy: Array<{ kind: string; id: string; field: string }>;
    }>(['--data', copySample(), 'show', 'hirano-cafe']);
    expect(out.kind).toBe('members');
    expect(out.referredBy).toEqual(
      expect.arrayContaining([
        { kind: 'needs', id: 'hirano-cafe-sns', field: 'owner' },
        { kind: 'visits', id: '2026-09-03-kitakami-base', field: 'met' },
      ]),
    );
  });

  it('reaches each of two records that share an id by its kind, and says the other is there', async () => {
    const dir = copySample();
    fs.writeFileSync(path.join(dir, 'members/gudon-ramen-menu.yaml'), 'name: テスト\nkind: person\n');
    const plain = await mixer(['--data', dir, '--lang', 'en', 'show', 'gudon-ramen-menu']);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('name: テスト');
    expect(plain.stderr).toContain('a need has the same id: mixer show needs/gudon-ramen-menu');
    const visit = await mixerJson<{ kind: string }>([
      '--data',
      dir,
      'show',
      './visits/2026/2026-09-03-kitakami-base.yaml',
    ]);
    expect(visit.kind).toBe('visits');
    for (const asked of ['needs/gudon-ramen-menu', 'need/gudon-ramen-menu', 'needs/gudon-ramen-menu.yaml']) {
      const need = await mixerJson<{ kind: string; id: string }>(['--data', dir, 'show', asked]);
      expect(need).toMatchObject({ kind: 'needs', id: 'gudon-ramen-menu' });
    }
    const missing = await mixer(['--data', dir, '--lang', 'en', 'show', 'gudon-ramen-menux']);
    expect(missing.code).toBe(2);
    // each id named once among the closest
    expect(missing.stderr.match(/gudon-ramen-menu\b/g)?.length).toBe(1);
  });

  it('prints the record as written, in a table of what refers to it', async () => {
    const r = await mixer(['--data', copySample(), 'show', 'kitakami-base']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('name: 北上ベース');
    expect(r.stdout).toContain('参照しているレコード');
  });

  it('fits what refers to a record, and open needs with no candidate, in 80 columns, ids whole', async () => {
    const show = await mixer(['--data', copySample(), 'show', 'sendai-chamber']);
    // in columns under a header, the id whole, the title cut
    expect(show.stdout).toMatch(/^ {2}種別 {2}ID +項目 +内容$/m);
    expect(show.stdout).toMatch(
      /^ {2}課題 {2}sendai-chamber-english +owner {2}Looking for an interpreter for a visit…$/m,
    );
    const unmatched = await mixer(['--data', copySample(), 'unmatched', '--min-score', '0.6']);
    expect(unmatched.stdout).toContain('  sendai-chamber-english  ');
    for (const line of [...show.stdout.split('\n').slice(-8), ...unmatched.stdout.split('\n')])
      expect(displayWidthOf(line), line).toBeLessThanOrEqual(80);
  });

  it('suggests similar ids for an unknown one', async () => {
    const r = await mixer(['--data', copySample(), '--lang', 'en', 'show', 'hirano-kafe']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no record with the id "hirano-kafe"/);
    expect(r.stderr).toMatch(/did you mean: hirano-cafe/);
    expect(r.stderr).toContain('mixer list members, mixer list needs');
  });

  it('names the lists of the kinds it suggests: a visit id, mixer list visits', async () => {
    const r = await mixer(['--data', copySample(), '--lang', 'en', 'show', '2026-09']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/did you mean: 2026-09-/);
    expect(r.stderr).toContain('mixer list visits');
    expect(r.stderr).not.toContain('mixer list members');
  });
});

describe('usage', () => {
  /** A copy of the sample whose mixer.yaml says `lang: en`. */
  function englishFolder(): string {
    const dir = copySample();
    const settings = path.join(dir, 'mixer.yaml');
    fs.writeFileSync(settings, fs.readFileSync(settings, 'utf8').replace('lang: ja', 'lang: en'));
    return dir;
  }

  it('--help teaches each command with an example, and exits 0', async () => {
    const r = await mixer(['suggest', '--help'], { env: { LANG: 'en_US.UTF-8' }, cwd: tempDir() });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/--min-score <x>/);
    expect(r.stdout).toMatch(/\$ mixer suggest --need/);
  });

  it('mixer --help and mixer help --help show examples too, and each flag says what it takes', async () => {
    for (const lang of ['ja', 'en']) {
      const root = await mixer(['--lang', lang, '--help']);
      expect(root.code).toBe(0);
      expect(root.stdout).toMatch(/\$ mixer help suggest/);
      const help = await mixer(['--lang', lang, 'help', '--help']);
      expect(help.stdout).toMatch(/\$ mixer help suggest/);
    }
    const oneLine = async (...argv: string[]) => (await mixer(argv)).stdout.replace(/\s+/g, ' ');
    // list --status: a need's statuses, and where a proposal's are listed
    expect(await oneLine('--lang', 'en', 'list', '--help')).toContain(
      'needs: open | solved | dropped; proposals: the <status> of mixer status --help',
    );
    // (Japanese wraps between characters: compared without white space)
    const bare = async (...argv: string[]) => (await mixer(argv)).stdout.replace(/\s+/g, '');
    expect(await bare('--lang', 'ja', 'list', '--help')).toContain('needs:open（未解決）|solved（解決済み）');
    // dates say how they may be typed; report says what it does without --since and --by
    expect(await oneLine('--lang', 'en', 'status', '--help')).toContain(
      '(default: today): 2026-11-20, 11/20',
    );
    expect(await oneLine('--lang', 'en', 'add-need', '--help')).toContain(
      '(default: today): 2026-11-20, 11/20',
    );
    const report = await oneLine('--lang', 'en', 'report', '--help');
    expect(report).toContain('from this date (default: the first record)');
    expect(report).toContain('one table of visits instead of both: mixer (by mixer) | space (by space)');
    expect(await bare('--lang', 'ja', 'report', '--help')).toContain('両方ではなくひとつだけ');
  });

  it('--help of add-member and add-need says who sees a record by default', async () => {
    // A member added without --share is kept from letters: the help says so before it happens.
    // (help wraps at 80 columns: Japanese between characters, English between words)
    const member = await mixer(['--lang', 'ja', 'add-member', '--help']);
    expect(member.stdout.replace(/\s+/g, '')).toContain('既定:mixers。mixersなら手紙に強みと連絡先を書かず');
    expect(member.stdout).toMatch(/--email <メール> +メールアドレス/);
    const need = await mixer(['--lang', 'en', 'add-need', '--help']);
    expect(need.stdout.replace(/\s+/g, ' ')).toContain("default: as its owner's record");
  });

  it("--help and usage errors speak the folder's language, as its commands do: --lang, mixer.yaml, LANG", async () => {
    const english = englishFolder();
    const inFolder = await mixer(['suggest', '--help'], { cwd: english });
    expect(inFolder.stdout).toContain('Usage: mixer suggest');
    const byFlag = await mixer(['--data', english, 'suggest', '--help']);
    expect(byFlag.stdout).toContain('Usage: mixer suggest');
    // The sample says ja: its language wins over the user's LANG, and --lang over both.
    const sample = await mixer(['--data', copySample(), 'suggest', '--limit', 'many'], {
      env: { LANG: 'en_US.UTF-8' },
    });
    expect(sample.code).toBe(2);
    expect(sample.stderr).toContain('--limit');
    expect(sample.stderr).not.toMatch(/takes a whole number/);
    const flag = await mixer(['--lang', 'en', '--data', copySample(), 'suggest', '--limit', 'many']);
    expect(flag.stderr).toMatch(/--limit takes a whole number/);
  });

  it('an unknown option or command is bad usage: exit 2 (end to end)', () => {
    expect(runCli(['validate', '--bogus']).code).toBe(2);
    expect(runCli(['frobnicate']).code).toBe(2);
    expect(runCli(['--lang', 'fr', 'validate']).code).toBe(2);
    const r = runCli(['suggest', '--limit', 'many'], { cwd: englishFolder() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--limit takes a whole number/);
  });
});

describe('color', () => {
  it('NO_COLOR wins even on a terminal; FORCE_COLOR forces it; pipes get none (end to end)', async () => {
    const { colorLevel } = await import('../src/ui/output.js');
    expect(colorLevel({ NO_COLOR: '1' }, true)).toBe(0);
    expect(colorLevel({ NO_COLOR: '1', FORCE_COLOR: '1' }, true)).toBe(0);
    expect(colorLevel({ FORCE_COLOR: '1' }, false)).toBe(1);
    expect(colorLevel({ FORCE_COLOR: '0' }, true)).toBe(0);
    expect(colorLevel({}, false)).toBe(0);
    expect(colorLevel({ TERM: 'xterm-256color' }, true)).toBe(2);
    const r = runCli(['--data', copySample(), 'list', 'spaces'], {
      env: { NO_COLOR: undefined, FORCE_COLOR: '1' },
    });
    expect(r.stdout).toContain('\u001b[1m');
  });
});

it('a closed pipe ends the output quietly (end to end)', () => {
  const r = spawnSync(
    'sh',
    [
      '-c',
      `node ${JSON.stringify(path.join(ROOT, 'bin/mixer.js'))} --data ${JSON.stringify(copySample())} list members | head -1`,
    ],
    {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: USER_CACHE },
    },
  );
  expect(r.stdout.split('\n')[0]).toMatch(/^ID/);
  expect(r.stderr).not.toMatch(/EPIPE|at /);
});
