// The entry: runs one command line and returns the exit code. Only bin/mixer.js ends the process.
import { buildProgram, CommanderError } from './cli.js';
import { EXIT_CANCELLED, EXIT_FAILED, EXIT_USAGE, MixerError } from './errors.js';
import { type EarlySettings, earlySettings } from './store/folder-lang.js';
import { type Lang, t } from './ui/messages.js';
import { type Io, processIo } from './ui/output.js';
import type { Prompter } from './ui/prompts.js';
import { checkEnvironment, debug, langFromEnv } from './util/env.js';
import { isLang } from './util/lang.js';

/**
 * The language of help, usage errors and errors that come before the folder is loaded: --lang,
 * then the folder's mixer.yaml, then the environment, as a loaded command decides it.
 */
function argvLang(argv: string[], io: Io, early: EarlySettings): Lang {
  const i = argv.indexOf('--lang');
  const flag = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--lang='))?.slice(7);
  if (isLang(flag)) return flag;
  return early.lang ?? langFromEnv(io.env) ?? 'ja';
}

/** Whether the command line asks for JSON (`--json` before any `--`). */
function wantsJson(argv: string[]): boolean {
  const end = argv.indexOf('--');
  const at = argv.indexOf('--json');
  return at >= 0 && (end < 0 || at < end);
}

/**
 * An Io whose stderr is held back: flushed on success, or folded into the error's JSON. In a
 * terminal the command may flush it earlier (`Io.flush`), so that a person sees what is about to
 * be written before being asked, and that a wait is a wait; a script keeps one JSON error alone on
 * stderr.
 */
function heldIo(io: Io): { io: Io; held: string[]; flush: () => void } {
  const held: string[] = [];
  const flush = () => {
    for (const text of held.splice(0)) io.stderr(text);
  };
  return {
    io: {
      ...io,
      stderr: (text) => held.push(text.replace(/\n$/, '')),
      flush: io.interactive ? flush : undefined,
    },
    held,
    flush,
  };
}

/**
 * Runs one command line. `prompter` asks the questions (the terminal's by default; tests give one
 * that answers from a script and fails on a question it did not expect).
 */
export async function main(argv: string[], io: Io = processIo(), prompter?: Prompter): Promise<number> {
  // With --json, what goes to stderr is held back: on success it follows, on an error it goes
  // into the error's JSON object, the one thing on stderr.
  const held = wantsJson(argv) ? heldIo(io) : undefined;
  const early = earlySettings(argv, io.env, io.cwd);
  let exitCode = 0;
  const program = buildProgram(
    held?.io ?? io,
    argvLang(argv, io, early),
    (code) => {
      exitCode = code;
    },
    prompter,
    early.currency,
  );
  try {
    checkEnvironment(io.env);
    await program.parseAsync(argv, { from: 'user' });
    held?.flush();
    return exitCode;
  } catch (error) {
    const lang = (error instanceof MixerError && error.lang) || argvLang(argv, io, early);
    if (error instanceof CommanderError) {
      // Help and version are not errors; everything else commander rejects is bad usage.
      if (
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.code === 'commander.help'
      ) {
        held?.flush();
        return 0;
      }
      // (every usage error commander finds is worded by cli.ts; this is the last resort)
      if (held) {
        const { printJsonError, usageCode, JSON_VERSION } = await import('./json-errors.js');
        const message = t(lang, 'usage.bad-line');
        const hint = t(lang, 'hint.command-help', { command: 'mixer' });
        printJsonError(io, { version: JSON_VERSION, code: usageCode(error.code), message, hint }, held.held);
        return EXIT_USAGE;
      }
      io.stderr(io.color.red(`✗ ${t(lang, 'usage.bad-line')}`));
      io.stderr(`  → ${t(lang, 'hint.command-help', { command: 'mixer' })}`);
      return EXIT_USAGE;
    }
    if (error instanceof MixerError) {
      const { formatProblem, wordError, wordProblem } = await import('./ui/words.js');
      const worded = wordError(lang, error);
      const { message } = worded;
      // Bad usage always ends with a next step: the command's help, when the error names no other.
      const hint =
        worded.hint ??
        (error.exitCode === EXIT_USAGE
          ? t(lang, 'hint.command-help', { command: error.command ?? 'mixer' })
          : undefined);
      if (held) {
        const { printJsonError, errorCode, JSON_VERSION } = await import('./json-errors.js');
        const problems = error.problems.map((p) => wordProblem(lang, p));
        printJsonError(
          io,
          { version: JSON_VERSION, code: errorCode(error), message, hint, problems },
          held.held,
        );
        return error.exitCode;
      }
      if (error.exitCode === EXIT_CANCELLED) {
        io.stderr(message);
        return EXIT_CANCELLED;
      }
      for (const p of error.problems) io.stderr(formatProblem(lang, p));
      io.stderr(io.color.red(`✗ ${message}`));
      if (hint) io.stderr(`  → ${hint}`);
      return error.exitCode;
    }
    const detail = error instanceof Error ? error.message : String(error);
    if (held) {
      const { printJsonError, JSON_VERSION } = await import('./json-errors.js');
      const message = t(lang, 'error.unexpected', { detail });
      const stack = debug(io.env) && error instanceof Error && error.stack ? [error.stack] : [];
      printJsonError(
        io,
        { version: JSON_VERSION, code: 'unexpected', message, hint: t(lang, 'hint.report') },
        [...held.held, ...stack],
      );
      return EXIT_FAILED;
    }
    io.stderr(io.color.red(`✗ ${t(lang, 'error.unexpected', { detail })}`));
    if (debug(io.env) && error instanceof Error && error.stack) io.stderr(error.stack);
    else io.stderr(`  → ${t(lang, 'hint.report')}`);
    return EXIT_FAILED;
  }
}
