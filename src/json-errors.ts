// Errors with --json: one JSON object on stderr (docs/json.md, the ERROR shape of
// commands/contract.ts), so that a script reads what went wrong as it reads results. What a command
// said on stderr before it failed goes into the object's `notes`, so that stderr holds only it.
// Loaded by the entry only when such an error happens.
import type * as z from 'zod';
import type { ERROR } from './commands/contract.js';
import { EXIT_USAGE, type MixerError } from './errors.js';
import type { Io } from './ui/output.js';

export { JSON_VERSION } from './commands/json-version.js';

/** `commander.unknownOption` → `usage.unknown-option`. */
export function usageCode(commanderCode: string): string {
  const name = commanderCode.replace(/^commander\./, '').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return `usage.${name}`;
}

/** The code of a MixerError: its own, the key of its unworded text, else what kind of failure. */
export function errorCode(error: MixerError): string {
  if (error.code) return error.code;
  if (typeof error.text !== 'string') return error.text.key;
  return error.exitCode === EXIT_USAGE ? 'usage' : 'failed';
}

/** The error object of the contract (docs/json.md, "error"); only its type: zod is not loaded. */
export type JsonError = z.output<typeof ERROR>;

/** Writes the error object on one line, the notes it carries being what was held back. */
export function printJsonError(io: Io, error: Omit<JsonError, 'notes'>, notes: string[]): void {
  const out: JsonError = { ...error };
  if (!out.hint) delete out.hint;
  if (!out.problems?.length) delete out.problems;
  if (notes.length) out.notes = notes;
  io.stderr(JSON.stringify(out));
}
