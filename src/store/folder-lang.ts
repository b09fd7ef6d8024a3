// The language and the currency a data folder's mixer.yaml asks for, read before the command line
// is parsed: help and usage errors come before the folder is loaded, and should already speak its
// language and name its currency. Only the one line `lang: en` or `currency: USD` is looked at (no
// YAML parser on the way to --help); a file that says it in another way still sets the language
// of everything after loading.
import fs from 'node:fs';
import path from 'node:path';
import type { Environment } from '../util/env.js';
import { isLang, type Lang } from '../util/lang.js';
import { locateDataFolder } from './locate.js';

const LANG_LINE = /^lang:[ \t]*(["']?)(ja|en)\1[ \t]*(?:#.*)?$/m;
// (any short value the format allows, so that flags read before loading and questions asked
// after it read amounts in the same currency)
const CURRENCY_LINE = /^currency:[ \t]*(["']?)([^\s"'#]{1,10})\1[ \t]*(?:#.*)?$/m;

/** The value of --data on a command line (`--data DIR` or `--data=DIR`), before any `--`. */
function dataFlag(argv: string[]): string | undefined {
  const end = argv.indexOf('--');
  const args = end < 0 ? argv : argv.slice(0, end);
  const i = args.indexOf('--data');
  if (i >= 0) return args[i + 1];
  return args.find((a) => a.startsWith('--data='))?.slice('--data='.length);
}

/** The folder the command line names, if there is one. */
function dataFolder(argv: string[], env: Environment, cwd: string): string | undefined {
  try {
    return locateDataFolder(dataFlag(argv), env, cwd);
  } catch {
    return undefined;
  }
}

/** What the command line's folder says of its language and currency, its mixer.yaml read once. */
export interface EarlySettings {
  lang?: Lang;
  /** As its mixer.yaml writes it; JPY when it says none. */
  currency: string;
}

export function earlySettings(argv: string[], env: Environment, cwd: string): EarlySettings {
  const dir = dataFolder(argv, env, cwd);
  const text = dir === undefined ? undefined : settingsText(dir);
  const lang = text === undefined ? undefined : LANG_LINE.exec(text)?.[2];
  return {
    ...(isLang(lang) ? { lang } : {}),
    currency: (text !== undefined && CURRENCY_LINE.exec(text)?.[2]) || 'JPY',
  };
}

/** The language the `lang:` line of the mixer.yaml in `dir` asks for, if it has one. */
export function langOfFolder(dir: string): Lang | undefined {
  const text = settingsText(dir);
  const found = text === undefined ? undefined : LANG_LINE.exec(text)?.[2];
  return isLang(found) ? found : undefined;
}

/** The text of the mixer.yaml in `dir`, if it can be read. */
function settingsText(dir: string): string | undefined {
  try {
    return fs.readFileSync(path.join(dir, 'mixer.yaml'), 'utf8');
  } catch {
    // No folder, no mixer.yaml or one that cannot be read: the command says so when it loads.
    return undefined;
  }
}
