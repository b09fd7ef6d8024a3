// Environment variables are read in one module and parsed strictly: a wrong value is bad usage
// (exit 2) naming the variable, never silently ignored or taken as "on".
import { describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { colorLevel, debug, fixedToday, isCi } from '../src/util/env.js';
import { memoryIo, SAMPLE } from './helpers.js';

async function run(env: NodeJS.ProcessEnv, ...argv: string[]) {
  const { io, out, err } = memoryIo({ env });
  const code = await main(['--data', SAMPLE, '--lang', 'en', ...argv], io);
  return { code, stdout: out.join(''), stderr: err.join('\n') };
}

describe('environment', () => {
  it.each(['2026-02-30', '2026-1-5', 'tomorrow'])(
    'a malformed MIXER_TODAY (%s) is bad usage',
    async (value) => {
      const r = await run({ MIXER_TODAY: value }, 'due');
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(
        `the environment variable MIXER_TODAY takes a real date as YYYY-MM-DD, not "${value}"`,
      );
      expect(r.stderr).toContain('unset MIXER_TODAY');
      expect(r.stdout).toBe('');
    },
  );

  it('a real MIXER_TODAY is today', async () => {
    expect(fixedToday({ MIXER_TODAY: '2024-02-29' })).toBe('2024-02-29');
    expect(fixedToday({ MIXER_TODAY: '' })).toBeUndefined();
    const r = await run({ MIXER_TODAY: '2026-12-01' }, 'due', '--json');
    expect(r.code).toBe(0);
  });

  it('a switch is on only for 1, true, yes or on; off for 0, false, no, off or empty', () => {
    for (const value of ['1', 'true', 'TRUE', 'yes', 'on'])
      expect(debug({ MIXER_DEBUG: value }), value).toBe(true);
    for (const value of ['0', 'false', 'no', 'off', ''])
      expect(debug({ MIXER_DEBUG: value }), value).toBe(false);
    expect(debug({})).toBe(false);
  });

  it('any other value of a switch is bad usage, whatever the command', async () => {
    const r = await run({ MIXER_DEBUG: 'maybe' }, 'validate');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'the environment variable MIXER_DEBUG takes 1 or 0 (true or false), not "maybe"',
    );
  });

  it('FORCE_COLOR takes a level, true or false; anything else is bad usage', async () => {
    expect(colorLevel({ FORCE_COLOR: '3' }, false)).toBe(3);
    expect(colorLevel({ FORCE_COLOR: 'false' }, true)).toBe(0);
    expect(colorLevel({ FORCE_COLOR: '' }, false)).toBe(1);
    expect(colorLevel({ NO_COLOR: '', TERM: 'dumb' }, true)).toBe(0);
    expect(colorLevel({ COLORTERM: 'truecolor' }, true)).toBe(3);
    const r = await run({ FORCE_COLOR: 'always' }, 'validate');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('FORCE_COLOR takes 0 to 3, true or false, not "always"');
  });

  it('CI is on for true or a service name, off for 0, false or empty', () => {
    expect(isCi({ CI: 'true' })).toBe(true);
    expect(isCi({ CI: 'woodpecker' })).toBe(true);
    for (const value of ['0', 'false', 'FALSE', '']) expect(isCi({ CI: value }), value).toBe(false);
    expect(isCi({})).toBe(false);
  });
});
