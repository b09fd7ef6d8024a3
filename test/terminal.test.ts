// A real terminal of 80 columns, in Japanese (tmux): what a person sees of the help, the tables and
// an add-visit run. Few tests, as they are slow: the layout itself is tested in test/layout.test.ts.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, copySample, displayWidthOf, ROOT, runCli } from './helpers.js';

afterAll(cleanup);

const BIN = path.join(ROOT, 'bin/mixer.js');

if (spawnSync('tmux', ['-V']).status !== 0)
  throw new Error('tmux is needed for these tests (apt-get install tmux)');

/** A command in a tmux window of 80 columns, its screen, and keys typed into it. */
function terminal(command: string) {
  const session = `mixer-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const env =
    'env -u CI -u NO_COLOR -u FORCE_COLOR NO_COLOR=1 LANG=ja_JP.UTF-8 LC_ALL= MIXER_TODAY=2026-11-25';
  spawnSync('tmux', [
    'new-session',
    '-d',
    '-s',
    session,
    '-x',
    '80',
    '-y',
    '60',
    `${env} ${command}; echo EXIT=$?; sleep 60`,
  ]);
  // (-J would join the lines the terminal wrapped: without it a wrapped line shows as two)
  const screen = () =>
    spawnSync('tmux', ['capture-pane', '-p', '-S', '-', '-t', session], { encoding: 'utf8' }).stdout;
  return {
    screen,
    keys: (...keys: string[]) => spawnSync('tmux', ['send-keys', '-t', session, ...keys]),
    type: (text: string) => spawnSync('tmux', ['send-keys', '-t', session, '-l', text]),
    async waitFor(text: string | RegExp, times = 1): Promise<string> {
      for (let i = 0; i < 150; i++) {
        const s = screen();
        const found =
          typeof text === 'string' ? s.split(text).length - 1 : (s.match(new RegExp(text, 'g')) ?? []).length;
        if (found >= times) return s;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`timed out waiting for ${text}\n${screen()}`);
    },
    close: () => spawnSync('tmux', ['kill-session', '-t', session]),
  };
}

/** The lines a command printed to its terminal, before `EXIT=`. */
function printed(screen: string): string[] {
  const lines = screen.split('\n');
  const shownLines = lines
    .slice(
      0,
      lines.findIndex((l) => l.startsWith('EXIT=')),
    )
    .map((l) => l.trimEnd());
  // (a blank line at the end, as help ends with, is no wrapped line: dropped, as piped() trims it)
  while (shownLines.at(-1) === '') shownLines.pop();
  return shownLines;
}

/** Runs a command that asks nothing in the terminal; the lines on screen. */
async function shown(args: string): Promise<string[]> {
  const t = terminal(`node ${BIN} ${args}`);
  try {
    return printed(await t.waitFor('EXIT='));
  } finally {
    t.close();
  }
}

/** The same command outside a terminal (80 columns assumed): stdout then stderr, line by line. */
function piped(args: string[]): string[] {
  const r = runCli(args, { env: { LANG: 'ja_JP.UTF-8', MIXER_TODAY: '2026-11-25' } });
  return `${r.stdout}${r.stderr}`.trimEnd().split('\n');
}

describe('an 80-column terminal in Japanese', () => {
  it('mixer --help: every line fits, descriptions wrap under themselves, no English', async () => {
    const lines = await shown('--help');
    // the screen has exactly the lines printed: the terminal wrapped none of them
    expect(lines).toEqual(piped(['--help']));
    for (const line of lines) expect(displayWidthOf(line), line).toBeLessThanOrEqual(80);
    // a wrapped description goes on in the description's column, not at column 0
    const continued = lines.filter((l) => /^ {10,}\S/.test(l));
    expect(continued.length).toBeGreaterThan(3);
    expect(new Set(continued.map((l) => l.search(/\S/))).size).toBe(1);
    expect(lines.join('\n')).not.toMatch(/Usage|Options|Commands|display help|\[options\]/);
    expect(lines[0]).toBe('使い方: mixer [オプション] [コマンド]');
  }, 20_000);

  it('mixer suggest and mixer list proposals: tables that fit, with whole ids', async () => {
    const data = copySample();
    const suggest = await shown(`--data ${data} suggest --limit 8`);
    expect(suggest).toEqual(piped(['--data', data, 'suggest', '--limit', '8']));
    for (const line of suggest) expect(displayWidthOf(line), line).toBeLessThanOrEqual(80);
    // the score column lines up on every row of the table
    const rows = suggest.filter((l) => /^\d+ {2}\S/.test(l));
    expect(rows.length).toBe(8);
    const scoreAt = (l: string) => displayWidthOf(l.slice(0, l.search(/0\.\d\d/)));
    expect(new Set(rows.map(scoreAt)).size).toBe(1);
    const json = JSON.parse(runCli(['--data', data, 'suggest', '--limit', '8', '--json']).stdout) as Array<{
      need: string;
      helper: string;
    }>;
    const text = suggest.join('\n');
    for (const s of json) {
      expect(text).toContain(` ${s.need} `);
      expect(text).toMatch(new RegExp(` ${s.helper}( |$)`, 'm'));
    }
    expect(text).toContain(`mixer propose ${json[0]!.need} ${json[0]!.helper}`);

    const proposals = await shown(`--data ${data} list proposals`);
    expect(proposals).toEqual(piped(['--data', data, 'list', 'proposals']));
    for (const line of proposals) expect(displayWidthOf(line), line).toBeLessThanOrEqual(80);
    expect(proposals.join('\n')).toContain('2026-10-iwate-craft-overseas-miller-english ');
    expect(proposals.join('\n')).toMatch(/紹介済み/);
    expect(proposals.join('\n')).not.toMatch(/introduced|… {2}/);
  }, 30_000);

  it('add-visit: an answer corrected from the summary, then Ctrl-C writes nothing (exit 130)', async () => {
    const data = copySample();
    const before = fs.readdirSync(path.join(data, 'needs')).length;
    const t = terminal(`node ${BIN} --data ${data} add-visit --space online-tohoku --mixer mx-sato`);
    try {
      await t.waitFor('訪問日');
      t.type('１１/２０'); // typed with the IME on: full-width digits
      t.keys('Enter');
      await t.waitFor('→ 2026-11-20');
      await t.waitFor('どのように訪問しましたか');
      t.keys('Down', 'Enter'); // オンライン
      await t.waitFor('どんな訪問でしたか');
      t.keys('Enter'); // 聞き取り
      await t.waitFor('ドロップイン料金');
      t.type('3千円');
      t.keys('Enter');
      await t.waitFor('3千円 → 3000');
      await t.waitFor('メモ');
      t.keys('Enter');
      await t.waitFor('会ったメンバー');
      t.type('みらー'); // no such member: the search says so in Japanese
      await t.waitFor('見つかりません');
      t.keys('BSpace', 'BSpace', 'BSpace');
      t.type('miller');
      await t.waitFor('Sarah Miller (miller-english)');
      t.keys('Enter');
      await t.waitFor('会ったメンバー', 2);
      t.keys('Enter'); // done
      await t.waitFor('次に記録するもの');
      t.keys('Enter'); // a need
      await t.waitFor('課題の持ち主');
      t.keys('Enter'); // Sarah Miller
      await t.waitFor('一行で');
      t.type('日本語の先生をさがしている');
      t.keys('Enter');
      await t.waitFor('詳しく');
      t.keys('Enter');
      await t.waitFor('公開範囲');
      t.keys('Enter');
      await t.waitFor('次に記録するもの', 2);
      t.keys('Up', 'Enter'); // finish
      await t.waitFor('よろしいですか');
      expect(t.screen()).toMatch(/ドロップイン料金 +3,000 JPY/);
      // correct the need's title: "直す: 課題 1", then "課題（一行で）"
      for (let i = 0; i < 9; i++) t.keys('Down');
      await t.waitFor('❯ 直す: 課題 1');
      t.keys('Enter');
      await t.waitFor('課題のどこを直しますか');
      t.keys('Enter');
      await t.waitFor('一行で', 2);
      t.keys('C-u');
      t.type('日本語の先生を探している');
      t.keys('Enter');
      await t.waitFor('よろしいですか', 2);
      expect(t.screen()).toMatch(/課題 1 +日本語の先生を探している（Sarah Miller/);
      t.keys('C-c');
      const screen = await t.waitFor('EXIT=');
      expect(screen).toContain('取りやめました。何も書いていません');
      expect(screen).toContain('EXIT=130');
      expect(screen).not.toMatch(/navigate|select|No results|Yes|ExitPromptError|予期しない/);
    } finally {
      t.close();
    }
    expect(fs.existsSync(path.join(data, 'visits/2026/2026-11-20-online-tohoku-mx-sato.yaml'))).toBe(false);
    expect(fs.readdirSync(path.join(data, 'needs')).length).toBe(before);
  }, 60_000);

  it('add-visit: what the flags said, shown once and written with Enter', async () => {
    const data = copySample();
    const t = terminal(
      `node ${BIN} --data ${data} add-visit --space online-tohoku --mixer mx-sato --date 11/20 --mode オンライン --format interview --cost ¥1,500 --notes x --met miller-english`,
    );
    try {
      await t.waitFor('よろしいですか');
      t.keys('Enter');
      expect(await t.waitFor('EXIT=')).toContain('EXIT=0');
    } finally {
      t.close();
    }
    expect(
      fs.readFileSync(path.join(data, 'visits/2026/2026-11-20-online-tohoku-mx-sato.yaml'), 'utf8'),
    ).toBe(
      'space: online-tohoku\ndate: "2026-11-20"\nmixer: mx-sato\nmode: online\nformat: interview\nmet:\n  - miller-english\nnotes: x\ncost: 1500\n',
    );
  }, 30_000);
});
