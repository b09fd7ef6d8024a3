// What `mixer init` lays out for a team: mixer as a pinned dev dependency, line ends that survive
// any clone, editor settings, and a workflow that needs no setting and no secret.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { defaultSource, sourceFile, sourceSpec, tarballName } from '../src/init/package.js';
import { ACTIONS, WORKFLOW } from '../src/init/workflow.js';
import { main } from '../src/main.js';
import { cleanup, git, memoryIo, ROOT, tempDir, writeFiles } from './helpers.js';

afterAll(cleanup);

const PKG = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

async function init(dir: string, ...flags: string[]) {
  const { io, err } = memoryIo();
  const code = await main(['--lang', 'en', 'init', dir, ...flags], io);
  expect(code, err.join('\n')).toBe(0);
  return dir;
}

const read = (dir: string, rel: string) => fs.readFileSync(path.join(dir, rel), 'utf8');

describe('the package a team installs', () => {
  it('is this package at this version, from the tarball its release attaches', async () => {
    const dir = await init(path.join(tempDir(), 'Team Data'));
    const manifest = JSON.parse(read(dir, 'package.json'));
    expect(manifest).toMatchObject({ name: 'team-data', private: true, engines: { node: '>=20.17' } });
    expect(manifest.devDependencies).toEqual({
      '@mixer-tools/mixer': `https://github.com/mixer-tools/mixer/releases/download/v${PKG.version}/mixer-tools-mixer-${PKG.version}.tgz`,
    });
    // the lock file pins mixer's own dependencies at the versions of this repository's lock
    const lock = JSON.parse(read(dir, 'package-lock.json'));
    const ours = JSON.parse(read(ROOT, 'package-lock.json'));
    expect(lock.packages['']).toEqual({
      name: 'team-data',
      devDependencies: manifest.devDependencies,
      engines: manifest.engines,
    });
    expect(lock.packages['node_modules/@mixer-tools/mixer']).toMatchObject({
      version: PKG.version,
      resolved: manifest.devDependencies['@mixer-tools/mixer'],
      dev: true,
      dependencies: PKG.dependencies,
      bin: { mixer: 'bin/mixer.js' },
    });
    for (const name of Object.keys(PKG.dependencies))
      expect(lock.packages[`node_modules/${name}`]).toMatchObject({
        version: ours.packages[`node_modules/${name}`].version,
        integrity: ours.packages[`node_modules/${name}`].integrity,
        dev: true,
      });
    expect(lock.packages['node_modules/typescript'], 'no dev tool of mixer').toBeUndefined();
  });

  it('ships of its own lock file only what an install of mixer gets: no build or test tool', () => {
    const shipped = JSON.parse(read(ROOT, 'dist/dependencies.lock.json'));
    const ours = JSON.parse(read(ROOT, 'package-lock.json'));
    const installed = Object.entries(
      ours.packages as Record<string, { dev?: boolean; devOptional?: boolean }>,
    )
      .filter(([at, entry]) => at !== '' && !entry.dev && !entry.devOptional)
      .map(([at]) => at);
    expect(Object.keys(shipped.packages)).toEqual(['', ...installed]);
    for (const name of Object.keys(PKG.dependencies)) expect(installed).toContain(`node_modules/${name}`);
    expect(shipped.packages[''].devDependencies).toBeUndefined();
    expect(shipped.packages['node_modules/zod'], 'compiled into the bundle').toBeUndefined();
  });

  it('names the package scoped, so that npx never runs a stranger’s "mixer"', () => {
    expect(PKG.name).toMatch(/^@[a-z0-9-]+\/mixer$/);
    expect(PKG.bin).toEqual({ mixer: 'bin/mixer.js' });
    expect(PKG.engines).toEqual({ node: '>=20.17' });
    // what the installed CLI reads: the bundle, the data made at build time, the lock init copies from
    expect(PKG.files).toEqual([
      'bin',
      'dist/bundle',
      '!dist/bundle/meta.json',
      'dist/data',
      'dist/dependencies.lock.json',
      'templates',
      'docs',
    ]);
    expect(read(ROOT, 'LICENSE')).toMatch(/^MIT License/);
    expect(PKG.license).toBe('MIT');
  });

  it('takes another source: a path as file: relative to the repository, a URL as it is', () => {
    expect(sourceSpec('./dist/m.tgz', '/work', '/work/team')).toBe('file:../dist/m.tgz');
    expect(sourceSpec('git+https://example.org/m.git#v1.0.0', '/w', '/w/t')).toBe(
      'git+https://example.org/m.git#v1.0.0',
    );
    expect(sourceSpec('https://example.org/m-1.0.0.tgz', '/w', '/w/t')).toBe(
      'https://example.org/m-1.0.0.tgz',
    );
    expect(tarballName({ name: '@a/b', version: '1.2.3' })).toBe('a-b-1.2.3.tgz');
    expect(
      defaultSource({ name: 'x', version: '2.0.0', repository: 'git+https://git.example.org/x.git' }),
    ).toBe('git+https://git.example.org/x.git#v2.0.0');
  });

  it('finds the file of a file: source where npm finds it', () => {
    const team = '/w/team';
    expect(sourceFile('file:../m.tgz', team)).toBe('/w/m.tgz');
    expect(sourceFile('file:../my dir/m.tgz', team)).toBe('/w/my dir/m.tgz');
    // npm reads the text after file: as a path: %20 is part of a folder's name (npm 11)
    expect(sourceFile('file:../my%20dir/m.tgz', team)).toBe('/w/my%20dir/m.tgz');
    expect(sourceFile('file:///tmp/a b/m.tgz', team)).toBe('/tmp/a b/m.tgz');
    expect(sourceFile('file://localhost/tmp/m.tgz', team)).toBe('/localhost/tmp/m.tgz');
    expect(sourceFile('file:/../m.tgz', team)).toBe('/w/m.tgz');
    expect(sourceFile('file:~/m.tgz', team)).toBe(path.join(os.homedir(), 'm.tgz'));
    expect(sourceFile('https://example.org/m.tgz', team)).toBeUndefined();
  });

  it('locks a tarball from a folder with a space in its name with its integrity', async () => {
    const root = tempDir();
    writeFiles(root, { 'my dir/m.tgz': 'a tarball' });
    const dir = await init(path.join(root, 'team'), '--package-source', 'file:../my dir/m.tgz');
    const lock = JSON.parse(read(dir, 'package-lock.json'));
    const sha = createHash('sha512').update('a tarball').digest('base64');
    expect(lock.packages['node_modules/@mixer-tools/mixer'].integrity).toBe(`sha512-${sha}`);
  });

  it('writes no lock without the integrity: a tarball it cannot read is an error', async () => {
    const root = tempDir();
    const dir = path.join(root, 'team');
    const { io, err } = memoryIo({ cwd: root });
    expect(await main(['--lang', 'en', 'init', dir, '--package-source', './missing.tgz'], io)).toBe(1);
    const said = err.join('\n');
    expect(said).toContain(path.join(root, 'missing.tgz'));
    expect(said).toMatch(/ENOENT/);
    expect(said).toMatch(/--package-source/);
    expect(fs.existsSync(path.join(dir, 'package-lock.json'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'package.json'))).toBe(false);
  });

  it('writes no lock file for a git source (npm resolves the tag to a commit when it installs)', async () => {
    const dir = await init(
      path.join(tempDir(), 'team'),
      '--package-source',
      'git+https://example.org/m.git#v1.0.0',
    );
    expect(JSON.parse(read(dir, 'package.json')).devDependencies).toEqual({
      '@mixer-tools/mixer': 'git+https://example.org/m.git#v1.0.0',
    });
    expect(fs.existsSync(path.join(dir, 'package-lock.json'))).toBe(false);
  });
});

