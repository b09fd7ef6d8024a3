// Reads one YAML file (readText: its bytes and text) and parses it (parseText: a SourceFile and its
// plain value), turning every way a file can be broken (encoding, size, BOM, CRLF, tabs, syntax,
// duplicate keys, alias bombs, nesting) into problems.

import fs from 'node:fs';
import type { Document, Node } from 'yaml';
import type { Problem, Said } from '../errors.js';
import { printableLine } from '../util/printable.js';
import {
  FULL_WIDTH_SPACE,
  type FullWidthPlace,
  fullWidthSpaceOnLine,
  signOffset,
  unclosedQuoteOffset,
  valueSignOffset,
  yamlMistake,
} from '../util/yaml-mistakes.js';
import { conflictLine, MAX_DEPTH, MAX_FILE_BYTES, tooDeepLine } from './guard.js';
import { said } from './said.js';
import { SourceFile } from './source.js';
import { yaml } from './yaml-lib.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });
/** More alias expansions than this in one record is an attack, not data. */
const MAX_ALIASES = 50;

export interface ReadResult {
  source: SourceFile;
  /** The plain value, or undefined when the file could not be parsed. */
  value: unknown;
  problems: Problem[];
}

export interface TextResult {
  /** The bytes as read, or undefined when the file could not be read. */
  bytes?: Uint8Array;
  /** The decoded text, or undefined when the file could not be read as UTF-8. */
  text?: string;
  /** Whether the bytes start with a byte order mark (the decoded text no longer shows it). */
  bom: boolean;
  problems: Problem[];
}

function problemAt(file: string) {
  return (line: number, col: number, message: Said, hint?: Said): Problem => ({
    file,
    line,
    col,
    field: '',
    message,
    hint,
    code: message.key,
  });
}

/** The text of a file (`overlay`: text to use instead of the disk, for a change not written yet). */
export function readText(abs: string, file: string, overlay?: string): TextResult {
  const at = problemAt(file);
  let bytes: Buffer;
  try {
    bytes = overlay === undefined ? fs.readFileSync(abs) : Buffer.from(overlay, 'utf8');
  } catch (error) {
    const detail = (error as NodeJS.ErrnoException).code ?? String(error);
    return { bom: false, problems: [at(1, 1, said('problem.unreadable', { detail }))] };
  }
  if (bytes.length > MAX_FILE_BYTES)
    return {
      bom: false,
      problems: [
        at(
          1,
          1,
          said('problem.too-large', { size: bytes.length, max: MAX_FILE_BYTES }),
          said('hint.too-large'),
        ),
      ],
    };
  // TextDecoder drops a leading BOM unless told otherwise; look at the bytes.
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return { bytes, text: utf8.decode(bytes), bom, problems: [] };
  } catch {
    return { bytes, bom, problems: [at(1, 1, said('problem.not-utf8'), said('hint.not-utf8'))] };
  }
}

/** Parses the text of a file into its plain value, with every problem of its form. */
export function parseText(text: string, bom: boolean, abs: string, file: string): ReadResult {
  const at = problemAt(file);
  const problems: Problem[] = [];
  if (bom) problems.push(at(1, 1, said('problem.bom'), said('hint.bom')));
  const crlf = text.indexOf('\r\n');
  if (crlf >= 0) {
    const line = text.slice(0, crlf).split('\n').length;
    problems.push(
      at(
        line,
        crlf - text.lastIndexOf('\n', crlf - 1),
        said('problem.crlf', { count: 1, files: file }),
        said('hint.crlf'),
      ),
    );
  }
  const tab = /^[ ]*\t/m.exec(text);
  if (tab) {
    const line = text.slice(0, tab.index).split('\n').length;
    problems.push(at(line, tab[0].length, said('problem.tab'), said('hint.tab')));
  }

  // The document is not kept: a large folder would hold every tree in memory. Positions parse
  // the text again, and only for files that have a problem.
  const source = new SourceFile(file, abs, text);
  // A merge left unfinished, or nesting no record has: said once, and the file is not parsed.
  const conflict = conflictLine(text);
  if (conflict !== undefined)
    return {
      source,
      value: undefined,
      problems: [...problems, at(conflict, 1, said('problem.merge-conflict'), said('hint.merge-conflict'))],
    };
  const deep = tooDeepLine(text);
  if (deep !== undefined)
    return {
      source,
      value: undefined,
      problems: [
        ...problems,
        at(deep, 1, said('problem.too-deep', { max: MAX_DEPTH }), said('hint.too-deep')),
      ],
    };
  try {
    return parseChecked(text, source, problems, tab !== null);
  } catch (error) {
    // Nesting the estimate above missed still ends here, as this file's problem, not a crash.
    if (!(error instanceof RangeError)) throw error;
    return {
      source,
      value: undefined,
      problems: [...problems, at(1, 1, said('problem.too-deep', { max: MAX_DEPTH }), said('hint.too-deep'))],
    };
  }
}

