// Wording what the layers below say as data (a message key and its parameters): problems of a data
// folder, errors of the store and the letters.
import type { MixerError, Problem, Text } from '../errors.js';
import { printableLine } from '../util/printable.js';
import { isMessageKey, type Lang, loadMessages, type MessageKey, type ParamsOf, t } from './messages.js';

// What is worded here may come from any area of the catalogue.
await loadMessages();

/** The keys of `M` (key → parameters) that the catalogue words with the parameters `M` gives. */
type Worded<M> = {
  [K in keyof M]-?: K extends MessageKey ? (M[K] extends ParamsOf<K> ? K : never) : never;
}[keyof M];

/**
 * `true` when the catalogue words every key of `M`; else the keys it cannot, so that
 * `const ok: AllWorded<M> = true` fails to compile and names them (see src/commands/worded.ts).
 */
export type AllWorded<M> = [Exclude<keyof M, Worded<M>>] extends [never] ? true : Exclude<keyof M, Worded<M>>;

export function word(lang: Lang, text: Text): string;
export function word(lang: Lang, text: Text | undefined): string | undefined;
export function word(lang: Lang, text: Text | undefined): string | undefined {
  if (text === undefined || typeof text === 'string') return text;
  // (a key the catalogue lacks cannot pass the check above; the key itself is the last resort)
  if (!isMessageKey(text.key)) return text.key;
  return t(lang, text.key, (text.params ?? {}) as never);
}

/** A problem as scripts read it (`validate --json`) and people read it. */
export interface WordedProblem {
  file: string;
  line: number;
  col: number;
  field: string;
  message: string;
  hint?: string;
  code: string;
}

/**
 * A problem in words, each part one printable line: a file name or a quoted value may hold what a
 * terminal would act on (util/printable.ts).
 */
export function wordProblem(lang: Lang, p: Problem): WordedProblem {
  const hint = word(lang, p.hint);
  return {
    file: printableLine(p.file),
    line: p.line,
    col: p.col,
    field: printableLine(p.field),
    message: printableLine(word(lang, p.message)),
    // (a hint that finds nothing to add words to nothing: `hint.enum-value` for a value it cannot place)
    hint: hint ? printableLine(hint) : undefined,
    code: p.code,
  };
}

/** `file:line:col  field  message  (hint)` */
export function formatProblem(lang: Lang, p: Problem): string {
  const w = wordProblem(lang, p);
  const where = `${w.file}:${w.line}:${w.col}`;
  const field = w.field ? `  ${w.field}` : '';
  const hint = w.hint ? `  (${w.hint})` : '';
  return `${where}${field}  ${w.message}${hint}`;
}

/** The message and hint of an error, worded. */
export function wordError(lang: Lang, error: MixerError): { message: string; hint?: string } {
  const hint = word(lang, error.hint);
  return { message: printableLine(word(lang, error.text)), hint: hint && printableLine(hint) };
}
