// Markdown tables for reports (GitHub renders them in pull requests and job summaries).
import { markdownInline } from '../util/printable.js';

/** A table cell: one line, with what Markdown or HTML would act on escaped. */
function cell(text: string): string {
  return markdownInline(text);
}

export function mdTable(headers: string[], rows: string[][], align: Array<'left' | 'right'> = []): string {
  const rule = headers.map((_, i) => (align[i] === 'right' ? '---:' : '---'));
  return [headers, rule, ...rows].map((row) => `| ${row.map(cell).join(' | ')} |`).join('\n');
}

export function money(value: number, lang: 'ja' | 'en'): string {
  return value.toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-US');
}

export function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${Math.round((part / whole) * 100)}%`;
}
