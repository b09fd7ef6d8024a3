// A --note goes into a letter (propose) or a proposal's history (status) as it is typed. A character
// no record may hold (an escape sequence, a bidirectional override) is bad usage naming the flag:
// it never reaches a letter, nor the terminal through --stdout.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, copySample, mixer } from './helpers.js';

afterAll(cleanup);

const env = { MIXER_TODAY: '2026-11-26' };
const propose = ['propose', 'gudon-ramen-menu', 'miller-english', '--mixer', 'mx-kimura'];

describe('--note', () => {
  it.each([
    ['an escape sequence', 'see you\u001b[2J soon', /U\+001B \(\\x1b\) at character 8/],
    ['a right-to-left override', 'see \u202eyou', /U\+202E \(\\u202e\) at character 5/],
  ])('with %s: propose refuses it, with --stdout too, and writes nothing', async (_, note, said) => {
    const dir = copySample();
    const before = fs.readdirSync(path.join(dir, 'proposals'));
    for (const extra of [['--stdout'], ['--yes']]) {
      const r = await mixer(['--data', dir, '--lang', 'en', ...propose, '--note', note, ...extra], { env });
      expect(r.code, extra[0]).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/--note has a control character/);
      expect(r.stderr).toMatch(said);
      expect(r.stderr).not.toMatch(/[\u001b\u202e]/);
    }
    expect(fs.readdirSync(path.join(dir, 'proposals'))).toEqual(before);
  });

  it('of several lines, with a tab, is still a note for the letter', async () => {
    const dir = copySample();
    const r = await mixer(
      ['--data', dir, '--lang', 'en', ...propose, '--note', '12月中に\nお会いできれば\t幸いです', '--stdout'],
      {
        env,
      },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('12月中に\nお会いできれば\t幸いです');
  });

  it('longer than a note of a record is refused', async () => {
    const r = await mixer(
      ['--data', copySample(), '--lang', 'en', ...propose, '--note', 'a'.repeat(2001), '--stdout'],
      {
        env,
      },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--note is too long: 2001 characters, at most 2000/);
  });

  it('of status: a control character is bad usage naming the flag, not a problem of an unwritten file', async () => {
    const dir = copySample();
    const id = '2026-09-gudon-ramen-booking-suzuki-dev';
    const r = await mixer(
      ['--data', dir, '--lang', 'en', 'status', id, 'owner-accepted', '--note', 'ok\u0007', '--yes'],
      {
        env,
      },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--note has a control character U\+0007/);
    expect(fs.existsSync(path.join(dir, 'proposals', `${id}.ask-helper.md`))).toBe(false);
  });
});
