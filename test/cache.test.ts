// The cache of valid records (.mixer/cache): the same output with or without it, never trusted
// when it is damaged, tampered with or signed by someone else, safe when two runs write it at
// once, and silently absent when the folder cannot be written.
import { spawn, spawnSync } from 'node:child_process';
import { createHmac, hash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { dropCaches, openRecordCache, SignedCache } from '../src/store/cache.js';
import { userCacheDir } from '../src/util/env.js';
import {
  type CliResult,
  cleanup,
  copySample,
  git,
  mixer,
  ROOT,
  sampleRepo,
  tempDir,
  USER_CACHE,
  writeFiles,
} from './helpers.js';

afterAll(cleanup);

const TODAY = { MIXER_TODAY: '2026-11-26' };
const cacheFile = (dir: string) => path.join(dir, '.mixer', 'cache', 'records.json');
const analysesFile = (dir: string) => path.join(dir, '.mixer', 'cache', 'analyses.json');

/** The entries of a cache file (its second line), as written. */
const entriesOf = (file: string): Record<string, unknown> => {
  const text = fs.readFileSync(file, 'utf8');
  return JSON.parse(text.slice(text.indexOf('\n') + 1));
};

/** Files that take every path of the loader: valid, valid but with a broken reference, and broken. */
const EXTRA = {
  // Valid on its own (so it is cached), broken by its reference: the position must still be right.
  'needs/zz-orphan.yaml': '# 持ち主がいない課題\nowner: nobody-here\ntitle: 迷子の課題\n',
  'members/zz-crlf.yaml': 'name: 改行\r\nkind: person\r\n',
  'spaces/zz-broken.yaml': 'name: [unclosed\n',
  'members/zz-invalid.yaml': 'name: 種別なし\nkind: robot\n',
  'glossary.yaml':
    'website:\n  label: { ja: ホームページ, en: website }\n  terms: [ホームページ, ウェブサイト, HP]\n',
};

/** Every command that reads the folder, with --json where it has one. */
const COMMANDS = [
  ['validate', '--json'],
  ['list', 'members', '--json'],
  ['list', 'proposals', '--json'],
  ['show', 'zz-orphan', '--json'],
  ['suggest', '--json'],
  ['unmatched', '--json'],
  ['due', '--json'],
  ['brief', 'kitakami-base', '--json'],
  ['report', '--json'],
  ['review', '--base', 'main', '--json'],
  ['fmt', '--check', '--json'],
  ['validate'],
];

const run = (dir: string, args: string[], env: Record<string, string> = {}) =>
  mixer(['--data', dir, ...args], { env: { ...TODAY, ...env } });

const printed = (r: CliResult) => ({ code: r.code, stdout: r.stdout, stderr: r.stderr });

/** The sample with the extra files (in a git repository, uncommitted, for `review`). */
function folderWithProblems(repository = false): string {
  return writeFiles(repository ? sampleRepo() : copySample(), EXTRA);
}

describe('cold and warm runs', () => {
  it('print the same cold and warm, for every command', async () => {
    const dir = folderWithProblems(true);
    for (const args of COMMANDS) {
      fs.rmSync(path.join(dir, '.mixer'), { recursive: true, force: true });
      const cold = await run(dir, args);
      const written = fs.statSync(cacheFile(dir));
      const warm = await run(dir, args);
      // A warm run that found every file in the cache has nothing to add, so it leaves the file as is.
      expect(fs.statSync(cacheFile(dir)).ino, `${args.join(' ')}: the warm run parsed again`).toBe(
        written.ino,
      );
      expect(printed(warm), args.join(' ')).toEqual(printed(cold));
    }
  });

  it('print what a run without the cache prints, which writes none', async () => {
    const dir = folderWithProblems();
    for (const args of [
      ['validate', '--json'],
      ['suggest', '--json'],
    ]) {
      const without = await run(dir, ['--no-cache', ...args]);
      expect(fs.existsSync(path.join(dir, '.mixer')), '--no-cache writes no cache').toBe(false);
      await run(dir, args);
      expect(printed(await run(dir, args)), args.join(' ')).toEqual(printed(without));
      fs.rmSync(path.join(dir, '.mixer'), { recursive: true });
    }
  });

  it('reports a broken reference in a cached file at its line and column', async () => {
    const dir = folderWithProblems();
    await run(dir, ['validate']);
    const warm = JSON.parse((await run(dir, ['--lang', 'en', 'validate', '--json'])).stdout);
    expect(warm).toContainEqual(
      expect.objectContaining({ file: 'needs/zz-orphan.yaml', line: 2, col: 8, field: 'owner' }),
    );
  });

  it('keeps only valid records, and never hides a change', async () => {
    const dir = copySample();
    expect((await run(dir, ['validate'])).code).toBe(0);
    const yamlFiles = fs.readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.yaml'));
    // every record, and mixer.yaml
    const entries = yamlFiles.length;
    expect(openRecordCache(dir, { XDG_CACHE_HOME: USER_CACHE })!.size).toBe(entries);
    // A file with a problem is not kept.
    writeFiles(dir, { 'members/zz-crlf.yaml': 'name: 改行\r\nkind: person\r\n' });
    await run(dir, ['validate']);
    expect(openRecordCache(dir, { XDG_CACHE_HOME: USER_CACHE })!.size).toBe(entries);
    writeFiles(dir, { 'members/hirano-cafe.yaml': 'name: 平野カフェ\nkind: robot\n' });
    const after = await run(dir, ['--lang', 'en', 'validate']);
    expect(after.code).toBe(1);
    expect(after.stdout).toMatch(/^members\/hirano-cafe\.yaml:2:7 {2}kind {2}.*"robot"/m);
  });

  it('holds nothing of a record that was removed (mixer forget)', async () => {
    const dir = sampleRepo();
    expect((await run(dir, ['suggest'])).code).toBe(0);
    expect(fs.readFileSync(cacheFile(dir), 'utf8')).toContain('山本 玲奈');
    // the analyses hold words of every record's strengths
    expect(fs.existsSync(analysesFile(dir))).toBe(true);
    // even when the removal itself is made without the cache
    const r = await run(dir, ['--no-cache', 'forget', 'yamamoto-sns', '--commit']);
    expect(r.code, r.stderr).toBe(0);
    expect(fs.existsSync(cacheFile(dir)) && fs.readFileSync(cacheFile(dir), 'utf8')).not.toContain(
      '山本 玲奈',
    );
    expect(fs.existsSync(analysesFile(dir)), 'the analyses are dropped too').toBe(false);
  });

  it('a run that opened the cache before it was dropped does not write it back', async () => {
    const dir = copySample();
    await run(dir, ['validate']);
    const env = { XDG_CACHE_HOME: USER_CACHE };
    const before = openRecordCache(dir, env)!;
    dropCaches(dir); // as `mixer forget` does, while the other run goes on
    before.set(SignedCache.keyOf('members', Buffer.from('x')), { name: '忘れられた人' });
    before.save();
    expect(fs.existsSync(cacheFile(dir))).toBe(false);
    // a run that opens it afterwards writes it as ever
    await run(dir, ['validate']);
    expect(openRecordCache(dir, env)!.size).toBeGreaterThan(0);
  });

  it('ignores itself in git: a run leaves a team repository clean', async () => {
    const dir = sampleRepo();
    expect((await run(dir, ['validate'])).code).toBe(0);
    expect(fs.readFileSync(path.join(dir, '.mixer', '.gitignore'), 'utf8')).toMatch(/^\*$/m);
    expect(git(dir, 'status', '--porcelain', '--untracked-files=all')).toBe('');
  });
});

describe('a cache file that cannot be trusted is ignored and rebuilt', () => {
  // `list needs` prints every need as read: a need's text from another file would show.
  const LIST = ['list', 'needs', '--json'];

  /** A folder with a warm cache, what a run without the cache prints, and the cache's text. */
  async function warmFolder() {
    const dir = folderWithProblems();
    const without = printed(await run(dir, ['--no-cache', ...LIST]));
    await run(dir, ['validate']);
    return { dir, without, text: fs.readFileSync(cacheFile(dir), 'utf8') };
  }

  /** After the cache file was replaced: the run prints as without a cache, and writes a good one. */
  async function expectIgnored(dir: string, without: ReturnType<typeof printed>) {
    expect(printed(await run(dir, LIST))).toEqual(without);
    const rebuilt = fs.statSync(cacheFile(dir)).ino;
    expect(printed(await run(dir, LIST))).toEqual(without);
    expect(fs.statSync(cacheFile(dir)).ino, 'the rebuilt cache is used').toBe(rebuilt);
  }

  it('random bytes', async () => {
    const { dir, without } = await warmFolder();
    fs.writeFileSync(cacheFile(dir), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    await expectIgnored(dir, without);
  });

  it('a truncated file', async () => {
    const { dir, without, text } = await warmFolder();
    fs.writeFileSync(cacheFile(dir), text.slice(0, Math.floor(text.length / 2)));
    await expectIgnored(dir, without);
  });

  it('valid JSON of the wrong shape', async () => {
    const { dir, without, text } = await warmFolder();
    const header = text.slice(0, text.indexOf('\n'));
    for (const body of ['[]', '{"x": 1}', 'null', '{"members": [1, 2]}']) {
      fs.writeFileSync(cacheFile(dir), `${header}\n${body}`);
      await expectIgnored(dir, without);
    }
    fs.writeFileSync(cacheFile(dir), JSON.stringify({ entries: {} }));
    await expectIgnored(dir, without);
  });

  it('the entry of one file under the hash of another', async () => {
    const { dir, without, text } = await warmFolder();
    const newline = text.indexOf('\n');
    const entries = JSON.parse(text.slice(newline + 1)) as Record<string, { name?: string; title?: string }>;
    const keys = Object.keys(entries).filter((k) => entries[k]!.title);
    // every need now holds the text of the first: a valid record, but not the one in the file
    for (const key of keys) entries[key] = entries[keys[0]!]!;
    fs.writeFileSync(cacheFile(dir), `${text.slice(0, newline)}\n${JSON.stringify(entries)}`);
    await expectIgnored(dir, without);
  });

  it('a cache written by another mixer, or signed with another key (another user, a commit)', async () => {
    const { dir, without, text } = await warmFolder();
    const header = JSON.parse(text.slice(0, text.indexOf('\n')));
    fs.writeFileSync(
      cacheFile(dir),
      `${JSON.stringify({ ...header, fingerprint: '0'.repeat(64) })}${text.slice(text.indexOf('\n'))}`,
    );
    await expectIgnored(dir, without);
    // Someone else's valid cache, with an invalid record made to look valid: not trusted here.
    const other = tempDir('mixer-other-user-');
    writeFiles(dir, { 'needs/zz-forged.yaml': 'owner: hirano-cafe\ntitle: 偽物\n' });
    await run(dir, ['validate'], { XDG_CACHE_HOME: other });
    writeFiles(dir, { 'needs/zz-forged.yaml': 'owner: hirano-cafe\ntitle: 偽物\nstatus: forged\n' });
    const forged = fs.readFileSync(cacheFile(dir), 'utf8');
    const key = SignedCache.keyOf('needs', fs.readFileSync(path.join(dir, 'needs/zz-forged.yaml')));
    const body = JSON.parse(forged.slice(forged.indexOf('\n') + 1));
    body[key] = { owner: 'hirano-cafe', title: '偽物' };
    fs.writeFileSync(cacheFile(dir), `${forged.slice(0, forged.indexOf('\n'))}\n${JSON.stringify(body)}`);
    const r = await run(dir, ['--lang', 'en', 'validate']);
    expect(r.stdout).toMatch(/^needs\/zz-forged\.yaml:3:9 {2}status {2}.*"forged"/m);
  });
});

describe('runs that cannot or do not share a cache', () => {
  it('the signing key is kept in the user cache directory the environment names', () => {
    expect(userCacheDir({ XDG_CACHE_HOME: '/x/cache', HOME: '/home/u' })).toBe('/x/cache/mixer');
    expect(userCacheDir({ HOME: '/home/u' })).toBe('/home/u/.cache/mixer');
    // A relative XDG_CACHE_HOME is ignored, as the XDG specification says.
    expect(userCacheDir({ XDG_CACHE_HOME: 'cache', HOME: '/home/u' })).toBe('/home/u/.cache/mixer');
    expect(userCacheDir({ HOME: 'u', LOCALAPPDATA: '/c/Users/u/AppData/Local' })).toBe(
      '/c/Users/u/AppData/Local/mixer',
    );
    expect(userCacheDir({})).toBe(undefined);
  });

  it('a folder where .mixer cannot be made: the same output, silently', async () => {
    const dir = folderWithProblems();
    const without = printed(await run(dir, ['--no-cache', 'suggest', '--json']));
    fs.writeFileSync(path.join(dir, '.mixer'), 'not a folder');
    expect(printed(await run(dir, ['suggest', '--json']))).toEqual(without);
    expect(fs.readFileSync(path.join(dir, '.mixer'), 'utf8')).toBe('not a folder');
  });

  it('no user cache directory (no HOME): no cache, the same output', async () => {
    const dir = folderWithProblems();
    const without = printed(await run(dir, ['--no-cache', 'validate', '--json']));
    const r = await mixer(['--data', dir, 'validate', '--json'], {
      env: { ...TODAY, XDG_CACHE_HOME: undefined },
    });
    expect(printed(r)).toEqual(without);
    expect(fs.existsSync(path.join(dir, '.mixer'))).toBe(false);
  });

  it('a read-only data folder works, silently without a cache (end to end, as a user who cannot write)', () => {
    const dir = copySample();
    const userCache = tempDir('mixer-ro-user-');
    // The folder and its files become read-only; as root (which may write anyway) the run is made
    // as the user nobody.
    const asRoot = process.getuid?.() === 0;
    fs.chmodSync(userCache, 0o777);
    for (const entry of fs.readdirSync(dir, { recursive: true }).map(String))
      fs.chmodSync(path.join(dir, entry), fs.statSync(path.join(dir, entry)).isDirectory() ? 0o555 : 0o444);
    fs.chmodSync(dir, 0o555);
    try {
      const env = {
        ...process.env,
        NO_COLOR: '1',
        LANG: 'C',
        XDG_CACHE_HOME: userCache,
        MIXER_TODAY: '2026-11-26',
      };
      const bin = path.join(ROOT, 'bin', 'mixer.js');
      const r = spawnSync(process.execPath, [bin, '--data', dir, '--lang', 'en', 'validate'], {
        env,
        encoding: 'utf8',
        ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
      });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr.trim()).toMatch(/^✓ .* records, no problems$/);
      expect(fs.existsSync(path.join(dir, '.mixer'))).toBe(false);
    } finally {
      fs.chmodSync(dir, 0o755);
      for (const entry of fs.readdirSync(dir, { recursive: true }).map(String))
        fs.chmodSync(path.join(dir, entry), 0o755);
    }
  });

  it('two processes writing the cache at once: every read finds a whole file (end to end)', async () => {
    const dir = copySample();
    // The built module, as the writers use it (a cache records the build that wrote it).
    const built: typeof import('../src/store/cache.js') = await import(
      path.join(ROOT, 'dist/store/cache.js')
    );
    // Each writer saves its own set of entries in a loop; the reader checks the file between.
    const writer = (name: string) => `
      import { openRecordCache, SignedCache } from ${JSON.stringify(path.join(ROOT, 'dist/store/cache.js'))};
      for (let i = 0; i < 60; i++) {
        const cache = openRecordCache(${JSON.stringify(dir)}, { XDG_CACHE_HOME: ${JSON.stringify(USER_CACHE)} });
        for (let j = 0; j < 200; j++) cache.set(SignedCache.keyOf('${name}', Buffer.from(i + ':' + j)), { name: '${name}' + j });
        cache.save();
      }`;
    const done = ['a', 'b'].map(
      (name) =>
        new Promise<number | null>((resolve) =>
          spawn(process.execPath, ['--input-type=module', '-e', writer(name)], { stdio: 'inherit' }).on(
            'exit',
            resolve,
          ),
        ),
    );
    let finished = false;
    const reads: number[] = [];
    const all = Promise.all(done).then((codes) => {
      finished = true;
      return codes;
    });
    while (!finished) {
      if (fs.existsSync(cacheFile(dir)))
        reads.push(built.openRecordCache(dir, { XDG_CACHE_HOME: USER_CACHE })!.size);
      await new Promise((r) => setTimeout(r, 2));
    }
    expect(await all).toEqual([0, 0]);
    expect(reads.length).toBeGreaterThan(0);
    // A half-written file would not pass the signature and read as empty.
    expect(reads.filter((size) => size !== 200)).toEqual([]);
    expect(fs.readdirSync(path.dirname(cacheFile(dir)))).toEqual(['records.json']);
    // and the folder's runs go on as ever
    expect((await run(dir, ['validate'])).code).toBe(0);
  });
});

describe('the analysis cache (what the matcher read in each text)', () => {
  const SUGGEST = ['suggest', '--json', '--min-score', '0.1', '--limit', '200'];

  it('gives what a run without it gives, and keeps only the texts of the folder as it is', async () => {
    const dir = copySample();
    const without = printed(await run(dir, ['--no-cache', ...SUGGEST]));
    expect(printed(await run(dir, SUGGEST))).toEqual(without);
    const written = fs.statSync(analysesFile(dir)).ino;
    const entries = Object.keys(entriesOf(analysesFile(dir))).length;
    expect(entries).toBeGreaterThan(50);
    expect(printed(await run(dir, SUGGEST))).toEqual(without);
    expect(fs.statSync(analysesFile(dir)).ino, 'a warm run read every text from the cache').toBe(written);
    // A need removed: its text leaves the cache at the next run (keyed as match-input.ts keys it).
    const needFile = path.join(dir, 'needs', 'gudon-ramen-staff.yaml');
    const need = parse(fs.readFileSync(needFile, 'utf8')) as {
      title: string;
      detail?: string;
      tags?: string[];
    };
    const key = hash(
      'sha256',
      ['need', need.title, need.detail ?? '', (need.tags ?? []).join('\u0000')].join('\u0000'),
      'base64url',
    );
    expect(entriesOf(analysesFile(dir))).toHaveProperty(key);
    fs.rmSync(needFile);
    const fewer = printed(await run(dir, SUGGEST));
    expect(fewer).toEqual(printed(await run(dir, ['--no-cache', ...SUGGEST])));
    expect(entriesOf(analysesFile(dir))).not.toHaveProperty(key);
    expect(Object.keys(entriesOf(analysesFile(dir))).length).toBeLessThan(entries);
  });

  it('never hides a changed text or a changed glossary', async () => {
    const dir = copySample();
    await run(dir, SUGGEST);
    // A changed text is another key.
    const file = path.join(dir, 'needs', 'gudon-ramen-staff.yaml');
    fs.writeFileSync(
      file,
      fs.readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: どぶろくを仕込める人を探している'),
    );
    writeFiles(dir, {
      'members/zz-brewer.yaml':
        'name: 里山の醸造所\nkind: company\nspaces: [kitakami-base]\nstrengths: [どぶろく造り]\n',
    });
    const before = printed(await run(dir, SUGGEST));
    expect(before).toEqual(printed(await run(dir, ['--no-cache', ...SUGGEST])));
    // The same texts read with a glossary that names their concept: read again, not from the cache.
    writeFiles(dir, {
      'glossary.yaml': 'home-brewing:\n  label: { ja: 自家醸造, en: home brewing }\n  terms: [どぶろく]\n',
    });
    const after = printed(await run(dir, SUGGEST));
    expect(after).toEqual(printed(await run(dir, ['--no-cache', ...SUGGEST])));
    expect(after.stdout).toContain('"id": "home-brewing"');
    expect(before.stdout).not.toContain('home-brewing');
  });

  it('an entry it cannot use, though signed, is made again and written', async () => {
    const dir = copySample();
    const without = printed(await run(dir, ['--no-cache', ...SUGGEST]));
    await run(dir, SUGGEST);
    // Signed with the key of this user, as mixer signs (store/cache.ts), but not an analysis.
    const text = fs.readFileSync(analysesFile(dir), 'utf8');
    const header = JSON.parse(text.slice(0, text.indexOf('\n')));
    const entries = entriesOf(analysesFile(dir));
    const broken = Object.keys(entries)[0]!;
    const body = JSON.stringify({ ...entries, [broken]: [['not', 'an', 'analysis']] });
    const key = Buffer.from(
      fs.readFileSync(path.join(userCacheDir({ XDG_CACHE_HOME: USER_CACHE })!, 'cache-key'), 'utf8').trim(),
      'hex',
    );
    const mac = createHmac('sha256', key)
      .update(`${header.format}\n${header.fingerprint}\n`)
      .update(body)
      .digest('hex');
    fs.writeFileSync(analysesFile(dir), `${JSON.stringify({ ...header, mac })}\n${body}`);
    expect(printed(await run(dir, SUGGEST))).toEqual(without);
    expect(entriesOf(analysesFile(dir))[broken]).toEqual(entries[broken]);
  });

  it('is ignored when damaged, and made again', async () => {
    const dir = copySample();
    const without = printed(await run(dir, ['--no-cache', ...SUGGEST]));
    await run(dir, SUGGEST);
    const text = fs.readFileSync(analysesFile(dir), 'utf8');
    const header = text.slice(0, text.indexOf('\n'));
    const entries = entriesOf(analysesFile(dir));
    const damaged = Object.fromEntries(
      Object.keys(entries).map((k) => [k, [[['website', 1, 'x']], [[1, 2, 3]]]]),
    );
    for (const bad of [
      'not a cache',
      text.slice(0, text.length - 40),
      // entries changed under the old signature
      `${header}\n${JSON.stringify(damaged)}`,
    ]) {
      fs.writeFileSync(analysesFile(dir), bad);
      expect(printed(await run(dir, SUGGEST))).toEqual(without);
      expect(Object.keys(entriesOf(analysesFile(dir))).length).toBe(Object.keys(entries).length);
    }
  });
});
