// What changed in one record, in words a reviewer reads instead of a YAML diff. Pure.
import { isMessageKey, type Lang, type PlainKey, t } from '../ui/messages.js';

type Data = Record<string, unknown>;

/** A value as one short line: strings as they are, a strength object by its text, others as JSON. */
export function brief(value: unknown): string {
  if (typeof value === 'string') return value;
  if (
    value &&
    typeof value === 'object' &&
    'text' in value &&
    typeof (value as { text: unknown }).text === 'string'
  )
    return (value as { text: string }).text;
  if (value && typeof value === 'object' && 'status' in value && 'date' in value)
    return `${(value as { date: string }).date} ${(value as { status: string }).status}`;
  return JSON.stringify(value);
}

function fieldLabel(lang: Lang, field: string): string {
  const key = `field.${field}`;
  // (every field.* message is a plain label)
  return isMessageKey(key) ? t(lang, key as PlainKey) : field;
}

/** Field-level changes between two versions of a record, as sentences. */
export function describeChanges(name: string, before: Data, after: Data, lang: Lang): string[] {
  const out: string[] = [];
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  for (const key of keys) {
    const old = before[key];
    const now = after[key];
    if (JSON.stringify(old) === JSON.stringify(now)) continue;
    const field = fieldLabel(lang, key);
    if (Array.isArray(old) || Array.isArray(now)) {
      const oldItems = ((old as unknown[]) ?? []).map((v) => JSON.stringify(v));
      const newItems = ((now as unknown[]) ?? []).map((v) => JSON.stringify(v));
      for (const item of newItems.filter((i) => !oldItems.includes(i)))
        out.push(t(lang, 'review.list-added', { name, field, value: brief(JSON.parse(item)) }));
      for (const item of oldItems.filter((i) => !newItems.includes(i)))
        out.push(t(lang, 'review.list-removed', { name, field, value: brief(JSON.parse(item)) }));
    } else if (old === undefined) out.push(t(lang, 'review.field-set', { name, field, value: brief(now) }));
    else if (now === undefined) out.push(t(lang, 'review.field-removed', { name, field, old: brief(old) }));
    else out.push(t(lang, 'review.field-changed', { name, field, old: brief(old), value: brief(now) }));
  }
  return out;
}
