// Small edits of an existing record as text, so that everything else in the file (comments, key
// order, quoting, flow or block style) stays exactly as it was.
import { Document, isMap, isScalar, isSeq, type Node, parseDocument } from 'yaml';
import { KIND_SCHEMAS, type KindFolder } from '../records/schemas.js';

/** One scalar as YAML writes it in a list item (quoted only where it must be). */
function scalarText(value: string | number): string {
  return new Document(value).toString({ lineWidth: 0 }).trimEnd();
}

/** Appends `value` to the list at top-level `key`, creating the key in schema order if missing. */
export function appendToList(text: string, kind: KindFolder, key: string, value: string): string {
  const doc = parseDocument(text);
  const map = doc.contents as Node | null;
  if (!isMap(map)) throw new Error('a record must be a mapping');
  const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
  const seq = pair?.value as Node | undefined;
  const item = scalarText(value);
  if (pair && isSeq(seq) && seq.range) {
    if (seq.flow) {
      // [a, b] → [a, b, value]
      const close = text.lastIndexOf(']', seq.range[1]);
      const empty = seq.items.length === 0;
      return `${text.slice(0, close)}${empty ? '' : ', '}${item}${text.slice(close)}`;
    }
    const last = seq.items[seq.items.length - 1] as Node | undefined;
    const lineStart = text.lastIndexOf('\n', (last?.range?.[0] ?? seq.range[0]) - 1) + 1;
    const indent = /^[ ]*/.exec(text.slice(lineStart))![0];
    // Insert at the start of the line after the last item (its range may end there or before).
    let at = last?.range?.[1] ?? seq.range[1];
    if (text[at - 1] !== '\n') {
      const newline = text.indexOf('\n', at);
      at = newline < 0 ? text.length : newline + 1;
    }
    const before = text.slice(0, at);
    return `${before}${before.endsWith('\n') ? '' : '\n'}${indent}- ${item}\n${text.slice(at)}`;
  }
  if (pair) throw new Error(`${key} is not a list`);
  // A new key goes before the first key that comes after it in the schema, else at the end.
  const order = Object.keys((KIND_SCHEMAS[kind]._zod.def as { shape: Record<string, unknown> }).shape);
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  const next = map.items.find((p) => isScalar(p.key) && rank(String(p.key.value)) > rank(key));
  const block = `${key}:\n  - ${item}\n`;
  if (next && isScalar(next.key) && next.key.range) {
    const lineStart = text.lastIndexOf('\n', next.key.range[0] - 1) + 1;
    return `${text.slice(0, lineStart)}${block}${text.slice(lineStart)}`;
  }
  return `${text}${text.endsWith('\n') || text === '' ? '' : '\n'}${block}`;
}