/** The key whose text starts at `offset`, for a duplicate key named whole (yaml points at its first character). */
function keyAt(doc: Document, offset: number): string | undefined {
  const { isMap, isPair, isScalar, isSeq } = yaml();
  let found: string | undefined;
  const visit = (node: Node | null | undefined, depth: number): void => {
    if (found !== undefined || !node || depth > MAX_DEPTH) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        if (isScalar(pair.key) && pair.key.range?.[0] === offset) {
          found = String(pair.key.value);
          return;
        }
        visit(pair.value as Node, depth + 1);
      }
    } else if (isSeq(node)) for (const item of node.items) visit(item as Node, depth + 1);
  };
  visit(doc.contents as Node, 0);
  return found;
}

/**
 * What parses but loses text: where the sign of each anchor (`&name`), tag (`!tag`) or alias
 * (`*name`) is, how many aliases there are, and where a plain value goes on with a line that starts
 * with "- " (a list item indented deeper than the one before: read as the end of its text).
 */
function lossyValues(doc: Document, text: string): { signs: number[]; aliases: number; folded: number[] } {
  const { isAlias, isMap, isPair, isScalar, isSeq } = yaml();
  const signs: number[] = [];
  const folded: number[] = [];
  let aliases = 0;
  const visit = (node: unknown, depth: number): void => {
    if (!node || depth > MAX_DEPTH) return;
    if (isPair(node)) {
      visit(node.key, depth + 1);
      visit(node.value, depth + 1);
      return;
    }
    if (!isAlias(node) && !isScalar(node) && !isMap(node) && !isSeq(node)) return;
    const start = node.range?.[0] ?? 0;
    if (isAlias(node)) {
      aliases++;
      signs.push(start);
    } else if (node.anchor) signs.push(Math.max(0, text.lastIndexOf(`&${node.anchor}`, start)));
    else if (node.tag) {
      let sign = Math.max(0, text.lastIndexOf('!', start));
      while (text[sign - 1] === '!') sign--; // `!!str`: from its first sign
      signs.push(sign);
    }
    // (`-スマホ` then `- 翻訳` is one text too, but its mistake is the missing space: said by the schema)
    if (isScalar(node) && node.type === 'PLAIN' && node.range && !/^-\S/.test(String(node.value))) {
      const item = /\n[ ]*- /.exec(text.slice(start, node.range[1]));
      if (item) folded.push(start + item.index + item[0].length - 2);
    }
    if (isMap(node) || isSeq(node)) for (const item of node.items) visit(item, depth + 1);
  };
  visit(doc.contents, 0);
  return { signs, aliases, folded };
}

/**
 * Where each key that holds a full-width space has its first one: in the indentation before it
 * (YAML reads it as the key's first letter), right after a colon, or inside the key.
 */
function fullWidthKeys(doc: Document, text: string): Array<{ offset: number; where: FullWidthPlace }> {
  const { isMap, isPair, isScalar, isSeq } = yaml();
  const found: Array<{ offset: number; where: FullWidthPlace }> = [];
  const place = (offset: number): FullWidthPlace => {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    if (/^[ ]*(?:-[ ]+)*$/.test(text.slice(lineStart, offset))) return 'indent';
    return text[offset - 1] === ':' ? 'after-colon' : 'key';
  };
  const visit = (node: unknown, depth: number): void => {
    if (!node || depth > MAX_DEPTH) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key;
        if (isScalar(key) && String(key.value).includes(FULL_WIDTH_SPACE) && key.range) {
          const at = text.indexOf(FULL_WIDTH_SPACE, key.range[0]);
          const offset = at >= 0 && at < key.range[1] ? at : key.range[0];
          found.push({ offset, where: place(offset) });
        }
        visit(pair.value, depth + 1);
      }
    } else if (isSeq(node)) for (const item of node.items) visit(item, depth + 1);
  };
  visit(doc.contents, 0);
  return found;
}

function fullWidthProblem(
  at: ReturnType<typeof problemAt>,
  pos: { line: number; col: number },
  where: FullWidthPlace,
): Problem {
  return at(
    pos.line,
    pos.col,
    said('problem.fullwidth-space', { where }),
    said('hint.fullwidth-space', { where }),
  );
}

/** A value that starts with a sign YAML reserves, named with the sign. */
function signProblem(
  at: ReturnType<typeof problemAt>,
  source: SourceFile,
  text: string,
  offset: number,
): Problem {
  const pos = source.position(offset);
  const sign = text[offset] ?? '';
  return at(
    pos.line,
    pos.col,
    said('problem.yaml-sign', { sign }),
    // An anchor or a tag is a word of its own: dropped, or the value quoted with it.
    sign === '&' || sign === '!'
      ? said('hint.yaml-sign-word')
      : said('hint.yaml-syntax', { what: 'reserved-start' }),
  );
}

