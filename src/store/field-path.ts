// How a problem names a field: `strengths[0].text`. Apart from schema-issues.ts, which loads zod,
// so that a run with every record in the cache names fields without it.

/** A path of keys and indexes as a problem names the field. */
export function fieldPath(path: PropertyKey[]): string {
  return path
    .map((seg) => (typeof seg === 'number' ? `[${seg}]` : `.${String(seg)}`))
    .join('')
    .replace(/^\./, '');
}
