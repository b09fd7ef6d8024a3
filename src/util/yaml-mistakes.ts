// What a YAML parser error means for a person typing a record: the parser's code (and, where one
// code covers two mistakes, its message) sorted into the few mistakes people make, each worded with
// a fix in ui/messages/problems.ts. The parser's own English stays beside it, for the rare case.

/** The mistakes a YAML syntax error is sorted into. */
const YAML_MISTAKES = [
  'quote',
  'no-colon',
  'unclosed-bracket',
  'indent',
  'colon-in-value',
  'not-key-value',
  'reserved-start',
  'text-after-end',
  'dash-after-key',
  'list-indent',
  'several-documents',
  'backslash',
  'other',
] as const;
export type YamlMistake = (typeof YAML_MISTAKES)[number];

export function yamlMistake(code: string, message: string): YamlMistake {
  switch (code) {
    case 'MISSING_CHAR':
      if (/tags and anchors/i.test(message)) return 'reserved-start'; // `- !急ぎ 申請`
      return /quote/i.test(message) ? 'quote' : /map values/i.test(message) ? 'no-colon' : 'other';
    case 'BAD_ALIAS': // `name: & Co`, `name: *`
      return 'reserved-start';
    case 'UNEXPECTED_TOKEN':
      // `name: "北上" のエンジニア`, `tags: [a] b`; `summary: - x`; `name: |foo`.
      if (/at node end/i.test(message)) return 'text-after-end';
      if (/block-seq-ind on same line/i.test(message)) return 'dash-after-key';
      return /block scalar header/i.test(message) ? 'reserved-start' : 'other';
    case 'BAD_INDENT':
      return /must be sufficiently indented and end with/i.test(message) ? 'unclosed-bracket' : 'indent';
    case 'BLOCK_AS_IMPLICIT_KEY':
      // A `- item` that starts left of the items before it is read as the key of a new mapping.
      return /block sequence/i.test(message) ? 'list-indent' : 'colon-in-value';
    case 'MULTILINE_IMPLICIT_KEY':
      return 'not-key-value';
    case 'BAD_SCALAR_START':
      return 'reserved-start';
    case 'MULTIPLE_DOCS':
      return 'several-documents';
    case 'BAD_DQ_ESCAPE':
      return 'backslash';
    default:
      return 'other';
  }
}

/** The signs that mean something to YAML at the start of a value (`@` `%` and `` ` `` are refused, the others drop or change what follows). */
const SIGNS = '@`%|>&!*';

/**
 * Where the sign that starts a value is, looking back from `offset` on its line (the parser points
 * at the text after an anchor, a tag or a block header), or `offset` itself when none is found.
 */
export function signOffset(text: string, offset: number): number {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  for (let i = Math.min(offset, text.length - 1); i >= lineStart; i--) {
    if (SIGNS.includes(text[i]!) && (i === lineStart || /[\s:\-[{,]/.test(text[i - 1]!))) return i;
  }
  return offset;
}

/**
 * Where the quote that is never closed opens. The parser reports the end of the file, having read
 * everything after the quote as one value; so no quote of its kind follows it, and it is the last
 * one before `end` that is not escaped (\" in "…", '' in '…').
 */
export function unclosedQuoteOffset(text: string, quote: '"' | "'", end: number): number {
  for (let i = Math.min(end, text.length) - 1; i >= 0; i--) {
    if (text[i] !== quote) continue;
    if (quote === "'") {
      if (text[i - 1] === "'") {
        i--; // '' stands for one quote inside the value
        continue;
      }
      return i;
    }
    let backslashes = 0;
    while (text[i - 1 - backslashes] === '\\') backslashes++;
    if (backslashes % 2 === 0) return i;
  }
  return end;
}

/**
 * Where the value on the line of `offset` starts with an alias, anchor or tag sign (`*注目* の店`,
 * which the parser reports as text after the end of a value), or undefined.
 */
export function valueSignOffset(text: string, offset: number): number | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', lineStart);
  const line = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
  const match = /^([ ]*(?:-[ ]+)*(?:[^\s#'"-][^#]*?:[ ]+)?)[*&!]/.exec(line);
  return match ? lineStart + match[1]!.length : undefined;
}

/**
 * Where a full-width space (U+3000, what a Japanese IME types for a space) is that YAML or a field
 * does not take: a line of nothing else, the indentation, right after a key's colon, inside a key,
 * inside a value that takes no spaces. YAML reads it as a letter, not a space.
 */
export type FullWidthPlace = 'blank' | 'indent' | 'after-colon' | 'key' | 'value';

export const FULL_WIDTH_SPACE = '\u3000';

/**
 * The full-width space that breaks the line of `offset`, and where it is: the first one in the
 * line's indentation (or on a line of spaces alone), or one right after a key's colon; undefined
 * when the line has neither.
 */
export function fullWidthSpaceOnLine(
  text: string,
  offset: number,
): { offset: number; where: FullWidthPlace } | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', lineStart);
  const line = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).replace(/\r$/, '');
  const indent = /^[ \t\u3000]*/.exec(line)![0];
  const inIndent = indent.indexOf(FULL_WIDTH_SPACE);
  if (inIndent >= 0)
    return { offset: lineStart + inIndent, where: indent.length === line.length ? 'blank' : 'indent' };
  // `name:　北上`: the colon of the first key on the line (after any "- ")
  const colon = /^[ ]*(?:-[ ]+)*[^\s#'"][^:#]*?:(?=\u3000)/.exec(line);
  if (colon) return { offset: lineStart + colon[0].length, where: 'after-colon' };
  return undefined;
}
