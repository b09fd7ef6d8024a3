// What changed in one record, field by field, as data a reviewer reads in words instead of a YAML
// diff (the command words it). Pure.

type Data = Record<string, unknown>;

export type FieldChange =
  | { change: 'list-added' | 'list-removed'; field: string; value: string }
  | { change: 'field-set'; field: string; value: string }
  | { change: 'field-removed'; field: string; old: string }
  | { change: 'field-changed'; field: string; old: string; value: string };

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

/** Field-level changes between two versions of a record. */
export function describeChanges(before: Data, after: Data): FieldChange[] {
  const out: FieldChange[] = [];
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  for (const field of keys) {
    const old = before[field];
    const now = after[field];
    if (JSON.stringify(old) === JSON.stringify(now)) continue;
    if (Array.isArray(old) || Array.isArray(now)) {
      const oldItems = ((old as unknown[]) ?? []).map((v) => JSON.stringify(v));
      const newItems = ((now as unknown[]) ?? []).map((v) => JSON.stringify(v));
      for (const item of newItems.filter((i) => !oldItems.includes(i)))
        out.push({ change: 'list-added', field, value: brief(JSON.parse(item)) });
      for (const item of oldItems.filter((i) => !newItems.includes(i)))
        out.push({ change: 'list-removed', field, value: brief(JSON.parse(item)) });
    } else if (old === undefined) out.push({ change: 'field-set', field, value: brief(now) });
    else if (now === undefined) out.push({ change: 'field-removed', field, old: brief(old) });
    else out.push({ change: 'field-changed', field, old: brief(old), value: brief(now) });
  }
  return out;
}
