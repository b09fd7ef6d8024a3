// Safe writes: writers at once lose nothing and every one that says it wrote did; a failure leaves
// the files, the index and the branch as they were, and says so; a file-system error names the
// real file; a stale lock or temporary file from a killed process is cleaned up.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { MixerError } from '../src/errors.js';
import { applyChanges } from '../src/store/change.js';
import { loadDataFolder } from '../src/store/load.js';
import { FolderLocked, LOCK_FILE, lockFolder } from '../src/store/lock.js';
import type { Prompter } from '../src/ui/prompts.js';
import {
  cleanup,
  copySample,
  GIT_ENV,
  git,
  mixer,
  noQuestions,
  ROOT,
  runCli,
  sampleRepo,
  writeFiles,
} from './helpers.js';

afterAll(cleanup);

const BIN = path.join(ROOT, 'bin', 'mixer.js');
const TODAY = { MIXER_TODAY: '2026-11-26' };

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The built CLI as a separate process, not waited for: several run at once. */
function start(args: string[], env: Record<string, string> = {}): Promise<Result> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, ...GIT_ENV, NO_COLOR: '1', LANG: 'C', MIXER_DATA: '', ...TODAY, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const read = (dir: string, rel: string) => fs.readFileSync(path.join(dir, rel), 'utf8');
const yamlFiles = (dir: string, kind: string) =>
  fs
    .readdirSync(path.join(dir, kind), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => `${kind}/${f}`);

describe('writers at once', () => {
  it('ten add-visit at one space on one day by one mixer: ten visits, every strength kept', async () => {
    const dir = copySample();
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        start([
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
          '--strength',
          `hirano-cafe:季節のスコーン ${i}`,
        ]),
      ),
    );
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    const visits = yamlFiles(dir, 'visits').filter((f) => f.includes('2026-11-20-kitakami-base-mx-sato'));
    expect(visits).toHaveLength(10);
    const learned = visits.flatMap((f) =>
      (parse(read(dir, f)) as { learned: Array<{ strength: string }> }).learned.map((l) => l.strength),
    );
    expect(learned.sort()).toEqual(Array.from({ length: 10 }, (_, i) => `季節のスコーン ${i}`).sort());
    // Each process said which file it wrote, and that file holds what it was given.
    for (const [i, r] of results.entries()) {
      const file = /created {2}(\S+)/.exec(r.stdout)![1]!;
      expect(read(dir, file)).toContain(`季節のスコーン ${i}`);
    }
    expect(runCli(['--data', dir, 'validate']).code).toBe(0);
    expect(runCli(['--data', dir, 'fmt', '--check']).code).toBe(0);
  }, 60_000);

  it('ten add-need with the same owner and title: ten needs, each under its own id', async () => {
    const dir = copySample();
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        start([
          '--data',
          dir,
          'add-need',
          '--owner',
          'hirano-cafe',
          '--title',
          '店の前の看板を新しくしたい',
          '--detail',
          `${i} 番目`,
          '--json',
        ]),
      ),
    );
    const written = results.map((r) => {
      expect(r.code, r.stderr).toBe(0);
      return (JSON.parse(r.stdout) as { files: string[] }).files[0]!;
    });
    expect(new Set(written).size).toBe(10);
    for (const [i, file] of written.entries()) expect(read(dir, file)).toContain(`${i} 番目`);
    expect(runCli(['--data', dir, 'validate']).code).toBe(0);
  }, 60_000);

  it('five status with notes at once: five history entries', async () => {
    const dir = copySample();
    const id = '2026-09-gudon-ramen-booking-suzuki-dev';
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        start(['--data', dir, 'status', id, 'met', '--force', '--note', `メモ ${i}`]),
      ),
    );
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    const history = (parse(read(dir, `proposals/${id}.yaml`)) as { history: Array<{ note?: string }> })
      .history;
    expect(history).toHaveLength(2 + 5);
    for (let i = 0; i < 5; i++) expect(history.some((h) => h.note?.endsWith(`メモ ${i}`))).toBe(true);
    expect(runCli(['--data', dir, 'validate']).code).toBe(0);
  }, 60_000);

  it('closed by another writer while this one asks for the outcome: refused as a move from closed', async () => {
    const dir = copySample();
    const id = '2026-09-gudon-ramen-booking-suzuki-dev';
    // The question of the outcome is where this writer waits; another closes the proposal then.
    const closingMeanwhile: Prompter = {
      ...noQuestions,
      select: async <T>() => {
        expect(runCli(['--data', dir, 'status', id, 'closed']).code).toBe(0);
        return 'none' as T;
      },
    };
    const r = await mixer(['--data', dir, '--lang', 'en', 'status', id, 'closed'], {
      interactive: true,
      prompter: closingMeanwhile,
      env: { MIXER_TODAY: '2026-11-26' },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^✗ a proposal cannot move from "closed" to "closed"\n/);
    expect(r.stderr).not.toMatch(/would not validate|outcome/);
    // The other writer's close stands, once.
    const history = (parse(read(dir, `proposals/${id}.yaml`)) as { history: Array<{ status: string }> })
      .history;
    expect(history.filter((h) => h.status === 'closed')).toHaveLength(1);
  });

  it('an edit made from an old text is refused when the file changed meanwhile', () => {
    const dir = copySample();
    const folder = loadDataFolder(dir);
    const rel = 'members/hirano-cafe.yaml';
    const old = read(dir, rel);
    fs.writeFileSync(path.join(dir, rel), `${old}# edited meanwhile\n`);
    expect(() => applyChanges(folder, [{ rel, text: `${old}tags: [x]\n`, create: false }])).toThrow(
      MixerError,
    );
    try {
      applyChanges(folder, [{ rel, text: `${old}tags: [x]\n`, create: false }]);
    } catch (error) {
      expect((error as MixerError).text).toMatchObject({ key: 'write.changed', params: { file: rel } });
    }
    expect(read(dir, rel)).toBe(`${old}# edited meanwhile\n`);
  });
});

