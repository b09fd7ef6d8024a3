// Every question mixer asks goes through this one interface, so tests can answer from a script
// and another prompt library could replace this one. In the terminal the prompts speak the user's
// language, key hints included, and Ctrl-C at any of them cancels the command (exit 130) before
// anything is written.
import { CancelledError } from '../errors.js';
import { normalize } from '../util/normalize.js';
import { isKanaOnly, kanaToLoose, looseLatin } from '../util/romaji.js';
import { type Lang, t } from './messages.js';

export interface Choice<T> {
  name: string;
  value: T;
  description?: string;
}

export interface TextOptions {
  default?: string;
  validate?: (value: string) => true | string;
  /** What the answer is read as, shown after it once given (`3万 → 30000`); undefined when the same. */
  echo?: (value: string) => string | undefined;
  /** The answer may hold several lines (a detail, notes): a pasted text is kept with its line breaks. */
  multiline?: boolean;
  /** The default is put in the line, to edit, rather than shown beside the question. */
  editable?: boolean;
}

export interface Prompter {
  /**
   * Everything typed: a text pasted with line breaks comes back whole, its lines joined by `\n`
   * (the terminal's input ends the answer at the first one; the rest is read here, not dropped).
   */
  text(message: string, options?: TextOptions): Promise<string>;
  select<T>(message: string, choices: Array<Choice<T>>, options?: { default?: T }): Promise<T>;
  /** A list filtered as the user types. */
  search<T>(message: string, choices: Array<Choice<T>>, options?: { default?: T }): Promise<T>;
  confirm(message: string, options?: { default?: boolean }): Promise<boolean>;
}

/**
 * Whether a choice is one the user is looking for: by name or value, width, case and kana folded.
 * Kana typed alone is also read as the Latin letters of an id or an English name (もりおか finds
 * 盛岡ハブ, morioka-hub), since no reading of a Japanese name is stored.
 */
export function matches(choice: Choice<unknown>, term: string | undefined): boolean {
  const needle = normalize(term ?? '');
  if (
    !needle ||
    normalize(choice.name).includes(needle) ||
    normalize(String(choice.value)).includes(needle)
  ) {
    return true;
  }
  const read = readAsLatin(needle);
  return (
    read !== undefined && [choice.name, String(choice.value)].some((text) => looseLatin(text).includes(read))
  );
}

/** Kana typed alone, as the loose Latin letters it is read as; undefined for anything else. */
function readAsLatin(needle: string): string | undefined {
  if (!isKanaOnly(needle)) return undefined;
  return kanaToLoose(needle) || undefined;
}

/**
 * The choices that match what is typed, those where it starts a word of the name or the id first
 * (`kita` lists 北上ベース (kitakami-base) before 秋田コモンズ (akita-commons)), each group in
 * the order given.
 */
export function searchChoices<T>(choices: Array<Choice<T>>, term: string | undefined): Array<Choice<T>> {
  const found = choices.filter((c) => matches(c, term));
  const needle = normalize(term ?? '');
  if (!needle) return found;
  const read = readAsLatin(needle);
  const startsAWord = (text: string) =>
    normalize(text)
      .split(/[\s()（）\-_/・]+/)
      .some((word) => word.startsWith(needle) || (read !== undefined && looseLatin(word).startsWith(read)));
  const first = (c: Choice<T>) => startsAWord(c.name) || startsAWord(String(c.value));
  return [...found.filter(first), ...found.filter((c) => !first(c))];
}

// What @inquirer/prompts says in English of its own, and the key of each in the catalogue.
const INQUIRER_TEXTS = {
  'No results found': 'prompt.no-results',
  'You must provide a valid value': 'prompt.invalid',
  'You must provide a value': 'prompt.invalid',
  'Invalid input': 'prompt.invalid',
  navigate: 'prompt.navigate',
  select: 'prompt.select',
} as const;

const say = (lang: Lang, text: string) =>
  text in INQUIRER_TEXTS ? t(lang, INQUIRER_TEXTS[text as keyof typeof INQUIRER_TEXTS]) : text;

const dim = (text: string) => `\u001b[2m${text}\u001b[22m`;
const red = (text: string) => `\u001b[31m${text}\u001b[39m`;

