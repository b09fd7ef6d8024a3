// Canonical form of a record file (and of mixer.yaml and glossary.yaml), so that two people's edits
// diff and merge cleanly: keys in the order of the schema, two-space indentation, block lists, plain
// or double quotes as needed, long or multi-line text as block scalars, LF line ends, a final
// newline. Text that a YAML 1.1 reader would take for a date, a boolean or a number is quoted, so
// that every YAML reader reads the same values. Comments stay with what they describe.
import { Document, isMap, isPair, isScalar, isSeq, type Node, parseDocument, Scalar } from 'yaml';
import type { z } from 'zod';
import type { FileKind } from '../records/enums.js';
import { FILE_SCHEMAS, KIND_SCHEMAS, type KindFolder } from '../records/schemas.js';
import { displayWidth } from '../util/text.js';
import { conflictLine, tooDeepLine } from './guard.js';
import { retypedByYaml11 } from './yaml11.js';

/** Text longer than this (in columns) is written as a block scalar. */
const LONG_TEXT = 80;

export const TO_STRING = { indent: 2, indentSeq: true, lineWidth: 0, minContentWidth: 0 } as const;
/** A value written twice is written out twice: an anchor and alias (`&a1`, `*a1`) is refused on reading. */
export const NO_ALIASES = { aliasDuplicateObjects: false } as const;

// biome-ignore lint/suspicious/noExplicitAny: zod's definition objects differ per kind of schema.
type Def = any;

/** The object schemas a value at this place may follow (through optional, array and union). */
function objectShapes(def: Def): Array<Record<string, z.ZodType>> {
  while (def && (def.type === 'optional' || def.type === 'nullable' || def.type === 'default'))
    def = def.innerType._zod.def;
  if (!def) return [];
  if (def.type === 'object') return [def.shape];
  if (def.type === 'union') return def.options.flatMap((o: z.ZodType) => objectShapes(o._zod.def));
  return [];
}

function elementDef(def: Def): Def | undefined {
  while (def && (def.type === 'optional' || def.type === 'nullable' || def.type === 'default'))
    def = def.innerType._zod.def;
  return def?.type === 'array' ? def.element._zod.def : undefined;
}

/** The schema of a map's values when it is a record (`glossary.yaml`: concept id → concept). */
function recordValueDef(def: Def): Def | undefined {
  while (def && (def.type === 'optional' || def.type === 'nullable' || def.type === 'default'))
    def = def.innerType._zod.def;
  return def?.type === 'record' ? def.valueType._zod.def : undefined;
}

/** A string scalar in canonical style: a block when long or multi-line, quoted when YAML 1.1 would retype it. */
function canonicalString(node: Scalar, text: string): void {
  if (text.includes('\n') || displayWidth(text) > LONG_TEXT) node.type = Scalar.BLOCK_LITERAL;
  else if (retypedByYaml11(text)) node.type = Scalar.QUOTE_DOUBLE;
  else node.type = undefined;
}

function canonicalNode(node: Node | null | undefined, def: Def | undefined): void {
  if (isMap(node)) {
    node.flow = false;
    const valueDef = recordValueDef(def);
    const shape = objectShapes(def)[0];
    if (shape) {
      const order = Object.keys(shape);
      const rank = (p: unknown) => {
        const key = isPair(p) && isScalar(p.key) ? String(p.key.value) : '';
        const i = order.indexOf(key);
        return i < 0 ? order.length : i;
      };
      node.items.sort((a, b) => rank(a) - rank(b));
    }
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (isScalar(pair.key) && typeof pair.key.value === 'string')
        pair.key.type = retypedByYaml11(key) ? Scalar.QUOTE_DOUBLE : undefined;
      canonicalNode(pair.value as Node, valueDef ?? shape?.[key]?._zod.def);
    }
  } else if (isSeq(node)) {
    node.flow = false;
    const element = elementDef(def);
    for (const item of node.items) canonicalNode(item as Node, element);
  } else if (isScalar(node) && typeof node.value === 'string') canonicalString(node, node.value);
  // Numbers in decimal: 0o17, 0x1f and 1e3 are text to a YAML 1.1 reader.
  else if (isScalar(node) && typeof node.value === 'number') node.format = undefined;
}

/**
 * A value for the top-level field `key` of a record of `kind` (an item of that list when `item`),
 * in canonical form: what an edit inserts is written as fmt would write it.
 */
export function canonicalValue(kind: KindFolder, key: string, value: unknown, item: boolean): Document {
  const doc = new Document(value, NO_ALIASES);
  const field = objectShapes(KIND_SCHEMAS[kind]._zod.def)[0]?.[key]?._zod.def;
  canonicalNode(doc.contents as Node, item ? elementDef(field) : field);
  return doc;
}

/** Rewrites a parsed record (or settings, or glossary) into canonical form, in place. */
export function canonicalDocument(doc: Document, kind: FileKind): Document {
  const contents = doc.contents as Node | null;
  // A comment above the first key heads the file: keep it at the top whatever key comes first.
  if (isMap(contents) && contents.items[0] && isScalar(contents.items[0].key)) {
    const first = contents.items[0].key as Scalar;
    if (first.commentBefore) {
      doc.commentBefore = doc.commentBefore
        ? `${doc.commentBefore}\n${first.commentBefore}`
        : first.commentBefore;
      first.commentBefore = undefined;
    }
  }
  canonicalNode(contents, FILE_SCHEMAS[kind]._zod.def);
  return doc;
}

/**
 * The canonical text of a record file (BOM and CRLF removed); the text as it is when it is not
 * YAML a record could be (syntax errors, a merge conflict, nesting no record has).
 */
export function canonicalText(text: string, kind: FileKind): string {
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  if (conflictLine(clean) !== undefined || tooDeepLine(clean) !== undefined) return text;
  try {
    const doc = parseDocument(clean, { logLevel: 'error' });
    if (doc.errors.length) return text;
    return canonicalDocument(doc, kind).toString(TO_STRING);
  } catch (error) {
    if (error instanceof RangeError) return text;
    throw error;
  }
}

/** The canonical text of a new record. */
export function recordText(kind: KindFolder, data: object): string {
  return canonicalText(new Document(data, NO_ALIASES).toString(TO_STRING), kind);
}