describe('the next step it names', () => {
  async function hint(cwd: string, ...dir: string[]) {
    const { io, err } = memoryIo({ cwd });
    expect(await main(['--lang', 'en', 'init', ...dir], io)).toBe(0);
    return err.join('\n');
  }

  it('quotes a folder name that a shell would split or expand', async () => {
    const cwd = tempDir();
    expect(await hint(cwd, 'Team Data')).toContain('→ cd "Team Data" && npm install');
    expect(await hint(cwd, 'a$b"c`d')).toContain('→ cd "a\\$b\\"c\\`d" && npm install');
    expect(await hint(cwd, './teams/tono-2026')).toContain('→ cd ./teams/tono-2026 && npm install');
  });

  it('says where a forge reads the workflow when the folder is inside another repository', async () => {
    const outer = tempDir();
    git(outer, 'init', '-q', '-b', 'main');
    const said = await hint(outer, 'teams/tono');
    expect(said).toContain(`this folder is inside the git repository ${fs.realpathSync(outer)}`);
    expect(said).toContain(
      'move teams/tono/.github there and add working-directory: teams/tono to its steps',
    );
    // A folder of its own, or the repository's root, is where it belongs: nothing to say.
    expect(await hint(tempDir(), 'own')).not.toContain('inside the git repository');
    expect(await hint(outer)).not.toContain('inside the git repository');
  });

  it('says no cd when no folder was given', async () => {
    const said = await hint(tempDir());
    expect(said).toContain('→ npm install to install mixer');
    expect(said).not.toContain('cd ');
  });
});

