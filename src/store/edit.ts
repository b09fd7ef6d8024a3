// Small edits of an existing record as text, so that everything else in the file (comments, key
// order, quoting, flow or block style) stays exactly as it was.
import { Document, isMap, isScalar, isSeq, type Node, parseDocument, type YAMLMap } from 'yaml';
import { KIND_SCHEMAS, type KindFolder } from '../records/schemas.js';
import { canonicalDocument, canonicalValue, NO_ALIASES, TO_STRING } from './format.js';

type Value = string | number | boolean | Record<string, unknown> | unknown[];

function topMap(text: string): YAMLMap {
  const map = parseDocument(text, { logLevel: 'error' }).contents as Node | null;
  if (!isMap(map)) throw new Error('a record must be a mapping');
  return map;
}

function findPair(map: YAMLMap, key: string) {
  return map.items.find((p) => isScalar(p.key) && p.key.value === key);
}

/** Offset of the start of the line holding `offset`. */
const lineStart = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;

/** Offset just past the line that holds `offset - 1` (a range end), i.e. the next line's start. */
function afterLine(text: string, end: number): number {
  if (text[end - 1] === '\n') return end;
  const newline = text.indexOf('\n', end);
  return newline < 0 ? text.length : newline + 1;
}

/**
 * An item of the list `key` as fmt writes it (long text as a block, every line exactly as `fmt`
 * would write it), its dash at `indent`.
 */
function itemLines(kind: KindFolder, key: string, value: Value, indent: string): string {
  // The list as fmt writes it, with this one item: `key:` then the item's lines, its dash at two spaces.
  const lines = canonicalDocument(new Document({ [key]: [value] }, NO_ALIASES), kind)
    .toString(TO_STRING)
    .split('\n')
    .slice(1, -1);
  return `${lines.map((line) => (line.startsWith('  ') ? `${indent}${line.slice(2)}` : line)).join('\n')}\n`;
}

/** Where a new top-level key goes: before the first key that comes after it in the schema. */
function insertionPoint(text: string, map: YAMLMap, kind: KindFolder, key: string): number {
  const order = Object.keys((KIND_SCHEMAS[kind]._zod.def as { shape: Record<string, unknown> }).shape);
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  const next = map.items.find((p) => isScalar(p.key) && rank(String(p.key.value)) > rank(key));
  if (next && isScalar(next.key) && next.key.range) return lineStart(text, next.key.range[0]);
  return text.length;
}

function withNewline(text: string): string {
  return text === '' || text.endsWith('\n') ? text : `${text}\n`;
}

/** Appends `value` to the list at top-level `key`, creating the key in schema order if missing. */
export function appendToList(text: string, kind: KindFolder, key: string, value: Value): string {
  const map = topMap(text);
  const pair = findPair(map, key);
  const seq = pair?.value as Node | undefined;
  if (pair && isSeq(seq) && seq.range) {
    if (seq.flow) {
      // [a, b] → [a, b, value]
      const close = text.lastIndexOf(']', seq.range[1]);
      // (quoted as fmt would: a date or a yes stays text to a YAML 1.1 reader)
      const item = canonicalValue(kind, key, value, true)
        .toString({ ...TO_STRING, collectionStyle: 'flow' })
        .trimEnd();
      return `${text.slice(0, close)}${seq.items.length ? ', ' : ''}${item}${text.slice(close)}`;
    }
    const last = seq.items[seq.items.length - 1] as Node | undefined;
    const indent = /^[ ]*/.exec(text.slice(lineStart(text, last?.range?.[0] ?? seq.range[0])))![0];
    // Insert at the start of the line after the last item (its range may end there or before).
    const at = afterLine(text, last?.range?.[1] ?? seq.range[1]);
    const before = withNewline(text.slice(0, at));
    return `${before}${itemLines(kind, key, value, indent)}${text.slice(at)}`;
  }
  if (pair) throw new Error(`${key} is not a list`);
  const at = insertionPoint(text, map, kind, key);
  const before = withNewline(text.slice(0, at));
  return `${before}${key}:\n${itemLines(kind, key, value, '  ')}${text.slice(at)}`;
}

/** The values of the list at top-level `key` (empty when there is none): what an edit is made from. */
export function listValues(text: string, key: string): unknown[] {
  const value = findPair(topMap(text), key)?.value as Node | undefined;
  return isSeq(value) ? (value.toJSON() as unknown[]) : [];
}

/** Sets top-level `key` to `value`: in place when it exists, else in schema order. */
export function setKey(text: string, kind: KindFolder, key: string, value: Value): string {
  const map = topMap(text);
  const pair = findPair(map, key);
  // The key and its value as fmt writes them (long text as a block).
  const block = canonicalDocument(new Document({ [key]: value }, NO_ALIASES), kind).toString(TO_STRING);
  const rendered = canonicalValue(kind, key, value, false).toString(TO_STRING);
  if (pair && isScalar(pair.key) && pair.key.range) {
    const valueNode = pair.value as Node | null;
    if (
      isScalar(valueNode) &&
      valueNode.range &&
      typeof value !== 'object' &&
      !rendered.trimEnd().includes('\n')
    ) {
      // Only the value changes; a comment after it stays.
      return `${text.slice(0, valueNode.range[0])}${rendered.trimEnd()}${text.slice(valueNode.range[1])}`;
    }
    const start = lineStart(text, pair.key.range[0]);
    const end = afterLine(text, valueNode?.range?.[1] ?? pair.key.range[1]);
    return `${text.slice(0, start)}${block}${text.slice(end)}`;
  }
  const at = insertionPoint(text, map, kind, key);
  return `${withNewline(text.slice(0, at))}${block}${text.slice(at)}`;
}

/** Removes top-level `key` and its value; the text as it is when there is no such key. */
function removeKey(text: string, key: string): string {
  const pair = findPair(topMap(text), key);
  if (!pair || !isScalar(pair.key) || !pair.key.range) return text;
  const valueNode = pair.value as Node | null;
  const start = lineStart(text, pair.key.range[0]);
  const end = afterLine(text, valueNode?.range?.[1] ?? pair.key.range[1]);
  return `${text.slice(0, start)}${text.slice(end)}`;
}

/**
 * The list at top-level `key` without the items `drop` picks, written again as fmt writes it (the
 * key goes when nothing is left); the text as it is when nothing is picked.
 */
export function removeFromList(
  text: string,
  kind: KindFolder,
  key: string,
  drop: (item: unknown) => boolean,
): string {
  const items = listValues(text, key);
  const kept = items.filter((item) => !drop(item));
  if (kept.length === items.length) return text;
  return kept.length ? setKey(text, kind, key, kept) : removeKey(text, key);
}
