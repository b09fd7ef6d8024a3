// mixer review: the values list and show word (a need's status, a proposal's history step, a
// member's kind) read the same way in a review, in the folder's language.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { git, mixer, sampleRepo } from './helpers.js';

const edit = (dir: string, rel: string, change: (text: string) => string) =>
  fs.writeFileSync(path.join(dir, rel), change(fs.readFileSync(path.join(dir, rel), 'utf8')));

describe('review', () => {
  it('words statuses and kinds as list and show do', async () => {
    const dir = sampleRepo();
    git(dir, 'switch', '-q', '-c', 'edit');
    edit(dir, 'needs/iwate-craft-overseas.yaml', (t) => `${t}status: solved\n`);
    edit(dir, 'members/ito-design.yaml', (t) => t.replace('kind: person', 'kind: company'));
    edit(
      dir,
      'proposals/2026-10-iwate-craft-overseas-miller-english.yaml',
      (t) => `${t}  - date: "2026-10-20"\n    status: met\n`,
    );
    const ja = await mixer(['--data', dir, 'review', '--base', 'main']);
    expect(ja.code, ja.stderr).toBe(0);
    expect(ja.stdout).toContain('(needs/iwate-craft-overseas): 状態を『解決済み』に設定');
    expect(ja.stdout).toContain('(members/ito-design): 種別を『個人』から『会社』に変更');
    expect(ja.stdout).toContain(
      'proposals/2026-10-iwate-craft-overseas-miller-english: 履歴に『2026-10-20 面会済み』を追加',
    );
    expect(ja.stdout).toContain('2026-10-iwate-craft-overseas-miller-english: 紹介済み → 面会済み');
    expect(ja.stdout).not.toMatch(/『(solved|company|person|2026-10-20 met)』/);
    const en = await mixer(['--data', dir, '--lang', 'en', 'review', '--base', 'main']);
    expect(en.stdout).toContain('(needs/iwate-craft-overseas): status set to "solved"');
    expect(en.stdout).toContain('"2026-10-20 met" added to history');
  });
});

