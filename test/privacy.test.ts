// Privacy by construction and escaping in every writer: the sponsor report goes through the one
// public view; a review says that notes, consent and contacts changed, not what they say; what a
// record holds is printed as text, never acted on by a terminal, Markdown or Mermaid; nobody
// marked do_not_contact is proposed for a visit or a question.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { markdownInline, mermaidLabel, printable, printableLine, showValue } from '../src/util/printable.js';
import { cleanup, copySample, git, memoryIo, runCli, sampleRepo, tempDir, writeFiles } from './helpers.js';

afterAll(cleanup);

async function run(dir: string, ...args: string[]) {
  const { io, out, err } = memoryIo();
  const code = await main(['--data', dir, '--lang', 'en', ...args], io);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

const edit = (dir: string, rel: string, change: (text: string) => string) =>
  fs.writeFileSync(path.join(dir, rel), change(fs.readFileSync(path.join(dir, rel), 'utf8')));

describe('the sponsor report', () => {
  /** The sample's deal, with its need and its helper known to the mixers only. */
  function privateDeal(): string {
    const dir = copySample();
    edit(dir, 'needs/hirano-cafe-sns.yaml', (t) => `${t}share: mixers\n`);
    edit(dir, 'members/yamamoto-sns.yaml', (t) => t.replace('share: public', 'share: mixers'));
    return dir;
  }
  const SECRETS = [
    '平日の午後にお客さんが来ない',
    '山本 玲奈',
    'yamamoto-sns',
    'hirano-cafe-sns',
    'SNSで発信',
  ];

  it('names a private need and helper only as private, and leaves out the proposal id made of them', async () => {
    // (the Markdown shows the day of the outcome, not the id; the JSON's id is null)
    const dir = privateDeal();
    const md = await run(dir, 'report');
    expect(md.code, md.stderr).toBe(0);
    for (const secret of SECRETS) expect(md.stdout).not.toContain(secret);
    expect(md.stdout).toMatch(
      /\| \d{4}-\d\d-\d\d \| a need not made public \| a member \(not public\) \| [^|]+ \| 90,000 \|/,
    );
    const ja = await run(dir, '--lang', 'ja', 'report');
    expect(ja.stdout).toMatch(
      /\| \d{4}-\d\d-\d\d \| 非公開の課題 \| メンバー（非公開） \| [^|]+ \| 90,000 \|/,
    );
    const json = await run(dir, 'report', '--json');
    for (const secret of SECRETS) expect(json.stdout).not.toContain(secret);
    expect(JSON.parse(json.stdout).deals).toEqual([
      { id: null, need: null, helper: null, kind: 'deal', value: 90000 },
    ]);
  });

  it('names them when their records make them public', async () => {
    const json = JSON.parse((await run(copySample(), 'report', '--json')).stdout);
    expect(json.deals).toEqual([
      {
        id: '2026-09-hirano-cafe-sns-yamamoto-sns',
        need: '平日の午後にお客さんが来ない',
        helper: '山本 玲奈',
        kind: 'deal',
        value: 90000,
      },
    ]);
  });
});

describe('a member kept in the team, alone in their space', () => {
  // 佐野 窯造 is the one member of 遠野ラボ and kept in the team (share: mixers). In December a
  // mixer met only them, at their space; a public café's need went to them and became a deal, and
  // a public web designer was proposed for their own need. Before, the graph drew 遠野ラボ with a
  // thick arrow from 北上ベース and one to 秋田コモンズ, and the period's only visit counted "1
  // member met (with 3 strengths)": both could come from nobody else.
  const SECRETS = ['佐野', '窯造', 'secret-kiln', '絵付け', '窯焼き', '釉薬', '器を通販'];
  function loneMember(): string {
    return writeFiles(copySample(), {
      'spaces/tono-lab.yaml': 'name: 遠野ラボ\nkind: physical\narea: 岩手県遠野市\n',
      'members/secret-kiln.yaml':
        'name: 佐野 窯造\nkind: person\nspaces:\n  - tono-lab\nstrengths:\n  - 陶芸の絵付け\n  - 窯焼き\n  - 釉薬の調合\nshare: mixers\n',
      'needs/secret-kiln-shop.yaml':
        'owner: secret-kiln\ntitle: 窯の器を通販で売りたい\nsince: "2026-12-03"\n',
      'needs/hirano-cafe-cups.yaml':
        'owner: hirano-cafe\ntitle: お店オリジナルのカップがほしい\nsince: "2026-12-01"\n',
      'visits/2026/2026-12-03-tono-lab.yaml':
        'space: tono-lab\ndate: "2026-12-03"\nmixer: mx-sato\nmet:\n  - secret-kiln\ncost: 500\n',
      'proposals/2026-12-hirano-cafe-cups-secret-kiln.yaml': [
        'need: hirano-cafe-cups',
        'helper: secret-kiln',
        'mixer: mx-sato',
        'history:',
        ...['draft', 'asked-owner', 'owner-accepted', 'asked-helper', 'helper-accepted', 'introduced'].map(
          (status) => `  - date: "2026-12-04"\n    status: ${status}`,
        ),
        '  - date: "2026-12-10"\n    status: met',
        '  - date: "2026-12-20"\n    status: deal',
        'outcome:\n  kind: deal\n  value: 40000\n',
      ].join('\n'),
      'proposals/2026-12-secret-kiln-shop-abe-web.yaml':
        'need: secret-kiln-shop\nhelper: abe-web\nmixer: mx-sato\nhistory:\n  - date: "2026-12-05"\n    status: draft\n',
    });
  }
  const DECEMBER = ['--since', '2026-12-01', '--until', '2026-12-31'];

  it('the folder is valid, and the matcher and the team still see the member', async () => {
    const dir = loneMember();
    const v = await run(dir, 'validate');
    expect(v.code, v.stdout + v.stderr).toBe(0);
    expect((await run(dir, 'show', 'secret-kiln')).stdout).toContain('佐野 窯造');
  });

  it('the Markdown report tells nothing of them: no arrow, no node, no count that only they make', async () => {
    const dir = loneMember();
    for (const lang of ['en', 'ja']) {
      const r = await run(dir, '--lang', lang, 'report', ...DECEMBER);
      expect(r.code, r.stderr).toBe(0);
      for (const secret of SECRETS) expect(r.stdout, lang).not.toContain(secret);
      // The space itself is public and was visited: it stays in the table of visits, and only there.
      const graph = r.stdout.slice(r.stdout.indexOf('### ', r.stdout.lastIndexOf('|')));
      expect(r.stdout).toMatch(/\| 遠野ラボ \| 1 \| 500 \|/);
      expect(graph).not.toContain('遠野ラボ');
      expect(r.stdout).not.toContain('tono');
      expect(graph).not.toContain('```mermaid');
      // The deal still counts, its helper unnamed.
      expect(r.stdout).toMatch(/40,000/);
    }
    const en = (await run(dir, 'report', ...DECEMBER)).stdout;
    // The one member met was theirs, and the one other need was the café's: left out, and said why.
    expect(en).toContain('1 new need, 0 members met (with 0 strengths)');
    expect(en).toContain(
      'Members not made public (share: mixers), with their needs and strengths, are counted only together with at least 2 public members or spaces',
    );
    expect(en).toContain(
      '| 2026-12-20 | お店オリジナルのカップがほしい | a member (not public) | deal | 40,000 |',
    );
    expect(en).toContain('Proposals across spaces: 2 of 2 (100%)');
    expect(en).toContain(
      'No proposal between public members or spaces joined two spaces in this period. 2 proposals with a member not made public are counted among the proposals across spaces but not drawn.',
    );
    const ja = (await run(dir, '--lang', 'ja', 'report', ...DECEMBER)).stdout;
    expect(ja).toContain('新しい課題 1 件、会ったメンバー 0 人（その強み 0 件）');
    expect(ja).toContain('公開のメンバーやスペースが 2 件以上いっしょに数えられるときだけ数えます');
    expect(ja).toContain(
      '非公開のメンバーが関わる提案 2 件は、スペースをまたぐ提案の件数には含みますが、図には描いていません。',
    );
  });

  it('--json tells nothing of them either', async () => {
    const r = await run(loneMember(), 'report', '--json', ...DECEMBER);
    expect(r.code, r.stderr).toBe(0);
    for (const secret of SECRETS) expect(r.stdout).not.toContain(secret);
    const json = JSON.parse(r.stdout);
    // (the space was visited: its visit is counted, by its id, as any other space's)
    expect(json.visits.bySpace).toContainEqual({ id: 'tono-lab', name: '遠野ラボ', visits: 1, cost: 500 });
    expect(json.mermaid).toBe('graph LR');
    expect(json.learned).toEqual({ needs: 1, membersMet: 0, strengths: 0 });
    expect(json.proposals).toMatchObject({ total: 2, acrossSpaces: 2, notDrawn: 2 });
    expect(json.deals).toEqual([
      { id: null, need: 'お店オリジナルのカップがほしい', helper: null, kind: 'deal', value: 40000 },
    ]);
    expect(json.dealValue).toBe(40000);
  });

  it('in a crowd of public members they are counted, and drawn once they are made public', async () => {
    const dir = loneMember();
    // Two public members of 北上ベース met at the same space in the period: now nobody can tell
    // the private member's part of the figures from theirs.
    writeFiles(dir, {
      'visits/2026/2026-12-08-kitakami-base.yaml':
        'space: kitakami-base\ndate: "2026-12-08"\nmixer: mx-sato\nmet:\n  - ito-design\n  - chiba-tax\n',
      'needs/ito-design-printer.yaml':
        'owner: ito-design\ntitle: 大判プリンターを借りたい\nsince: "2026-12-08"\n',
    });
    const strengthsOf = (id: string) =>
      (fs.readFileSync(path.join(dir, 'members', `${id}.yaml`), 'utf8').split('strengths:\n')[1] ?? '')
        .split('\n')
        .filter((line) => line.startsWith('  - ')).length;
    const crowd = JSON.parse((await run(dir, 'report', '--json', ...DECEMBER)).stdout);
    expect(crowd.learned).toEqual({
      needs: 3,
      membersMet: 3,
      strengths: strengthsOf('ito-design') + strengthsOf('chiba-tax') + strengthsOf('secret-kiln'),
    });
    expect(strengthsOf('secret-kiln')).toBe(3);
    // The graph does not merge them in a crowd: an arrow's thickness could still tell their deal.
    expect(crowd.mermaid).toBe('graph LR');

    edit(dir, 'members/secret-kiln.yaml', (t) => t.replace('share: mixers', 'share: public'));
    const open = JSON.parse((await run(dir, 'report', '--json', ...DECEMBER)).stdout);
    expect(open.proposals.notDrawn).toBe(0);
    expect(open.mermaid).toContain('s_kitakami_base ==>|1| s_tono_lab');
    expect(open.mermaid).toContain('s_tono_lab -->|1| s_akita_commons');
    expect(open.mermaid).toContain('s_tono_lab["遠野ラボ"]');
  });

  it('a need or a strength kept in the team counts as private, whoever owns it', async () => {
    const dir = loneMember();
    // The café is public, but the need it wrote in the period and one strength it told are not.
    writeFiles(dir, {
      'needs/hirano-cafe-quiet.yaml':
        'owner: hirano-cafe\ntitle: 店をたたむか迷っている\nsince: "2026-12-09"\nshare: mixers\n',
      'visits/2026/2026-12-09-kitakami-base.yaml':
        'space: kitakami-base\ndate: "2026-12-09"\nmixer: mx-sato\nmet:\n  - hirano-cafe\nlearned:\n  - member: hirano-cafe\n    strength:\n      text: 借金の整理の経験\n      share: mixers\n',
    });
    const r = await run(dir, 'report', '--json', ...DECEMBER);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    const publicStrengths = (
      fs.readFileSync(path.join(dir, 'members', 'hirano-cafe.yaml'), 'utf8').split('strengths:\n')[1] ?? ''
    )
      .split('\n')
      .filter((line) => line.startsWith('  - ')).length;
    // one public party only: the private need and the private strength are left out of the counts
    expect(json.learned).toEqual({ needs: 1, membersMet: 1, strengths: publicStrengths });
    expect(r.stdout).not.toContain('店をたたむ');
    expect(r.stdout).not.toContain('借金');
  });

  it('a folder that keeps nothing in the team has no note about what is not public', async () => {
    const dir = copySample();
    // the sample keeps one member, one need and one strength in the team: each alone brings the note
    const open = (file: string) => edit(dir, file, (t) => t.replace('share: mixers', 'share: public'));
    open('members/kikuchi-illust.yaml');
    open('needs/hirano-cafe-tax.yaml');
    expect((await run(dir, 'report')).stdout).toContain('not made public (share: mixers)');
    open('members/suzuki-dev.yaml');
    expect((await run(dir, 'report')).stdout).not.toContain('not made public (share: mixers)');
    expect((await run(copySample(), 'report')).stdout).toContain('not made public (share: mixers)');
  });
});

describe('review', () => {
  it('says that notes, consent and contacts changed, without their values', async () => {
    const dir = sampleRepo();
    git(dir, 'switch', '-q', '-c', 'edit');
    edit(
      dir,
      'members/hirano-cafe.yaml',
      (t) =>
        `${t}notes: 店長の携帯は 090-1111-2222、離婚調停中\ncontact:\n  email: secret-owner@example.jp\n  phone: 090-1111-2222\nconsent:\n  date: 2026-11-01\n  note: 口頭で同意（奥様の名前は出さない）\n`,
    );
    edit(dir, 'spaces/kitakami-base.yaml', (t) =>
      t.replace(/yumi@kitakami-base\.example\.jp/, 'yumi.private@example.jp'),
    );
    for (const json of [false, true]) {
      const r = await run(dir, 'review', '--base', 'main', ...(json ? ['--json'] : []));
      expect(r.code, r.stderr).toBe(0);
      for (const secret of ['090-1111-2222', '離婚', 'secret-owner', '奥様', 'yumi.private', 'yumi@kitakami'])
        expect(r.stdout).not.toContain(secret);
      expect(r.stdout).toMatch(/notes changed \(not shown in a review\)/);
      expect(r.stdout).toMatch(/contact changed \(not shown in a review\)/);
      expect(r.stdout).toMatch(/consent changed \(not shown in a review\)/);
      expect(r.stdout).toMatch(/contacts changed \(not shown in a review\)/);
    }
  });

  it('says a strength made private or a history note edited as one change of it, the note unshown', async () => {
    const dir = sampleRepo();
    git(dir, 'switch', '-q', '-c', 'edit');
    edit(dir, 'members/ito-design.yaml', (t) =>
      t.replace('  - ロゴ制作\n', '  - text: ロゴ制作\n    share: mixers\n'),
    );
    edit(dir, 'proposals/2026-10-iwate-craft-overseas-miller-english.yaml', (t) =>
      t.replace(
        '    status: introduced\n',
        '    status: introduced\n    note: 先方の社長は体調を崩している\n',
      ),
    );
    const r = await run(dir, 'review', '--base', 'main');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(
      '- 伊藤 彩 (members/ito-design): "ロゴ制作" in strengths changed (share: — → mixers)',
    );
    expect(r.stdout).not.toMatch(/"ロゴ制作" (added to|removed from)/);
    expect(r.stdout).toContain('"2026-10-09 introduced" in history changed (note)');
    expect(r.stdout).not.toContain('体調');
  });

  it('in a shallow clone, names a fetch command that works', () => {
    const origin = sampleRepo();
    git(origin, 'switch', '-q', '-c', 'release');
    git(origin, 'switch', '-q', 'main');
    const clone = path.join(tempDir(), 'shallow');
    git(path.dirname(clone), 'clone', '-q', '--depth', '1', `file://${origin}`, clone);
    git(clone, 'switch', '-q', '-c', 'visit');
    git(clone, 'config', 'user.email', 'misaki.sato@example.jp');
    git(clone, 'config', 'user.name', 'Sato');
    expect(
      runCli(['--data', clone, 'add-need', '--owner', 'hirano-cafe', '--title', 'ロゴ', '--commit']).code,
    ).toBe(0);
    const r = runCli(['--data', clone, '--lang', 'en', 'review', '--base', 'origin/release']);
    expect(r.code).toBe(1);
    const command = /fetch it with (git fetch .*), then run it again/.exec(r.stderr)?.[1];
    expect(command).toBe('git fetch --unshallow origin +refs/heads/release:refs/remotes/origin/release');
    git(clone, ...command!.split(' ').slice(1));
    const again = runCli(['--data', clone, '--lang', 'en', 'review', '--base', 'origin/release']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/1 added/);
  });

  it('outside git, says there is nothing to compare with, and how to start', async () => {
    const r = await run(copySample(), 'review');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is not in a git repository, so there is nothing to compare with');
    expect(r.stderr).toContain('run git init and a first commit, then run it on a branch');
  });

  it('in a full clone, a base that names nothing is bad usage, not a fetch to try', async () => {
    const repo = sampleRepo();
    const r = await run(repo, 'review', '--base', 'mian');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('there is no branch or commit mian to compare with');
    expect(r.stderr).toContain('git branch -a lists the branches');
  });

  it('a commit that is not there is named as a commit, with no fetch of a branch so named', async () => {
    const repo = sampleRepo();
    const r = await run(repo, 'review', '--base', 'HEAD~5');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('there is no branch or commit HEAD~5 to compare with');
    expect(r.stderr).toContain('git log --oneline lists the commits this branch has');
    expect(r.stderr).not.toContain('git fetch');
    // A repository with no remote is never told to fetch from one.
    const branch = await run(repo, 'review', '--base', 'mian');
    expect(branch.stderr).toContain('git branch -a lists the branches');
    expect(branch.stderr).not.toContain('git fetch');
  });

  it('a branch with no history in common is said so, not taken for a shallow clone', async () => {
    const repo = sampleRepo();
    git(repo, 'switch', '-q', '--orphan', 'other');
    fs.writeFileSync(path.join(repo, 'mixer.yaml'), 'version: 1\n');
    git(repo, 'add', 'mixer.yaml');
    git(repo, 'commit', '-q', '-m', 'unrelated');
    git(repo, 'switch', '-q', 'main');
    const r = await run(repo, 'review', '--base', 'other');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'other shares no commit with this branch, so there is nothing to compare with',
    );
    expect(r.stderr).toContain('name the branch this one was started from (for example --base main)');
    expect(r.stderr).not.toContain('shallow');
  });
});

