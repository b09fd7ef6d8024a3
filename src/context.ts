// What every command receives: the chosen folder, language and output.

import type { JsonOutput, JsonShape } from './commands/contract.js';
import { JSON_VERSION } from './commands/json-version.js';
import { MixerError, UsageError } from './errors.js';
import type { DataFolder } from './store/folder.js';
import { langOfFolder } from './store/folder-lang.js';
import { isFolder, isNotFolder, locateDataFolder } from './store/locate.js';
import { type Lang, type MessageKey, type ParamArgs, t } from './ui/messages.js';
import type { Io } from './ui/output.js';
import { type Prompter, terminalPrompter } from './ui/prompts.js';
import { dataFolder, langFromEnv } from './util/env.js';
import { printableLine } from './util/printable.js';
import { shellWord } from './util/shell.js';

/** How many files that did not load a warning names. */
const FAILED_SHOWN = 5;

/** An error with its code for scripts (see MixerError.code). */
function coded(code: string, error: MixerError): MixerError {
  error.code = code;
  return error;
}

/** A prompter that writes out what stderr holds back before each question (see Io.flush). */
function flushingFirst(prompter: Prompter, flush: () => void): Prompter {
  return {
    text(...args) {
      flush();
      return prompter.text(...args);
    },
    select(...args) {
      flush();
      return prompter.select(...args);
    },
    search(...args) {
      flush();
      return prompter.search(...args);
    },
    confirm(...args) {
      flush();
      return prompter.confirm(...args);
    },
  };
}

/**
 * A prompter whose one-line answers hold one line. A text pasted with line breaks into a question
 * that takes one line (a name, a title, a strength) is not cut to its first line: it is said so,
 * naming the question, and asked again with the lines joined by spaces, to keep with Enter or edit.
 */
function oneLineAnswers(
  prompter: Prompter,
  io: Io,
  say: (question: string, lines: number) => string,
): Prompter {
  return {
    ...prompter,
    async text(message, options = {}) {
      let answer = await prompter.text(message, options);
      while (!options.multiline && /[\r\n]/.test(answer)) {
        const lines = answer.split(/\r\n|\r|\n/).map((line) => line.trim());
        io.stderr(io.color.yellow(`! ${say(message, lines.filter(Boolean).length)}`));
        answer = await prompter.text(message, {
          ...options,
          default: lines.filter(Boolean).join(' '),
          editable: true,
        });
      }
      return answer;
    },
  };
}

export interface GlobalOptions {
  data?: string;
  lang?: Lang;
  /** false with --no-cache: every file is parsed and every text read; no cache is read or written. */
  cache?: boolean;
}

export class Context {
  private folder?: DataFolder;
  /** The `lang:` line of the folder's mixer.yaml, read once before the folder is loaded (null: none). */
  private langLine?: Lang | null;
  readonly dir: string;
  /** How questions are asked; tests put a scripted one here. */
  prompter: Prompter;
  /** The command running, as a person types it (`mixer add-visit`), for hints. */
  command = 'mixer';

  constructor(
    readonly io: Io,
    readonly options: GlobalOptions,
    prompter?: Prompter,
  ) {
    // `--data "$DIR"` with DIR unset: not the folder found without --data, which a command would
    // write to (schema and completion too, which never load the records).
    if (options.data !== undefined && options.data.trim() === '')
      throw new UsageError(
        t(this.earlyLang, 'usage.flag-empty', { flag: '--data' }),
        t(this.earlyLang, 'hint.command-help', { command: 'mixer' }),
      );
    this.dir = locateDataFolder(options.data, io.env, io.cwd);
    const asking = prompter ?? terminalPrompter(() => this.lang, io.color.bold('') !== '');
    const oneLine = oneLineAnswers(asking, io, (question, lines) =>
      this.t('input.one-line', { question, lines }),
    );
    this.prompter = io.flush ? flushingFirst(oneLine, io.flush) : oneLine;
  }

