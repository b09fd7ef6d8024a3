// Files in a data folder that are not plain records: links to nothing, loops of links. Each is
// one problem of its own file, named, and every other file is read as usual.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { loadDataFolder } from '../src/store/load.js';
import { cleanup, copySample, memoryIo, minimalFolder, runCli, writeFiles } from './helpers.js';

afterAll(cleanup);

describe('symbolic links that lead to no file', () => {
  it('a link to a removed file, run from inside the data folder, is a problem, not a crash', () => {
    // The link's text is relative to the link; read against the working folder it seemed to lead
    // into the data folder, and mixer then failed with an unexpected error on every command.
    const dir = minimalFolder();
    fs.symlinkSync('gone.yaml', path.join(dir, 'members', 'gone-alias.yaml'));
    const r = runCli(['--lang', 'en', 'validate'], { cwd: dir });
    expect(r.stderr).not.toMatch(/unexpected/);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toMatch(
      /members\/gone-alias\.yaml:1:1 .*symbolic link that leads to no file \(gone\.yaml\)/,
    );
  });

  it('a loop of links is a problem of each link; the other records are read, and writes go on (forget too)', async () => {
    const dir = minimalFolder();
    fs.symlinkSync('loop-b.yaml', path.join(dir, 'members', 'loop-a.yaml'));
    fs.symlinkSync('loop-a.yaml', path.join(dir, 'members', 'loop-b.yaml'));
    fs.mkdirSync(path.join(dir, 'proposals'));
    fs.symlinkSync('gone.ask-owner.md', path.join(dir, 'proposals', 'x.ask-owner.md'));
    const v = memoryIo();
    expect(await main(['--data', dir, '--lang', 'en', 'validate', '--json'], v.io)).toBe(1);
    const problems = JSON.parse(v.out.join('')) as { file: string; code: string }[];
    expect(problems.map((p) => [p.file, p.code])).toEqual([
      ['members/loop-a.yaml', 'problem.symlink-broken'],
      ['members/loop-b.yaml', 'problem.symlink-broken'],
    ]);
    const w = memoryIo();
    const code = await main(
      ['--data', dir, '--lang', 'en', 'add-need', '--owner', 'cafe', '--title', 'a new sign', '--yes'],
      w.io,
    );
    expect(w.err.join('\n')).not.toMatch(/unexpected/);
    expect(code).toBe(0);
    // forget reads every text file of the kind folders, the letter's link to nothing among them
    const f = memoryIo();
    expect(await main(['--data', dir, '--lang', 'en', 'forget', 'designer', '--yes'], f.io)).toBe(0);
    expect(f.err.join('\n')).not.toMatch(/unexpected/);
  });
});

describe('a record that is a link to nothing, in a count', () => {
  it('is named by every command, and report will not count without it', async () => {
    const dir = copySample();
    const visit = path.join(dir, 'visits/2026/2026-09-10-morioka-hub.yaml');
    fs.rmSync(visit);
    fs.symlinkSync('gone.yaml', visit);
    const r = memoryIo();
    expect(await main(['--data', dir, '--lang', 'en', 'report', '--json'], r.io)).toBe(1);
    expect(r.out).toEqual([]);
    expect(r.err.join('\n')).toContain('visits/2026/2026-09-10-morioka-hub.yaml');
    const l = memoryIo();
    expect(await main(['--data', dir, '--lang', 'en', 'list', 'members'], l.io)).toBe(0);
    expect(l.err.join('\n')).toContain('visits/2026/2026-09-10-morioka-hub.yaml');
    const f = memoryIo();
    expect(await main(['--data', dir, '--lang', 'en', 'fmt', '--check'], f.io)).toBe(1);
    expect(f.err.join('\n')).toMatch(/2026-09-10-morioka-hub\.yaml.*symbolic link that leads to no file/);
  });
});

describe('a record name on something that is not a file', () => {
  it('a pipe, or a link to a folder, is a problem of its own, never opened', async () => {
    const dir = minimalFolder();
    // (opening a pipe with no writer would wait forever)
    spawnSync('mkfifo', [path.join(dir, 'members', 'pipe.yaml')]);
    fs.mkdirSync(path.join(dir, 'notes'));
    fs.symlinkSync('../notes', path.join(dir, 'members', 'folder.yaml'));
    const v = memoryIo();
    expect(await main(['--data', dir, '--lang', 'en', 'validate', '--json'], v.io)).toBe(1);
    const problems = JSON.parse(v.out.join('')) as { file: string; code: string; message: string }[];
    expect(problems.map((p) => [p.file, p.code])).toEqual([
      ['members/folder.yaml', 'problem.not-a-file'],
      ['members/pipe.yaml', 'problem.not-a-file'],
    ]);
    expect(problems[0]!.message).toBe('not a regular file (a pipe, a folder or the like)');
    // fmt names them too, and fails, as it does for any file it cannot read.
    const f = memoryIo();
    expect(await main(['--data', dir, '--lang', 'en', 'fmt', '--check'], f.io)).toBe(1);
    expect(f.err.join('\n')).toMatch(/members\/pipe\.yaml/);
    expect(f.err.join('\n')).toMatch(/members\/folder\.yaml/);
    // The other records are read, and a write goes on.
    const w = memoryIo();
    expect(
      await main(['--data', dir, 'add-need', '--owner', 'cafe', '--title', '看板を直したい', '--yes'], w.io),
    ).toBe(0);
  });
});