describe('escaping in every writer', () => {
  it('shows a control character as its escape, in a terminal, Markdown and Mermaid', () => {
    const hostile = 'a\u001b[2Jb\u0000c\u009bd\u202ee\nf';
    for (const out of [
      printableLine(hostile),
      markdownInline(hostile),
      mermaidLabel(hostile),
      showValue(hostile),
    ])
      expect(out).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/);
    expect(printable('one\n\ttwo\u001b')).toBe('one\n\ttwo\\x1b');
    expect(markdownInline('# <script>x</script> | *y* [z](u)')).toBe(
      '\\# \\<script\\>x\\</script\\> \\| \\*y\\* \\[z\\](u)',
    );
    expect(mermaidLabel('a"b\nc')).toBe('a#34;b c');
  });

  it('show prints a comment holding an escape sequence as text', async () => {
    const dir = copySample();
    edit(dir, 'members/hirano-cafe.yaml', (t) => `# \u001b]0;owned\u0007\u001b[2J note\n${t}`);
    const r = await run(dir, 'show', 'hirano-cafe');
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    expect(r.stdout).toContain('\\x1b]0;owned\\x07\\x1b[2J note');
  });

  it('brief writes what a record says as Markdown text: no heading, list or HTML from a note', async () => {
    const dir = copySample();
    edit(
      dir,
      'visits/2026/2026-11-12-kitakami-base.yaml',
      (t) => `${t}notes: "定例\\n# 乗っ取り見出し\\n<img src=x onerror=alert(1)>"\n`,
    );
    const r = await run(dir, 'brief', 'kitakami-base');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(/^# /m);
    expect(r.stdout).not.toMatch(/(^|[^\\])<img/);
    expect(r.stdout).toContain('\\# 乗っ取り見出し \\<img src=x onerror=alert(1)\\>');
  });
});

