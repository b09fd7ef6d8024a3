// Layout by display width: tables with ASCII, kana, kanji and emoji that line up, fit the terminal
// and never cut an id; Japanese text wrapped between characters, never before 、 or 。.
import { describe, expect, it } from 'vitest';
import { matchedWords } from '../src/commands/suggest.js';
import { COMMANDS } from '../src/commands/table.js';
import type { Suggestion } from '../src/match/types.js';
import { renderTable } from '../src/ui/table.js';
import { displayWidth, foldCommand, truncateWidth, wrapWidth } from '../src/util/text.js';
import { mixer } from './helpers.js';

const NAMES = [
  ['abe-web', 'Abe Web Lab', 'ホームページ制作'],
  ['kato-photo', '加藤 写真事務所', '写真'],
  ['cafe-emoji', 'Café ☕ ひらの 🍰', 'スコーン🍓とコーヒー'],
  ['family', '👨‍👩‍👧 親子の会', 'ｶﾀｶﾅ半角のメモ'],
  ['tanaka-inn', '田中旅館（たなかりょかん）', '英語の案内、外国人のお客さま'],
];

/** The display column at which each cell starts, from the cells' texts as the table shows them. */
function starts(line: string, cells: string[]): number[] {
  let from = 0;
  return cells.map((cell) => {
    const at = line.indexOf(cell, from);
    if (at < 0) throw new Error(`${cell} not in ${line}`);
    from = at + cell.length;
    return displayWidth(line.slice(0, at));
  });
}

describe('tables', () => {
  const columns = [
    { header: 'ID' },
    { header: '名前', fit: 'cut' as const },
    { header: '強み', fit: 'cut' as const },
  ];

  it('line up mixed ASCII, kana, kanji and emoji by display width', () => {
    const lines = renderTable(columns, NAMES, { width: Number.POSITIVE_INFINITY }).split('\n');
    expect(lines).toHaveLength(NAMES.length + 1);
    const positions = NAMES.map((row, i) => starts(lines[i + 1]!, row));
    expect(new Set(positions.map((p) => p.join(','))).size).toBe(1);
    expect(starts(lines[0]!, ['ID', '名前', '強み'])).toEqual(positions[0]);
    // the emoji family is one character of width 2, and it lines up like the rest
    expect(displayWidth('👨‍👩‍👧')).toBe(2);
    expect(displayWidth('ｶﾀｶﾅ')).toBe(4);
  });

  it('fit a narrow terminal: text shortened with …, the ids whole, every line within the width', () => {
    for (const width of [60, 40, 30]) {
      const lines = renderTable(columns, NAMES, { width }).split('\n');
      for (const line of lines) expect(displayWidth(line), `${width}: ${line}`).toBeLessThanOrEqual(width);
      for (const [id] of NAMES) expect(lines.some((l) => l.startsWith(`${id} `))).toBe(true);
      expect(lines.some((l) => l.includes('…'))).toBe(true);
      // still aligned: the second column starts at one display column on every line
      const second = lines
        .slice(1)
        .map((l, i) => starts(l, [NAMES[i]![0]!, l.slice(NAMES[i]![0]!.length).trim().slice(0, 1)])[1]);
      expect(new Set(second).size).toBe(1);
    }
  });

  it('keep ids whole even when the line must run over', () => {
    const long = 'a-very-long-proposal-id-that-a-person-must-copy-whole-into-the-next-command';
    const text = renderTable(
      [{ header: 'ID' }, { header: '課題', fit: 'cut' }],
      [[long, '看板を新しくしたい']],
      {
        width: 40,
      },
    );
    expect(text).toContain(long);
  });

  it('wrap a column onto more lines, each continued in its own column', () => {
    const text = renderTable(
      [
        { header: '#', align: 'right' },
        { header: '決め手', fit: 'wrap' },
      ],
      [['1', '外国人観光客向けの英語メニュー ⇔ 日本語から英語への翻訳、通訳、観光案内']],
      { width: 24 },
    );
    const lines = text.split('\n');
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines.slice(2)) expect(line.startsWith('   ')).toBe(true);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(24);
    expect(
      lines
        .map((l) => l.slice(3).trim())
        .join('')
        .replace(/ /g, ''),
    ).toBe('決め手外国人観光客向けの英語メニュー⇔日本語から英語への翻訳、通訳、観光案内');
  });

  it('keep an id under a name whole, and cut the name', () => {
    const text = renderTable(
      [{ header: '助け手', fit: 'cut' }, { header: 'スコア' }],
      [[['佐々木 社会保険労務士事務所', { text: 'sasaki-labor', keep: true }], '0.74']],
      { width: 22 },
    );
    // 14 columns for the name: the 22 of the line less the score's 6 and the gap's 2
    expect(text.split('\n')).toEqual(['助け手          スコア', '佐々木 社会保…  0.74', 'sasaki-labor']);
  });

  it('cut a line before its tail, which stays whole (a proposal keeps its helper)', () => {
    const cell = [
      { text: '2026-11-x-y', keep: true },
      { text: '  インバウンド向けのGoogle Business Profileを整えたい', tail: ' × 山本 玲奈' },
    ];
    const text = renderTable([{ header: 'ID', fit: 'cut' }, { header: '状態' }], [[cell, '打診中']], {
      width: 40,
    });
    const lines = text.split('\n');
    expect(lines[2]).toMatch(/^ {2}インバウンド.*… × 山本 玲奈$/);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(40);
    // with room enough, the line is whole
    const wide = renderTable([{ header: 'ID', fit: 'cut' }], [[cell]], { width: Number.POSITIVE_INFINITY });
    expect(wide).toContain('  インバウンド向けのGoogle Business Profileを整えたい × 山本 玲奈');
  });

  it('cut a tail too when it would leave the text less than a third of the line (a long helper name)', () => {
    const cell = (title: string, helper: string) => [
      { text: '2026-09-x-y', keep: true },
      { text: `  ${title}`, tail: ` × ${helper}` },
    ];
    const text = renderTable(
      [{ header: 'ID', fit: 'cut' }],
      [
        [
          cell(
            'Looking for a venue for a 40-person hackathon',
            'コワーキングスペース八戸ブックセンター横丁ラボ',
          ),
        ],
        [cell('海外向けに英語のウェブサイトを作りたい', 'Northern Lights Software Team')],
      ],
      { width: 58 },
    );
    const lines = text.split('\n');
    // the title keeps a third of the 58 columns, the helper's name the rest
    expect(lines[2]).toBe('  Looking for a ven… × コワーキングスペース八戸ブックセン…');
    expect(displayWidth('  Looking for a ven…')).toBeGreaterThanOrEqual(58 / 3);
    // a tail that leaves the title its third stays whole
    expect(lines[4]).toBe('  海外向けに英語のウェブ… × Northern Lights Software Team');
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(58);
  });

  it('show everything with an unlimited width (--wide)', () => {
    const text = renderTable(columns, NAMES, { width: Number.POSITIVE_INFINITY });
    expect(text).not.toContain('…');
    for (const row of NAMES) for (const cell of row) expect(text).toContain(cell);
  });
});

