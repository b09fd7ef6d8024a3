// Every example that --help shows runs as shown on the sample network: copied into a terminal
// in a clone of the sample, it does what it says and exits 0. Each runs in a fresh clone, but for
// the examples of `status`, which move proposals along step by step, in the order --help lists them.
import { describe, expect, it } from 'vitest';
import { COMMANDS, exampleIn, HELP_EXAMPLES, PROGRAM_EXAMPLES } from '../src/commands/table.js';
import { main } from '../src/main.js';
import { memoryIo, sampleRepo, tempDir } from './helpers.js';

/** An example's words as a POSIX shell splits them (double quotes only; no expansion). */
function shellWords(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
}

/**
 * Examples that need what a test folder has not: a terminal to answer questions, a shell to
 * redirect output or expand ~, or a package file to install from. Each is still shown in --help.
 */
const NEEDS_MORE = [/^mixer add-visit$/, /[>~]|\$GITHUB/, /--package-source/];

/** Each command's examples as the help of each language shows them. */
const cases = [
  ...COMMANDS,
  // (the examples under `mixer --help` and `mixer help --help`, which are not in the table)
  { name: 'mixer', examples: PROGRAM_EXAMPLES },
  { name: 'help', examples: HELP_EXAMPLES },
].flatMap((spec) =>
  spec.examples.length
    ? (['ja', 'en'] as const).map(
        (lang) =>
          [spec.name, lang, spec.examples.map((e) => exampleIn(e, lang))] as [string, string, string[]],
      )
    : [],
);

/** Commands whose examples are steps one after the other, in one folder. */
const STEPS = ['status'];

describe('every example in --help', () => {
  it.each(cases)('of %s (%s) runs on the sample network as shown', async (name, _lang, examples) => {
    let dir = sampleRepo();
    for (const example of examples) {
      if (!STEPS.includes(name)) dir = sampleRepo();
      if (NEEDS_MORE.some((pattern) => pattern.test(example))) continue;
      const words = shellWords(example);
      // `MIXER_TODAY=… mixer …`: an environment variable before the command.
      const env: Record<string, string> = { MIXER_TODAY: '2026-11-28' };
      while (words[0] && /^[A-Z_]+=/.test(words[0])) {
        const [key, value] = words.shift()!.split('=') as [string, string];
        env[key] = value;
      }
      expect(words.shift(), example).toBe('mixer');
      // init makes a data folder where there is none yet.
      const { io, err } = memoryIo({ cwd: name === 'init' ? tempDir() : dir, env });
      const code = await main(words, io);
      expect(code, `${example}\n${err.join('\n')}`).toBe(0);
    }
  });
});
