// A team that writes English, from init on: what its people read is English throughout, with
// LANG saying nothing (LANG=C), the folder's `lang: en` deciding, and a member with a Japanese name.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/commands/table.js';
import { cleanup, mixer, tempDir, writeFiles } from './helpers.js';

afterAll(cleanup);

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff「」（）、。]/;

/** A small English folder: two spaces, a mixer, three members (one named in Japanese), a need. */
function englishFolder(): string {
  return writeFiles(tempDir('mixer-en-'), {
    'mixer.yaml': 'lang: en\n',
    'spaces/riverside-hub.yaml': 'name: Riverside Hub\narea: Portland, Oregon\n',
    'spaces/harbor-works.yaml': 'name: Harbor Works\nkind: hybrid\n',
    'mixers/alex-kim.yaml':
      'name: Alex Kim\nemail: alex@example.com\nspaces: [riverside-hub, harbor-works]\n',
    'members/maria-lopez.yaml':
      'name: Maria Lopez\nkind: person\nspaces: [riverside-hub]\nstrengths: [logo design, website design]\nshare: public\n',
    'members/tanaka-hanako.yaml':
      'name: 田中 花子\nkind: person\nspaces: [harbor-works]\nstrengths: [翻訳, 英語の通訳]\nshare: public\n',
    'members/green-bean-cafe.yaml':
      'name: Green Bean Cafe\nkind: company\nspaces: [riverside-hub]\nshare: public\n',
    'needs/green-bean-cafe-logo.yaml':
      'owner: green-bean-cafe\ntitle: We need a new logo for our cafe\nshare: public\nsince: "2026-11-20"\n',
    'proposals/2026-11-green-bean-cafe-logo-maria-lopez.yaml':
      'need: green-bean-cafe-logo\nhelper: maria-lopez\nmixer: alex-kim\nhistory:\n  - date: "2026-11-20"\n    status: draft\n',
  });
}

describe('an English folder, before it is loaded', () => {
  const dir = englishFolder();
  const run = (...args: string[]) => mixer(args, { cwd: dir });

  it.each([
    [['list', 'badkind'], 'there is no kind "badkind"'],
    [['completion', 'fish2'], '<shell> does not take "fish2"; it takes bash | zsh | fish'],
    [
      ['status', '2026-11-green-bean-cafe-logo-maria-lopez', 'owner-yes'],
      '<status> does not take "owner-yes"; it takes draft | asked-owner',
    ],
  ])('answers a bad argument of %j in English, as its mixer.yaml asks', async (args, said) => {
    const result = await run(...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(said);
    expect(result.stderr).not.toMatch(JAPANESE);
  });

  it('still answers in Japanese with --lang ja', async () => {
    const result = await run('--lang', 'ja', 'list', 'badkind');
    expect(result.stderr).toContain('種類「badkind」はありません');
  });
});

describe('tables of an English folder', () => {
  it('list strengths and spaces with English commas', async () => {
    const dir = englishFolder();
    const members = await mixer(['list', 'members', '--wide'], { cwd: dir });
    expect(members.stdout).toContain('logo design, website design');
    expect(members.stdout).toContain('翻訳, 英語の通訳');
    const mixers = await mixer(['list', 'mixers', '--wide'], { cwd: dir });
    expect(mixers.stdout).toContain('Riverside Hub, Harbor Works');
    expect(mixers.stdout).not.toContain('、');
  });
});

describe('the README that init writes for an English team', () => {
  it('says in English what to do first, and how a pairing becomes an introduction', async () => {
    const dir = path.join(tempDir(), 'team-en');
    expect((await mixer(['--lang', 'en', 'init', dir])).code).toBe(0);
    const readme = fs.readFileSync(path.join(dir, 'README.md'), 'utf8');
    expect(readme).toContain('## First records');
    expect(readme).toContain('npx mixer add-space --name "Riverside Hub"');
    expect(readme).toContain('npx mixer add-mixer --name "Alex Kim" --email "$(git config user.email)"');
    expect(readme).toContain('## From a pairing to an introduction');
    expect(readme).toContain('npx mixer propose <need> <helper>');
    expect(readme).toContain('If you run `npx mixer` before `npm install`, npx offers');
    expect(readme).toContain('(22 LTS or newer recommended)');
    // (Japanese only in the example of a Japanese name that needs --id)
    expect(readme.replace('--id tanaka-hanako --name "田中 花子"', '')).not.toMatch(JAPANESE);
  });

  it('its first commands run as written', async () => {
    const dir = path.join(tempDir(), 'team-en');
    expect((await mixer(['--lang', 'en', 'init', dir])).code).toBe(0);
    const readme = fs.readFileSync(path.join(dir, 'README.md'), 'utf8');
    const first = /## First records\n\n```sh\n([\s\S]*?)```/.exec(readme)![1]!.trim().split('\n');
    expect(first).toHaveLength(3);
    for (const line of first) {
      const words = [
        ...line.replace('"$(git config user.email)"', 'alex@example.com').matchAll(/"([^"]*)"|(\S+)/g),
      ]
        .map((m) => m[1] ?? m[2]!)
        .slice(2);
      const result = await mixer([...words, '--yes'], { cwd: dir });
      expect(result.code, `${line}\n${result.stderr}`).toBe(0);
    }
    expect((await mixer(['validate'], { cwd: dir })).stderr).toContain('3 records, no problems');
  });
});

