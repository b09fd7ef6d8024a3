// Reading flags and answers, and asking for what is missing only when a person is there to answer.
// One rule for mistakes on the command line: each is bad usage (exit 2) and ends with a next step
// that names a real command, and, for an unknown id or value, the closest ones.
import type { Context } from '../context.js';
import { MixerError, UsageError } from '../errors.js';
import { KIND_FOLDERS, type KindFolder } from '../records/enums.js';
import { isValidId } from '../records/ids.js';
import { type DataFolder, failedRecord } from '../store/folder.js';
import { today } from '../util/dates.js';
import { normalizeId, parseAmount, parseCount, parseDate, splitOwnerText } from '../util/input.js';
import { normalize } from '../util/normalize.js';
import { printableLine } from '../util/printable.js';
import { shellWord } from '../util/shell.js';
import { nearest } from '../util/text.js';
import { readDate } from './read.js';

export { checkChoice, readAmount, readDate, type Speaker } from './read.js';

/** The flag's value; else the answer to `ask` in a terminal; else a usage error naming the flag. */
export async function needValue<T>(
  ctx: Context,
  value: T | undefined,
  flag: string,
  ask: () => Promise<T>,
): Promise<T> {
  if (value !== undefined && value !== '') return value;
  if (!ctx.io.interactive)
    throw new UsageError(
      ctx.t('usage.missing-flag', { flag }),
      ctx.t('hint.command-help', { command: ctx.command }),
    );
  return ask();
}

/** `--a`, `--a と --b`, `--a、--b と --c` (in English `--a, --b and --c`). */
function flagList(ctx: Context, flags: readonly string[]): string {
  if (flags.length < 2) return flags.join('');
  const [last, ...rest] = [...flags].reverse();
  return ctx.t('usage.flag-list', {
    first: rest.reverse().join(ctx.t('usage.flag-list-separator')),
    last: last!,
  });
}

/**
 * Without a terminal, the flags a command needs and was not given, named all at once (not one per
 * run), with an example that gives each of `example` (flag and value pairs, the needed ones and any
 * that make the example run as copied). Asks nothing; in a terminal the questions ask for them.
 */
export function refuseMissing(
  ctx: Context,
  missing: readonly string[],
  example: ReadonlyArray<readonly [flag: string, value: string]>,
): void {
  if (ctx.io.interactive || missing.length === 0) return;
  const command = [ctx.command, ...example.flatMap(([flag, value]) => [flag, shellWord(value)])].join(' ');
  throw new UsageError(
    ctx.t('usage.missing-flags', { flags: flagList(ctx, missing), count: missing.length }),
    ctx.t('hint.missing-flags', { example: command, command: ctx.command }),
  );
}

/**
 * A line break in a flag whose text goes into a one-line field (a name, a title, a strength) is
 * bad usage, named by the flag, not a problem of a file never written; `more`: where longer text goes.
 */
export function refuseLineBreak(ctx: Context, flag: string, values: readonly string[], more = ''): void {
  if (!values.some((v) => /[\n\r\u0085\u2028\u2029]/.test(v))) return;
  const error = new UsageError(
    ctx.t('usage.flag-line-break', { flag }),
    ctx.t('hint.flag-line-break', { more }),
  );
  error.code = 'usage.flag-line-break';
  throw error;
}

/** `OWNER:TEXT` of flags like --need and --strength (a full-width ： too); TEXT is one line. */
export function splitPair(ctx: Context, flag: string, value: string): [string, string] {
  refuseLineBreak(ctx, flag, [value]);
  const pair = splitOwnerText(value);
  if (!pair) throw new UsageError(ctx.t('usage.bad-pair', { flag, value }), ctx.t('hint.bad-pair', { flag }));
  return pair;
}

export function checkDate(ctx: Context, flag: string, value: string): string {
  return readDate(ctx, flag, value, today(ctx.io.env));
}

/**
 * A word when the day a record says something happened is after today: more often a typo (a
 * wrong year or month) than a plan. The record is written as asked.
 */
export function warnIfFuture(ctx: Context, date: string): void {
  if (date > today(ctx.io.env))
    ctx.io.stderr(ctx.io.color.yellow(`! ${ctx.t('input.future-date', { date })}`));
}

export function checkId(ctx: Context, id: string): string {
  const typed = normalizeId(id);
  if (!isValidId(typed)) throw new UsageError(ctx.t('usage.bad-id', { id }), ctx.t('hint.id-form'));
  return typed;
}

/** What an id names: a kind of record, an owner (space or member), or any record. */
export type IdKind = KindFolder | 'owner' | 'record';

const LIST_COMMAND: Record<IdKind, string> = {
  spaces: 'mixer list spaces',
  members: 'mixer list members',
  needs: 'mixer list needs',
  visits: 'mixer list visits',
  mixers: 'mixer list mixers',
  proposals: 'mixer list proposals',
  owner: 'mixer list members, mixer list spaces',
  record: 'mixer list members, mixer list needs',
};

function idsOf(folder: DataFolder, kind: IdKind): string[] {
  const { records } = folder;
  if (kind === 'owner') return [...records.members.keys(), ...records.spaces.keys()];
  // (a member and a need may share an id: each named once)
  if (kind === 'record') return [...new Set(Object.values(records).flatMap((m) => [...m.keys()]))];
  return [...records[kind].keys()];
}

