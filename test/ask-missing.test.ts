// In a terminal, what the flags leave out is asked: the outcome and value of a deal and whether
// the need is solved (status), the mixer of a proposal (propose), the area of a new space.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WRITE } from '../src/commands/answers.js';
import { run as propose } from '../src/commands/propose.js';
import { run as status } from '../src/commands/status.js';
import { Context } from '../src/context.js';
import { main } from '../src/main.js';
import { cleanup, copySample, memoryIo, mixer, scriptedPrompter } from './helpers.js';

afterAll(cleanup);

const read = (dir: string, rel: string) => fs.readFileSync(path.join(dir, rel), 'utf8');
const PROPOSAL = '2026-10-iwate-craft-overseas-miller-english';

describe('asked in a terminal', () => {
  it('status deal: the outcome, its value as typed, and whether the need is solved', async () => {
    const dir = copySample();
    expect((await mixer(['--data', dir, 'status', PROPOSAL, 'met', '--date', '2026-11-20'])).code).toBe(0);
    const { io, err } = memoryIo({ interactive: true });
    const prompter = scriptedPrompter(['collaboration', '12万円', true]);
    const ctx = new Context(io, { data: dir, lang: 'ja' }, prompter);
    expect(await status(ctx, PROPOSAL, '成約', {})).toBe(0);
    expect(prompter.asked).toEqual([
      '結果',
      '金額（JPY、3万・¥30,000 なども可、空欄で省略）',
      '課題「南部鉄器を海外に売りたい」を解決済みにしますか?',
    ]);
    const text = read(dir, `proposals/${PROPOSAL}.yaml`);
    expect(text).toContain('    status: deal\n');
    expect(text).toContain('outcome:\n  kind: collaboration\n  value: 120000\n');
    expect(read(dir, 'needs/iwate-craft-overseas.yaml')).toContain('status: solved');
    expect(err.join('\n')).not.toMatch(/solved|deal/);
  });

  it('status closed without a terminal asks nothing and records no value', async () => {
    const dir = copySample();
    const r = await mixer(['--data', dir, 'status', PROPOSAL, 'closed']);
    expect(r.code, r.stderr).toBe(0);
    expect(read(dir, `proposals/${PROPOSAL}.yaml`)).toContain('outcome:\n  kind: none\n');
  });

  it('a value of spaces alone is missing: asked in a terminal, named without one', async () => {
    const dir = copySample();
    const none = await mixer([
      '--data',
      dir,
      ...'--lang en add-need --owner hirano-cafe --title'.split(' '),
      '   ',
    ]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--title');
    expect(none.stderr).not.toMatch(/needs\/.*\.yaml/);
    const { io, err } = memoryIo({ interactive: true });
    const prompter = scriptedPrompter(['看板を新しくしたい', '']);
    const argv = [
      '--data',
      dir,
      ...'add-need --owner hirano-cafe --share mixers --yes --title'.split(' '),
      ' ',
    ];
    expect(await main(argv, io, prompter), err.join('\n')).toBe(0);
    expect(prompter.asked).toEqual(['課題（一行で）', '詳しく（空欄で省略）']);
  });

  it('propose: the mixer, when git does not say who is proposing', async () => {
    const dir = copySample();
    const { io } = memoryIo({ interactive: true });
    const prompter = scriptedPrompter(['mx-kimura']);
    const ctx = new Context(io, { data: dir, lang: 'ja' }, prompter);
    expect(await propose(ctx, 'gudon-ramen-menu', 'miller-english', {})).toBe(0);
    expect(prompter.asked).toEqual(['担当するミキサー']);
    const written = fs
      .readdirSync(path.join(dir, 'proposals'))
      .find((f) => f.includes('gudon-ramen-menu') && f.endsWith('.yaml'));
    expect(read(dir, `proposals/${written}`)).toContain('mixer: mx-kimura\n');
    const none = await mixer(['--data', copySample(), 'propose', 'gudon-ramen-menu', 'miller-english']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/--mixer が必要です/);
    expect(none.stderr).toMatch(/mixer list mixers/);
  });

  it('add-space: the area of a new space', async () => {
    const dir = copySample();
    const { run: addSpace } = await import('../src/commands/add-space.js');
    const { io } = memoryIo({ interactive: true });
    const prompter = scriptedPrompter(['Hanamaki Lab', 'physical', '岩手県花巻市', '', WRITE]);
    expect(await addSpace(new Context(io, { data: dir, lang: 'ja' }, prompter), {})).toBe(0);
    expect(prompter.asked).toEqual([
      '名前',
      '種別',
      '地域（例: 岩手県北上市、空欄で省略）',
      '強み（「、」区切り、空欄で省略）',
      'よろしいですか?',
    ]);
    expect(read(dir, 'spaces/hanamaki-lab.yaml')).toBe(
      'name: Hanamaki Lab\nkind: physical\narea: 岩手県花巻市\n',
    );
  });
});
