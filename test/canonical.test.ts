// Canonical writes: whatever mixer writes is what `mixer fmt` would write (one stringify for both),
// so that the team's `fmt --check` stays green; long Japanese notes included.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { appendToList, setKey } from '../src/store/edit.js';
import { canonicalText, recordText } from '../src/store/format.js';
import { cleanup, copySample, memoryIo } from './helpers.js';
import { PIECES } from './property/model.js';

afterAll(cleanup);

/** Text as people write it: Japanese and English words, YAML's special characters and words, spaces. */
const piece = fc.constantFrom(...PIECES);
const line = fc
  .array(piece, { minLength: 1, maxLength: 30 })
  .map((parts) => parts.join('').trim())
  .filter((s) => s.length > 0);
const prose = fc
  .array(fc.oneof(line, fc.constant('\n'), fc.constant('\n\n')), { minLength: 1, maxLength: 12 })
  .map((p) => p.join(''));

const isCanonical = (text: string, kind: Parameters<typeof canonicalText>[1]) =>
  expect(canonicalText(text, kind)).toBe(text);

describe('canonical writes', () => {
  it('a new record is canonical, whatever its text', () => {
    fc.assert(
      fc.property(line, prose, fc.array(line, { maxLength: 4 }), (name, notes, strengths) => {
        const text = recordText('members', { name, kind: 'person', strengths, notes });
        isCanonical(text, 'members');
      }),
      { numRuns: 300 },
    );
  });

  it('an appended history entry and a set key leave a canonical record canonical', () => {
    const start = recordText('proposals', {
      need: 'a',
      helper: 'b',
      mixer: 'c',
      history: [{ date: '2026-10-01', status: 'draft' }],
    });
    fc.assert(
      fc.property(
        fc.option(prose, { nil: undefined }),
        fc.option(prose, { nil: undefined }),
        (note, outcome) => {
          let text = appendToList(start, 'proposals', 'history', {
            date: '2026-10-02',
            status: 'closed',
            ...(note ? { note } : {}),
          });
          isCanonical(text, 'proposals');
          text = setKey(text, 'proposals', 'outcome', {
            kind: 'none',
            ...(outcome ? { note: outcome } : {}),
          });
          isCanonical(text, 'proposals');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('status with a long Japanese note keeps fmt --check green', async () => {
    const dir = copySample();
    const note =
      '先方の担当者とオンラインで打ち合わせをして、来月の定例会のあとに両者で直接お会いする段取りになりました。資料は共有フォルダに置いてあります。';
    const { io, err } = memoryIo();
    expect(
      await main(
        ['--data', dir, 'status', '2026-09-gudon-ramen-booking-suzuki-dev', 'owner-accepted', '--note', note],
        io,
      ),
      err.join('\n'),
    ).toBe(0);
    const check = memoryIo();
    expect(await main(['--data', dir, 'fmt', '--check'], check.io), check.out.join('\n')).toBe(0);
  });
});
