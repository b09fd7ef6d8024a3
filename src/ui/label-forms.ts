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

/**
 * The one value whose label holds what was typed, for "did you mean" where an edit distance
 * says nothing: a Japanese part of a label (解決 for 解決済み, 公 for 公開), the one label it
 * begins before one it is inside (two characters at least). Latin text is left to the edit distance; a part that two labels
 * hold alike names neither.
 */
export function valueByLabelPart<V extends string>(
  typed: string,
  labelled: ReadonlyArray<{ value: V; labels: readonly string[] }>,
): V | undefined {
  const part = foldTyped(typed);
  if (!part || /^[\x00-\x7f]*$/.test(part)) return undefined;
  const only = (holds: (label: string) => boolean) => {
    const holding = labelled.filter(({ labels }) => labels.some((l) => holds(labelForms(l)[1]!)));
    return holding.length === 1 ? holding[0]!.value : undefined;
  };
  // (解決 is in 未解決 and in 解決済み: the label it begins is the one meant)
  // (one character inside a word is too little to guess from: 済 stays unplaced)
  return only((l) => l.startsWith(part)) ?? (part.length > 1 ? only((l) => l.includes(part)) : undefined);
}
