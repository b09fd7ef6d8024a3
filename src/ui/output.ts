// Where results and messages go, and whether they get color. Results to stdout, messages to stderr.
import { Chalk, type ChalkInstance } from 'chalk';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  color: ChalkInstance;
  /** Whether both stdin and stdout are terminals: prompts are allowed. */
  interactive: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/**
 * Color level from NO_COLOR / FORCE_COLOR and the terminal. chalk 5 ignores NO_COLOR when writing
 * to a terminal, so the rule is written out here.
 */
export function colorLevel(env: NodeJS.ProcessEnv, isTTY: boolean): 0 | 1 | 2 | 3 {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '' || force === 'true') return 1;
    if (force === 'false') return 0;
    const n = Number(force);
    return Number.isInteger(n) && n >= 0 && n <= 3 ? (n as 0 | 1 | 2 | 3) : 1;
  }
  if (!isTTY || env.TERM === 'dumb') return 0;
  return env.COLORTERM === 'truecolor' ? 3 : 2;
}

export function processIo(): Io {
  const env = process.env;
  const level = colorLevel(env, Boolean(process.stdout.isTTY));
  return {
    stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    stderr: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    color: new Chalk({ level }),
    interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY) && !isCi(env),
    env,
    cwd: process.cwd(),
  };
}

export function isCi(env: NodeJS.ProcessEnv): boolean {
  return env.CI !== undefined && env.CI !== '' && env.CI !== 'false' && env.CI !== '0';
}
