// One YAML file as read from disk: its text, its parsed document, and exact positions.
import type { Document, Node, ParsedNode } from 'yaml';
import { yaml } from './yaml-lib.js';

export interface Position {
  line: number;
  col: number;
}

export class SourceFile {
  private lineStarts?: number[];
  private doc?: Document.Parsed;

  constructor(
    /** Path relative to the data folder, forward slashes. */
    readonly file: string,
    readonly abs: string,
    readonly text: string,
  ) {}

  /** The parsed document, made from the text on first use (only files with a problem need it). */
  get document(): Document.Parsed {
    if (!this.doc) this.doc = yaml().parseDocument(this.text, { logLevel: 'error' });
    return this.doc;
  }

  /** 1-based line and column of a character offset. Computed on demand: most files never need it. */
  position(offset: number): Position {
    if (!this.lineStarts) {
      const starts = [0];
      for (let i = this.text.indexOf('\n'); i >= 0; i = this.text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.lineStarts = starts;
    }
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - (starts[lo] ?? 0) + 1 };
  }

  /**
   * Position of the node at `path` inside the record. With `key`, the position of the last
   * segment's key instead of its value (for unknown keys). A path that does not exist (a missing
   * field) gives the position of the deepest node that does: the mapping that lacks the field.
   */
  positionAt(path: ReadonlyArray<PropertyKey>, key = false): Position {
    const offset = this.offsetAt(path, key);
    return offset === undefined ? { line: 1, col: 1 } : this.position(offset);
  }

  /** The character offset `positionAt` names, or undefined when the record has no node there. */
  offsetAt(path: ReadonlyArray<PropertyKey>, key = false): number | undefined {
    const { isMap, isPair, isScalar, isSeq } = yaml();
    let node: Node | null | undefined = this.document.contents as Node | null | undefined;
    let found: Node | null | undefined = node;
    let keyNode: Node | undefined;
    for (const segment of path) {
      keyNode = undefined;
      if (isMap(node)) {
        const pair = node.items.find(
          // (a key written `null`, `~` or nothing is the key "" of the value read, as YAML reads it)
          (p) => isPair(p) && isScalar(p.key) && String(p.key.value ?? '') === String(segment),
        );
        if (!pair) break;
        keyNode = pair.key as Node;
        node = pair.value as Node | null;
        // `field:` with nothing after it has no value node: point at its key.
        found = node ?? keyNode;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as Node | undefined;
        if (!item) break;
        node = item;
        found = item;
      } else break;
    }
    const target = (key && keyNode) || found;
    return (target as ParsedNode | undefined)?.range?.[0];
  }
}
