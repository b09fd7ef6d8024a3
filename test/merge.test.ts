// Two clones, one day, one member: what each learned merges without a conflict, with two real
// git clones and a real merge. And a conflict left in a file is named as one, with the fix.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { matchInput } from '../src/commands/match-input.js';
import { main } from '../src/main.js';
import { loadDataFolder } from '../src/store/load.js';
import { cleanup, git, memoryIo, runCli, sampleRepo, tempDir } from './helpers.js';

afterAll(cleanup);

function clone(origin: string, name: string): string {
  const dir = path.join(tempDir(`mixer-${name}-`), name);
  git(path.dirname(dir), 'clone', '-q', origin, dir);
  git(dir, 'config', 'user.email', `${name}@example.jp`);
  git(dir, 'config', 'user.name', name);
  return dir;
}

function visit(dir: string, mixer: string, need: string, strength: string): void {
  const r = runCli([
    '--data',
    dir,
    'add-visit',
    '--space',
    'kitakami-base',
    '--date',
    '2026-11-20',
    '--mixer',
    mixer,
    '--met',
    'hirano-cafe',
    '--need',
    `hirano-cafe:${need}`,
    '--strength',
    `hirano-cafe:${strength}`,
    '--commit',
  ]);
  expect(r.code, r.stderr).toBe(0);
}

describe('two clones, the same day, the same member and owner', () => {
  it('merge without a conflict, and the matcher reads what both learned', () => {
    const origin = sampleRepo();
    const a = clone(origin, 'a');
    const b = clone(origin, 'b');
    // One need heard by two mixers (one title, so one concept), two strengths of one member.
    visit(a, 'mx-sato', '店の前の看板で宣伝したい', '季節のスコーン');
    visit(b, 'mx-kimura', '店の前の看板で宣伝したい', 'ランチのテイクアウト');
    git(b, 'pull', '-q', '--no-rebase', '--no-edit', a, 'main');
    expect(git(b, 'status', '--porcelain')).toBe('');
    expect(git(b, 'log', '-1', '--format=%p').split(' ')).toHaveLength(2); // a real merge commit
    expect(runCli(['--data', b, 'validate']).code).toBe(0);
    expect(runCli(['--data', b, 'fmt', '--check']).code).toBe(0);
    const folder = loadDataFolder(b);
    const needs = [...folder.records.needs.values()]
      .filter((n) => n.data.since === '2026-11-20')
      .map((n) => n.id);
    // One title, so one concept part of the id; the mixer makes the two ids two.
    const [kimura, sato] = needs.sort();
    expect(kimura).toMatch(/^hirano-cafe-[a-z0-9-]+-mx-kimura$/);
    expect(sato).toBe(kimura!.replace(/-mx-kimura$/, '-mx-sato'));
    const offers = matchInput(folder)
      .parties.find((p) => p.id === 'hirano-cafe')!
      .offers.map((o) => o.text);
    expect(offers).toEqual(
      expect.arrayContaining(['ケータリング', '季節のスコーン', 'ランチのテイクアウト']),
    );
  });

  it('a conflict left in a file is said as one, with the fix, and the other files are still checked', async () => {
    const origin = sampleRepo();
    const a = clone(origin, 'a');
    const b = clone(origin, 'b');
    const rel = 'members/hirano-cafe.yaml';
    for (const [dir, summary] of [
      [a, '北上駅前のカフェ。焼き菓子が人気'],
      [b, '北上駅前のカフェ。ランチが人気'],
    ] as const) {
      const file = path.join(dir, rel);
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^summary: .*$/m, `summary: ${summary}`));
      git(dir, 'commit', '-q', '-am', 'summary');
    }
    fs.writeFileSync(path.join(b, 'needs/broken.yaml'), 'owner: hirano-cafe\n');
    const pull = runGit(b, ['pull', '-q', '--no-rebase', '--no-edit', a, 'main']);
    expect(pull).not.toBe(0);
    const { io, out } = memoryIo();
    expect(await main(['--data', b, 'validate'], io)).toBe(1);
    const lines = out.join('\n').split('\n');
    expect(lines).toContain(
      'members/hirano-cafe.yaml:5:1  マージの衝突が残っています（<<<<<<< / ======= / >>>>>>> の行）  (両方の内容を残すように直して印の行を消し、git add してから mixer validate を実行してください)',
    );
    // One problem for the conflict (no syntax errors), and the other broken file still reported.
    expect(lines.filter((l) => l.startsWith('members/hirano-cafe.yaml'))).toHaveLength(1);
    expect(lines.some((l) => l.startsWith('needs/broken.yaml'))).toBe(true);
  });
});

function runGit(cwd: string, args: string[]): number {
  try {
    git(cwd, ...args);
    return 0;
  } catch {
    return 1;
  }
}
