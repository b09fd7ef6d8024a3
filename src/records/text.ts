// Hygiene of the data format's text, numbers and dates: what a field may hold, written once and
// used by the zod schemas (schemas.ts). Every limit is a zod check that the JSON Schema export
// carries (`maxLength`, `pattern`, `maximum`), so an editor checks what `mixer validate` checks.
// docs/format.md lists them; a test keeps the two in step.
import * as z from 'zod';

/** Longest text per field, in characters (code points, as zod and JSON Schema's maxLength count them). */
export const TEXT_LIMITS = {
  /** A name of a space, member, mixer or contact person. */
  name: 100,
  /** A need's title. */
  title: 200,
  /** A strength, a tag's neighbour: one short phrase. */
  strength: 200,
  /** Short words: tags, an area, a network, a role. */
  short: 100,
  tag: 50,
  email: 254,
  phone: 40,
  url: 2048,
  github: 39,
  currency: 10,
  /** A reason kept in a proposal, as the matcher said it. */
  reason: 500,
  /** A summary of a member, a note in a history entry, an outcome or a consent. */
  note: 2000,
  /** Notes of a record, a need's detail. */
  prose: 10_000,
} as const;

/** Longest lists. */
export const LIST_LIMITS = {
  strengths: 100,
  tags: 50,
  spaces: 50,
  contacts: 20,
  met: 200,
  learned: 200,
  reasons: 20,
  history: 200,
  terms: 200,
  solves: 50,
} as const;

export { NUMBER_LIMITS } from './limits.js';

/** Dates a record may hold. */
export const DATE_RANGE = { min: '2000-01-01', max: '2099-12-31' } as const;

/**
 * Characters no text may hold: C0 controls (tab and line feed only where a field is multi-line),
 * DEL and C1 controls (terminals act on ESC and CSI), the line and paragraph separators, and the
 * bidirectional embeddings, overrides and isolates that make text read otherwise than it is.
 */
const NEVER = '\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069';
/** A one-line field: no control character at all. */
export const LINE_PATTERN = new RegExp(`^[^\\u0000-\\u001f${NEVER}]*$`);
/** A multi-line field: tab and line feed allowed. */
export const PROSE_PATTERN = new RegExp(`^[^\\u0000-\\u0008\\u000b-\\u001f${NEVER}]*$`);
/** A day that exists, 2000-01-01 to 2099-12-31 (29 February in leap years only). */
const DATE_PATTERN =
  /^(?:20(?:0[048]|[2468][048]|[13579][26])-02-29|20\d{2}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8])))$/;
/** Not blank: a pattern, not trim-then-min, so that the JSON Schema carries it too. */
const NON_BLANK = /\S/;
const EMAIL_PATTERN = new RegExp(
  `^[^\\s@<>,;"\\u0000-\\u001f${NEVER}]+@[^\\s@<>,;"\\u0000-\\u001f${NEVER}]+$`,
);
const GITHUB_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;

/**
 * The messages the schemas give their checks, which the store turns into problems (a `line`
 * problem names the character and where it is).
 */
export const CHECK = {
  line: 'line',
  prose: 'prose',
  date: 'date',
  email: 'email',
  github: 'github',
  id: 'id',
  blank: 'blank',
} as const;

/** One line of text, at most `max` characters; not blank (read without its surrounding spaces). */
export const line = (max: number) =>
  z
    .string()
    .max(max)
    .regex(LINE_PATTERN, { message: CHECK.line })
    .regex(NON_BLANK, { message: CHECK.blank })
    .trim();

/** Text that may run over several lines (tab and line feed allowed), at most `max` characters. */
export const prose = (max: number) => z.string().max(max).regex(PROSE_PATTERN, { message: CHECK.prose });

export const email = () =>
  z
    .string()
    .max(TEXT_LIMITS.email)
    .regex(EMAIL_PATTERN, { message: CHECK.email })
    .regex(NON_BLANK, { message: CHECK.blank })
    .trim();

export const github = () =>
  z.string().max(TEXT_LIMITS.github).regex(GITHUB_PATTERN, { message: CHECK.github });

/** A whole number in a range. */
export const count = (range: { min: number; max: number }) => z.number().int().min(range.min).max(range.max);

/** An amount (a fee, a deal's value): a finite number in a range. */
export const amount = (range: { min: number; max: number }) => z.number().min(range.min).max(range.max);

/**
 * A calendar date as `YYYY-MM-DD` that really exists (no 2026-02-30), between 2000 and 2099: one
 * pattern, and `format: date` in the JSON Schema (real days, as ajv-formats checks them), so that
 * editors and validators agree with validate.
 */
export const dateString = z.stringFormat('date', DATE_PATTERN, { message: CHECK.date });

/**
 * The first character a field may not hold, and where (counted in characters from 0): for a
 * problem that says which (ESC, the 3rd character), or undefined when there is none.
 */
export function forbiddenCharacter(
  value: string,
  multiline: boolean,
): { char: string; index: number } | undefined {
  const allowed = multiline ? PROSE_PATTERN : LINE_PATTERN;
  let index = 0;
  for (const char of value) {
    if (!allowed.test(char)) return { char, index };
    index++;
  }
  return undefined;
}