function parseChecked(text: string, source: SourceFile, problems: Problem[], tab: boolean): ReadResult {
  const at = problemAt(source.file);
  // logLevel 'error': yaml would print its warnings (a mapping used as a key…) to the process's
  // stderr; what they mean reaches the user as a problem of the record instead.
  const doc = yaml().parseDocument(text, {
    prettyErrors: false,
    uniqueKeys: true,
    keepSourceTokens: false,
    logLevel: 'error',
  });
  if (doc.errors.length > 0) {
    const lines = new Set<number>();
    for (const error of doc.errors) {
      // A tab in indentation is already reported in plain words above.
      if (tab && /tab/i.test(error.message)) continue;
      // A full-width space that YAML read as a letter (`　- english`): named, where it is.
      const fullWidth = fullWidthSpaceOnLine(text, error.pos[0]);
      if (fullWidth) {
        const pos = source.position(fullWidth.offset);
        if (lines.has(pos.line)) continue;
        lines.add(pos.line);
        problems.push(fullWidthProblem(at, pos, fullWidth.where));
        continue;
      }
      const mistake = yamlMistake(error.code, error.message);
      // `notes: *注目* の店` is an alias with text after it: the sign is the mistake.
      const sign = mistake === 'text-after-end' ? valueSignOffset(text, error.pos[0]) : undefined;
      const what = sign === undefined ? mistake : 'reserved-start';
      const offset =
        what === 'quote'
          ? unclosedQuoteOffset(text, /'quote/.test(error.message) ? "'" : '"', error.pos[0])
          : what === 'reserved-start'
            ? (sign ?? signOffset(text, error.pos[0]))
            : error.pos[0];
      const pos = source.position(offset);
      // One mistake often trips the parser two or three times on its line: say it once.
      if (lines.has(pos.line)) continue;
      lines.add(pos.line);
      if (error.code === 'DUPLICATE_KEY') {
        const name = printableLine(keyAt(doc, error.pos[0]) ?? text.slice(error.pos[0], error.pos[1]));
        problems.push(
          at(pos.line, pos.col, said('problem.duplicate-key', { key: name }), said('hint.duplicate-key')),
        );
      } else if (what === 'reserved-start') {
        problems.push(signProblem(at, source, text, offset));
      } else {
        const detail = printableLine(
          error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
        );
        problems.push(
          at(
            pos.line,
            pos.col,
            said('problem.yaml-syntax', { detail, what }),
            said('hint.yaml-syntax', { what }),
          ),
        );
      }
    }
    return { source, value: undefined, problems };
  }
  // An anchor, a tag or an alias parses, but takes its sign and name out of the value (`name: &Co`
  // is empty, `- !急ぎ 申請` is 「申請」): no record uses them, so each is a mistake to quote.
  const lossy = lossyValues(doc, text);
  if (lossy.aliases > MAX_ALIASES) return aliasBomb();
  // The first one only: an alias depends on its anchor, and the fix is the same for each.
  const first = lossy.signs[0];
  if (first !== undefined) {
    problems.push(signProblem(at, source, text, first));
    return { source, value: undefined, problems };
  }
  // `　kind: person` parses, as the key 「　kind」: the full-width space is the mistake, said once.
  const fullWidth = fullWidthKeys(doc, text);
  // `name:　北上` alone in its file parses as one text: the full-width space after the colon made it.
  const whole = doc.contents;
  if (yaml().isScalar(whole) && typeof whole.value === 'string' && whole.range) {
    const found = fullWidthSpaceOnLine(text, whole.range[0]);
    if (found) fullWidth.push(found);
  }
  for (const found of fullWidth)
    problems.push(fullWidthProblem(at, source.position(found.offset), found.where));
  if (fullWidth.length) return { source, value: undefined, problems };
  // `- ケータリング` then `   - 焼き菓子` one space deeper: one item 「ケータリング - 焼き菓子」.
  for (const offset of lossy.folded) {
    const pos = source.position(offset);
    problems.push(
      at(
        pos.line,
        pos.col,
        said('problem.yaml-syntax', { detail: '', what: 'list-indent' }),
        said('hint.yaml-syntax', { what: 'list-indent' }),
      ),
    );
  }
  if (lossy.folded.length) return { source, value: undefined, problems };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    if (error instanceof RangeError) throw error;
    return aliasBomb();
  }
  return { source, value, problems };

  function aliasBomb(): ReadResult {
    problems.push(at(1, 1, said('problem.alias-bomb'), said('hint.alias-bomb')));
    return { source, value: undefined, problems };
  }
}
