// One huge record slows suggest down by no more than its share, and changes nobody else's
// pairings: a 1 MB detail is refused by its length limit (the record is left out, and said to
// be), and a detail at the limit is matched like any other need. No clock is read: the figures
// compared are the pairings.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { TEXT_LIMITS } from '../src/records/text.js';
import { cleanup, copySample, memoryIo } from './helpers.js';

afterAll(cleanup);

type Pairing = { need: string; helper: string };

async function suggest(dir: string) {
  const { io, out, err } = memoryIo();
  const code = await main(
    ['--data', dir, 'suggest', '--json', '--limit', '1000', '--per-helper', '1000'],
    io,
  );
  return { code, pairings: JSON.parse(out.join('\n')) as Pairing[], stderr: err.join('\n') };
}

// (leaving out where the new need's owner helps: its new need may be one the other side can help
// with in turn, and that mutual gain is part of a pairing's score)
const pairs = (list: Pairing[], without: string, owner: string) =>
  list
    .filter((p) => p.need !== without && p.helper !== owner)
    .map((p) => `${p.need} ← ${p.helper}`)
    .sort();

/** A detail of `length` characters made of words the glossary knows, so the matcher has work to do. */
function detail(length: number): string {
  const words = ['ホームページ', '集客', 'ロゴ', '写真', '英語', '補助金', 'イベント', 'SNS', '動画', '会計'];
  let text = '';
  for (let i = 0; text.length < length; i++) text += `${words[i % words.length]}を${i % 7}回、`;
  return text.slice(0, length);
}

describe('one huge record', () => {
  it('a 1 MB detail: the need is left out, named on stderr, and every other pairing is as without it', async () => {
    const dir = copySample();
    const without = await suggest(dir);
    fs.writeFileSync(
      path.join(dir, 'needs/hirano-cafe-huge.yaml'),
      `owner: hirano-cafe\ntitle: いろいろ困っている\ndetail: |-\n  ${detail(1024 * 1024)}\n`,
    );
    const withHuge = await suggest(dir);
    expect(withHuge.code).toBe(0);
    expect(withHuge.stderr).toContain('needs/hirano-cafe-huge.yaml');
    expect(withHuge.pairings).toEqual(without.pairings);
  });

  it('a detail at its limit is matched, and the pairings of the other needs stay the same', async () => {
    const dir = copySample();
    const without = await suggest(dir);
    fs.writeFileSync(
      path.join(dir, 'needs/hirano-cafe-huge.yaml'),
      `owner: hirano-cafe\ntitle: いろいろ困っている\ndetail: |-\n  ${detail(TEXT_LIMITS.prose)}\n`,
    );
    const withHuge = await suggest(dir);
    expect(withHuge.code).toBe(0);
    expect(withHuge.stderr).toBe('');
    expect(withHuge.pairings.some((p) => p.need === 'hirano-cafe-huge')).toBe(true);
    expect(pairs(withHuge.pairings, 'hirano-cafe-huge', 'hirano-cafe')).toEqual(
      pairs(without.pairings, 'hirano-cafe-huge', 'hirano-cafe'),
    );
  });
});
