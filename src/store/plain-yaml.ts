// A quick reader for the plain YAML that record files are written in: block mappings and lists,
// one-line flow lists, plain and quoted one-line scalars, and literal block text (`|`, `|-`).
// That is what `mixer fmt` writes and what people write by hand; reading it is most of what
// loading a large folder costs, and the general parser spends most of that on what records
// never use.
//
// The rule that keeps it safe: it gives a value only for text it reads exactly as the `yaml`
// package does (core schema, YAML 1.2), and gives up — returns undefined — on anything else
// (anchors, tags, folded or multi-line scalars, flow mappings, duplicate keys, odd indentation,
// control characters, …). The caller then parses with `yaml`, which also reports every problem.
// test/plain-yaml.test.ts compares the two on every sample file and on thousands of generated ones.

/** Thrown to give up; caught once, at the top. */
class GiveUp extends Error {}
const giveUp = (): never => {
  throw new GiveUp();
};

/** Keys as records write them. Anything else (quoted, numeric, `__proto__`) goes to `yaml`. */
const KEY = /^[A-Za-z][A-Za-z0-9_-]*$/;
/** A key this reader takes: plain, and not a word that means null or a boolean. */
const isKey = (text: string) => KEY.test(text) && resolvePlain(text) === text;
/** Characters the general parser treats specially or rejects: left to it. */
const UNUSUAL = /[\t\r\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]/;