describe('do_not_contact', () => {
  it('due proposes no visit to a space marked do_not_contact, nor a follow-up with such a party', async () => {
    const dir = copySample();
    const before = JSON.parse((await run(dir, 'due', '--json')).stdout) as Array<{ id: string }>;
    expect(before.some((i) => i.id === 'yamagata-yard')).toBe(true);
    edit(dir, 'spaces/yamagata-yard.yaml', (t) => `${t}do_not_contact: true\n`);
    edit(dir, 'members/suzuki-dev.yaml', (t) => `${t}do_not_contact: true\n`);
    const after = JSON.parse((await run(dir, 'due', '--json')).stdout) as Array<{ id: string; type: string }>;
    expect(after.map((i) => i.id)).not.toContain('yamagata-yard');
    // The open proposal with suzuki-dev is no follow-up any more: it is first, to be closed.
    expect(after.filter((i) => i.id === '2026-09-gudon-ramen-booking-suzuki-dev')).toEqual([
      expect.objectContaining({ type: 'close', late: 0 }),
    ]);
    expect(after[0]!.type).toBe('close');
    const json = after.find((i) => i.type === 'close') as unknown as { text: string };
    expect(json.text).toBe(
      '2026-09-gudon-ramen-booking-suzuki-dev: 鈴木 拓海 is marked do_not_contact; close it (mixer status 2026-09-gudon-ramen-booking-suzuki-dev closed)',
    );
    const text = await run(dir, 'due');
    // Too wide for 80 columns: the command is not cut across lines, it stands whole on its own.
    expect(text.stdout).toMatch(
      /^Proposals to close\n {2}2026-09-gudon-ramen-booking-suzuki-dev\n {4}鈴木 拓海 is marked do_not_contact; close it\n {4}mixer status 2026-09-gudon-ramen-booking-suzuki-dev closed\n/,
    );
    // The brief of the space says it too, under the proposal; list marks the member.
    const brief = await run(dir, 'brief', 'sendai-loft');
    expect(brief.stdout).toContain(
      '- 2026-09-gudon-ramen-booking-suzuki-dev: asked-owner (鈴木 拓海)\n' +
        '  - 鈴木 拓海 is marked do_not_contact; close it (mixer status 2026-09-gudon-ramen-booking-suzuki-dev closed)',
    );
    // In JSON too: the side to be left alone, named by id; null where nothing bars a proposal.
    const briefJson = JSON.parse((await run(dir, 'brief', 'sendai-loft', '--json')).stdout) as {
      proposals: Array<{ id: string; barredBy: string | null }>;
    };
    expect(briefJson.proposals).toContainEqual(
      expect.objectContaining({ id: '2026-09-gudon-ramen-booking-suzuki-dev', barredBy: 'suzuki-dev' }),
    );
    expect(briefJson.proposals.filter((p) => p.barredBy === null).length).toBe(
      briefJson.proposals.length - 1,
    );
    const members = await run(dir, 'list', 'members');
    expect(members.stdout).toMatch(/^suzuki-dev +鈴木 拓海 .*\n +\(do not contact\)$/m);
  });

  describe('a party marked do_not_contact after it was proposed', () => {
    const ID = '2026-09-gudon-ramen-booking-suzuki-dev';
    const letters = (dir: string) =>
      fs.readdirSync(path.join(dir, 'proposals')).filter((f) => f.endsWith('.md'));

    it('gets no letter from status, forced or not; the proposal can still be closed', async () => {
      const dir = copySample();
      edit(dir, 'members/suzuki-dev.yaml', (t) => `${t}do_not_contact: true\n`);
      const before = letters(dir);
      const proposal = fs.readFileSync(path.join(dir, `proposals/${ID}.yaml`), 'utf8');
      for (const args of [['owner-accepted'], ['helper-accepted', '--force'], ['introduced', '--force']]) {
        const refused = await run(dir, 'status', ID, ...args);
        expect(refused.code, args.join(' ')).toBe(1);
        expect(refused.stderr).toContain('"suzuki-dev" is marked do_not_contact');
        expect(refused.stderr).toContain(`close this proposal instead: mixer status ${ID} closed`);
      }
      expect(letters(dir)).toEqual(before);
      expect(fs.readFileSync(path.join(dir, `proposals/${ID}.yaml`), 'utf8')).toBe(proposal);
      const closed = await run(dir, 'status', ID, 'closed');
      expect(closed.code, closed.stderr).toBe(0);
      expect(letters(dir)).toEqual(before);
    });

    it('is named by validate at a proposal that can only go on by writing to it', async () => {
      const dir = copySample();
      // hirano-cafe's proposal has ended (a deal); miller-english's is introduced (the sides have
      // each other's address); suzuki-dev's has asked the owner and would write to it next.
      edit(dir, 'members/hirano-cafe.yaml', (t) => `${t}do_not_contact: true\n`);
      edit(dir, 'members/miller-english.yaml', (t) => `${t}do_not_contact: true\n`);
      edit(dir, 'members/suzuki-dev.yaml', (t) => `${t}do_not_contact: true\n`);
      const checked = await run(dir, 'validate', '--json');
      expect(checked.code).toBe(1);
      const problems = JSON.parse(checked.stdout) as Array<Record<string, unknown>>;
      expect(problems).toEqual([
        expect.objectContaining({
          file: `proposals/${ID}.yaml`,
          field: 'helper',
          code: 'problem.open-do-not-contact',
          message: '"suzuki-dev" is marked do_not_contact, but this proposal is still open',
          hint: `close this proposal instead: mixer status ${ID} closed`,
        }),
      ]);
      // What the introduced sides did is still recorded; due follows none of it up.
      const met = await run(dir, 'status', '2026-10-iwate-craft-overseas-miller-english', 'met');
      expect(met.code, met.stderr).toBe(0);
      const due = JSON.parse((await run(dir, 'due', '--json')).stdout) as Array<{ id: string; type: string }>;
      expect(due.filter((i) => i.type !== 'visit').map((i) => [i.type, i.id])).toEqual([['close', ID]]);
    });
  });

  it('a party whose record has problems gets no letter: propose and status refuse, naming the file', async () => {
    const dir = copySample();
    // A typo and do_not_contact in the owner's record: mixer cannot read it, so it cannot know.
    edit(dir, 'members/gudon-ramen.yaml', (t) => `${t.replace('summary:', 'sumary:')}do_not_contact: true\n`);
    const before = fs.readdirSync(path.join(dir, 'proposals'));
    const propose = await run(dir, 'propose', 'gudon-ramen-menu', 'suzuki-dev', '--mixer', 'mx-kimura');
    expect(propose.code).toBe(1);
    expect(propose.stderr).toContain(
      '"gudon-ramen" (members/gudon-ramen.yaml) has problems and cannot be used',
    );
    const status = await run(dir, 'status', '2026-09-gudon-ramen-booking-suzuki-dev', 'owner-accepted');
    expect(status.code).toBe(1);
    expect(status.stderr).toContain(
      '"gudon-ramen" (members/gudon-ramen.yaml) has problems and cannot be used',
    );
    expect(fs.readdirSync(path.join(dir, 'proposals'))).toEqual(before);
  });

  it('an owner marked do_not_contact: no other helper is offered, and a new need of it is recorded with a word', async () => {
    const dir = copySample();
    edit(dir, 'members/hirano-cafe.yaml', (t) => `${t}do_not_contact: true\n`);
    const refused = await run(dir, 'propose', 'hirano-cafe-logo', 'ito-design', '--mixer', 'mx-sato');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('"hirano-cafe" is marked do_not_contact');
    expect(refused.stderr).toContain("none of this owner's needs can be proposed");
    expect(refused.stderr).not.toContain('finds other helpers');
    const added = await run(dir, 'add-need', '--owner', 'hirano-cafe', '--title', '看板を直したい');
    expect(added.code, added.stderr).toBe(0);
    expect(added.stderr).toContain(
      'hirano-cafe is marked do_not_contact: the need is recorded, but no proposal can be made for it',
    );
  });

  it('brief leaves out members marked do_not_contact, and refuses a space marked so', async () => {
    const dir = copySample();
    const before = await run(dir, 'brief', 'kitakami-base', '--json');
    const owners = (JSON.parse(before.stdout).needs as Array<{ owner: string }>).map((n) => n.owner);
    expect(owners).toContain('hirano-cafe');
    edit(dir, 'members/hirano-cafe.yaml', (t) => `${t}do_not_contact: true\n`);
    const after = await run(dir, 'brief', 'kitakami-base', '--json');
    expect((JSON.parse(after.stdout).needs as Array<{ owner: string }>).map((n) => n.owner)).not.toContain(
      'hirano-cafe',
    );
    writeFiles(dir, {
      'spaces/kitakami-base.yaml': `${fs.readFileSync(path.join(dir, 'spaces/kitakami-base.yaml'), 'utf8')}do_not_contact: true\n`,
    });
    const refused = await run(dir, 'brief', 'kitakami-base');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/is marked do_not_contact; there is no visit to prepare/);
  });
});
