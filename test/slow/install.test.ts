// The whole path a team takes, offline: this repository packed as a release is (npm pack, with its
// own scripts, in a copy of the sources), `mixer init` a data repository that points at the packed
// file, `npm ci` there from npm's cache, `npx mixer`, and the workflow's shell steps in order, on a
// first commit, on a good pull request and on a failing one.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { tarballName } from '../../src/init/package.js';
import { cleanup, GIT_ENV, git, ROOT, runCli, tempDir, USER_CACHE } from '../helpers.js';

afterAll(cleanup);

const PKG = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};

/** The environment of a child npm: no npm_* variables of the npm running the tests, offline. */
function offlineEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env))
    if (!/^npm_/i.test(k) && !['MIXER_DATA', 'FORCE_COLOR', 'LANG', 'LC_ALL'].includes(k)) env[k] = v;
  return { ...env, ...GIT_ENV, npm_config_offline: 'true', NO_COLOR: '1', LANG: 'C', ...extra };
}

function sh(cwd: string, command: string, env = offlineEnv()) {
  const r = spawnSync('bash', ['-c', command], { cwd, env, encoding: 'utf8', timeout: 240_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function ok(cwd: string, command: string) {
  const r = sh(cwd, command);
  expect(r.code, `${command}\n${r.stdout}\n${r.stderr}`).toBe(0);
  return r;
}

/** Packs a copy of this repository's sources with npm's own scripts (prepare builds a clean dist/). */
function packRelease(into: string): string {
  const copy = tempDir('mixer-pack-');
  for (const entry of [
    'package.json',
    'package-lock.json',
    'tsconfig.json',
    '.npmrc',
    'README.md',
    'README.ja.md',
    'LICENSE',
    'bin',
    'src',
    'scripts',
    'templates',
    'glossary',
    'docs',
  ])
    fs.cpSync(path.join(ROOT, entry), path.join(copy, entry), { recursive: true });
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
  const r = ok(copy, `npm pack --json --pack-destination ${JSON.stringify(into)}`);
  const [packed] = JSON.parse(r.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
  const files = packed!.files.map((f) => f.path);
  for (const shipped of [
    'bin/mixer.js',
    // what scripts/prepare.mjs takes for a built dist/
    'dist/bundle/main.js',
    'dist/data/concept-index.tsv',
    'dist/data/glossary.json',
    'dist/data/glossary-term-lists.json',
    'dist/data/synonyms.tsv',
    'dist/dependencies.lock.json',
    'templates/ja/introduction.md',
    'LICENSE',
    'README.md',
    'docs/format.md',
    'docs/json.md',
  ])
    expect(files, shipped).toContain(shipped);
  // Only what the installed CLI reads: not tsc's output beside the bundle (the bundle was made from
  // it), not the bundle's metafile, not the glossary's sources (compiled into dist/data/).
  const installed =
    /^(bin|templates|docs|dist\/bundle|dist\/data)\/|^(LICENSE|README(\.ja)?\.md|package\.json|dist\/dependencies\.lock\.json)$/;
  expect(files.filter((f) => !installed.test(f))).toEqual([]);
  expect(files).not.toContain('dist/bundle/meta.json');
  return path.join(into, packed!.filename);
}

interface Step {
  name?: string;
  id?: string;
  if?: string;
  env?: Record<string, string>;
  run?: string;
  uses?: string;
}

/**
 * The expressions the workflow's conditions use, as GitHub evaluates them: `!cancelled()`,
 * `steps.<id>.outcome == 'success'`, `github.event_name == '…'`, joined by `&&`; a step without a
 * condition runs only while every step before it succeeded.
 */
function shouldRun(step: Step, event: string, outcomes: Map<string, string>, failed: boolean): boolean {
  if (!step.if) return !failed;
  const expr = step.if.replace(/^\$\{\{\s*|\s*\}\}$/g, '');
  return expr.split('&&').every((part) => {
    const term = part.trim();
    if (term === '!cancelled()') return true;
    const outcome = /^steps\.([\w-]+)\.outcome == '(\w+)'$/.exec(term);
    if (outcome) return outcomes.get(outcome[1]!) === outcome[2];
    const name = /^github\.event_name == '(\w+)'$/.exec(term);
    if (name) return event === name[1];
    throw new Error(`a condition this test does not know: ${term}`);
  });
}

/** Runs the workflow's shell steps in order, as the runner would on this event. */
function runWorkflow(dir: string, event: 'push' | 'pull_request') {
  const workflow = parse(fs.readFileSync(path.join(dir, '.github/workflows/mixer.yml'), 'utf8')) as {
    jobs: { check: { steps: Step[] } };
  };
  const summary = path.join(tempDir('mixer-summary-'), 'summary.md');
  fs.writeFileSync(summary, '');
  const outcomes = new Map<string, string>();
  const results: Array<{ name: string; code: number | 'skipped'; output: string }> = [];
  let failed = false;
  for (const step of workflow.jobs.check.steps) {
    if (!step.run) continue; // checkout and setup-node: this folder is the checkout, node is here
    const name = step.name ?? step.run;
    if (!shouldRun(step, event, outcomes, failed)) {
      if (step.id) outcomes.set(step.id, 'skipped');
      results.push({ name, code: 'skipped', output: '' });
      continue;
    }
    const env: Record<string, string> = { GITHUB_STEP_SUMMARY: summary, GITHUB_EVENT_NAME: event };
    for (const [key, value] of Object.entries(step.env ?? {}))
      env[key] = value.replace(/\$\{\{\s*github\.base_ref\s*\}\}/g, event === 'pull_request' ? 'main' : '');
    expect(step.run, 'no expression inside a shell step').not.toMatch(/\$\{\{/);
    const r = sh(dir, `set -e\n${step.run}`, offlineEnv(env));
    if (step.id) outcomes.set(step.id, r.code === 0 ? 'success' : 'failure');
    if (r.code !== 0) failed = true;
    results.push({ name, code: r.code, output: r.stdout + r.stderr });
  }
  return { results, summary: fs.readFileSync(summary, 'utf8') };
}

describe('a team repository installs this mixer and checks with it, offline', () => {
  let team: string;
  let tarball: string;

  beforeAll(() => {
    const work = tempDir('mixer-install-');
    tarball = packRelease(work);
    expect(path.basename(tarball)).toBe(tarballName(PKG));
    const origin = path.join(work, 'origin.git');
    git(work, 'init', '-q', '--bare', '-b', 'main', origin);
    team = path.join(work, 'team');
    const init = runCli(['--lang', 'ja', 'init', team, '--package-source', tarball]);
    expect(init.code, init.stderr).toBe(0);
    git(team, 'remote', 'add', 'origin', origin);
  }, 300_000);

  it('npm ci installs the pinned mixer, npx runs it, and the lock file is as npm writes it', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(team, 'package.json'), 'utf8'));
    expect(manifest.devDependencies).toEqual({ [PKG.name]: `file:../${path.basename(tarball)}` });
    const lock = fs.readFileSync(path.join(team, 'package-lock.json'), 'utf8');
    ok(team, 'npm ci --no-audit --no-fund');
    // the packages compiled into the bundle are not installed beside it
    for (const bundled of ['commander', 'zod', 'string-width', 'get-east-asian-width'])
      expect(fs.existsSync(path.join(team, 'node_modules', bundled)), bundled).toBe(false);
    expect(ok(team, 'npx --no -- mixer --version').stdout.trim()).toBe(PKG.version);
    const validate = sh(team, 'npx --no mixer validate', offlineEnv({ XDG_CACHE_HOME: USER_CACHE }));
    expect(validate.code, validate.stderr).toBe(0);
    expect(validate.stderr).toContain('問題はありません');
    // the record cache works from the package as installed (its fingerprint needs no source)
    expect(fs.existsSync(path.join(team, '.mixer/cache/records.json'))).toBe(true);
    // npm install changes nothing: the lock file init wrote is npm's own
    ok(team, 'npm install --no-audit --no-fund');
    expect(fs.readFileSync(path.join(team, 'package-lock.json'), 'utf8')).toBe(lock);
    expect(ok(team, 'npm test').code).toBe(0);
    // node_modules/ is ignored: the first commit is exactly what init wrote
    git(team, 'add', '-A');
    git(team, 'commit', '-q', '-m', 'a data repository');
    expect(git(team, 'ls-files', 'node_modules')).toBe('');
    expect(git(team, 'status', '--porcelain')).toBe('');
    git(team, 'push', '-q', 'origin', 'main');
  });

  it('the workflow passes on the first commit', () => {
    const { results } = runWorkflow(team, 'push');
    expect(results.map((r) => [r.name, r.code])).toEqual([
      ['install mixer', 0],
      ['mixer validate', 0],
      ['mixer fmt --check', 0],
      ['mixer review', 'skipped'],
    ]);
  });

  it('a good pull request passes and its review is in the summary', () => {
    git(team, 'switch', '-q', '-c', 'spaces');
    const add = sh(team, 'npx --no mixer add-space --id tono-base --name 遠野ベース --commit');
    expect(add.code, add.stderr).toBe(0);
    git(team, 'fetch', '-q', 'origin');
    const { results, summary } = runWorkflow(team, 'pull_request');
    expect(results.map((r) => [r.code, r.output])).toEqual(results.map((r) => [0, r.output]));
    expect(summary).toContain('## mixer レビュー');
    expect(summary).toContain('遠野ベース');
  });

  it('a failing pull request still gets its review in the summary', () => {
    git(team, 'switch', '-q', '-c', 'broken', 'main');
    fs.writeFileSync(path.join(team, 'needs', 'lost-owner.yaml'), 'owner: nobody\ntitle: ロゴを作りたい\n');
    git(team, 'add', '-A');
    git(team, 'commit', '-q', '-m', 'a need of nobody');
    git(team, 'fetch', '-q', 'origin');
    const { results, summary } = runWorkflow(team, 'pull_request');
    const byName = Object.fromEntries(results.map((r) => [r.name, r.code]));
    expect(byName['install mixer']).toBe(0);
    expect(byName['mixer validate']).toBe(1);
    expect(byName['mixer fmt --check']).toBe(0);
    expect(byName['mixer review']).toBe(1); // it reports the problem, and still writes the summary
    expect(summary).toContain('## mixer レビュー');
    expect(summary).toContain('needs/lost-owner.yaml');
  });
});

describe('the default source: a tarball at a URL, as a release attaches it', () => {
  it('installs from the URL with npm ci, though the lock file cannot know its integrity yet', async () => {
    const work = tempDir('mixer-url-');
    const tarball = packRelease(work);
    // the release's URL, served on this machine (npm's cache gives mixer's dependencies)
    const server = spawn(
      process.execPath,
      [
        '-e',
        `const fs = require('fs');
        const s = require('http').createServer((q, r) => {
          if (q.url !== '/${path.basename(tarball)}') { r.statusCode = 404; return r.end(); }
          r.setHeader('content-type', 'application/octet-stream');
          fs.createReadStream(process.argv[1]).pipe(r);
        });
        s.listen(0, '127.0.0.1', () => console.log(s.address().port));`,
        tarball,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let url = '';
    try {
      const port = await new Promise<string>((resolve) =>
        server.stdout!.once('data', (b) => resolve(String(b).trim())),
      );
      url = `http://127.0.0.1:${port}/${path.basename(tarball)}`;
      const team = path.join(work, 'team');
      const init = runCli(['init', team, '--package-source', url]);
      expect(init.code, init.stderr).toBe(0);
      const lock = JSON.parse(fs.readFileSync(path.join(team, 'package-lock.json'), 'utf8'));
      expect(lock.packages[`node_modules/${PKG.name}`]).toMatchObject({
        resolved: url,
        version: PKG.version,
      });
      // npm fetches the URL once (into its cache, as any install would), then installs offline
      const fetched = await shAsync(team, `npm cache add ${url}`, { npm_config_offline: '' });
      expect(fetched.code, fetched.stderr).toBe(0);
      const install = await shAsync(team, 'npm ci --no-audit --no-fund', {});
      expect(install.code, install.stderr).toBe(0);
      const validate = await shAsync(team, 'npx --no mixer validate', {});
      expect(validate.code, validate.stderr).toBe(0);
    } finally {
      server.kill();
      if (url)
        spawnSync('npm', ['cache', 'clean', `make-fetch-happen:request-cache:${url}`], { env: offlineEnv() });
    }
  });
});

/** `sh`, without blocking this process (a server of this test answers meanwhile). */
function shAsync(cwd: string, command: string, extra: Record<string, string>) {
  const env = offlineEnv(extra);
  if (extra.npm_config_offline === '') delete env.npm_config_offline;
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    const child = spawn('bash', ['-c', command], { cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b) => {
      stdout += b;
    });
    child.stderr.on('data', (b) => {
      stderr += b;
    });
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
