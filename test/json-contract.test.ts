// The JSON contract: every command's --json output, run for real, validates against its zod schema
// (strict: no key the schema does not name), uses camelCase keys, and carries the version when it
// is an object; errors with --json are one JSON object on stderr with code, message and hint.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WRITE } from '../src/commands/answers.js';
import { COMMAND_OUTPUTS, CONTRACT, ERROR } from '../src/commands/contract.js';
import { JSON_VERSION } from '../src/commands/json-version.js';
import { COMMANDS } from '../src/commands/table.js';
import { main } from '../src/main.js';
import {
  cleanup,
  copySample,
  git,
  memoryIo,
  ROOT,
  sampleRepo,
  scriptedPrompter,
  tempDir,
} from './helpers.js';

afterAll(cleanup);

const TODAY = { MIXER_TODAY: '2026-11-26' };

async function run(argv: string[], env: NodeJS.ProcessEnv = TODAY) {
  const { io, out, err } = memoryIo({ env });
  const code = await main(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('\n') };
}

/** Every key of a value, with its path; a record's own fields and a JSON Schema's are not ours. */
function keys(value: unknown, at = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => keys(v, `${at}[]`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => [
    `${at}.${k}`,
    ...(k === 'data' || k === 'schema' ? [] : keys(v, `${at}.${k}`)),
  ]);
}

const CAMEL = /^[a-z][a-zA-Z0-9]*$/;

function checkOutput(command: string, stdout: string): unknown {
  const shape = COMMAND_OUTPUTS[command]!;
  const value = JSON.parse(stdout) as unknown;
  const parsed = CONTRACT[shape].safeParse(value);
  expect(parsed.success, `${command}: ${JSON.stringify(parsed.error?.issues.slice(0, 3))}`).toBe(true);
  for (const key of keys(value)) expect(key.split('.').at(-1), `${command} ${key}`).toMatch(CAMEL);
  if (!Array.isArray(value)) expect((value as { version: number }).version).toBe(JSON_VERSION);
  return value;
}