describe('wrapping Japanese', () => {
  it('breaks between any two Japanese characters, and between English words', () => {
    const lines = wrapWidth('データフォルダ（既定: MIXER_DATA、mixer.yaml のある上位フォルダ、./data）', 40);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(40);
    expect(lines).toEqual(['データフォルダ（既定: MIXER_DATA、', 'mixer.yaml のある上位フォルダ、./data）']);
    expect(lines.some((l) => /MIXER_DA$|^TA/.test(l))).toBe(false);
  });

  it('never begins a line with 、。）」 nor ends one with （「', () => {
    const text =
      '期間の活動報告: 訪問と費用、聞き取り、提案の段階と移行率、成約、スペースのつながり（Mermaid）。「次」へ';
    for (const width of [10, 13, 17, 21, 30]) {
      const lines = wrapWidth(text, width);
      for (const line of lines) {
        expect(displayWidth(line)).toBeLessThanOrEqual(width);
        expect(line).not.toMatch(/^[、。）」]/);
        expect(line).not.toMatch(/[（「]$/);
      }
    }
  });

  it('keeps a date or an amount with its units whole', () => {
    for (const width of [16, 18, 20, 24]) {
      const text = wrapWidth(
        '訪問日（既定: 今日）。2026-11-20、2026年11月20日、3万5千円 なども可',
        width,
      ).join('\n');
      expect(text, String(width)).toContain('2026年11月20日');
      expect(text, String(width)).toContain('3万5千円');
    }
  });

  it('keeps a katakana word whole when it fits a line, and parts words at ・', () => {
    for (const width of [14, 16, 18, 20, 22]) {
      const lines = wrapWidth('volunteers ↔ ボランティア、student ↔ 学生', width);
      expect(lines.join('\n'), String(width)).toContain('ボランティア');
      expect(lines.join('\n'), String(width)).toContain('学生');
      for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
    }
    expect(wrapWidth('パッケージ・デザイン', 12)).toEqual(['パッケージ・', 'デザイン']);
    expect(wrapWidth('ボランティアコーディネーター', 10)).toEqual(['ボランティ', 'アコーディ', 'ネーター']);
  });

  it('keeps a kanji compound of up to four characters whole, and breaks a longer run', () => {
    expect(wrapWidth('申請書の事業計画', 10)).toEqual(['申請書の', '事業計画']);
    // (a longer run is broken every four characters, where the line has room)
    expect(wrapWidth('小規模事業者持続化補助金の申請', 10)).toEqual([
      '小規模事',
      '業者持続',
      '化補助金の',
      '申請',
    ]);
  });

  it('cuts a word longer than a line, and keeps existing line breaks', () => {
    expect(wrapWidth('https://example.jp/a/very/long/path', 10)).toEqual([
      'https://ex',
      'ample.jp/a',
      '/very/long',
      '/path',
    ]);
    expect(wrapWidth('一行目\n二行目', 20)).toEqual(['一行目', '二行目']);
  });

  it('shortens by display width, an emoji counted whole', () => {
    expect(truncateWidth('カフェ🍰ひらの', 7)).toBe('カフェ…');
    expect(truncateWidth('カフェ🍰ひらの', 9)).toBe('カフェ🍰…');
    expect(truncateWidth('abc', 3)).toBe('abc');
  });
});

