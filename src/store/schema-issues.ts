// Turns zod issues into problems that name the file, line, column and field.
import type { z } from 'zod';
import type { Problem, Said } from '../errors.js';
import { CHECK, DATE_RANGE, forbiddenCharacter } from '../records/text.js';
import { parseYearDate } from '../util/input.js';
import { codePointName, escapeChar, printableLine, showValue } from '../util/printable.js';
import { closest } from '../util/text.js';
import { FULL_WIDTH_SPACE } from '../util/yaml-mistakes.js';
import { fieldPath } from './field-path.js';
import { said } from './said.js';
import type { SourceFile } from './source.js';

type Issue = z.core.$ZodIssue;
type Path = PropertyKey[];

/** The keys a strict object at `path` accepts (walking optional, array, union and record). */
function keysAt(schema: z.ZodType, path: Path): string[] {
  // biome-ignore lint/suspicious/noExplicitAny: zod's definition objects are typed per kind.
  let defs: any[] = [schema._zod.def];
  for (const segment of [...path, null]) {
    // biome-ignore lint/suspicious/noExplicitAny: see above
    const next: any[] = [];
    for (let def of defs) {
      while (def.type === 'optional' || def.type === 'nullable' || def.type === 'default')
        def = def.innerType._zod.def;
      if (def.type === 'union') {
        for (const o of def.options) next.push(o._zod.def);
        continue;
      }
      if (segment === null) {
        if (def.type === 'object') return Object.keys(def.shape);
        continue;
      }
      if (def.type === 'object' && def.shape[segment as string])
        next.push(def.shape[segment as string]._zod.def);
      else if (def.type === 'array' && typeof segment === 'number') next.push(def.element._zod.def);
      else if (def.type === 'record') next.push(def.valueType._zod.def);
    }
    if (segment === null) break;
    defs = next.flatMap((d) => (d.type === 'union' ? d.options.map((o: z.ZodType) => o._zod.def) : [d]));
  }
  // unions at the end: look once more
  for (const def of defs) if (def.type === 'object') return Object.keys(def.shape);
  return [];
}

function valueAt(data: unknown, path: Path): unknown {
  let v: unknown = data;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[seg];
  }
  return v;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

export { fieldPath };

/**
 * Problems for one record. Union failures (a strength is a string or an object) are explained by
 * the branch that matches the shape of the value the user wrote.
 */
