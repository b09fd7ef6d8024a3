// What changed in one record, field by field, as data a reviewer reads in words instead of a YAML
// diff (the command words it). Pure.

type Data = Record<string, unknown>;

/**
 * A value of a key as a person reads it (a need's `status: solved` as 解決済み, a proposal's
 * outcome as 成約（50,000円）); given by the command, which knows the language and the folder.
 * Undefined for a value it does not word, which is then shown as written.
 */
export type WordValue = (key: string, value: unknown) => string | undefined;

const asWritten: WordValue = () => undefined;

export type FieldChange =
  | { change: 'list-added' | 'list-removed'; field: string; value: string }
  | { change: 'list-changed'; field: string; value: string; keys: KeyChange[] }
  | { change: 'field-set'; field: string; value: string }
  | { change: 'field-removed'; field: string; old: string }
  | {
      change: 'field-changed';
      field: string;
      old: string;
      value: string;
      /** Whether all that changed is in keys a review never prints (an outcome's note). */
      unshownOnly: boolean;
    }
  /** The same content written otherwise (the keys of an outcome in another order). */
  | { change: 'field-rewritten'; field: string };

/** One key of a list item that changed, its values given only for the keys a review may show. */
export interface KeyChange {
  key: string;
  old?: string;
  value?: string;
}

/** Keys of a list item (a strength, a history entry) whose values a review may print. */
const SHOWN_KEYS = new Set(['share', 'tags', 'status', 'date']);

/** A list item as an object: a plain string is a strength's text. */
function asObject(item: unknown): Record<string, unknown> {
  if (typeof item === 'string') return { text: item };
  return item && typeof item === 'object' && !Array.isArray(item) ? (item as Record<string, unknown>) : {};
}

/** What changed in a list item that kept its text: which keys, and for the shown ones, how. */
function keyChanges(old: unknown, now: unknown, word: WordValue): KeyChange[] {
  const a = asObject(old);
  const b = asObject(now);
  const out: KeyChange[] = [];
  for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])]) {
    if (canonical(a[key]) === canonical(b[key])) continue;
    if (!SHOWN_KEYS.has(key)) out.push({ key });
    else
      out.push({
        key,
        ...(a[key] !== undefined ? { old: briefOf(key, a[key], word) } : {}),
        ...(b[key] !== undefined ? { value: briefOf(key, b[key], word) } : {}),
      });
  }
  return out;
}

/** The value of `key` as one short line, worded when the command words it. */
function briefOf(key: string, value: unknown, word: WordValue): string {
  return word(key, value) ?? brief(value, word);
}

/** Keys whose text a review never prints, even inside a value it can only show as JSON. */
export const UNSHOWN_KEYS: ReadonlySet<string> = new Set([
  'note',
  'notes',
  'consent',
  'contact',
  'contacts',
  'email',
  'phone',
]);

/**
 * A value as one short line: strings as they are, a strength object by its text, a history step
 * as its date and worded status, others as JSON without the keys a review never prints (an
 * outcome validate cannot read still has a private note).
 */
export function brief(value: unknown, word: WordValue = asWritten): string {
  if (typeof value === 'string') return value;
  if (
    value &&
    typeof value === 'object' &&
    'text' in value &&
    typeof (value as { text: unknown }).text === 'string'
  )
    return (value as { text: string }).text;
  if (value && typeof value === 'object' && 'status' in value && 'date' in value) {
    const { date, status } = value as { date: string; status: string };
    return `${date} ${word('status', status) ?? status}`;
  }
  return canonical(value, UNSHOWN_KEYS);
}

/**
 * A value as JSON with the keys of each object in one order, less the keys `skip`: two values
 * that differ only in how they are written (the order of their keys) read the same.
 */
function canonical(value: unknown, skip: ReadonlySet<string> = new Set()): string {
  return JSON.stringify(value, (key, v: unknown) => {
    if (skip.has(key)) return undefined;
    if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
    return Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  });
}

/** Field-level changes between two versions of a record, its values worded by `word`. */
export function describeChanges(before: Data, after: Data, word: WordValue = asWritten): FieldChange[] {
  const out: FieldChange[] = [];
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  for (const field of keys) {
    const old = before[field];
    const now = after[field];
    if (JSON.stringify(old) === JSON.stringify(now)) continue;
    if (canonical(old) === canonical(now)) {
      out.push({ change: 'field-rewritten', field });
      continue;
    }
    if (Array.isArray(old) || Array.isArray(now)) {
      const oldItems = ((old as unknown[]) ?? []).map((v) => canonical(v));
      const newItems = ((now as unknown[]) ?? []).map((v) => canonical(v));
      const added = newItems.filter((i) => !oldItems.includes(i)).map((i) => JSON.parse(i) as unknown);
      const removed = oldItems.filter((i) => !newItems.includes(i)).map((i) => JSON.parse(i) as unknown);
      // An item that kept its words but changed otherwise (a strength made private, new tags) is
      // one change of that item, not an item removed and another added.
      for (const item of added) {
        const at = removed.findIndex((r) => brief(r) === brief(item));
        if (at < 0) {
          out.push({ change: 'list-added', field, value: brief(item, word) });
          continue;
        }
        const [was] = removed.splice(at, 1);
        out.push({
          change: 'list-changed',
          field,
          value: brief(item, word),
          keys: keyChanges(was, item, word),
        });
      }
      for (const item of removed) out.push({ change: 'list-removed', field, value: brief(item, word) });
    } else if (old === undefined) out.push({ change: 'field-set', field, value: briefOf(field, now, word) });
    else if (now === undefined) out.push({ change: 'field-removed', field, old: briefOf(field, old, word) });
    else {
      const unshownOnly = canonical(old, UNSHOWN_KEYS) === canonical(now, UNSHOWN_KEYS);
      const [was, is] = [briefOf(field, old, word), briefOf(field, now, word)];
      // (worded alike though what a review may show changed, 50,000 for 50000.0004: as written)
      const alike = was === is && !unshownOnly;
      out.push({
        change: 'field-changed',
        field,
        old: alike ? canonical(old, UNSHOWN_KEYS) : was,
        value: alike ? canonical(now, UNSHOWN_KEYS) : is,
        unshownOnly,
      });
    }
  }
  return out;
}