describe("suggest's column of the words that met", () => {
  const label = (id: string) => ({ id, ja: id, en: id });
  const base: Pick<Suggestion, 'reasons' | 'strength'> = { reasons: [], strength: '日本語から英語への翻訳' };
  /** A concept reason and a words reason from one strength, as the matcher gives them. */
  const reasonsOf = (
    strength: string,
    concept: { relation: 'same' | 'solves'; need: string; helper: string; ids: [string, string] },
    words: Array<[need: string, helper: string, via: 'same' | 'synonym']>,
  ): Suggestion['reasons'] => [
    {
      kind: 'concept',
      relation: concept.relation,
      needWords: concept.need,
      helperWords: concept.helper,
      strength,
      needConcept: label(concept.ids[0]),
      helperConcept: label(concept.ids[1]),
    },
    { kind: 'words', words: words.map(([need, helper, via]) => ({ need, helper, via })), strength },
  ];

  it("shows the words of both sides from the matcher's reasons", () => {
    const reasons: Suggestion['reasons'] = [
      ...reasonsOf(
        '日本語から英語への翻訳',
        { relation: 'solves', need: '英語のメニュー', helper: '英語への翻訳', ids: ['menu', 'translation'] },
        [
          ['英語', '英語', 'same'],
          ['メニュー', 'menu', 'synonym'],
        ],
      ),
      { kind: 'cross-space', ownerSpace: 'a', helperSpace: 'b' },
    ];
    expect(matchedWords({ ...base, reasons })).toBe('英語のメニュー ⇔ 英語への翻訳、英語、メニュー ⇔ menu');
    // In English, the pairs are parted by an English comma, whatever language the words are in.
    expect(matchedWords({ ...base, reasons }, 'en')).toBe(
      '英語のメニュー ⇔ 英語への翻訳, 英語, メニュー ⇔ menu',
    );
  });

  it('does not say again a shared word that a pair of concept words already says', () => {
    const reasons = reasonsOf(
      'ドイツ語での山歩きガイド',
      { relation: 'same', need: '案内できる人', helper: 'ガイド', ids: ['guide', 'guide'] },
      [
        ['ドイツ語', 'ドイツ語', 'same'],
        ['ガイド', 'ガイド', 'same'],
      ],
    );
    expect(matchedWords({ ...base, reasons })).toBe('案内できる人 ⇔ ガイド、ドイツ語');
  });

  it("shows the helper's strength when no reason quotes words", () => {
    expect(matchedWords(base)).toBe('⇔ 日本語から英語への翻訳');
    expect(matchedWords({ reasons: [] })).toBe('');
  });
});