  /** Forget the loaded folder (after a write, to read it again). */
  reload(): void {
    this.folder = undefined;
  }

  /** Language before the folder is read: --lang, then LANG. */
  get earlyLang(): Lang {
    return this.options.lang ?? langFromEnv(this.io.env) ?? 'ja';
  }

  /**
   * Language for messages: --lang, then mixer.yaml, then LANG, then Japanese. Before the folder is
   * loaded (an argument checked first: `mixer list bad`), its mixer.yaml's `lang:` line, as for
   * the help, so that an English team is not answered in Japanese.
   */
  get lang(): Lang {
    if (this.folder) return this.folder.settings.lang;
    if (this.options.lang) return this.options.lang;
    if (this.langLine === undefined) this.langLine = langOfFolder(this.dir) ?? null;
    return this.langLine ?? this.earlyLang;
  }

  /**
   * The data folder, read once; fails with a next step when it does not exist. The store is
   * imported here, not at the top, so that `mixer --help` does not pay for zod and yaml.
   */
  async load(options: { quiet?: boolean } = {}): Promise<DataFolder> {
    if (this.folder) return this.folder;
    // A folder named by --data or MIXER_DATA that is not there is bad usage; none found is a failure.
    const named = Boolean(this.options.data || dataFolder(this.io.env));
    if (!isFolder(this.dir)) {
      const file = isNotFolder(this.dir);
      const source = this.options.data ? '--data' : 'MIXER_DATA';
      const hint = !named
        ? t(this.earlyLang, 'hint.data-none')
        : file
          ? t(this.earlyLang, 'hint.data-file', { source })
          : t(this.earlyLang, 'hint.data-missing', { source, dir: shellWord(this.dir) });
      const message = t(this.earlyLang, file ? 'data.not-folder' : 'data.missing', { dir: this.dir });
      throw coded('data.missing', new MixerError(message, named ? 2 : 1, hint));
    }
    const load = {
      cache: this.options.cache === false ? undefined : { env: this.io.env },
      lang: this.options.lang,
      envLang: langFromEnv(this.io.env),
    };
    // The daily case, every file in the record cache, needs neither zod nor the YAML parser.
    const first = (await import('./store/load-core.js')).loadFromCache(this.dir, load);
    this.folder =
      'folder' in first
        ? first.folder
        : (await import('./store/load.js')).loadDataFolder(this.dir, { ...load, attempt: first.attempt });
    if (!options.quiet) this.warnFailed(this.folder);
    return this.folder;
  }

  /**
   * How wide a line may be: the terminal's width (80 when unknown, as in a pipe), or unlimited for
   * --wide.
   */
  width(wide?: boolean): number {
    return wide ? Number.POSITIVE_INFINITY : this.io.columns || 80;
  }

  /**
   * Never silently less: the files that did not load, named on stderr (commands that list every
   * problem themselves, like validate, load quietly).
   */
  private warnFailed(folder: DataFolder): void {
    if (!folder.failed.length) return;
    const shown = folder.failed.slice(0, FAILED_SHOWN).map((f) => printableLine(f.file));
    const more = folder.failed.length - shown.length;
    const files = more > 0 ? this.t('load.failed-more', { files: shown.join(', '), more }) : shown.join(', ');
    this.io.stderr(
      this.io.color.yellow(`! ${this.t('load.failed', { count: folder.failed.length, files })}`),
    );
    this.io.stderr(`  → ${this.t('hint.load-failed')}`);
  }

  t<K extends MessageKey>(key: K, ...params: ParamArgs<K>): string {
    return t(this.lang, key, ...params);
  }

  /** Prints a command's --json output, of one of the shapes of the contract (commands/contract.ts). */
  json<K extends JsonShape>(_shape: K, value: JsonOutput<K>): void {
    const out = Array.isArray(value) ? value : { version: JSON_VERSION, ...(value as object) };
    this.io.stdout(`${JSON.stringify(out, null, 2)}\n`);
  }
}
