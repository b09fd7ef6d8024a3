// The shape of a message: a sentence in Japanese and in English, either fixed or made from named
// parameters. `takes<'a' | 'b'>` declares the names once for both languages, so a sentence that
// uses a name not declared, or a call that leaves one out or misspells it, does not compile.

export type Value = string | number;

/** The parameters of a message: each declared name, as text or a number. */
export type Params<K extends string> = Record<K, Value>;

type Text = string | ((p: never) => string);

export interface Entry {
  ja: Text;
  en: Text;
}

export type Messages = Record<string, Entry>;

/** A message with parameters: `takes<'file' | 'count'>({ ja: (p) => …, en: (p) => … })`. */
export function takes<K extends string>(entry: {
  ja: string | ((p: Params<K>) => string);
  en: string | ((p: Params<K>) => string);
}) {
  return entry;
}

/** `1 file`, `2 files`: English counts. */
export const n = (count: Value, word: string) => `${count} ${word}${Number(count) === 1 ? '' : 's'}`;
