// Reading flags, and asking for what is missing only when a person is there to answer.
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { isValidId } from '../records/ids.js';
import { dateString } from '../records/schemas.js';

/** The flag's value; else the answer to `ask` in a terminal; else a usage error naming the flag. */
export async function needValue<T>(
  ctx: Context,
  value: T | undefined,
  flag: string,
  ask: () => Promise<T>,
): Promise<T> {
  if (value !== undefined && value !== '') return value;
  if (!ctx.io.interactive) throw new UsageError(ctx.t('usage.missing-flag', { flag }), ctx.t('usage.help'));
  return ask();
}

/** `OWNER:TEXT` of flags like --need and --strength. */
export function splitPair(ctx: Context, flag: string, value: string): [string, string] {
  const at = value.indexOf(':');
  const id = value.slice(0, at).trim();
  const text = value.slice(at + 1).trim();
  if (at <= 0 || !text) throw new UsageError(ctx.t('usage.bad-pair', { flag, value }));
  return [id, text];
}

export function checkDate(ctx: Context, flag: string, value: string): string {
  if (!dateString.safeParse(value).success) throw new UsageError(ctx.t('usage.bad-date', { flag }));
  return value;
}

export function checkId(ctx: Context, id: string): string {
  if (!isValidId(id)) throw new UsageError(ctx.t('usage.bad-id', { id }));
  return id;
}

export function checkChoice<T extends string>(
  ctx: Context,
  flag: string,
  value: string,
  choices: readonly T[],
): T {
  if (!(choices as readonly string[]).includes(value))
    throw new UsageError(ctx.t('usage.bad-choice', { flag, choices: choices.join(', ') }));
  return value as T;
}

/** The values of a list as the choices of a question, each named as it is written. */
export function choicesOf<T extends string>(values: readonly T[]): Array<{ name: string; value: T }> {
  return values.map((value) => ({ name: value, value }));
}

/** Validators for prompts, in the user's language. */
export function validators(ctx: Context) {
  return {
    date: (v: string) => dateString.safeParse(v).success || ctx.t('invalid.date'),
    id: (taken: (id: string) => boolean) => (v: string) =>
      (!isValidId(v) && ctx.t('invalid.id')) || (taken(v) && ctx.t('invalid.taken')) || true,
    number: (v: string) => v.trim() === '' || Number.isFinite(Number(v)) || ctx.t('invalid.number'),
    nonEmpty: (v: string) => v.trim() !== '' || ctx.t('invalid.empty'),
  };
}
