// Plain-text tables aligned by display width, so Japanese names line up with ASCII ones.
import { displayWidth, padWidth, truncateWidth } from '../util/text.js';

export interface Column {
  header: string;
  /** Longest a cell may be, in columns; longer cells end in an ellipsis. */
  max?: number;
  align?: 'left' | 'right';
}

export function renderTable(
  columns: Column[],
  rows: string[][],
  style: (h: string) => string = (h) => h,
): string {
  const cells = rows.map((row) => row.map((cell, i) => truncateWidth(cell ?? '', columns[i]?.max ?? 40)));
  const widths = columns.map((c, i) =>
    Math.max(displayWidth(c.header), ...cells.map((r) => displayWidth(r[i] ?? ''))),
  );
  const line = (row: string[], isHeader = false) =>
    row
      .map((cell, i) => {
        const w = widths[i]!;
        const padded =
          columns[i]?.align === 'right'
            ? ' '.repeat(Math.max(0, w - displayWidth(cell))) + cell
            : padWidth(cell, w);
        return isHeader ? style(padded) : padded;
      })
      .join('  ')
      .trimEnd();
  return [
    line(
      columns.map((c) => c.header),
      true,
    ),
    ...cells.map((r) => line(r)),
  ].join('\n');
}
