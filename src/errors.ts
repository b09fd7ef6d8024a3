// Errors are values: a problem names where it is and what to do next; a MixerError carries
// the exit code to the entry point, which alone ends the process. This module sits with util:
// every layer may use it. Below the commands nothing is worded: a layer says what happened as a
// message key and its parameters (`Said`), and the ui words it in the user's language.

import type { Lang } from './util/lang.js';

export type MessageParams = Record<string, string | number>;

/** A sentence not worded yet: the key of a message in the ui's catalogue and its parameters. */
export interface Said {
  key: string;
  params?: MessageParams;
}

/** Worded text, or what it will say. */
export type Text = string | Said;

export interface Problem {
  /** Path relative to the data folder, with forward slashes. */
  file: string;
  line: number;
  col: number;
  /** Dotted field path inside the record, `''` for the whole file. */
  field: string;
  message: Said;
  hint?: Said;
  /** A stable identifier of the kind of problem, for scripts. */
  code: string;
}

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;
/** Ctrl-C at a question, as a shell reports a command ended by SIGINT (128 + 2). */
export const EXIT_CANCELLED = 130;

export class MixerError extends Error {
  /** The language of the command that failed, once it is known (the entry words the error in it). */
  lang?: Lang;
  /** The command that failed (`mixer add-visit`), for a next step when the error names none. */
  command?: string;
  /**
   * A stable identifier for scripts (the `code` of an error with --json) when the text is already
   * worded; a text still to be worded (`Said`) is identified by its key.
   */
  code?: string;

  constructor(
    readonly text: Text,
    readonly exitCode: number = EXIT_FAILED,
    readonly hint?: Text,
    readonly problems: Problem[] = [],
  ) {
    super(typeof text === 'string' ? text : text.key);
  }
}

export class UsageError extends MixerError {
  constructor(message: Text, hint?: Text) {
    super(message, EXIT_USAGE, hint);
  }
}

/** The user cancelled (Ctrl-C at a question) before anything was written. */
export class CancelledError extends MixerError {
  constructor() {
    super({ key: 'write.cancelled' }, EXIT_CANCELLED);
  }
}

type NoParams = Record<string, never>;

/**
 * A typed `said(key, params)` for a layer that declares what it says (`M`: each key with its
 * parameters, `NoParams` for none): a wrong key or parameter does not compile.
 */
export function sayer<M>() {
  return <K extends keyof M & string>(
    key: K,
    ...[params]: M[K] extends NoParams ? [] : [params: M[K]]
  ): Said => (params ? { key, params: params as MessageParams } : { key });
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.col - b.col,
  );
}
