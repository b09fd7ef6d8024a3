// Plain-text tables aligned by display width, so Japanese names and emoji line up with ASCII ones,
// fitted to the terminal: what a person must copy (an id) is never cut; free text is shortened
// with … or wrapped onto more lines, as its column says.
import { displayWidth, padWidth, truncateWidth, wrapWidth } from '../util/text.js';

export interface Column {
  header: string;
  align?: 'left' | 'right';
  /**
   * What happens to a cell wider than the column's share of the line: `keep` (default) never
   * cut, for ids, dates and numbers; `cut`, shortened with …; `wrap`, continued on the next lines.
   */
  fit?: 'keep' | 'cut' | 'wrap';
  /** Narrowest a `cut` or `wrap` column becomes when the line is short (default 8). */
  min?: number;
  /** Which columns get the room first when there is not enough for all (higher first; default 1). */
  priority?: number;
  /**
   * When what the table never cuts (an id) leaves the line too little room, what this column never
   * cuts goes whole on a line of its own above its row, and its header above the others, rather
   * than running past the terminal's edge (every such column, in order).
   */
  stack?: boolean;
  /** The header of its stacked lines, when the column itself stays for what it cuts (「課題の ID」). */
  stackHeader?: string;
}

/** One line of a cell: text, or text that is never cut (an id under a name), with a style. */
export type CellLine =
  | string
  | {
      text: string;
      keep?: boolean;
      style?: (text: string) => string;
      /** Kept after the text when the line is cut (` × 山本 玲奈`): the text is shortened before it; the
       *  tail itself only when it would leave the text less than a third of the line. */
      tail?: string;
    };

/** A cell: one line, or several (a name with its id below it). */
export type Cell = string | CellLine[];

export interface TableOptions {
  /** The width to fit in, in columns; `Infinity` shows every cell whole (--wide). */
  width: number;
  /** The style of the header line. */
  header?: (text: string) => string;
}

const GAP = 2;

interface Line {
  text: string;
  keep: boolean;
  style?: (text: string) => string;
  /** What a cut leaves at the end (see CellLine). */
  tail?: string;
}

const linesOf = (cell: Cell | undefined): Line[] =>
  (typeof cell === 'string' ? [cell] : (cell ?? [])).map((line) =>
    typeof line === 'string'
      ? { text: line, keep: false }
      : { keep: false, ...line, text: line.text + (line.tail ?? '') },
  );

/** How wide each column is: as wide as its content when that fits, else shrunk fairly. */
function columnWidths(columns: Column[], rows: Line[][][], width: number): number[] {
  const natural = columns.map((c, i) =>
    Math.max(displayWidth(c.header), ...rows.flatMap((r) => (r[i] ?? []).map((l) => displayWidth(l.text)))),
  );
  const room = width - GAP * (columns.length - 1);
  if (natural.reduce((a, b) => a + b, 0) <= room) return natural;
  const least = columns.map((c, i) => {
    if ((c.fit ?? 'keep') === 'keep') return natural[i]!;
    const kept = rows.flatMap((r) => (r[i] ?? []).filter((l) => l.keep).map((l) => displayWidth(l.text)));
    return Math.min(natural[i]!, Math.max(c.min ?? 8, displayWidth(c.header), ...kept));
  });
  const widths = [...least];
  let spare = room - least.reduce((a, b) => a + b, 0);
  // Too narrow even for the least: ids and numbers still print whole, the line runs over.
  if (spare <= 0) return widths;
  // The room left goes to the columns that want more, by priority, shared in proportion within one.
  const priorities = [...new Set(columns.map((c) => c.priority ?? 1))].sort((a, b) => b - a);
  for (const priority of priorities) {
    const group = columns.map((_, i) => i).filter((i) => (columns[i]!.priority ?? 1) === priority);
    const wanted = group.map((i) => natural[i]! - widths[i]!);
    const total = wanted.reduce((a, b) => a + b, 0);
    if (total === 0) continue;
    const share = Math.min(spare, total);
    group.forEach((i, k) => {
      widths[i]! += Math.floor((share * wanted[k]!) / total);
    });
    // What rounding left over goes to the first columns that still want it.
    let left = share - group.reduce((sum, i, k) => sum + widths[i]! - (natural[i]! - wanted[k]!), 0);
    for (const i of group)
      if (left > 0 && widths[i]! < natural[i]!) {
        widths[i]!++;
        left--;
      }
    spare -= share;
    if (spare <= 0) break;
  }
  return widths;
}

