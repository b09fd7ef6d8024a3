// Where results and messages go, and whether they get color. Results to stdout, messages to stderr.
import { colorLevel, type Environment, isCi } from '../util/env.js';
import { type Colors, colors } from './colors.js';

export { colorLevel } from '../util/env.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  color: Colors;
  /** Whether both stdin and stdout are terminals: prompts are allowed. */
  interactive: boolean;
  env: Environment;
  cwd: string;
  /** The terminal's width in columns, when stdout is a terminal. */
  columns?: number;
  /**
   * With --json in a terminal, what goes to stderr is held back until the command ends (main.ts):
   * this writes it out now, for what a person must see before going on (a question, a wait).
   */
  flush?: () => void;
}

export function processIo(): Io {
  const env = process.env;
  let level: ReturnType<typeof colorLevel> = 0;
  try {
    level = colorLevel(env, Boolean(process.stdout.isTTY));
  } catch {
    // a FORCE_COLOR that is not a level: main() reports it before any command runs
  }
  return {
    stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    stderr: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    color: colors(level),
    interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY) && !isCi(env),
    env,
    cwd: process.cwd(),
    columns: process.stdout.isTTY ? process.stdout.columns : undefined,
  };
}