/** Whether the id names a record of this kind. */
function hasId(folder: DataFolder, kind: IdKind, id: string): boolean {
  const { records } = folder;
  if (kind === 'owner') return records.members.has(id) || records.spaces.has(id);
  if (kind === 'record') return Object.values(records).some((m) => m.has(id));
  return records[kind].has(id);
}

/** Folded for comparing names as typed: width, case and kana, and no spaces (伊藤彩 is 伊藤 彩). */
const squashed = (text: string) => normalize(text).replace(/ /g, '');

/**
 * The records of the kind whose name holds what was typed (a name typed where an id goes:
 * `--space 北上ベース`, `--met "Sarah Miller"`), at most three.
 */
function namedAs(folder: DataFolder, kind: IdKind, typed: string): Array<{ id: string; name: string }> {
  const needle = squashed(typed);
  if ([...needle].length < 2) return [];
  const kinds: KindFolder[] =
    kind === 'owner' ? ['members', 'spaces'] : kind === 'record' ? ['members', 'spaces', 'mixers'] : [kind];
  return kinds
    .flatMap((k) => [...folder.records[k].values()])
    .flatMap((r) =>
      'name' in r.data && typeof r.data.name === 'string' ? [{ id: r.id, name: r.data.name }] : [],
    )
    .filter((r) => squashed(r.name).includes(needle))
    .slice(0, 3);
}

/**
 * The error for an id given on the command line that names nothing: the closest ids and the list;
 * or, when a file of that name has problems, the error that says so (it exists, but cannot be used).
 */
export function unknownId(ctx: Context, folder: DataFolder, kind: IdKind, id: string, flag = ''): MixerError {
  const failed = failedRecord(folder, normalizeId(id));
  if (failed)
    return new MixerError(
      ctx.t('load.record-has-problems', { id: printableLine(id), file: printableLine(failed.file) }),
      1,
      ctx.t('hint.load-failed'),
    );
  // An id of another kind (a mixer given as a helper): say what it is, not that it is missing.
  const typed = normalizeId(id);
  const actual =
    kind === 'record'
      ? undefined
      : KIND_FOLDERS.find((other) => other !== kind && hasId(folder, other, typed));
  const wanted = ctx.t(`kind.${kind}`);
  const similar = nearest(id, idsOf(folder, kind));
  // For any record, the lists of the kinds the closest ids are of (a visit's id: mixer list visits).
  const lists =
    kind === 'record' && similar.length
      ? [
          ...new Set(
            similar.flatMap((s) =>
              KIND_FOLDERS.filter((k) => hasId(folder, k, s)).map((k) => LIST_COMMAND[k]),
            ),
          ),
        ].join(', ')
      : LIST_COMMAND[kind];
  // (only what cannot be an id is read as a name: `miller` is more likely an id cut short)
  const named = actual || isValidId(typed) ? [] : namedAs(folder, kind, id);
  const error = new UsageError(
    actual
      ? ctx.t('usage.id-of-other-kind', { flag, id, is: ctx.t(`kind.${actual}`), wanted })
      : ctx.t('usage.unknown-id', { flag, id, kind: wanted }),
    named.length
      ? ctx.t('hint.id-of-name', {
          ids: named.map((r) => `${r.name} → ${r.id}`).join(ctx.t('usage.flag-list-separator')),
        })
      : ctx.t('hint.unknown-id', {
          similar: similar.join(', '),
          command: lists,
        }),
  );
  error.code = 'usage.unknown-id';
  return error;
}

/** An id from a flag or an argument (full-width letters folded), checked to name a record of the kind. */
export function checkRef(ctx: Context, folder: DataFolder, kind: IdKind, id: string, flag = ''): string {
  const typed = normalizeId(id);
  if (!hasId(folder, kind, typed)) throw unknownId(ctx, folder, kind, id, flag);
  return typed;
}

/** Validators for prompts, in the user's language; each reads the answer as the flags do. */
export function validators(ctx: Context) {
  // An answer left empty is none; a number read is checked against the data format's range.
  const within = (n: number | undefined, typed: string, max: number): true | string | undefined =>
    typed.trim() === '' ||
    (n === undefined
      ? undefined
      : n <= max || ctx.t('invalid.too-large', { max: max.toLocaleString('en-US') }));
  return {
    date: (v: string) => parseDate(v, today(ctx.io.env)) !== undefined || ctx.t('invalid.date'),
    id: (taken: (id: string) => boolean) => (v: string) =>
      (!isValidId(normalizeId(v)) && ctx.t('invalid.id')) ||
      (taken(normalizeId(v)) && ctx.t('invalid.taken')) ||
      true,
    count: (max: number) => (v: string) => within(parseCount(v), v, max) ?? ctx.t('invalid.count'),
    amount: (max: number, currency: string) => (v: string) =>
      within(parseAmount(v, currency), v, max) ?? ctx.t('invalid.amount', { currency }),
    nonEmpty: (v: string) => v.trim() !== '' || ctx.t('invalid.empty'),
  };
}