/** The theme of every prompt: inquirer's own words in the user's language. */
function theme(lang: Lang, color: boolean) {
  const plain = (s: string) => s;
  const d = color ? dim : plain;
  const r = color ? red : plain;
  // Without color (NO_COLOR, a dumb terminal) inquirer's own styles go too: it colors regardless.
  const uncolored = color
    ? {}
    : {
        prefix: { idle: '?', done: '✔' },
        style: {
          answer: plain,
          message: plain,
          defaultAnswer: (text: string) => `(${text})`,
          help: plain,
          highlight: plain,
          key: (text: string) => `<${text}>`,
          description: plain,
          searchTerm: plain,
          disabled: (text: string) => `- ${text}`,
        },
      };
  return {
    ...uncolored,
    style: {
      ...uncolored.style,
      error: (text: string) => r(`> ${say(lang, text)}`),
      keysHelpTip: (keys: Array<[string, string]>) =>
        keys.map(([key, action]) => `${key} ${d(say(lang, action))}`).join(d(' • ')),
    },
    i18n: { disabledError: t(lang, 'prompt.disabled') },
  };
}

/** Ctrl-C (inquirer's ExitPromptError) as a cancelled command; anything else as it is. */
async function cancellable<T>(ask: () => Promise<T>): Promise<T> {
  try {
    return await ask();
  } catch (error) {
    if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError'))
      throw new CancelledError();
    throw error;
  }
}

/**
 * The lines that came after the line that ended an answer, in what the terminal sent while it was
 * asked: a text pasted with line breaks arrives at once, and the prompt takes its first line only.
 * Keys typed one by one never follow the Enter that ends the answer. Terminal sequences (arrows,
 * bracketed paste marks) are left out; empty lines at the end too.
 */
export function linesAfterAnswer(received: string): string[] {
  const text = received.replace(/\u001b\[[0-9;?]*[~A-Za-z]|\u001b[O]?[A-Za-z]?/g, '');
  const end = text.search(/[\r\n]/);
  if (end < 0) return [];
  const lines = text
    .slice(end)
    .replace(/^(\r\n|\r|\n)/, '')
    .split(/\r\n|\r|\n/);
  while (lines.length && lines.at(-1)!.trim() === '') lines.pop();
  return lines;
}

/** Prompts in the terminal with @inquirer/prompts, loaded only when a question is asked. */
export function terminalPrompter(language: () => Lang, color = true): Prompter {
  const load = async () => {
    lang = language();
    base = theme(lang, color);
    return import('@inquirer/prompts');
  };
  // (the language of the folder is known only once it is read: taken when a question is asked)
  let lang = language();
  let base = theme(lang, color);
  return {
    text: (message, options = {}) =>
      cancellable(async () => {
        const { input } = await load();
        // (what the terminal sends while asked, to keep the lines of a paste after the first)
        let received = '';
        const listen = (chunk: Buffer | string) => {
          received += chunk.toString();
        };
        const answer = input({
          message,
          default: options.default,
          prefill: options.editable ? 'editable' : undefined,
          validate: options.validate,
          theme: base,
          transformer: (value, { isFinal }) => {
            const read = isFinal ? options.echo?.(value) : undefined;
            return read === undefined ? value : `${value} → ${read}`;
          },
        });
        process.stdin.on('data', listen);
        try {
          const first = await answer;
          // (a long paste comes in more than one piece: the rest of it, a moment later)
          await new Promise((resolve) => setTimeout(resolve, 50));
          return [first, ...linesAfterAnswer(received)].join('\n');
        } finally {
          process.stdin.off('data', listen);
        }
      }),
    select: (message, choices, options = {}) =>
      cancellable(async () => {
        const { select } = await load();
        return select({ message, choices, default: options.default, pageSize: 12, theme: base });
      }),
    search: (message, choices, options = {}) =>
      cancellable(async () => {
        const { search } = await load();
        return search({
          message,
          pageSize: 12,
          default: options.default,
          theme: base,
          source: (term) => searchChoices(choices, term),
        });
      }),
    confirm: (message, options = {}) =>
      cancellable(async () => {
        const { confirm } = await load();
        const yes = t(lang, 'prompt.yes');
        const no = t(lang, 'prompt.no');
        const byDefault = options.default ?? true;
        return confirm({
          message,
          default: byDefault,
          theme: {
            ...base,
            keywords: { yes, no, error: () => t(lang, 'prompt.yes-or-no', { yes, no }) },
            style: {
              ...base.style,
              defaultAnswer: () =>
                (color ? dim : (s: string) => s)(t(lang, byDefault ? 'prompt.hint-yes' : 'prompt.hint-no')),
            },
          },
        });
      }),
  };
}
