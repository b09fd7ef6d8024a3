// Shared by the tests: temporary data folders, mixer run in this process (most tests), and the
// built CLI run as a user runs it (the end-to-end tests).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Chalk } from 'chalk';
import { afterAll } from 'vitest';
import { main } from '../src/main.js';
import { loadMessages } from '../src/ui/messages.js';
import type { Prompter } from '../src/ui/prompts.js';
import { GIT_ENV } from './git-env.js';

// (tests build contexts and word messages without a command line, which loads them with each command)
await loadMessages();

export { GIT_ENV };

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

// Every test file that imports these helpers removes what they made when it ends, even one that
// never calls cleanup() itself (USER_CACHE below is made on import). Registered first, it runs
// after the file's own hooks.
afterAll(cleanup);

/** A copy of the sample network in a temporary folder (without a record cache the sample may have). */
export function copySample(): string {
  const dir = tempDir('mixer-data-');
  fs.cpSync(SAMPLE, dir, { recursive: true, filter: (from) => path.basename(from) !== '.mixer' });
  return dir;
}

/**
 * The user's cache directory of this test run (it holds the key that signs record caches), so that
 * no test writes to the real home folder.
 */
export const USER_CACHE = fs.mkdtempSync(path.join(os.tmpdir(), 'mixer-user-cache-'));
made.push(USER_CACHE);

/** A folder made by the benchmark's generator (test/bench/generate.mjs) at `scale`, in a temporary folder. */
export function generatedFolder(scale: number): string {
  const dir = path.join(tempDir('mixer-generated-'), 'data');
  const run = spawnSync(process.execPath, [
    path.join(ROOT, 'test/bench/generate.mjs'),
    dir,
    '--scale',
    String(scale),
  ]);
  if (run.status !== 0) throw new Error(`generate.mjs failed: ${run.stderr}`);
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

/**
 * End to end: the built CLI (bin/mixer.js, dist/) in a child process, as a user runs it. The
 * global setup builds dist/ before any test runs. Most tests use `mixer()` instead.
 */
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
    XDG_CACHE_HOME: USER_CACHE,
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

/** A prompter for runs that must not ask anything: any question fails the test, naming it. */
export const noQuestions: Prompter = {
  text: async (message) => unexpected(message),
  select: async (message) => unexpected(message),
  search: async (message) => unexpected(message),
  confirm: async (message) => unexpected(message),
};

function unexpected(message: string): never {
  throw new Error(`unexpected question: ${message}`);
}

export interface RunOptions {
  cwd?: string;
  /** The whole environment the command sees (LANG=C, no color and the test's user cache unless given). */
  env?: Record<string, string | undefined>;
  /** Whether the command may ask (a terminal); the prompter then answers. */
  interactive?: boolean;
  prompter?: Prompter;
}

/**
 * mixer run in this process through `main()`, as the CLI runs it but without a child process: what
 * it prints, and its exit code. Questions go to `prompter`, by default one that fails on any.
 */
export async function mixer(args: string[], options: RunOptions = {}): Promise<CliResult> {
  const env = Object.fromEntries(
    Object.entries({ LANG: 'C', NO_COLOR: '1', XDG_CACHE_HOME: USER_CACHE, ...options.env }).filter(
      ([, v]) => v !== undefined,
    ),
  ) as NodeJS.ProcessEnv;
  const { io, out, err } = memoryIo({ interactive: options.interactive, cwd: options.cwd, env });
  const code = await main(args, io, options.prompter ?? noQuestions);
  // As the process's output: each write a line of its own.
  const lines = (texts: string[]) => texts.map((t) => (t.endsWith('\n') ? t : `${t}\n`)).join('');
  return { code, stdout: lines(out), stderr: lines(err) };
}

/** `mixer()` with --json: the parsed output (fails on an unexpected error). */
export async function mixerJson<T = unknown>(args: string[], options?: RunOptions): Promise<T> {
  const result = await mixer([...args, '--json'], options);
  if (result.stderr.includes('unexpected')) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as T;
}

export { displayWidth as displayWidthOf } from '../src/util/text.js';

/** A prompter that answers from a script, in order, and fails on a question it did not expect. */
export function scriptedPrompter(answers: unknown[]): Prompter & {
  asked: string[];
  remaining: unknown[];
  /** Each question as shown: its choices' names (of a list) and its default. */
  shown: Array<{ message: string; choices?: string[]; default?: unknown }>;
} {
  const asked: string[] = [];
  const shown: Array<{ message: string; choices?: string[]; default?: unknown }> = [];
  const next = (message: string, choices?: Array<{ name: string }>, options?: { default?: unknown }) => {
    asked.push(message);
    shown.push({ message, choices: choices?.map((c) => c.name), default: options?.default });
    if (answers.length === 0) throw new Error(`no scripted answer for: ${message}`);
    return answers.shift();
  };
  return {
    asked,
    shown,
    remaining: answers,
    text: async (message, options) => next(message, undefined, options) as string,
    select: async (message, choices, options) => next(message, choices, options) as never,
    search: async (message, choices, options) => next(message, choices, options) as never,
    confirm: async (message, options) => next(message, undefined, options) as boolean,
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
