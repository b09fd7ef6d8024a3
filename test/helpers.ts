// Shared by the tests: temporary data folders and the built CLI run as a user runs it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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
  const env: Record<string, string | undefined> = {
    ...process.env,
    NO_COLOR: '1',
    LANG: 'C',
    LC_ALL: '',
    MIXER_DATA: '',
    ...options.env,
  };
  delete env.FORCE_COLOR;
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

export { displayWidth as displayWidthOf } from '../src/util/text.js';