/** The lines of one cell at a width: kept lines whole, the others cut or wrapped. */
function fitCell(lines: Line[], width: number, fit: Column['fit']): Line[] {
  return lines.flatMap((line) => {
    if (line.keep || displayWidth(line.text) <= width || (fit ?? 'keep') === 'keep') return [line];
    if (fit === 'wrap') return wrapWidth(line.text, width).map((text) => ({ ...line, text }));
    const whole = line.tail ?? '';
    const text = line.text.slice(0, line.text.length - whole.length);
    // A long tail is cut too, so that the text keeps a third of the line
    // (「  Looking for a ven… × コワーキングスペース八戸ブック…」, not 「  Lookin… × …」).
    const least = Math.min(Math.floor(width / 3), displayWidth(text));
    const tail = displayWidth(whole) > width - least ? truncateWidth(whole, width - least) : whole;
    const room = width - displayWidth(tail);
    // (a tail that leaves the text too little room is cut with it)
    if (!tail || room < 4) return [{ ...line, text: truncateWidth(line.text, width) }];
    return [{ ...line, text: truncateWidth(text, room) + tail }];
  });
}

/** The lines of a cell that are never cut, in a column that is never cut or as each line says. */
const kept = (column: Column, lines: Line[]) =>
  lines.filter((line) => line.keep || (column.fit ?? 'keep') === 'keep');

/** The width no column can do without: what it never cuts, else its least. */
function leastWidth(columns: Column[], rows: Line[][][]): number {
  return columns.reduce((sum, c, i) => {
    const whole = rows.flatMap((r) => kept(c, r[i] ?? []).map((l) => displayWidth(l.text)));
    const least = (c.fit ?? 'keep') === 'keep' ? 0 : Math.max(c.min ?? 8, displayWidth(c.header));
    return sum + Math.max(least, ...whole) + (i ? GAP : 0);
  }, 0);
}

export function renderTable(columns: Column[], rows: Cell[][], options: TableOptions): string {
  const cells = rows.map((row) => columns.map((_, i) => linesOf(row[i])));
  const stacked = columns.flatMap((c, i) => (c.stack ? [i] : []));
  if (stacked.length && Number.isFinite(options.width) && leastWidth(columns, cells) > options.width)
    return stackedTable(columns, cells, stacked, options);
  const table = fittedRows(columns, cells, options);
  return [table.header, ...table.rows.flat()].join('\n');
}

const INDENT = '  ';

/**
 * The table with the kept lines of the `stacked` columns (ids) whole on lines of their own above
 * each row, their headers above the others' header; the row under them, indented, fitted to what
 * is left.
 */
function stackedTable(
  columns: Column[],
  cells: Line[][][],
  stacked: number[],
  options: TableOptions,
): string {
  const rest = cells.map((row) =>
    row.map((lines, i) =>
      stacked.includes(i)
        ? lines.filter((l) => !kept(columns[i]!, [l]).length).map((l) => ({ ...l, text: l.text.trimStart() }))
        : lines,
    ),
  );
  // (a column stays for the lines it may cut: a proposal's title under its id)
  const shownColumn = (i: number) => !stacked.includes(i) || rest.some((row) => row[i]!.length > 0);
  const shown = <T>(row: T[]) => row.filter((_, i) => shownColumn(i));
  // (a column whose stacked lines have a header of their own keeps its header for the rest)
  const headed = columns.map((c, i) =>
    stacked.includes(i) && c.stackHeader === undefined ? { ...c, header: '' } : c,
  );
  const table = fittedRows(shown(headed), rest.map(shown), {
    ...options,
    width: options.width - INDENT.length,
  });
  const header = options.header ?? ((text: string) => text);
  const out = [
    ...stacked.map((i) => header(columns[i]!.stackHeader ?? columns[i]!.header)),
    `${INDENT}${table.header}`,
  ];
  for (const [r, row] of cells.entries()) {
    for (const i of stacked)
      for (const whole of kept(columns[i]!, row[i]!))
        out.push(whole.style ? whole.style(whole.text) : whole.text);
    out.push(...table.rows[r]!.map((text) => (text ? `${INDENT}${text}` : text)));
  }
  return out.join('\n');
}

/** The header line and each row's lines, every column fitted to the width. */
function fittedRows(
  columns: Column[],
  cells: Line[][][],
  options: TableOptions,
): { header: string; rows: string[][] } {
  const widths = columnWidths(columns, cells, options.width);
  const pad = (text: string, i: number) =>
    columns[i]?.align === 'right'
      ? ' '.repeat(Math.max(0, widths[i]! - displayWidth(text))) + text
      : padWidth(text, widths[i]!);
  const header = options.header ?? ((text: string) => text);
  const head = columns
    .map((c, i) => pad(header(truncateWidth(c.header, widths[i]!)), i))
    .join(' '.repeat(GAP))
    .trimEnd();
  const rows = cells.map((row) => {
    const fitted = row.map((lines, i) => fitCell(lines, widths[i]!, columns[i]?.fit));
    const height = Math.max(1, ...fitted.map((lines) => lines.length));
    return Array.from({ length: height }, (_, n) =>
      fitted
        .map((lines, i) => {
          const line = lines[n];
          // (styled before padding: the width does not count escapes)
          return pad(line?.style ? line.style(line.text) : (line?.text ?? ''), i);
        })
        .join(' '.repeat(GAP))
        .trimEnd(),
    );
  });
  return { header: head, rows };
}
