// The shape of a message: a sentence in Japanese and in English, either fixed or made from named
// parameters. `takes<'a' | 'b'>` declares the names once for both languages, so a sentence that
// uses a name not declared, or a call that leaves one out or misspells it, does not compile.
import { amountForms, isYen } from '../../util/input.js';

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

// How the sentences about amounts name the ways to type one: in a yen folder as they always have
// (3万, ¥30,000, 30,000円), in another currency its plain numbers and its own sign ($30,000).

/** Whether the folder counts in yen. */
export const inYen = (currency: Value) => isYen(String(currency));

/** `30000、30,000、$30,000` */
export const formsJa = (currency: Value, example?: number) =>
  amountForms(String(currency), example).join('、');

/** `30000, 30,000 or $30,000` */
export function formsEn(currency: Value, example?: number): string {
  const forms = amountForms(String(currency), example);
  return `${forms.slice(0, -1).join(', ')} or ${forms.at(-1)}`;
}