describe('a record that is a link to a file of the folder', () => {
  it('fmt names it as left alone, formats its target as itself, and never writes through it', async () => {
    const dir = minimalFolder();
    const fmt = async (...args: string[]) => {
      const { io, out, err } = memoryIo();
      const code = await main(['--data', dir, '--lang', 'en', 'fmt', ...args], io);
      return { code, stdout: out.join('\n'), stderr: err.join('\n') };
    };
    expect((await fmt()).code).toBe(0);
    writeFiles(dir, {
      'members/designer.yaml': 'name:   デザイナー\nkind: person\n',
      // (a hidden folder is no kind folder's: fmt does not format what is in it)
      'members/.drafts/old.yaml': 'name:   古い店\nkind: company\n',
    });
    fs.symlinkSync('designer.yaml', path.join(dir, 'members', 'alias.yaml'));
    fs.symlinkSync('.drafts/old.yaml', path.join(dir, 'members', 'old-shop.yaml'));
    const check = await fmt('--check');
    expect(check.code).toBe(1);
    expect(check.stdout.split('\n')).toEqual(['members/designer.yaml', 'members/old-shop.yaml']);
    expect(check.stderr).toContain(
      'members/alias.yaml is a link to members/designer.yaml: left as it is; fmt formats members/designer.yaml itself',
    );
    expect(check.stderr).toContain(
      '! members/old-shop.yaml is a link to members/.drafts/old.yaml, whose text is not formatted; fmt does not write through a link',
    );
    expect(check.stderr).toContain(
      '→ format members/.drafts/old.yaml by hand, or put the file itself in place',
    );

    const write = await fmt('--json');
    expect(write.code).toBe(1);
    expect(JSON.parse(write.stdout)).toMatchObject({
      differ: ['members/designer.yaml', 'members/old-shop.yaml'],
      written: ['members/designer.yaml'],
      links: [
        { file: 'members/alias.yaml', target: 'members/designer.yaml' },
        { file: 'members/old-shop.yaml', target: 'members/.drafts/old.yaml' },
      ],
    });
    expect(fs.lstatSync(path.join(dir, 'members/alias.yaml')).isSymbolicLink()).toBe(true);
    expect(fs.lstatSync(path.join(dir, 'members/old-shop.yaml')).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(path.join(dir, 'members/.drafts/old.yaml'), 'utf8')).toBe(
      'name:   古い店\nkind: company\n',
    );
    expect(fs.readFileSync(path.join(dir, 'members/designer.yaml'), 'utf8')).toMatch(/^name: デザイナー\n/);

    // A link to a file fmt formats does not fail --check once that file is formatted.
    fs.rmSync(path.join(dir, 'members/old-shop.yaml'));
    const clean = await fmt('--check');
    expect(clean.code, clean.stderr).toBe(0);
    expect(clean.stderr).toContain('members/alias.yaml is a link to members/designer.yaml: left as it is');
  });
});

describe('an empty --data', () => {
  it('is bad usage, not the folder mixer would find without it', async () => {
    // `mixer --data "$DIR" add-need …` with DIR unset wrote into the data folder of the working
    // folder (or ./data) instead.
    const found = minimalFolder();
    const before = fs.readdirSync(path.join(found, 'needs'));
    for (const args of [
      ['validate'],
      ['add-need', '--owner', 'cafe', '--title', 'a new sign', '--yes', '--json'],
      // (schema never loads the records, but writes into the data folder)
      ['schema', '--out', 'schemas'],
    ]) {
      const { io, out, err } = memoryIo({ cwd: found });
      const code = await main(['--data', '', '--lang', 'en', ...args], io);
      expect(code, args[0]).toBe(2);
      expect(err.join('\n')).toMatch(/--data is empty/);
      expect(out).toEqual([]);
    }
    expect(fs.readdirSync(path.join(found, 'needs'))).toEqual(before);
    expect(fs.existsSync(path.join(found, 'schemas'))).toBe(false);
  });
});

describe('a key YAML reads as null', () => {
  it.each(['null', '~', ''])('"%s:" is an unknown field on its own line, not at 1:1', (key) => {
    const dir = writeFiles(minimalFolder(), {
      'members/odd-key.yaml': `name: x\nkind: person\n${key}: b\n`,
      'members/nested-key.yaml': `name: y\nkind: person\ncontact:\n  email: y@example.jp\n  ${key}: b\n`,
    });
    const problems = loadDataFolder(dir, { lang: 'en' }).problems.map((p) => [p.file, p.line, p.code]);
    expect(problems).toEqual([
      ['members/nested-key.yaml', 5, 'schema.unknown-key'],
      ['members/odd-key.yaml', 3, 'schema.unknown-key'],
    ]);
  });
});
