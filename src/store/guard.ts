// What a file is checked for before it is parsed: a size, a nesting depth and leftover merge
// conflict markers. A parser that recurses runs out of stack on YAML nested thousands of levels
// deep, and a conflict left in a file reads as a syntax error that does not say what happened.
// Each finding is one problem of that file; the other files are read as usual.

/** A record file larger than this is refused before it is parsed (a 1 MB field is refused by its limit). */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** Nesting deeper than this is refused before parsing; a record of the format nests four levels. */
export const MAX_DEPTH = 64;

/** A line of a leftover merge conflict: `<<<<<<< ours`, `=======`, `>>>>>>> theirs` (or `|||||||` of diff3). */
const CONFLICT = /^(?:<{7}(?: .*)?|={7}|>{7}(?: .*)?|\|{7}(?: .*)?)$/m;

/** The 1-based line of the first merge conflict marker, if any. */
export function conflictLine(text: string): number | undefined {
  const match = CONFLICT.exec(text);
  if (!match) return undefined;
  return text.slice(0, match.index).split('\n').length;
}

/** A block scalar header at the end of a line: `key: |`, `- >-`, `|2+` and a comment after it. */
const BLOCK_SCALAR = /(?:^|[\s:-])[|>][0-9+-]*\s*(?:#.*)?$/;

/**
 * The first line where the text nests more than `max` levels (block indentation, `- ` and `? `
 * items on one line, and flow brackets outside quotes all count), or undefined. An estimate that
 * errs towards counting more: a file a record could be never comes near the limit.
 */
export function tooDeepLine(text: string, max = MAX_DEPTH): number | undefined {
  // (nearly every file is far from the limit: one pass over its characters tells)
  return nestingBound(text) <= max ? undefined : deepLine(text, max);
}

/**
 * More levels than the text can nest, counted in one pass: a level opens at most once per line,
 * per `- ` or `? ` item marker and per flow bracket. A record file counts 20 to 40.
 */
export function nestingBound(text: string): number {
  let bound = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // a newline, [ or {
    if (c === 0x0a || c === 0x5b || c === 0x7b) bound++;
    else if (c === 0x2d || c === 0x3f) {
      // - or ?, followed by a space, a newline or the end
      const next = text.charCodeAt(i + 1);
      if (next === 0x20 || next === 0x0a || Number.isNaN(next)) bound++;
    }
  }
  return bound;
}

/** `tooDeepLine` line by line. Exported for its test only. */
export function deepLine(text: string, max: number): number | undefined {
  const indents: number[] = [];
  let flow = 0;
  let blockIndent = -1;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    let indent = 0;
    while (raw.charCodeAt(indent) === 0x20) indent++;
    const rest = raw.slice(indent);
    if (blockIndent >= 0) {
      // Inside a literal or folded block: its lines are text, however deep.
      if (rest === '' || indent > blockIndent) continue;
      blockIndent = -1;
    }
    if (rest === '' || rest[0] === '#') continue;
    if (flow === 0) {
      while (indents.length && indents[indents.length - 1]! >= indent) indents.pop();
      indents.push(indent);
      // `- - - x` and `? ? x` open a level each.
      let at = 0;
      while ((rest[at] === '-' || rest[at] === '?') && (rest[at + 1] === ' ' || rest.length === at + 1)) {
        indents.push(indent + at + 2);
        at += 2;
        while (rest[at] === ' ') at++;
      }
    }
    flow = flowDepth(rest, flow, indents.length, max);
    if (flow < 0 || indents.length + flow > max) return i + 1;
    if (flow === 0 && BLOCK_SCALAR.test(rest)) blockIndent = indent;
  }
  return undefined;
}

/**
 * The flow depth after a line, starting at `depth`: brackets outside quotes and comments. -1 when
 * it goes beyond the limit on this line. In block context only a bracket that starts a value
 * opens a flow collection (`title: a[1]` is plain text).
 */
function flowDepth(line: string, depth: number, block: number, max: number): number {
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '#' && (i === 0 || line[i - 1] === ' ')) break;
    if (depth === 0) {
      const startsValue = i === 0 || /[\s:-]/.test(line[i - 1]!);
      if ((c === '[' || c === '{') && startsValue) depth = 1;
      else if ((c === '"' || c === "'") && startsValue) quote = c;
    } else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
    else if (c === '"' || c === "'") quote = c;
    if (block + depth > max) return -1;
  }
  return depth;
}
