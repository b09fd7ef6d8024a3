// A team that writes English, from init on: what its people read is English throughout, with
// LANG saying nothing (LANG=C), the folder's `lang: en` deciding, and a member with a Japanese name.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/commands/table.js';
import { defaultGlossary } from '../src/store/glossary.js';
import { labelInSentence } from '../src/ui/reasons.js';
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
    expect(logo?.reasons).toContain('"logo" matches the strength "logo design" (both: logo design)');
  });
});

describe("a concept's label inside an English reason", () => {
  /** A café that needs a menu in English, Korean for its guests and to be found; one helper. */
  function languageFolder(): string {
    return writeFiles(englishFolder(), {
      'members/ken-sato.yaml':
        'name: Ken Sato\nkind: person\nspaces: [harbor-works]\nstrengths: [Korean lessons, SEO for local shops, backcountry guide]\nshare: public\n',
      'needs/green-bean-cafe-menu.yaml':
        'owner: green-bean-cafe\ntitle: Our menu needs translating into English\nshare: public\n',
      'needs/green-bean-cafe-korean.yaml':
        'owner: green-bean-cafe\ntitle: We want to learn Korean for our guests\nshare: public\n',
      'needs/green-bean-cafe-seo.yaml':
        'owner: green-bean-cafe\ntitle: Nobody finds our website on search engines\nshare: public\n',
      'needs/green-bean-cafe-guide.yaml':
        'owner: green-bean-cafe\ntitle: Our guests ask for a niseko guide\nshare: public\n',
    });
  }
  const reasonsOf = async (dir: string, ...args: string[]) => {
    const r = await mixer(['suggest', '--all', '--min-score', '0', '--json', ...args], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    return (JSON.parse(r.stdout) as { need: string; reasons: string[] }[]).flatMap((p) => p.reasons);
  };

  it('starts lower-case mid-sentence, unless it begins with a proper noun or an acronym', async () => {
    const reasons = await reasonsOf(languageFolder());
    // "a kind of translation", not "a kind of Translation"; a language keeps its capital.
    expect(reasons).toContain(
      '"translating" ⇔ the strength "英語の通訳" (English is a kind of translation and interpreting)',
    );
    expect(reasons).toContain(
      '"Korean" ⇔ the strength "翻訳" (Korean is a kind of translation and interpreting)',
    );
    expect(reasons).toContain(
      'the need asks for "Korean", the strength names "英語": a different kind of translation and interpreting',
    );
    expect(reasons).toContain('"guide" matches the strength "backcountry guide" (both: guides)');
    expect(reasons).toContain('"Korean" matches the strength "Korean lessons" (both: Korean)');
    expect(reasons).toContain('"search engines" matches the strength "SEO for local shops" (both: SEO)');
    expect(reasons.join('\n')).not.toMatch(/kind of Translation|both: Translation/);
  });

  it("follows a folder's own glossary: `proper: true` keeps a label's capital, and the same words work with --lang en", async () => {
    const dir = languageFolder();
    const concept = (proper: string) =>
      `niseko-guiding:\n  label: {ja: ニセコのガイド, en: Niseko backcountry guiding}\n${proper}  terms: [niseko guide, backcountry guide]\n`;
    writeFiles(dir, { 'glossary.yaml': concept('  proper: true\n') });
    expect((await mixer(['validate'], { cwd: dir })).code).toBe(0);
    expect(await reasonsOf(dir)).toContain(
      '"niseko guide" matches the strength "backcountry guide" (both: Niseko backcountry guiding)',
    );
    writeFiles(dir, { 'glossary.yaml': concept('') });
    expect(await reasonsOf(dir)).toContain(
      '"niseko guide" matches the strength "backcountry guide" (both: niseko backcountry guiding)',
    );
    // A Japanese folder asked for English words its reasons the same way; Japanese ones are untouched.
    writeFiles(dir, { 'mixer.yaml': 'lang: ja\n' });
    expect(await reasonsOf(dir, '--lang', 'en')).toContain(
      '"Korean" ⇔ the strength "翻訳" (Korean is a kind of translation and interpreting)',
    );
    expect(await reasonsOf(dir)).toContain('『Korean』に強み『翻訳』（韓国語は翻訳・通訳・多言語化の一種）');
  });

  it('words every built-in label by the same rule', () => {
    const glossary = defaultGlossary();
    const inSentence = (id: string) => {
      const c = glossary[id]!;
      return labelInSentence({ id, ja: c.label.ja, en: c.label.en, proper: c.proper === true }, 'en');
    };
    expect(inSentence('translation')).toBe('translation and interpreting');
    expect(inSentence('english-translation')).toBe('translation to and from English');
    expect(inSentence('traditional-culture')).toBe('traditional Japanese arts');
    expect(inSentence('japan-regions')).toBe('regions of Japan');
    expect(inSentence('ec')).toBe('e-commerce');
    for (const [id, kept] of [
      ['english', 'English'],
      ['japanese', 'Japanese for non-native speakers'],
      ['kyushu', 'Kyushu and Okinawa'],
      ['hokkaido', 'Hokkaido'],
      ['google-business', 'Google Maps and reviews'],
      ['it', 'IT and digitalisation'],
      ['diy', 'DIY'],
      ['mc', 'MCs and hosts'],
      ['ui-design', 'UI/UX design'],
      ['remote-monitoring', 'IoT sensors and remote monitoring'],
    ])
      expect(inSentence(id!)).toBe(kept);
    // Japanese labels never change.
    expect(labelInSentence({ id: 'x', ja: 'ＩＴ化', en: 'Translation', proper: false }, 'ja')).toBe('ＩＴ化');
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
