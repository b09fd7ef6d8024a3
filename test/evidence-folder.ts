// Small data folders for the tests of matching evidence (evidence.test.ts, unanswered.test.ts): an
// owner in space A, helpers in space B, and needs, read back through `mixer suggest --json` run in
// this process.
import { expect } from 'vitest';
import { main } from '../src/main.js';
import type { Reason } from '../src/match/types.js';
import { memoryIo, tempDir, writeFiles } from './helpers.js';

export interface Pairing {
  need: string;
  helper: string;
  score: number;
  reasons: string[];
  evidence: Reason[];
  /** The helper's strength that answers best (none when only its name does). */
  strength?: string;
}

/** A need as its title alone, or with a detail. */
export type NeedText = string | { title: string; detail?: string };

/** A folder with an owner in space A, the given helpers in space B (id → strengths), and needs. */
export function folder(
  helpers: Record<string, string[]>,
  needs: Record<string, NeedText>,
  extra: Record<string, string> = {},
) {
  const files: Record<string, string> = {
    'mixer.yaml': 'lang: ja\n',
    'spaces/a.yaml': 'name: Aスペース\n',
    'spaces/b.yaml': 'name: Bスペース\n',
    'mixers/mx-one.yaml': 'name: 一ノ瀬\n',
    'members/owner.yaml': 'name: 依頼主\nkind: company\nspaces: [a]\nshare: public\n',
    ...extra,
  };
  // (names that say nothing: a member's name is evidence too, 「佐藤写真館」, and ids such as `vet`
  // or `german` would be read as what the helper offers)
  Object.entries(helpers).forEach(([id, strengths], i) => {
    files[`members/${id}.yaml`] =
      `name: 助け手${i + 1}\nkind: person\nspaces: [b]\nshare: public\nstrengths:\n${strengths.map((s) => `  - ${s}\n`).join('')}`;
  });
  for (const [id, need] of Object.entries(needs)) {
    const { title, detail } = typeof need === 'string' ? { title: need, detail: undefined } : need;
    files[`needs/${id}.yaml`] = `owner: owner\ntitle: ${title}\n${detail ? `detail: ${detail}\n` : ''}`;
  }
  return writeFiles(tempDir('mixer-evidence-'), files);
}

export async function suggest(dir: string, ...args: string[]): Promise<Pairing[]> {
  const { io, out, err } = memoryIo();
  const code = await main(['--data', dir, 'suggest', '--json', ...args], io);
  expect(code, err.join('')).toBe(0);
  return JSON.parse(out.join('')) as Pairing[];
}

export const helpersOf = (list: Pairing[]) => list.map((p) => p.helper);

/** The pairing of `helper` in the list; a test that expects one fails here, naming the helper. */
export function pairing(list: Pairing[], helper: string): Pairing {
  const found = list.find((p) => p.helper === helper);
  expect(found, `${helper} is not in the list: ${helpersOf(list).join(', ')}`).toBeDefined();
  return found!;
}
