// How a value of a list is typed and shown beside its label: shared by the command line
// (commands/choices.ts) and by validate's hints on a value in a file (messages/problems.ts).
import { normalizeInput } from '../util/input.js';
import type { Lang } from '../util/lang.js';

/** A typed value as it is compared: NFKC (full-width letters), lower case. */
export const foldTyped = (text: string) => normalizeInput(text).toLowerCase();

/** The forms a label is typed as: whole, or without its explanation in brackets (公開 for 公開（紹介文に書いてよい）). */
export function labelForms(label: string): string[] {
  return [foldTyped(label), foldTyped(label.replace(/\s*[（(].*$/, ''))];
}

/** A value with its label when that differs: `asked（打診中）`, `public (may appear in letters)`, `asked`. */
export function valueWithLabel(lang: Lang, value: string, label: string | undefined): string {
  if (!label || label === value) return value;
  // (an English label may already begin with the value)
  if (label.startsWith(`${value} (`)) return label;
  return lang === 'ja' ? `${value}（${label}）` : `${value} (${label})`;
}