describe('the folder lock', () => {
  it('a writer waits for a live one, and gives up with a clear error after the wait', async () => {
    const dir = copySample();
    const holder = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { lockFolder } from ${JSON.stringify(path.join(ROOT, 'dist/store/lock.js'))};
         lockFolder(${JSON.stringify(dir)}); console.log('locked'); setTimeout(() => {}, 20000);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
    try {
      let waited: unknown;
      expect(() =>
        lockFolder(dir, {
          waitMs: 300,
          onWait: (owner) => {
            waited = owner?.pid;
          },
        }),
      ).toThrow(FolderLocked);
      expect(waited).toBe(holder.pid);
    } finally {
      holder.kill('SIGKILL');
      await new Promise((resolve) => holder.once('close', resolve));
    }
    // Its process is gone: the lock it left is stale and taken over at once.
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(true);
    const release = lockFolder(dir, { waitMs: 0 });
    release();
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
    expect(runCli(['--data', dir, 'add-need', '--owner', 'hirano-cafe', '--title', 'ロゴ']).code).toBe(0);
  }, 30_000);

  it('a lock another host wrote with its clock ahead is still stale once its file is old', () => {
    const dir = copySample();
    const lock = path.join(dir, LOCK_FILE);
    const ahead = { pid: 4242, host: 'another-host.invalid', time: Date.now() + 86_400_000, token: 'ab12' };
    writeFiles(dir, { [LOCK_FILE]: JSON.stringify(ahead) });
    // Fresh, it is another writer's: waited for.
    expect(() => lockFolder(dir, { waitMs: 0 })).toThrow(FolderLocked);
    const old = new Date(Date.now() - 11 * 60_000);
    fs.utimesSync(lock, old, old);
    lockFolder(dir, { waitMs: 0 })();
    expect(fs.existsSync(lock)).toBe(false);
  });

  it('a lock that is only an empty file (killed while taking it) is stale once it is old', () => {
    const dir = copySample();
    const lock = path.join(dir, LOCK_FILE);
    writeFiles(dir, { [LOCK_FILE]: '' });
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(lock, old, old);
    lockFolder(dir, { waitMs: 0 })();
    expect(fs.existsSync(lock)).toBe(false);
  });

  it('temporary files a killed process left are removed by the next write', () => {
    const dir = copySample();
    const stale = 'members/.hirano-cafe.yaml.999999999.0badc0de.mixer-tmp';
    const older = 'needs/.x.yaml.999999998.1700000000000.tmp';
    writeFiles(dir, { [stale]: 'name: half', [older]: 'owner: x' });
    const r = runCli(['--data', dir, 'add-need', '--owner', 'hirano-cafe', '--title', 'ロゴ']);
    expect(r.code, r.stderr).toBe(0);
    expect(fs.existsSync(path.join(dir, stale))).toBe(false);
    expect(fs.existsSync(path.join(dir, older))).toBe(false);
  });
});

