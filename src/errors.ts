// Errors are values: a problem names where it is and what to do next; a MixerError carries
// the exit code to the entry point, which alone ends the process.
import type { Lang } from './ui/messages.js';

export interface Problem {
  /** Path relative to the data folder, with forward slashes. */
  file: string;
  line: number;
  col: number;
  /** Dotted field path inside the record, `''` for the whole file. */
  field: string;
  message: string;
  hint?: string;
  /** A stable identifier of the kind of problem, for scripts. */
  code: string;
}

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

export class MixerError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_FAILED,
    readonly hint?: string,
    readonly problems: Problem[] = [],
  ) {
    super(message);
  }
}

export class UsageError extends MixerError {
  constructor(message: string, hint?: string) {
    super(message, EXIT_USAGE, hint);
  }
}

export function formatProblem(p: Problem, _lang?: Lang): string {
  const where = `${p.file}:${p.line}:${p.col}`;
  const field = p.field ? `  ${p.field}` : '';
  const hint = p.hint ? `  (${p.hint})` : '';
  return `${where}${field}  ${p.message}${hint}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.col - b.col,
  );
}
