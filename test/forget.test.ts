// mixer forget: a member removed everywhere in one reviewed change, the counts kept anonymously,
// and how to purge git history.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { cleanup, git, memoryIo, runCli, sampleRepo, scriptedPrompter } from './helpers.js';

afterAll(cleanup);

const TODAY = { MIXER_TODAY: '2026-11-26' };

async function run(dir: string, ...args: string[]) {
  const { io, out, err } = memoryIo({ env: TODAY });
  const code = await main(['--data', dir, '--lang', 'en', ...args], io);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** Every text file of the repository but git's own, with its text. */
function texts(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rel of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (rel.split(path.sep)[0] === '.git') continue;
    const file = path.join(dir, rel);
    if (fs.statSync(file).isFile()) out.set(rel, fs.readFileSync(file, 'utf8'));
  }
  return out;
}

describe('mixer forget', () => {
  it('removes a member everywhere in one commit that names no one; the counts stay', async () => {
    const dir = sampleRepo();
    // The member as helper of the deal, with a letter written for a new proposal, and something learned.
    const proposed = runCli(
      ['--data', dir, 'propose', 'gudon-ramen-menu', 'yamamoto-sns', '--mixer', 'mx-kimura', '--commit'],
      { env: TODAY },
    );
    expect(proposed.code, proposed.stderr).toBe(0);
    const visit = runCli(
      [
        '--data',
        dir,
        'add-visit',
        '--space',
        'online-tohoku',
        '--date',
        '2026-11-20',
        '--mixer',
        'mx-sato',
        '--strength',
        'yamamoto-sns:リール動画の編集',
        '--commit',
      ],
      { env: TODAY },
    );
    expect(visit.code, visit.stderr).toBe(0);
    const before = JSON.parse((await run(dir, 'report', '--json')).stdout);

    const r = await run(dir, 'forget', 'yamamoto-sns', '--commit');
    expect(r.code, r.stderr).toBe(0);
    expect(git(dir, 'status', '--porcelain')).toBe('');
    expect(git(dir, 'log', '-1', '--format=%s')).toBe('forget: a member removed at their request');
    // Committed where it is: nothing more to do before the purge.
    expect(r.stderr).not.toContain('first commit this change');

    // Nothing left that names the member, but what the purge instructions print.
    for (const [rel, text] of texts(dir)) {
      expect(text, rel).not.toContain('yamamoto-sns');
      expect(text, rel).not.toContain('山本 玲奈');
      expect(rel).not.toContain('yamamoto-sns');
    }
    expect((await run(dir, 'validate')).code).toBe(0);
    expect((await run(dir, 'fmt', '--check')).code).toBe(0);

    // The deal and the funnel are counted as before, without the member.
    const after = JSON.parse((await run(dir, 'report', '--json')).stdout);
    expect(after.proposals.funnel).toEqual(before.proposals.funnel);
    expect(after.dealValue).toBe(before.dealValue);
    expect(after.deals).toHaveLength(before.deals.length);
    expect(after.deals[0]).toMatchObject({ id: null, helper: null, kind: 'deal', value: 90000 });

    // How to purge the history: the real paths, with git filter-repo and with BFG.
    expect(r.stderr).toMatch(/git history still holds the old files/);
    expect(r.stderr).toContain("--path 'members/yamamoto-sns.yaml'");
    expect(r.stderr).toContain("--path 'proposals/2026-09-hirano-cafe-sns-yamamoto-sns.yaml'");
    expect(r.stderr).toMatch(/--path 'proposals\/2026-11-gudon-ramen-menu-yamamoto-sns\.ask-owner\.md'/);
    expect(r.stderr).toMatch(/bfg --delete-files '\{[^}]*\byamamoto-sns\.yaml[,}]/);
    expect(r.stderr).toContain("printf '%s\\n' '山本 玲奈==>[forgotten]'");
    expect(r.stderr).toContain("'山本 玲奈==>[forgotten]'");
    expect(r.stderr).toMatch(/git push --force --mirror/);
  });

  it('names the free text that still mentions the member, for a person to edit', async () => {
    const dir = sampleRepo();
    const visit = path.join(dir, 'visits/2026/2026-11-12-kitakami-base.yaml');
    fs.appendFileSync(visit, 'notes: 山本 玲奈さんの紹介で来た\n');
    git(dir, 'commit', '-q', '-am', 'note');
    const r = await run(dir, 'forget', 'yamamoto-sns', '--json');
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.mentions).toEqual(['visits/2026/2026-11-12-kitakami-base.yaml:10']);
    expect(json.removed).toContain('members/yamamoto-sns.yaml');
    expect(json.files).not.toContain('members/yamamoto-sns.yaml');
    expect(json.purge.filterRepo.join('\n')).toContain("--path 'members/yamamoto-sns.yaml'");
  });

  it('says what it did when another writer added to it meanwhile: the purge names every file removed', async () => {
    const dir = sampleRepo();
    // Between the summary and the write (the question, in a terminal), a teammate's script
    // proposes the member for a need: its proposal and letter are removed too, and named.
    const prompter = scriptedPrompter([]);
    const defaults: Array<boolean | undefined> = [];
    prompter.confirm = async (_message, options) => {
      defaults.push(options?.default);
      const other = runCli(
        ['--data', dir, 'propose', 'gudon-ramen-menu', 'yamamoto-sns', '--mixer', 'mx-kimura'],
        { env: TODAY },
      );
      expect(other.code, other.stderr).toBe(0);
      return true;
    };
    const { io, err } = memoryIo({ env: TODAY, interactive: true });
    const code = await main(['--data', dir, '--lang', 'en', 'forget', 'yamamoto-sns'], io, prompter);
    const stderr = err.join('\n');
    expect(code, stderr).toBe(0);
    // (what cannot be undone is asked with no as the answer to Enter)
    expect(defaults).toEqual([false]);
    const letter = 'proposals/2026-11-gudon-ramen-menu-yamamoto-sns.ask-owner.md';
    expect(fs.existsSync(path.join(dir, letter))).toBe(false);
    expect(stderr).toContain(`--path '${letter}'`);
    expect(stderr).toContain("--path 'proposals/2026-11-gudon-ramen-menu-yamamoto-sns.yaml'");
    // Nothing named as still mentioning the member is a file that is gone.
    for (const line of stderr.split('\n').filter((l) => /^ {2}\S+:\d+$/.test(l)))
      expect(fs.existsSync(path.join(dir, line.trim().replace(/:\d+$/, '')))).toBe(true);
  });

  it('left uncommitted or on a branch, says to commit and merge it before purging the history', async () => {
    for (const args of [[], ['--commit', '--branch', 'forget-x']]) {
      const dir = sampleRepo();
      const r = await run(dir, 'forget', 'yamamoto-sns', ...args);
      expect(r.code, r.stderr).toBe(0);
      const first = r.stderr.indexOf('first commit this change (git add -A && git commit), merge it');
      expect(first, r.stderr).toBeGreaterThan(-1);
      expect(first).toBeLessThan(r.stderr.indexOf('git filter-repo'));
    }
  });

  it('list proposals words a forgotten side, not as its reserved id', async () => {
    const dir = sampleRepo();
    expect((await run(dir, 'forget', 'yamamoto-sns')).code).toBe(0);
    const en = await run(dir, 'list', 'proposals');
    expect(en.stdout).toContain('平日の午後にお客さんが来ない × a forgotten member');
    expect((await run(dir, 'forget', 'hirano-cafe')).code).toBe(0);
    const ja = await run(dir, '--lang', 'ja', 'list', 'proposals');
    expect(ja.stdout).toContain('削除された課題 × 削除されたメンバー');
    for (const out of [en.stdout, ja.stdout]) expect(out).not.toMatch(/× forgotten|forgotten ×/);
  });

  it('says how many files it wrote and how many it removed, not the removed ones as written', async () => {
    const dir = sampleRepo();
    const ja = async (...args: string[]) => {
      const { io, err } = memoryIo({ env: TODAY });
      const code = await main(['--data', dir, '--lang', 'ja', ...args], io);
      return { code, stderr: err.join('\n') };
    };
    // A visit rewritten and an anonymous proposal made; the proposal, three needs and the member removed.
    const both = await ja('forget', 'hirano-cafe', '--yes');
    expect(both.code, both.stderr).toBe(0);
    expect(both.stderr).toContain('2 件のファイルを書き、5 件を削除しました');
    expect(both.stderr).not.toContain('7 件');
    // Nothing but the member's own file: no "0 files written".
    const removedOnly = await ja('forget', 'kondo-sales', '--yes');
    expect(removedOnly.stderr).toContain('1 件のファイルを削除しました');
    expect(removedOnly.stderr).not.toMatch(/0 件|書き/);
    const en = await run(dir, 'forget', 'kikuchi-illust', '--yes');
    expect(en.stderr).toContain('removed 1 file');
    expect(en.stderr).not.toMatch(/wrote/);
    const enBoth = await run(dir, 'forget', 'gudon-ramen', '--yes');
    expect(enBoth.stderr).toContain('wrote 2 files and removed 5');
  });

  it('refuses a space or a mixer, and an unknown id, writing nothing', async () => {
    const dir = sampleRepo();
    for (const [id, code] of [
      ['kitakami-base', 1],
      ['mx-sato', 1],
      ['nobody', 2],
    ] as const) {
      const r = await run(dir, 'forget', id);
      expect(r.code, id).toBe(code);
    }
    expect((await run(dir, 'forget', 'kitakami-base')).stderr).toMatch(/is not a member/);
    expect(git(dir, 'status', '--porcelain')).toBe('');
  });

  it('a record may not take the reserved id forgotten', async () => {
    const dir = sampleRepo();
    fs.writeFileSync(path.join(dir, 'members/forgotten.yaml'), 'name: x\nkind: person\n');
    const r = await run(dir, 'validate');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/"forgotten" is reserved by mixer/);
  });
});