export function schemaProblems(
  issues: readonly Issue[],
  data: unknown,
  schema: z.ZodType,
  source: SourceFile,
  basePath: Path = [],
): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path: Path = [...basePath, ...(issue.path as Path)];
    const value = valueAt(data, path);
    const make = (
      message: Said,
      hint?: Said,
      code = `schema.${issue.code}`,
      at = path,
      key = false,
    ): Problem => {
      const pos = source.positionAt(at, key);
      return { file: source.file, line: pos.line, col: pos.col, field: fieldPath(at), message, hint, code };
    };
    const absent = value === undefined && issue.code !== 'unrecognized_keys';
    if (
      absent &&
      (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union')
    ) {
      problems.push(make(said('schema.required'), undefined, 'schema.required'));
      continue;
    }
    const quoted = showValue(value);
    // `owner: gudon-ramen　`: a full-width space the eye does not see, in a value that takes none.
    if (typeof value === 'string' && value.includes(FULL_WIDTH_SPACE) && takesNoSpace(issue)) {
      problems.push(fullWidthProblem(value, quoted, path, source));
      continue;
    }
    switch (issue.code) {
      case 'invalid_type': {
        if (typeof value === 'number' && !Number.isFinite(value))
          problems.push(make(said('schema.not-finite', { value: quoted })));
        else if (issue.expected === 'int') problems.push(make(said('schema.integer', { value: quoted })));
        else
          problems.push(
            make(
              said('schema.type', { expected: issue.expected, received: typeName(value), value: quoted }),
              typeHint(issue.expected, value, path, schema),
            ),
          );
        break;
      }
      case 'unrecognized_keys': {
        const allowed = keysAt(schema, path);
        for (const key of issue.keys) {
          const near = closest(key, allowed);
          const hint = near
            ? said('hint.did-you-mean', { key: near })
            : said('hint.allowed-keys', { keys: allowed.join(', ') });
          problems.push(
            make(
              said('schema.unknown-key', { key: printableLine(key) }),
              hint,
              'schema.unknown-key',
              [...path, key],
              true,
            ),
          );
        }
        break;
      }
      case 'invalid_value': {
        const values = issue.values.map(String).join(', ');
        // (the ui finds the value meant: a label, another case or width, a typo; a long text is none)
        const hint =
          typeof value === 'string' && value.length <= 100
            ? said('hint.enum-value', { value, values })
            : undefined;
        problems.push(make(said('schema.enum', { value: quoted, values }), hint));
        break;
      }
      case 'invalid_format':
        problems.push(formatProblem(issue.message, value, quoted, make));
        break;
      case 'too_small':
        if ((issue.origin === 'string' || issue.origin === 'array') && Number(issue.minimum) === 1)
          problems.push(make(said('schema.empty')));
        else if (issue.origin === 'array')
          problems.push(make(said('schema.too-few', { min: Number(issue.minimum) })));
        else if (issue.inclusive === false)
          problems.push(make(said('schema.not-above', { min: String(issue.minimum), value: quoted })));
        else problems.push(make(said('schema.too-small', { min: String(issue.minimum), value: quoted })));
        break;
      case 'too_big':
        if (issue.origin === 'string')
          problems.push(
            make(
              said('schema.too-long', { max: Number(issue.maximum), length: [...String(value)].length }),
              said('hint.too-long'),
            ),
          );
        else if (issue.origin === 'array')
          problems.push(
            make(
              said('schema.too-many', {
                max: Number(issue.maximum),
                count: Array.isArray(value) ? value.length : 0,
              }),
            ),
          );
        else problems.push(make(said('schema.too-big', { max: String(issue.maximum), value: quoted })));
        break;
      case 'invalid_union': {
        // Prefer the branch whose first complaint is not about the value's own type.
        const branch = issue.errors.find((errs) =>
          errs.every((e) => e.path.length > 0 || e.code !== 'invalid_type'),
        );
        if (branch && value !== null && typeof value === 'object')
          problems.push(...schemaProblems(branch, data, schema, source, path));
        else if (typeof value === 'string') {
          // A string strength that fails: the string branch says why (too long, a control character).
          const stringBranch = issue.errors.find((errs) => errs.every((e) => e.code !== 'invalid_type'));
          if (stringBranch) problems.push(...schemaProblems(stringBranch, data, schema, source, path));
          else problems.push(make(said('schema.strength')));
        } else problems.push(make(said('schema.strength')));
        break;
      }
      case 'custom':
        problems.push(
          issue.message === CHECK.date
            ? make(said('schema.date', { value: quoted, ...DATE_RANGE }), dateHint(value))
            : make(said('schema.invalid', { detail: issue.message })),
        );
        break;
      default:
        problems.push(make(said('schema.invalid', { detail: issue.message })));
    }
  }
  // One mistake, one problem: a date that fails its pattern fails its calendar check too.
  return problems.filter(
    (p, i) => problems.findIndex((o) => o.field === p.field && o.message.key === p.message.key) === i,
  );
}

/** Whether the check that failed is of a value that holds no space: an id, a date, an address, a value of a list. */
function takesNoSpace(issue: Issue): boolean {
  if (issue.code === 'invalid_value') return true;
  if (issue.code === 'custom') return issue.message === CHECK.date;
  if (issue.code !== 'invalid_format') return false;
  return issue.message !== CHECK.line && issue.message !== CHECK.prose && issue.message !== CHECK.blank;
}