describe('line ends, ignored files and editors', () => {
  it('writes .gitattributes, .gitignore and the recommended YAML extension', async () => {
    const dir = await init(path.join(tempDir(), 'team'));
    const { io, err } = memoryIo();
    expect(await main(['--data', dir, 'fmt', '--check'], io), err.join('\n')).toBe(0);
    expect(read(dir, '.gitattributes')).toContain('*.yaml text eol=lf\n*.md text eol=lf\n');
    expect(read(dir, '.gitignore').split('\n')).toEqual(expect.arrayContaining(['node_modules/', '.mixer/']));
    // A temporary file a killed writer left beside a record is never committed with it.
    writeFiles(dir, {
      'members/hirano-cafe.yaml': 'name: カフェ ひらの\nkind: company\n',
      'members/.hirano-cafe.yaml.4242.0a1b2c3d.mixer-tmp': 'name: カフェ\n',
    });
    const untracked = git(dir, 'status', '--porcelain', '--untracked-files=all', 'members').split('\n');
    expect(untracked).toContain('?? members/hirano-cafe.yaml');
    expect(untracked.filter((line) => line.includes('mixer-tmp'))).toEqual([]);
    expect(JSON.parse(read(dir, '.vscode/extensions.json'))).toEqual({
      recommendations: ['redhat.vscode-yaml'],
    });
  });

  it('a clone with core.autocrlf=true validates', async () => {
    const dir = await init(path.join(tempDir(), 'team'));
    fs.writeFileSync(path.join(dir, 'spaces', 'tono-base.yaml'), 'name: 遠野ベース\nkind: physical\n');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'start');
    const clone = path.join(tempDir(), 'clone');
    git(dir, '-c', 'core.autocrlf=true', 'clone', '-q', '--config', 'core.autocrlf=true', dir, clone);
    expect(read(clone, 'spaces/tono-base.yaml')).not.toContain('\r');
    const { io, err } = memoryIo();
    expect(await main(['--data', clone, 'validate'], io), err.join('\n')).toBe(0);
    expect(await main(['--data', clone, 'fmt', '--check'], io), err.join('\n')).toBe(0);

    // without .gitattributes the same clone has CRLF everywhere: each file says so, with the fix
    git(dir, 'rm', '-q', '.gitattributes');
    git(dir, 'commit', '-q', '-m', 'no attributes');
    const bare = path.join(tempDir(), 'clone');
    git(dir, 'clone', '-q', '--config', 'core.autocrlf=true', dir, bare);
    expect(read(bare, 'spaces/tono-base.yaml')).toContain('\r\n');
    const plain = memoryIo();
    expect(await main(['--data', bare, '--lang', 'en', 'validate', '--json'], plain.io)).toBe(1);
    const problems = JSON.parse(plain.out.join('')) as Array<{ code: string; file: string; hint: string }>;
    expect(problems.map((p) => p.file)).toContain('spaces/tono-base.yaml');
    for (const p of problems) {
      expect(p.code).toBe('problem.crlf');
      expect(p.hint).toContain('.gitattributes');
    }
  });
});