describe('review: pairings a change makes possible', () => {
  it('lists for a member with a new strength only the pairings that strength answers', async () => {
    const dir = sampleRepo();
    git(dir, 'switch', '-q', '-c', 'edit');
    edit(dir, 'members/ito-design.yaml', (t) =>
      t.replace('  - ロゴ制作\n', '  - ロゴ制作\n  - 確定申告の書類づくりの相談\n'),
    );
    const r = await mixer(['--data', dir, 'review', '--base', 'main', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as {
      pairings: Array<{ for: string; suggestions: Array<{ need: string }> }>;
    };
    const ito = out.pairings.find((p) => p.for === '伊藤 彩の新しい強み');
    // The tax return need is new for her; the package and logo needs her old strengths answered are not.
    expect(ito?.suggestions.map((s) => s.need)).toContain('hirano-cafe-tax');
    expect(ito?.suggestions.map((s) => s.need)).not.toContain('oyama-farm-package');
    expect(ito?.suggestions.map((s) => s.need)).not.toContain('hirano-cafe-logo');
  });

  it('counts a strength made private, or retagged, as no new strength', async () => {
    const dir = sampleRepo();
    git(dir, 'switch', '-q', '-c', 'edit');
    edit(dir, 'members/ito-design.yaml', (t) =>
      t
        .replace('  - ロゴ制作\n', '  - text: ロゴ制作\n    share: mixers\n')
        .replace('      - packaging\n', '      - packaging\n      - design\n'),
    );
    const r = await mixer(['--data', dir, 'review', '--base', 'main']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toContain('伊藤 彩の新しい強み');
    expect(r.stdout).toContain('新しい組み合わせはありません');
  });
});

describe('review: strengths learned at a visit', () => {
  it('a strength the member had already is no new strength; a new one lists what it answers', async () => {
    const dir = sampleRepo();
    git(dir, 'switch', '-q', '-c', 'edit');
    fs.writeFileSync(
      path.join(dir, 'visits/2026/2026-11-20-kitakami-base.yaml'),
      'space: kitakami-base\ndate: "2026-11-20"\nmixer: mx-sato\nmode: onsite\nformat: interview\nmet:\n  - ito-design\nlearned:\n  - member: ito-design\n    strength: ロゴ制作\n',
    );
    const old = await mixer(['--data', dir, 'review', '--base', 'main']);
    expect(old.code, old.stderr).toBe(0);
    expect(old.stdout).not.toContain('伊藤 彩の新しい強み');
    fs.appendFileSync(
      path.join(dir, 'visits/2026/2026-11-20-kitakami-base.yaml'),
      '  - member: ito-design\n    strength: 確定申告の書類づくりの相談\n',
    );
    const r = await mixer(['--data', dir, 'review', '--base', 'main', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as {
      pairings: Array<{ for: string; suggestions: Array<{ need: string }> }>;
    };
    const needs = out.pairings.find((p) => p.for === '伊藤 彩の新しい強み')?.suggestions.map((s) => s.need);
    expect(needs).toContain('hirano-cafe-tax');
    expect(needs).not.toContain('hirano-cafe-logo');
  });
});

describe('review of an outcome', () => {
  it('words it as report does, its value in the folder currency, never as JSON', async () => {
    const dir = sampleRepo();
    git(dir, 'switch', '-q', '-c', 'edit');
    edit(
      dir,
      'proposals/2026-10-iwate-craft-overseas-miller-english.yaml',
      (t) =>
        `${t}  - date: "2026-10-20"\n    status: met\n  - date: "2026-10-25"\n    status: deal\noutcome:\n  kind: deal\n  value: 50000\n`,
    );
    // A value no longer recorded, and a change of the note alone (a note is not shown).
    edit(dir, 'proposals/2026-09-hirano-cafe-sns-yamamoto-sns.yaml', (t) =>
      t.replace('  value: 90000\n', '').replace('月3万円×3か月', '月3万円×3か月（延長あり）'),
    );
    const ja = await mixer(['--data', dir, 'review', '--base', 'main']);
    expect(ja.code, ja.stderr).toBe(0);
    expect(ja.stdout).toContain(
      'proposals/2026-10-iwate-craft-overseas-miller-english: 結果を『成約（50,000円）』に設定',
    );
    expect(ja.stdout).toContain(
      'proposals/2026-09-hirano-cafe-sns-yamamoto-sns: 結果を『成約（90,000円）』から『成約（金額の記録なし）』に変更',
    );
    expect(ja.stdout).not.toMatch(/"kind"|undefined|延長/);
    const en = await mixer(['--data', dir, '--lang', 'en', 'review', '--base', 'main']);
    expect(en.stdout).toContain('outcome set to "deal (50,000 JPY)"');
    expect(en.stdout).toContain('outcome changed from "deal (90,000 JPY)" to "deal (no value recorded)"');
    expect(en.stdout).not.toMatch(/"kind"|undefined/);
  });

  it('says that an outcome changed when only its note did, without the note', async () => {
    const dir = sampleRepo();
    git(dir, 'switch', '-q', '-c', 'edit');
    edit(dir, 'proposals/2026-09-hirano-cafe-sns-yamamoto-sns.yaml', (t) =>
      t.replace('月3万円×3か月', '月3万円×3か月（延長あり）'),
    );
    const ja = await mixer(['--data', dir, 'review', '--base', 'main']);
    expect(ja.stdout).toContain(
      'proposals/2026-09-hirano-cafe-sns-yamamoto-sns: 結果を変更（内容はレビューに載せません）',
    );
    expect(ja.stdout).not.toContain('延長');
  });

  it('never prints the note of an outcome it cannot word', async () => {
    const dir = sampleRepo();
    git(dir, 'switch', '-q', '-c', 'edit');
    edit(dir, 'proposals/2026-09-hirano-cafe-sns-yamamoto-sns.yaml', (t) =>
      t.replace('  value: 90000\n', '  value: "9万"\n'),
    );
    const r = await mixer(['--data', dir, 'review', '--base', 'main']);
    expect(r.stdout).toContain('2026-09-hirano-cafe-sns-yamamoto-sns');
    expect(r.stdout).not.toContain('月3万円×3か月');
  });
});

describe('the changes of a record, field by field', () => {
  it('tells a change of a key never shown from a value only written differently', async () => {
    const { describeChanges } = await import('../src/review/diff.js');
    // (a command that words both spellings of an outcome alike)
    const word = (key: string) => (key === 'outcome' ? '成約（50,000 JPY）' : undefined);
    const before = { outcome: { kind: 'deal', value: 50000, note: 'a' } };
    const noteOnly = describeChanges(before, { outcome: { kind: 'deal', value: 50000, note: 'b' } }, word);
    expect(noteOnly).toEqual([expect.objectContaining({ change: 'field-changed', unshownOnly: true })]);
    // the same keys and values in another order: the same content
    const rewritten = describeChanges(before, { outcome: { note: 'a', value: 50000, kind: 'deal' } }, word);
    expect(rewritten).toEqual([{ change: 'field-rewritten', field: 'outcome' }]);
    // ... but not when a key never shown changed with it: that is a change, not a rewrite
    const noteToo = describeChanges(before, { outcome: { note: 'b', value: 50000, kind: 'deal' } }, word);
    expect(noteToo).toEqual([expect.objectContaining({ change: 'field-changed', unshownOnly: true })]);
    // A value worded alike though it changed (50,000 for 50000.4) is shown as written, not hidden.
    const value = describeChanges(before, { outcome: { kind: 'deal', value: 50000.4, note: 'a' } }, word);
    expect(value).toEqual([
      {
        change: 'field-changed',
        field: 'outcome',
        old: '{"kind":"deal","value":50000}',
        value: '{"kind":"deal","value":50000.4}',
        unshownOnly: false,
      },
    ]);
    // A history step with its keys in another order is no step removed and another added.
    const step = (status: string) => ({ history: [{ date: '2026-10-15', status, note: 'n' }] });
    const reordered = { history: [{ note: 'n', status: 'deal', date: '2026-10-15' }] };
    expect(describeChanges(step('deal'), reordered)).toEqual([
      { change: 'field-rewritten', field: 'history' },
    ]);
  });

  it('says in words that a field was only written differently, through mixer review', async () => {
    const dir = sampleRepo();
    const file = path.join(dir, 'proposals/2026-09-hirano-cafe-sns-yamamoto-sns.yaml');
    const text = fs.readFileSync(file, 'utf8');
    const outcome = 'outcome:\n  kind: deal\n  value: 90000\n  note: 月3万円×3か月\n';
    expect(text).toContain(outcome);
    fs.writeFileSync(
      file,
      text.replace(outcome, 'outcome:\n  note: 月3万円×3か月\n  value: 90000\n  kind: deal\n'),
    );
    git(dir, 'switch', '-q', '-c', 'edit');
    for (const [lang, words] of [
      ['ja', '結果の書き方を変更（内容は同じ）'],
      ['en', 'outcome written differently (same content)'],
    ] as const) {
      const r = await mixer(['--data', dir, '--lang', lang, 'review', '--base', 'main']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain(words);
      expect(r.stdout).not.toContain('月3万円');
    }
  });
});