// The core schema's scalar types, with the tests and conversions of `yaml` itself.
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const TRUE = /^(?:[Tt]rue|TRUE)$/;
const FALSE = /^(?:[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** What a plain scalar means under the core schema. */
function resolvePlain(text: string): unknown {
  const first = text.charCodeAt(0);
  // Only text starting with a digit, sign, dot, ~, n/N, t/T or f/F can be anything but a string.
  if (!/^[-+.0-9~nNtTfF]/.test(text) && text !== '') return text;
  if (NULL.test(text)) return null;
  if (TRUE.test(text)) return true;
  if (FALSE.test(text)) return false;
  if (INT_OCT.test(text)) return Number.parseInt(text.slice(2), 8);
  if (INT.test(text)) return Number.parseInt(text, 10);
  if (INT_HEX.test(text)) return Number.parseInt(text.slice(2), 16);
  if (FLOAT_NAN.test(text))
    return text.slice(-3).toLowerCase() === 'nan'
      ? Number.NaN
      : first === 0x2d
        ? Number.NEGATIVE_INFINITY
        : Number.POSITIVE_INFINITY;
  if (FLOAT_EXP.test(text) || FLOAT.test(text)) return Number.parseFloat(text);
  return text;
}

interface Line {
  /** Spaces before the content. */
  indent: number;
  /** The line without its indentation. */
  text: string;
}

/**
 * `text` without spaces at its start and/or end. Only the ASCII space: YAML does not count the
 * ideographic space (U+3000) or a no-break space as white space, and String.trim would drop them.
 */
function spacesOff(text: string, start: boolean, end: boolean): string {
  let from = 0;
  let to = text.length;
  if (start) while (from < to && text.charCodeAt(from) === 0x20) from++;
  if (end) while (to > from && text.charCodeAt(to - 1) === 0x20) to--;
  return from === 0 && to === text.length ? text : text.slice(from, to);
}

/** The end of a value's text: before a ` #` comment, without trailing spaces. */
function withoutComment(text: string): string {
  const hash = text.indexOf(' #');
  return spacesOff(hash < 0 ? text : text.slice(0, hash), false, true);
}

/** Whether what follows a closing quote or bracket is only spaces and perhaps a comment. */
function onlyComment(rest: string): boolean {
  const trimmed = spacesOff(rest, true, false);
  return trimmed === '' || (trimmed[0] === '#' && rest.length > trimmed.length);
}

/** A plain scalar on one line, in a block (`flow` false) or inside `[ ]` (`flow` true). */
function plainScalar(raw: string, flow: boolean): unknown {
  const text = flow ? spacesOff(raw, true, true) : withoutComment(raw);
  if (text === '') return giveUp();
  const c = text[0]!;
  // Indicators that may not start a plain scalar (or start something this reader leaves alone).
  if ('[]{},#&*!|>\'"%@`'.includes(c)) return giveUp();
  if ((c === '-' || c === '?' || c === ':') && (text.length === 1 || text[1] === ' ')) return giveUp();
  // `a: b` inside a value is an error or a mapping; a trailing `:` too.
  if (text.includes(': ') || text.endsWith(':')) return giveUp();
  if (flow && /[[\]{},#]/.test(text)) return giveUp();
  return resolvePlain(text);
}

const ESCAPES: Record<string, string> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t', r: '\r' };

/** A double-quoted scalar at the start of `text`: its value and the text after it. */
function doubleQuoted(text: string): [string, string] {
  let out = '';
  for (let i = 1; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') return [out, text.slice(i + 1)];
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = text[++i];
    if (e === 'u') {
      const hex = text.slice(i + 1, i + 5);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) return giveUp();
      out += String.fromCharCode(Number.parseInt(hex, 16));
      i += 4;
    } else if (e !== undefined && ESCAPES[e] !== undefined) out += ESCAPES[e];
    else return giveUp();
  }
  return giveUp(); // not closed on this line
}

/** A single-quoted scalar at the start of `text`: its value and the text after it. */
function singleQuoted(text: string): [string, string] {
  let out = '';
  for (let i = 1; i < text.length; i++) {
    const c = text[i]!;
    if (c !== "'") out += c;
    else if (text[i + 1] === "'") {
      out += "'";
      i++;
    } else return [out, text.slice(i + 1)];
  }
  return giveUp();
}

/** A quoted scalar that must be the whole value (a comment may follow). */
function quotedValue(text: string): string {
  const [value, rest] = text[0] === '"' ? doubleQuoted(text) : singleQuoted(text);
  return onlyComment(rest) ? value : giveUp();
}

/** `[a, "b", 3]` on one line. */
function flowList(text: string): unknown[] {
  const items: unknown[] = [];
  let rest = spacesOff(text.slice(1), true, false);
  if (rest[0] === ']') return onlyComment(rest.slice(1)) ? items : giveUp();
  for (;;) {
    let value: unknown;
    if (rest[0] === '"' || rest[0] === "'") {
      const [quoted, after] = rest[0] === '"' ? doubleQuoted(rest) : singleQuoted(rest);
      value = quoted;
      rest = spacesOff(after, true, false);
    } else {
      const end = rest.search(/[,\]]/);
      if (end < 0) return giveUp();
      value = plainScalar(rest.slice(0, end), true);
      rest = rest.slice(end);
    }
    items.push(value);
    if (rest[0] === ']') return onlyComment(rest.slice(1)) ? items : giveUp();
    if (rest[0] !== ',') return giveUp();
    rest = spacesOff(rest.slice(1), true, false);
    // A trailing comma, or an empty item: left to the general parser.
    if (rest[0] === ']' || rest[0] === ',') return giveUp();
  }
}

/** `key: value` (or `key:`) split at its colon; undefined when the line is no such entry. */
function splitEntry(text: string): { key: string; value: string } | undefined {
  const colon = text.indexOf(':');
  if (colon <= 0 || !isKey(text.slice(0, colon))) return undefined;
  const after = text.slice(colon + 1);
  if (after !== '' && after[0] !== ' ') return undefined;
  return { key: text.slice(0, colon), value: spacesOff(after, true, false) };
}

/** Whether a line (without its indentation) is a list item: a dash, then a space or nothing. */
const isItem = (text: string) => text[0] === '-' && (text.length === 1 || text[1] === ' ');

class Reader {
  private at = 0;

  constructor(private readonly lines: Line[]) {}

  /** The next line that is not blank or a comment, skipping those. */
  private peek(): Line | undefined {
    while (this.at < this.lines.length) {
      const line = this.lines[this.at]!;
      if (line.text !== '' && line.text[0] !== '#') return line;
      this.at++;
    }
    return undefined;
  }

  document(): Record<string, unknown> {
    const first = this.peek();
    if (first?.indent !== 0) return giveUp();
    const value = this.mapping(0, undefined);
    if (this.peek()) return giveUp(); // something the mapping did not take
    return value;
  }

  /** A block mapping whose keys stand at `indent`; `head` is a first entry already cut from its line. */
  private mapping(indent: number, head: string | undefined): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (let text = head; ; text = undefined) {
      if (text === undefined) {
        const line = this.peek();
        if (!line || line.indent < indent) break;
        if (line.indent > indent) return giveUp();
        text = line.text;
        this.at++;
      }
      const entry = splitEntry(text) ?? giveUp();
      if (Object.hasOwn(out, entry.key)) return giveUp();
      out[entry.key] = this.value(entry.value, indent, true);
    }
    return out;
  }

  /**
   * A block list whose dashes stand at `indent`; `underKey` when it stands as deep as the key it
   * belongs to (`key:` then `- item` below it), where the next key ends it.
   */
  private list(indent: number, underKey: boolean): unknown[] {
    const out: unknown[] = [];
    for (;;) {
      const line = this.peek();
      if (!line || line.indent < indent) break;
      if (underKey && line.indent === indent && line.text[0] !== '-') break;
      if (line.indent > indent || !isItem(line.text)) return giveUp();
      const text = line.text;
      this.at++;
      const item = spacesOff(text.slice(1), true, false);
      const itemIndent = indent + (text.length - item.length);
      // `- key: value` starts a mapping whose keys stand where `key` does.
      if (splitEntry(item)) out.push(this.mapping(itemIndent, item));
      else if (item[0] === '-') return giveUp();
      else out.push(this.value(item, indent, false));
    }
    return out;
  }

  /** The value after `key:` (`ofKey`) or `- ` on a line whose key or dash stands at `indent`. */
  private value(text: string, indent: number, ofKey: boolean): unknown {
    if (text === '' || text[0] === '#') {
      const next = this.peek();
      if (!next || next.indent < indent) return null;
      if (next.indent === indent) {
        if (!isItem(next.text)) return null;
        return ofKey ? this.list(indent, true) : giveUp();
      }
      return isItem(next.text) ? this.list(next.indent, false) : this.mapping(next.indent, undefined);
    }
    let value: unknown;
    const c = text[0];
    if (c === '|') value = this.literal(text, indent);
    else if (c === '"' || c === "'") value = quotedValue(text);
    else if (c === '[') value = flowList(text);
    else value = plainScalar(text, false);
    // A deeper line after a one-line value would continue it: left to the general parser.
    const next = this.peek();
    if (next && next.indent > indent) return giveUp();
    return value;
  }

  /** A literal block (`|` keeps one final newline, `|-` none), its lines deeper than `indent`. */
  private literal(header: string, indent: number): string {
    const chomp = withoutComment(header);
    if (chomp !== '|' && chomp !== '|-') return giveUp();
    const body: string[] = [];
    let contentIndent = -1;
    while (this.at < this.lines.length) {
      const line = this.lines[this.at]!;
      if (line.text === '') {
        // A blank line: part of the text, unless the text ends here (trimmed below). One with
        // more spaces than the text's indentation is left to the general parser.
        if (line.indent > Math.max(contentIndent, 0)) return giveUp();
        body.push('');
        this.at++;
        continue;
      }
      if (contentIndent < 0) {
        if (line.indent <= indent) break;
        contentIndent = line.indent;
      }
      if (line.indent < contentIndent) break;
      body.push(' '.repeat(line.indent - contentIndent) + line.text);
      this.at++;
    }
    if (contentIndent < 0) return giveUp(); // an empty block: left to the general parser
    // Blank lines at the end are not part of the text (both chompings drop them).
    while (body.length > 0 && body[body.length - 1] === '') body.pop();
    const text = body.join('\n');
    return chomp === '|' ? `${text}\n` : text;
  }
}

/**
 * The value of a record file's text, read exactly as `yaml` would read it; undefined when the
 * text uses anything this reader leaves to `yaml`.
 */
export function readPlainYaml(text: string): Record<string, unknown> | undefined {
  if (UNUSUAL.test(text)) return undefined;
  const lines: Line[] = text.split('\n').map((raw) => {
    let indent = 0;
    while (raw.charCodeAt(indent) === 0x20) indent++;
    return { indent, text: raw.slice(indent) };
  });
  // Document markers and directives: left to the general parser.
  if (
    lines.some(
      (l) => l.indent === 0 && (l.text.startsWith('---') || l.text.startsWith('...') || l.text[0] === '%'),
    )
  )
    return undefined;
  try {
    return new Reader(lines).document();
  } catch (error) {
    if (error instanceof GiveUp) return undefined;
    throw error;
  }
}