describe('clean failures', () => {
  const addNeed = (dir: string, ...extra: string[]) =>
    runCli([
      '--data',
      dir,
      '--lang',
      'en',
      'add-need',
      '--owner',
      'hirano-cafe',
      '--title',
      'ロゴ',
      ...extra,
    ]);

  it("--branch '' is refused before anything happens", () => {
    const dir = sampleRepo();
    const r = addNeed(dir, '--branch', '', '--commit');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--branch has no branch name/);
    expect(git(dir, 'status', '--porcelain')).toBe('');
    expect(git(dir, 'log', '--oneline').split('\n')).toHaveLength(1);
  });

  it('a branch name git refuses is refused, naming it, before anything happens', () => {
    const dir = sampleRepo();
    for (const name of ['bad..name', 'with space', '-x', 'a\u001bb']) {
      const r = addNeed(dir, '--branch', name);
      expect(r.code, name).toBe(2);
      expect(r.stderr).toMatch(/cannot be a branch name/);
      expect(r.stderr).not.toMatch(/\u001b/);
    }
    expect(git(dir, 'branch', '--format=%(refname:short)')).toBe('main');
    expect(git(dir, 'status', '--porcelain')).toBe('');
  });

  it('a write that would not validate creates no branch and writes nothing', () => {
    const dir = sampleRepo();
    const r = addNeed(dir, '--detail', 'x'.repeat(20_000), '--branch', 'visit/x', '--commit');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/nothing was written/);
    expect(git(dir, 'branch', '--show-current')).toBe('main');
    expect(git(dir, 'branch', '--format=%(refname:short)')).toBe('main');
    expect(git(dir, 'status', '--porcelain')).toBe('');
  });

  it('--commit refuses, before writing, to edit a file with uncommitted changes, and names it', () => {
    const dir = sampleRepo();
    const rel = 'proposals/2026-09-gudon-ramen-booking-suzuki-dev.yaml';
    fs.appendFileSync(path.join(dir, rel), '# my own note, not committed\n');
    const before = read(dir, rel);
    const r = runCli([
      '--data',
      dir,
      '--lang',
      'en',
      'status',
      '2026-09-gudon-ramen-booking-suzuki-dev',
      'owner-accepted',
      '--commit',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/have changes not committed/);
    expect(r.stderr).toContain(rel);
    expect(read(dir, rel)).toBe(before);
    expect(git(dir, 'log', '--oneline').split('\n')).toHaveLength(1);
  });

  it('a commit that fails leaves the work tree, the index and the branch as they were, and says so', () => {
    const dir = sampleRepo();
    fs.writeFileSync(
      path.join(dir, '.git/hooks/pre-commit'),
      '#!/bin/sh\necho "refused by the hook" >&2\nexit 1\n',
      {
        mode: 0o755,
      },
    );
    fs.writeFileSync(path.join(dir, 'scratch.txt'), 'mine');
    git(dir, 'add', 'scratch.txt');
    const status = git(dir, 'status', '--porcelain');
    const needs = yamlFiles(dir, 'needs');
    const r = addNeed(dir, '--branch', 'need/logo', '--commit');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/git commit failed \(refused by the hook\); nothing was written/);
    expect(r.stderr).toMatch(/back on the branch main; the new branch was deleted/);
    expect(git(dir, 'status', '--porcelain')).toBe(status);
    expect(git(dir, 'branch', '--format=%(refname:short)')).toBe('main');
    expect(yamlFiles(dir, 'needs')).toEqual(needs);
  });

  it('a file-system error names the real file and what to do, not a temporary file', () => {
    const dir = copySample();
    // A file where the folder should be: any write into it fails, even for root.
    fs.rmSync(path.join(dir, 'mixers'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'mixers'), 'not a folder');
    const r = runCli(['--data', dir, '--lang', 'en', 'add-mixer', '--id', 'mx-new', '--name', 'New']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/could not write mixers\/mx-new\.yaml \((ENOTDIR|EEXIST)\)/);
    expect(r.stderr).not.toMatch(/unexpected|mixer-tmp|\.tmp/);
    expect(r.stderr).toMatch(/→ /);
  });
});