/** A problem at the full-width space itself (the first one), with its place in the value. */
function fullWidthProblem(value: string, quoted: string, path: Path, source: SourceFile): Problem {
  const start = source.offsetAt(path);
  let pos = source.positionAt(path);
  if (start !== undefined) {
    const found = source.text.indexOf(FULL_WIDTH_SPACE, start);
    const lineEnd = source.text.indexOf('\n', start);
    if (found >= 0 && (lineEnd < 0 || found < lineEnd)) pos = source.position(found);
  }
  const at = [...value.slice(0, value.indexOf(FULL_WIDTH_SPACE))].length + 1;
  return {
    file: source.file,
    line: pos.line,
    col: pos.col,
    field: fieldPath(path),
    message: said('schema.fullwidth-space', { value: quoted, at }),
    hint: said('hint.fullwidth-space', { where: 'value' }),
    code: 'schema.fullwidth-space',
  };
}

/** `2026/09/18`, `2026年9月18日`, `２０２６-09-18`: the day it names, as a record writes it. */
function dateHint(value: unknown): Said | undefined {
  if (typeof value !== 'string') return undefined;
  const date = parseYearDate(value);
  return date && date !== value && date >= DATE_RANGE.min && date <= DATE_RANGE.max
    ? said('hint.date-as', { date })
    : undefined;
}

/** How to write a list or a mapping that was written as one text, with the text in it. */
function typeHint(expected: string, value: unknown, path: Path, schema: z.ZodType): Said | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value);
  const last = path[path.length - 1];
  const key = typeof last === 'string' ? printableLine(last) : '';
  if (expected === 'array') {
    // `-スマホ` without a space after the dash is text, not a list item.
    if (typeof value === 'string' && /^-\S/.test(value)) return said('hint.dash-space');
    // `ロゴ制作、チラシ`: its first item
    const item =
      text
        .split(/[、，,]/)
        .map((part) => part.trim())
        .find((part) => part !== '') ?? text;
    return said('hint.type-list', { key, item: showValue(item) });
  }
  if (expected === 'object') {
    const keys = keysAt(schema, path);
    if (keys.length === 0) return undefined;
    return said('hint.type-map', { key, sub: likelyKey(text, keys), value: showValue(text) });
  }
  return undefined;
}

/** The key of a mapping that a text written in its place most likely meant (`aya@example.jp`: email). */
function likelyKey(text: string, keys: readonly string[]): string {
  const trimmed = text.trim();
  const guesses: Array<[string, boolean]> = [
    ['email', /^[^\s@]+@[^\s@]+$/.test(trimmed)],
    ['url', /^https?:\/\//i.test(trimmed)],
    ['phone', /^[+(]?\d[\d\s()-]{4,}$/.test(trimmed)],
    ['date', parseYearDate(trimmed) !== undefined],
    ['text', true],
    ['name', true],
    ['kind', true],
  ];
  return guesses.find(([k, fits]) => fits && keys.includes(k))?.[0] ?? keys[0]!;
}

type Make = (message: Said, hint?: Said) => Problem;

/** A text that breaks a pattern: which character, or which form, and where. */
function formatProblem(check: string, value: unknown, quoted: string, make: Make): Problem {
  switch (check) {
    case CHECK.line:
    case CHECK.prose: {
      const text = typeof value === 'string' ? value : '';
      const found = forbiddenCharacter(text, check === CHECK.prose);
      if (found && (found.char === '\n' || found.char === '\r'))
        return make(said('schema.line-break', { at: found.index + 1 }), said('hint.line-break'));
      return make(
        said('schema.control-char', {
          char: found ? codePointName(found.char) : '?',
          escaped: found ? escapeChar(found.char) : '?',
          at: (found?.index ?? 0) + 1,
        }),
        said('hint.control-char'),
      );
    }
    case CHECK.blank:
      return make(said('schema.empty'));
    case CHECK.date:
      return make(said('schema.date', { value: quoted, ...DATE_RANGE }), dateHint(value));
    case CHECK.email:
      return make(said('schema.email', { value: quoted }));
    case CHECK.github:
      return make(said('schema.github', { value: quoted }));
    default:
      return make(said('schema.id', { value: quoted }));
  }
}