describe('every --json output validates against its documented schema', () => {
  it('names a shape for every command', () => {
    expect(Object.keys(COMMAND_OUTPUTS).sort()).toEqual(COMMANDS.map((c) => c.name).sort());
  });

  it('the commands that read', async () => {
    const dir = copySample();
    const runs: Array<[string, ...string[]]> = [
      ['validate'],
      ['list', 'members'],
      ['list', 'proposals'],
      ['list', 'visits'],
      ['show', 'hirano-cafe'],
      ['show', '2026-09-gudon-ramen-booking-suzuki-dev'],
      ['suggest'],
      ['suggest', '--need', 'gudon-ramen-menu'],
      ['unmatched'],
      ['due'],
      ['brief', 'kitakami-base'],
      ['report'],
      ['report', '--since', '2026-10-01', '--by', 'space'],
      ['fmt', '--check'],
      ['schema'],
      ['completion', 'bash'],
    ];
    for (const [command, ...args] of runs) {
      const r = await run(['--data', dir, command, ...args, '--json']);
      expect(r.code, `${command} ${r.stderr}`).toBe(0);
      checkOutput(command, r.stdout);
    }
  });

  it('suggest stays an array of objects with need, helper, score and reasons (the evaluation scripts read it)', async () => {
    const r = await run(['--data', copySample(), 'suggest', '--json']);
    const list = checkOutput('suggest', r.stdout) as Array<Record<string, unknown>>;
    expect(list.length).toBeGreaterThan(0);
    for (const s of list) {
      expect(typeof s.need).toBe('string');
      expect(typeof s.helper).toBe('string');
      expect(typeof s.score).toBe('number');
      expect(Array.isArray(s.reasons)).toBe(true);
    }
  });

  it('validate with problems, review of a branch', async () => {
    const repo = sampleRepo();
    git(repo, 'switch', '-q', '-c', 'change');
    fs.writeFileSync(
      path.join(repo, 'needs', 'new-need.yaml'),
      'owner: hirano-cafe\ntitle: 英語のメニューを作りたい\n',
    );
    fs.writeFileSync(path.join(repo, 'needs', 'lost-need.yaml'), 'owner: nobody\ntitle: x\n');
    fs.writeFileSync(
      path.join(repo, 'needs', 'bad-date.yaml'),
      'owner: hirano-cafe\ntitle: x\nsince: "2026-02-30"\n',
    );
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'change');
    const validate = await run(['--data', repo, 'validate', '--json']);
    expect(validate.code).toBe(1);
    expect(checkOutput('validate', validate.stdout)).toHaveLength(2);
    const review = await run(['--data', repo, 'review', '--base', 'main', '--json']);
    const out = checkOutput('review', review.stdout) as { counts: object; mergeBase: string };
    expect(out.counts).toEqual({ added: 3, changed: 0, removed: 0 });
    expect(out.mergeBase).toMatch(/^[0-9a-f]{40}$/);
  });

  it('the commands that write', async () => {
    const repo = sampleRepo();
    const ok = async (command: string, ...args: string[]) => {
      const r = await run(['--data', repo, command, ...args, '--json']);
      expect(r.code, `${command} ${r.stderr}`).toBe(0);
      return checkOutput(command, r.stdout);
    };
    await ok('add-space', '--id', 'tono-base', '--name', '遠野ベース');
    await ok('add-mixer', '--id', 'mx-aoi', '--name', '青井');
    await ok(
      'add-member',
      '--id',
      'tono-web',
      '--name',
      'Tono Web',
      '--kind',
      'company',
      '--space',
      'tono-base',
    );
    await ok('add-need', '--owner', 'tono-web', '--title', 'ロゴを作りたい');
    await ok('add-visit', '--space', 'tono-base', '--date', '2026-11-20', '--mixer', 'mx-aoi', '--commit');
    const proposed = (await ok('propose', 'gudon-ramen-menu', 'miller-english', '--mixer', 'mx-kimura')) as {
      files: string[];
    };
    const id = path.basename(proposed.files[0]!, '.yaml');
    expect(await ok('status', id, 'asked-owner')).toMatchObject({ commit: null });
    await ok('fmt');
    // forget: `files` the files written (the anonymous proposal, the visit), `removed` the ones removed.
    const forgot = (await ok('forget', 'yamamoto-sns', '--yes')) as { files: string[]; removed: string[] };
    expect(forgot.files.sort()).toEqual([
      'proposals/2026-09-forgotten.yaml',
      'visits/2026/2026-11-02-online-tohoku.yaml',
    ]);
    expect(forgot.removed.sort()).toEqual([
      'members/yamamoto-sns.yaml',
      'needs/yamamoto-sns-tax.yaml',
      'proposals/2026-09-hirano-cafe-sns-yamamoto-sns.yaml',
    ]);
    const init = (await ok('init', path.join(tempDir(), 'team'))) as { files: string[]; gitInit: boolean };
    expect(init.files).toContain('package.json');
  });
});

