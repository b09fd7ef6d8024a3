// Text from records and file names made safe to print: in a terminal, no escape sequence or NUL
// acts; in Markdown and Mermaid, no line break or markup changes what follows. Records that
// validate hold no such characters (records/text.ts); these are for what does not validate (a
// problem quotes the bad value), for file names, and as a second guard in every writer.

/** Characters a terminal or a reader would act on: C0 and C1 controls, DEL, separators, bidi controls. */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_OR_BREAK = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `\x1b`, `\u2028`: a character as its escape, so the reader sees it and the terminal ignores it. */
export function escapeChar(char: string): string {
  const code = char.codePointAt(0)!;
  if (char === '\n') return '\\n';
  if (char === '\t') return '\\t';
  if (char === '\r') return '\\r';
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** For a terminal: every control character shown as its escape; tab and line feed kept. */
export function printable(text: string): string {
  return text.replace(UNSAFE, escapeChar);
}

/** For one line of a terminal: as `printable`, and tab and line feed shown as escapes too. */
export function printableLine(text: string): string {
  return text.replace(UNSAFE_OR_BREAK, escapeChar);
}

/** `U+001B`: how a problem names a character. */
export function codePointName(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Longest value a message quotes, in characters; the rest is cut with an ellipsis. */
const QUOTE_MAX = 40;

/**
 * A value as a message shows it (the message puts text in its quotes): text cut to 40
 * characters, every control character escaped; `.nan` and `.inf` as YAML writes them; lists and
 * mappings as short JSON.
 */
export function showValue(value: unknown): string {
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return '.nan';
    if (!Number.isFinite(value)) return value > 0 ? '.inf' : '-.inf';
    return String(value);
  }
  if (typeof value === 'string') {
    const chars = [...value];
    const cut = chars.length > QUOTE_MAX ? `${chars.slice(0, QUOTE_MAX).join('')}…` : value;
    return printableLine(cut);
  }
  if (value === null || value === undefined) return String(value);
  const json = JSON.stringify(value) ?? String(value);
  const chars = [...json];
  return printableLine(chars.length > QUOTE_MAX ? `${chars.slice(0, QUOTE_MAX).join('')}…` : json);
}

/**
 * Text for one line of Markdown (a list item, a table cell, a heading): line breaks and tabs as
 * spaces, control characters escaped, and the characters Markdown or HTML would act on escaped,
 * so that a record's text stays text in a pull request or a job summary.
 */
export function markdownInline(text: string): string {
  return printable(text.replace(/\r\n|[\r\n\t\u2028\u2029]/g, ' '))
    .replace(/[\\`*_[\]<>|#!~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;');
}

/** Text for a Mermaid label in double quotes: quotes and markup as Mermaid's entity codes, one line. */
export function mermaidLabel(text: string): string {
  return printableLine(text.replace(/\r\n|[\r\n\t\u2028\u2029]/g, ' '))
    .replace(/[#"<>&;]/g, (c) => `#${c.charCodeAt(0)};`)
    .replace(/\\/g, '#92;');
}

/** A table cell (one line, or several, plain or styled) with every line printable. */
export function printableCell<T extends string | Array<string | { text: string; tail?: string }>>(
  cell: T,
): T {
  if (typeof cell === 'string') return printableLine(cell) as T;
  return cell.map((line) =>
    typeof line === 'string'
      ? printableLine(line)
      : {
          ...line,
          text: printableLine(line.text),
          ...(line.tail === undefined ? {} : { tail: printableLine(line.tail) }),
        },
  ) as T;
}