describe('the help an English team reads', () => {
  it('is English throughout, its examples too (but for a Japanese name given an --id)', async () => {
    const dir = englishFolder();
    for (const spec of COMMANDS) {
      const help = await mixer([spec.name, '--help'], { cwd: dir });
      expect(help.stdout, spec.name).toContain('Examples:');
      expect(help.stdout.replace('--id tanaka-hanako --name "田中 花子"', ''), spec.name).not.toMatch(
        JAPANESE,
      );
    }
    const addNeed = await mixer(['add-need', '--help'], { cwd: dir });
    expect(addNeed.stdout).toContain('mixer add-need --owner hirano-cafe --title "A menu in English"');
  });

  it('keeps the Japanese examples for a Japanese team', async () => {
    const help = await mixer(['--lang', 'ja', 'add-need', '--help']);
    expect(help.stdout).toContain('--title 英語のメニューを作りたい');
  });
});

describe('odd input on the command line', () => {
  it('names an empty --strength or --tag by its flag, and writes nothing', async () => {
    const dir = englishFolder();
    const strength = await mixer(
      [
        'add-member',
        '--id',
        'guitar-guy',
        '--name',
        'Guitar Guy 🎸',
        '--kind',
        'person',
        '--strength',
        '',
        '--yes',
      ],
      { cwd: dir },
    );
    expect(strength.code).toBe(2);
    expect(strength.stderr).toContain('✗ --strength is empty');
    expect(strength.stderr).not.toContain('members/guitar-guy.yaml');
    const tag = await mixer(['add-space', '--name', 'Dock 9', '--tag', ' ', '--yes'], { cwd: dir });
    expect(tag.stderr).toContain('✗ --tag is empty');
    expect(fs.existsSync(path.join(dir, 'members', 'guitar-guy.yaml'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'spaces', 'dock-9.yaml'))).toBe(false);
  });

  it('keeps emoji and an empty --detail as a person meant them', async () => {
    const dir = englishFolder();
    const need = await mixer(
      ['add-need', '--owner', 'green-bean-cafe', '--title', 'Help with taxes 🧾', '--detail', '', '--yes'],
      { cwd: dir },
    );
    expect(need.code, need.stderr).toBe(0);
    const list = await mixer(['list', 'needs', '--json'], { cwd: dir });
    const needs = (JSON.parse(list.stdout) as { data: { title: string; detail?: string } }[]).map(
      (n) => n.data,
    );
    expect(needs).toContainEqual({
      owner: 'green-bean-cafe',
      title: 'Help with taxes 🧾',
      since: expect.any(String),
    });
  });
});

describe('suggest --json of an English folder', () => {
  it('gives its reasons in English sentences, as docs/json.md says', async () => {
    const dir = englishFolder();
    const result = await mixer(['suggest', '--all', '--json'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const pairings = JSON.parse(result.stdout) as { need: string; helper: string; reasons: string[] }[];
    const logo = pairings.find((p) => p.need === 'green-bean-cafe-logo' && p.helper === 'maria-lopez');
    expect(logo?.reasons).toContain('"logo" matches the strength "logo design" (both: Logo design)');
  });
});

describe('init with no language named', () => {
  it('says, in English too, that the repository is Japanese and how to make it English', async () => {
    const guessed = await mixer(['init', path.join(tempDir(), 'team')], { env: { LANG: 'C.UTF-8' } });
    expect(guessed.code).toBe(0);
    expect(guessed.stderr).toContain(
      'For English, make it again with mixer --lang en init (README included)',
    );
    for (const named of [
      await mixer(['--lang', 'ja', 'init', path.join(tempDir(), 'team')], { env: { LANG: 'C.UTF-8' } }),
      await mixer(['init', path.join(tempDir(), 'team')], { env: { LANG: 'en_US.UTF-8' } }),
    ]) {
      expect(named.code).toBe(0);
      expect(named.stderr).not.toContain('make it again');
    }
  });
});
