// Shared by the tests: temporary data folders and the built CLI run as a user runs it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Chalk } from 'chalk';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SAMPLE = path.join(ROOT, 'data');
const BIN = path.join(ROOT, 'bin', 'mixer.js');

const made: string[] = [];

export function tempDir(prefix = 'mixer-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function cleanup(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** A copy of the sample network in a temporary folder. */
export function copySample(): string {
  const dir = tempDir('mixer-data-');
  fs.cpSync(SAMPLE, dir, { recursive: true });
  return dir;
}

/** Writes files (path relative to `dir` → text) and returns `dir`. */
export function writeFiles(dir: string, files: Record<string, string | Buffer>): string {
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return dir;
}

/** A small valid folder: two spaces, a mixer, two members and a need. */
export function minimalFolder(extra: Record<string, string | Buffer> = {}): string {
  return writeFiles(tempDir('mixer-min-'), {
    'mixer.yaml': 'lang: ja\n',
    'spaces/alpha.yaml': 'name: アルファ\n',
    'spaces/beta.yaml': 'name: ベータ\nkind: virtual\n',
    'mixers/mx-one.yaml': 'name: 一ノ瀬\nspaces: [alpha]\n',
    'members/cafe.yaml': 'name: カフェ\nkind: company\nspaces: [alpha]\n',
    'members/designer.yaml': 'name: デザイナー\nkind: person\nspaces: [beta]\nstrengths: [ロゴ制作]\n',
    'needs/cafe-logo.yaml': 'owner: cafe\ntitle: ロゴを作りたい\n',
    ...extra,
  });
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(
  args: string[],
  options: { cwd?: string; env?: Record<string, string | undefined> } = {},
): CliResult {
  const base: Record<string, string | undefined> = { ...process.env };
  delete base.FORCE_COLOR;
  const merged: Record<string, string | undefined> = {
    ...base,
    ...GIT_ENV,
    NO_COLOR: '1',
    LANG: 'C',
    LC_ALL: '',
    MIXER_DATA: '',
    ...options.env,
  };
  // A key given as undefined is removed, not passed on as the text "undefined".
  const env = Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== undefined));
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 20_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export function runJson<T = unknown>(args: string[], options?: Parameters<typeof runCli>[1]): T {
  const result = runCli([...args, '--json'], options);
  if (result.stderr.includes('unexpected')) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as T;
}

import { loadWidths } from '../src/util/text.js';

// (tests measure and lay out text without going through a command)
await loadWidths();

export { displayWidth as displayWidthOf } from '../src/util/text.js';

/** A prompter that answers from a script, in order, and fails on a question it did not expect. */
export function scriptedPrompter(answers: unknown[]) {
  const asked: string[] = [];
  const next = (message: string) => {
    asked.push(message);
    if (answers.length === 0) throw new Error(`no scripted answer for: ${message}`);
    return answers.shift();
  };
  return {
    asked,
    remaining: answers,
    text: async (message: string) => next(message) as string,
    select: async (message: string) => next(message),
    search: async (message: string) => next(message),
    confirm: async (message: string) => next(message) as boolean,
  };
}

/** An Io that records what a command prints, for running commands in this process. */
export function memoryIo(options: { interactive?: boolean; cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: {
      stdout: (text: string) => out.push(text),
      stderr: (text: string) => err.push(text),
      color: new Chalk({ level: 0 }),
      interactive: options.interactive ?? false,
      env: options.env ?? { MIXER_TODAY: '2026-11-26' },
      cwd: options.cwd ?? ROOT,
    },
  };
}

export function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...GIT_ENV } });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

export const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Test Mixer',
  GIT_AUTHOR_EMAIL: 'test@example.jp',
  GIT_COMMITTER_NAME: 'Test Mixer',
  GIT_COMMITTER_EMAIL: 'test@example.jp',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
};

/** A git repository holding a copy of the sample network, with one commit on main. */
export function sampleRepo(): string {
  const dir = copySample();
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.email', 'misaki.sato@example.jp');
  git(dir, 'config', 'user.name', 'Sato');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'sample network');
  return dir;
}