describe('errors with --json', () => {
  function error(stderr: string) {
    const lines = stderr.trim().split('\n');
    expect(lines, 'one line on stderr').toHaveLength(1);
    const value = JSON.parse(lines[0]!);
    const parsed = ERROR.safeParse(value);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    return value as { code: string; message: string; hint?: string; notes?: string[] };
  }

  it('bad usage: code, message and hint, exit 2', async () => {
    const r = await run(['--lang', 'en', 'list', 'members', '--frob', '--json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(error(r.stderr)).toMatchObject({
      code: 'usage.unknown-option',
      message: expect.stringMatching(/--frob/),
    });
  });

  it('an unknown id: a code for it, the nearest ids in the hint, exit 2', async () => {
    const r = await run(['--data', copySample(), '--lang', 'en', 'show', 'hirano-cafee', '--json']);
    expect(r.code).toBe(2);
    const e = error(r.stderr);
    expect(e.code).toBe('usage.unknown-id');
    expect(e.hint).toContain('hirano-cafe');
  });

  it('a missing data folder, and a failure of a command that words its own errors', async () => {
    const missing = await run(['--data', path.join(tempDir(), 'none'), 'validate', '--json']);
    expect(error(missing.stderr).code).toBe('data.missing');
    const dir = path.join(tempDir(), 'team');
    expect((await run(['init', dir])).code).toBe(0);
    const again = await run(['--lang', 'en', 'init', dir, '--json']);
    expect(again.code).toBe(1);
    expect(error(again.stderr)).toMatchObject({
      code: 'failed',
      message: expect.stringMatching(/already there/),
    });
  });

  it('the contract names every kind of code a run gives', () => {
    const said = (ERROR.shape.code.meta() as { description?: string } | undefined)?.description ?? '';
    for (const code of [
      'unknown.need',
      'data.missing',
      'usage.unknown-option',
      'unexpected',
      'usage',
      'failed',
    ])
      expect(said).toContain(`\`${code}\``);
  });

  it('without --json, errors stay words', async () => {
    const r = await run(['--lang', 'en', 'list', 'members', '--frob']);
    expect(r.code).toBe(2);
    expect(() => JSON.parse(r.stderr)).toThrow();
  });
});

describe('--json in a terminal', () => {
  const ADD = ['--lang', 'en', 'add-space', '--id', 'tono-base', '--name', 'Tono', '--kind', 'physical'];
  const more = ['--area', 'Tono', '--strength', 'x', '--json'];

  it('what is about to be written is on stderr before the question, and stdout is only JSON', async () => {
    const dir = copySample();
    const { io, out, err } = memoryIo({ interactive: true, env: TODAY });
    const prompter = scriptedPrompter([WRITE]);
    let shown = '';
    const asking = {
      ...prompter,
      select: async <T>(message: string) => {
        shown = err.join('\n');
        return prompter.select<T>(message, []);
      },
    };
    expect(await main(['--data', dir, ...ADD, ...more], io, asking)).toBe(0);
    expect(shown).toMatch(/About to write/);
    expect(shown).toMatch(/new {2}spaces\/tono-base\.yaml/);
    expect(JSON.parse(out.join(''))).toMatchObject({ files: ['spaces/tono-base.yaml'] });
  });

  it('the wait for another writer is said while waiting, not after the write', async () => {
    const dir = copySample();
    const go = path.join(tempDir(), 'go');
    // Holds the folder's lock until the waiting command has said that it waits (or 10 s went by).
    const holder = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import fs from 'node:fs';
         import { lockFolder } from ${JSON.stringify(path.join(ROOT, 'dist/store/lock.js'))};
         const release = lockFolder(${JSON.stringify(dir)}); console.log('locked');
         const end = Date.now() + 10000;
         const poll = setInterval(() => {
           if (!fs.existsSync(${JSON.stringify(go)}) && Date.now() < end) return;
           clearInterval(poll); release();
         }, 20);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
    const written = path.join(dir, 'spaces/tono-base.yaml');
    const said: Array<{ text: string; before: boolean }> = [];
    const { io, out } = memoryIo({ interactive: true, env: TODAY });
    io.stderr = (text: string) => {
      said.push({ text, before: !fs.existsSync(written) });
      if (text.includes('waiting for another mixer')) fs.writeFileSync(go, '');
    };
    try {
      expect(await main(['--data', dir, ...ADD, ...more, '--yes'], io, scriptedPrompter([]))).toBe(0);
    } finally {
      holder.kill('SIGKILL');
      await new Promise((resolve) => holder.once('close', resolve));
    }
    expect(said.find((s) => s.text.includes('waiting for another mixer'))).toMatchObject({ before: true });
    expect(JSON.parse(out.join(''))).toMatchObject({ files: ['spaces/tono-base.yaml'] });
  }, 30_000);
});
