// Every sentence a person reads, in Japanese and English: one catalogue made of one file per area
// (src/ui/messages/). `t(lang, key, params)` words a message; its parameters are checked when
// compiling: a missing, extra or misspelt one is an error.
import type { Lang } from '../util/lang.js';
import { help } from './messages/help.js';
import { labels } from './messages/labels.js';
import type { letters } from './messages/letters.js';
import type { problems } from './messages/problems.js';
import type { records } from './messages/records.js';
import type { reports } from './messages/reports.js';
import type { safety } from './messages/safety.js';
import type { Entry, Messages } from './messages/types.js';
import { usage } from './messages/usage.js';
import type { writing } from './messages/writing.js';

export type { Lang };

type Catalogue = typeof problems &
  typeof usage &
  typeof help &
  typeof labels &
  typeof records &
  typeof writing &
  typeof reports &
  typeof letters &
  typeof safety;

/**
 * The help, the labels of the lists' values and the usage errors are here from the start; the
 * other areas come with `loadMessages()`, which the command line awaits with every command (as
 * it loads the command) and the wording of errors awaits: the help is shown without loading the
 * sentences of every command. The layers below the commands
 * word nothing (dependency-cruiser sees to it); the matcher's reasons are data that ui/reasons.ts
 * words.
 */
const catalogue: Messages = { ...help, ...labels, ...usage };

/** The areas, in the order a reader meets them, once loaded. A key belongs to exactly one area (a test checks). */
export type Areas = {
  problems: typeof problems;
  usage: typeof usage;
  help: typeof help;
  labels: typeof labels;
  records: typeof records;
  writing: typeof writing;
  reports: typeof reports;
  letters: typeof letters;
  safety: typeof safety;
};

let loading: Promise<Areas> | undefined;

export function loadMessages(): Promise<Areas> {
  loading ??= import('./messages/commands.js').then((a) => {
    const areas: Areas = {
      problems: a.problems,
      usage,
      help,
      labels,
      records: a.records,
      writing: a.writing,
      reports: a.reports,
      letters: a.letters,
      safety: a.safety,
    };
    Object.assign(catalogue, ...Object.values(areas));
    return areas;
  });
  return loading;
}
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
  const entry: Entry['ja'] | undefined = catalogue[key]?.[lang];
  // (only a key of an area not loaded yet: a bug, loud rather than a wrong sentence)
  if (entry === undefined) throw new Error(`message ${key} is not loaded`);
  return typeof entry === 'function' ? (entry as (p: object) => string)(params ?? {}) : entry;
}

export function isMessageKey(key: string): key is MessageKey {
  return key in catalogue;
}