describe('examples in --help', () => {
  it('fold a long command with line continuations that a shell joins back to it', () => {
    const command =
      'mixer add-visit --space kitakami-base --date 2026-08-12 --mixer mx-sato --met hirano-cafe --need "hirano-cafe:ロゴを作り直したい" --yes';
    const lines = foldCommand(command, 76, '      ');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(76);
    // each continued line ends in " \", the next starts with an option, and the quoted value stays whole
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/ \\$/);
    for (const line of lines.slice(1)) expect(line).toMatch(/^ {6}--/);
    expect(lines.join('\n')).toContain('--need "hirano-cafe:ロゴを作り直したい"');
    expect(lines.join('\n').replace(/ \\\n {6}/g, ' ')).toBe(command);
    expect(foldCommand('mixer unmatched', 76)).toEqual(['mixer unmatched']);
  });

  it('fit every command help in 80 columns, in Japanese and English', async () => {
    for (const spec of COMMANDS)
      for (const lang of ['ja', 'en']) {
        const r = await mixer(['--lang', lang, spec.name, '--help']);
        expect(r.stdout).toContain(`mixer ${spec.name}`);
        for (const line of r.stdout.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
      }
  });
});

describe('a 64-character id in an 80-column table', () => {
  it('goes whole on a line of its own above its row: nothing runs past the edge, names are cut with …', async () => {
    const { copySample } = await import('./helpers.js');
    const fs = await import('node:fs');
    const path = await import('node:path');
    const dir = copySample();
    const member = 'kitakami-very-long-member-name-very-long-member-name-very-long-m';
    const proposal = '2026-11-hirano-cafe-english-menu-and-signage-for-foreign-tourist';
    expect([member.length, proposal.length]).toEqual([64, 64]);
    fs.writeFileSync(
      path.join(dir, 'members', `${member}.yaml`),
      'name: 北上とても長い名前の株式会社デザイン事務所ホールディングス\nkind: company\nspaces:\n  - kitakami-base\nstrengths:\n  - ロゴデザイン\n',
    );
    fs.writeFileSync(
      path.join(dir, 'proposals', `${proposal}.yaml`),
      `need: hirano-cafe-logo\nhelper: ${member}\nmixer: mx-sato\nhistory:\n  - date: "2026-11-20"\n    status: draft\n`,
    );
    expect((await mixer(['--data', dir, 'validate'])).code).toBe(0);
    for (const lang of ['ja', 'en'] as const) {
      for (const args of [
        ['list', 'members'],
        ['list', 'proposals'],
        ['show', 'kitakami-base'],
        ['show', member],
        ['suggest', '--helper', member],
      ]) {
        const r = await mixer(['--data', dir, '--lang', lang, ...args]);
        expect(r.code, r.stderr).toBe(0);
        const lines = r.stdout.trimEnd().split('\n');
        // (show's first line names the record and its file, a heading the terminal may wrap)
        for (const line of args[0] === 'show' ? lines.slice(1) : lines)
          expect(displayWidth(line), `${args.join(' ')}: ${line}`).toBeLessThanOrEqual(80);
        const id =
          args[0] === 'show' && args[1] === member ? proposal : args[1] === 'proposals' ? proposal : member;
        // the id whole, alone on its line (to copy), what is said of it on the next, indented
        const at = lines.findIndex((line) => line.trim() === id);
        expect(at, `${args.join(' ')}\n${r.stdout}`).toBeGreaterThan(0);
        const indent = (line: string) => line.length - line.trimStart().length;
        // (suggest stacks both ids of a pairing, the need's and then the helper's, above the row)
        expect(indent(lines[at + 1]!), lines[at + 1]).toBe(indent(lines[at]!) + 2);
        if (args[0] === 'suggest') {
          expect(lines[at - 1]!.trim()).toMatch(/^[a-z0-9-]+$/);
          // the ids' headers above, the columns' own under them
          expect(lines.slice(0, 3).map((line) => line.trim())).toEqual(
            lang === 'ja'
              ? ['課題の ID', '助け手の ID', expect.stringMatching(/^# +課題 +助け手 +スコア/)]
              : ['need id', 'helper id', expect.stringMatching(/^# +need +helper +score/)],
          );
        }
      }
      const members = (await mixer(['--data', dir, '--lang', lang, 'list', 'members'])).stdout;
      expect(members).toMatch(/\n {2}北上とても長い名前の[^\n]*…/);
      // every other row stays one line under its id
      expect(members).toMatch(/\nabe-web\n {2}阿部 Webラボ/);
      const json = JSON.parse((await mixer(['--data', dir, 'list', 'members', '--json'])).stdout);
      expect(json.map((m: { id: string }) => m.id)).toContain(member);
    }
    // with room enough (--wide), one line a row as before
    const wide = await mixer(['--data', dir, 'list', 'members', '--wide']);
    expect(wide.stdout).toMatch(
      new RegExp(`\\n${member} +北上とても長い名前の株式会社デザイン事務所ホールディングス`),
    );
  });
});
