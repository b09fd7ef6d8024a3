// Never silent: a record that does not load is named by every command that reads the folder,
// `report` refuses to count without it, and a reference to it is not a second problem.
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { loadDataFolder } from '../src/store/load.js';
import { cleanup, copySample, memoryIo, writeFiles } from './helpers.js';

afterAll(cleanup);

async function run(dir: string, ...args: string[]) {
  const { io, out, err } = memoryIo();
  const code = await main(['--data', dir, '--lang', 'en', ...args], io);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** The sample's only deal, with one key mistyped. */
function brokenDeal(): string {
  const dir = copySample();
  writeFiles(dir, {
    'proposals/2026-10-iwate-craft-overseas-miller-english.yaml':
      'need: iwate-craft-overseas\nhelper: miller-english\nmixer: mx-sato\nhistroy:\n  - date: 2026-10-01\n    status: draft\n',
  });
  return dir;
}

describe('records that do not load', () => {
  it('report refuses to count without the deal it cannot read, naming the file (exit 1)', async () => {
    const dir = brokenDeal();
    const r = await run(dir, 'report');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('proposals/2026-10-iwate-craft-overseas-miller-english.yaml');
    expect(r.stderr).toMatch(/no report is made/);
    const json = await run(dir, 'report', '--json');
    expect(json.code).toBe(1);
    expect(json.stdout).toBe('');
  });

  it.each([
    ['list', 'proposals'],
    ['due'],
    ['brief', 'kitakami-base'],
    ['suggest'],
    ['unmatched'],
    ['show', 'iwate-craft-overseas'],
  ])('%s warns on stderr, naming the file left out', async (...args) => {
    const r = await run(brokenDeal(), ...args);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(
      /1 file could not be read and is left out of this result: proposals\/2026-10-iwate-craft-overseas-miller-english\.yaml/,
    );
    expect(r.stderr).toMatch(/mixer validate shows what to fix/);
  });

  it('validate lists the problem itself, without the warning', async () => {
    const r = await run(brokenDeal(), 'validate');
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/left out/);
    expect(r.stdout).toMatch(/histroy/);
  });

  it('a reference to a record with problems is not a second problem: one mistake, one problem', () => {
    const dir = copySample();
    // A member everyone refers to (needs, visits, proposals), with one bad value.
    writeFiles(dir, {
      'members/hirano-cafe.yaml': 'name: 平野カフェ\nkind: cafe\nspaces: [kitakami-base]\n',
    });
    const problems = loadDataFolder(dir, { lang: 'en' }).problems;
    expect(problems.map((p) => `${p.file} ${p.field} ${p.code}`)).toEqual([
      'members/hirano-cafe.yaml kind schema.invalid_value',
    ]);
  });

  it('a command given the id of a record with problems says so, not "unknown"', async () => {
    const dir = copySample();
    writeFiles(dir, { 'members/miller-english.yaml': 'name: Sarah Miller\nkind: teacher\n' });
    const r = await run(dir, 'suggest', '--helper', 'miller-english');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /"miller-english" \(members\/miller-english\.yaml\) has problems and cannot be used/,
    );
  });

  it('a mixer.yaml with problems is named too: its settings fall back to the defaults', async () => {
    const dir = copySample();
    writeFiles(dir, { 'mixer.yaml': 'lang: ja\nvisit_every_days: often\n' });
    const r = await run(dir, 'due');
    expect(r.stderr).toMatch(/could not be read and is left out of this result: mixer\.yaml/);
  });
});
