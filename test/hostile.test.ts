// The corpus of hostile inputs (test/fixtures/hostile/<case>/): each case's files dropped into a
// small valid folder give exactly the problems its case.json expects, one per mistake, in words
// that say what is wrong; and no command prints a control character from them.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { loadDataFolder } from '../src/store/load.js';
import { wordProblem } from '../src/ui/words.js';
import { cleanup, memoryIo, minimalFolder, ROOT, writeFiles } from './helpers.js';

afterAll(cleanup);

const CORPUS = path.join(ROOT, 'test/fixtures/hostile');

interface Expected {
  file: string;
  field: string;
  code: string;
  /** Regular expressions: the file as printed, and the English message. */
  message: string;
}

interface Case {
  expect: Expected[];
  /** Files made when the test runs (too large to keep, or names not every system allows). */
  generate?: Record<string, { head: string; repeat: string; times: number; tail: string }>;
}

function filesOf(name: string): Record<string, string | Buffer> {
  const dir = path.join(CORPUS, name, 'files');
  const files: Record<string, string | Buffer> = {};
  if (fs.existsSync(dir))
    for (const rel of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }))
      if (fs.statSync(path.join(dir, rel)).isFile())
        files[rel.split(path.sep).join('/')] = fs.readFileSync(path.join(dir, rel));
  const spec = JSON.parse(fs.readFileSync(path.join(CORPUS, name, 'case.json'), 'utf8')) as Case;
  for (const [rel, g] of Object.entries(spec.generate ?? {}))
    files[rel] = `${g.head}${g.repeat.repeat(g.times)}${g.tail}`;
  return files;
}

const CASES = fs.readdirSync(CORPUS).sort();
/** A control character a terminal would act on; tab and line feed are layout. */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('hostile inputs', () => {
  it('has a case for each kind of attack', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(18);
  });

  it.each(CASES)('%s: exactly the expected problems, clearly worded', (name) => {
    const spec = JSON.parse(fs.readFileSync(path.join(CORPUS, name, 'case.json'), 'utf8')) as Case;
    const files = filesOf(name);
    const dir = writeFiles(minimalFolder(), files);
    const problems = loadDataFolder(dir, { lang: 'en' }).problems.map((p) => wordProblem('en', p));
    // Nothing but the case's own files has a problem: one mistake, one problem.
    expect(problems.length, JSON.stringify(problems, null, 2)).toBe(spec.expect.length);
    for (const want of spec.expect) {
      const found = problems.find((p) => new RegExp(`^${want.file}$`).test(p.file));
      expect(found, `${want.file} in ${JSON.stringify(problems)}`).toBeDefined();
      expect(found!.field).toBe(want.field);
      expect(found!.code).toBe(want.code);
      expect(found!.message).toMatch(new RegExp(want.message));
      expect(`${found!.file}${found!.message}${found!.hint ?? ''}`).not.toMatch(RAW_CONTROL);
    }
  });

  it.each(CASES)(
    '%s: every command that reads the folder runs and prints no control character',
    async (name) => {
      const dir = writeFiles(minimalFolder(), filesOf(name));
      for (const args of [
        ['validate'],
        ['list', 'members'],
        ['list', 'needs'],
        ['suggest'],
        ['due'],
        ['fmt', '--check'],
      ]) {
        const { io, out, err } = memoryIo();
        const code = await main(['--data', dir, '--lang', 'en', ...args], io);
        const printed = [...out, ...err].join('\n');
        expect(printed, args.join(' ')).not.toMatch(RAW_CONTROL);
        expect(printed, args.join(' ')).not.toMatch(/unexpected error|Maximum call stack/i);
        expect([0, 1], `${args.join(' ')}: ${printed}`).toContain(code);
      }
    },
  );
});