describe('the workflow', () => {
  const workflow = parse(WORKFLOW) as {
    permissions: Record<string, string>;
    jobs: { check: { steps: Array<Record<string, unknown>> } };
  };
  const steps = workflow.jobs.check.steps;

  it('reads the repository and nothing more', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    const checkout = steps.find((s) => String(s.uses).startsWith('actions/checkout@')) as {
      with: Record<string, unknown>;
    };
    expect(checkout.with['persist-credentials']).toBe(false);
  });

  it('pins every action by a full commit, with its release in a comment', () => {
    const uses = [...WORKFLOW.matchAll(/uses: (\S+)( # (\S+))?/g)];
    expect(uses).toHaveLength(2);
    for (const [, ref, , version] of uses) {
      expect(ref).toMatch(/^[\w-]+\/[\w-]+@[0-9a-f]{40}$/);
      expect(version).toMatch(/^v\d+\.\d+\.\d+$/);
    }
    expect(uses.map((u) => u[1])).toEqual([ACTIONS.checkout.uses, ACTIONS.setupNode.uses]);
  });

  it('runs on an LTS Node from 22 on, with npm’s cache, and installs with npm ci', () => {
    const setup = steps.find((s) => String(s.uses).startsWith('actions/setup-node@')) as {
      with: { 'node-version': number; cache: string };
    };
    expect(setup.with['node-version']).toBeGreaterThanOrEqual(22);
    expect(setup.with['node-version'] % 2).toBe(0);
    expect(setup.with.cache).toBe('npm');
    const runs = steps.filter((s) => s.run).map((s) => String(s.run));
    expect(runs[0]).toBe('npm ci');
    // mixer from node_modules, never a registry package of that name
    for (const run of runs.slice(1)) expect(run).toMatch(/^npx --no mixer /);
    expect(WORKFLOW).not.toContain('MIXER_PACKAGE');
  });

  it('writes the review also when validation failed, and puts no expression inside a shell step', () => {
    const review = steps.find((s) => s.name === 'mixer review')!;
    expect(review.if).toContain('!cancelled()');
    expect(review.if).toContain("steps.install.outcome == 'success'");
    expect(String(review.run)).toContain('$GITHUB_STEP_SUMMARY');
    for (const s of steps) if (s.run) expect(String(s.run)).not.toContain('${{');
  });
});

describe("this repository's test workflow", () => {
  const text = read(ROOT, '.github/workflows/test.yml');

  it('runs the CI script on every push and pull request, on Node 20 and 22, with pinned actions', () => {
    const workflow = parse(text) as {
      on: Record<string, unknown>;
      jobs: { test: { strategy: { matrix: { node: number[] } }; steps: Array<{ run?: string }> } };
    };
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push']);
    expect(workflow.jobs.test.strategy.matrix.node).toEqual([20, 22]);
    expect(workflow.jobs.test.steps.map((s) => s.run).filter(Boolean)).toEqual([
      'sudo apt-get install -y -qq tmux',
      'bash .ci/run',
    ]);
    const uses = [...text.matchAll(/uses: (\S+) # (\S+)/g)].map((m) => [m[1], m[2]]);
    expect(uses).toEqual([
      [ACTIONS.checkout.uses, ACTIONS.checkout.version],
      [ACTIONS.setupNode.uses, ACTIONS.setupNode.version],
    ]);
  });
});

describe("this repository's release workflow", () => {
  const text = read(ROOT, '.github/workflows/release.yml');

  it('pins its actions as the team workflow does, and attaches the tarball init points at', () => {
    const uses = [...text.matchAll(/uses: (\S+) # (\S+)/g)].map((m) => [m[1], m[2]]);
    expect(uses).toEqual([
      [ACTIONS.checkout.uses, ACTIONS.checkout.version],
      [ACTIONS.setupNode.uses, ACTIONS.setupNode.version],
    ]);
    expect(text).not.toMatch(/uses: [^#\n]*@v\d/);
    // a job that writes the release restores no cache
    expect(text).toContain('package-manager-cache: false');
    expect(text).not.toMatch(/^\s*cache:/m);
    expect(text).toContain('npm pack');
    expect(text).toContain('gh release create "$GITHUB_REF_NAME" ./*.tgz');
    expect(defaultSource({ ...PKG, repository: PKG.repository.url })).toMatch(
      new RegExp(`/releases/download/v${PKG.version}/${tarballName(PKG)}$`),
    );
  });
});
