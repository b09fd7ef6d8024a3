// Every sentence a person reads, in Japanese and English: one catalogue made of one file per area
// (src/ui/messages/). `t(lang, key, params)` words a message; its parameters are checked when
// compiling: a missing, extra or misspelt one is an error.
import type { Lang } from '../util/lang.js';
import { help } from './messages/help.js';
import { letters } from './messages/letters.js';
import { problems } from './messages/problems.js';
import { reasons } from './messages/reasons.js';
import { records } from './messages/records.js';
import { reports } from './messages/reports.js';
import type { Entry } from './messages/types.js';
import { usage } from './messages/usage.js';
import { writing } from './messages/writing.js';

export type { Lang };

/** The areas, in the order a reader meets them. A key belongs to exactly one area (a test checks). */
export const AREAS = { problems, usage, help, records, writing, reports, letters, reasons };

const catalogue = {
  ...problems,
  ...usage,
  ...help,
  ...records,
  ...writing,
  ...reports,
  ...letters,
  ...reasons,
};

type Catalogue = typeof catalogue;
export type MessageKey = keyof Catalogue;

type Wording<T> = Extract<T, (p: never) => string>;
/** The parameter of a sentence made by a function; `unknown` for a fixed sentence. */
type ArgOf<T> = [Wording<T>] extends [never] ? unknown : Parameters<Wording<T>>[0];

/** The parameters message `K` takes (`unknown` when it takes none). */
export type ParamsOf<K extends MessageKey> = ArgOf<Catalogue[K]['ja']> & ArgOf<Catalogue[K]['en']>;

/** What follows the key in a call: the parameters, or nothing for a fixed sentence. */
export type ParamArgs<K extends MessageKey> =
  unknown extends ParamsOf<K> ? [params?: Record<string, never>] : [params: ParamsOf<K>];

/** Keys of the messages that take no parameters (column headers, labels, questions). */
export type PlainKey = { [K in MessageKey]: unknown extends ParamsOf<K> ? K : never }[MessageKey];

export function t<K extends MessageKey>(lang: Lang, key: K, ...[params]: ParamArgs<K>): string {
  const entry: Entry['ja'] = catalogue[key][lang];
  return typeof entry === 'function' ? (entry as (p: object) => string)(params ?? {}) : entry;
}

export function isMessageKey(key: string): key is MessageKey {
  return key in catalogue;
}
