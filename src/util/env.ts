// Every environment variable mixer reads, in one place (the README's "Environment" table lists
// them). Each is parsed strictly: a value that is none of the allowed forms is bad usage (exit 2)
// naming the variable, never a silent guess.
import path from 'node:path';
import { MixerError, sayer } from '../errors.js';
import type { Lang } from './lang.js';

export type Environment = NodeJS.ProcessEnv;

export interface EnvMessages {
  'env.bad-date': { name: string; value: string };
  'env.bad-switch': { name: string; value: string };
  'env.bad-color': { name: string; value: string };
  'hint.env': { name: string };
}

const said = sayer<EnvMessages>();

function bad(key: 'env.bad-date' | 'env.bad-switch' | 'env.bad-color', name: string, value: string): never {
  throw new MixerError(said(key, { name, value }), 2, said('hint.env', { name }));
}

const ON = ['1', 'true', 'yes', 'on'];
const OFF = ['', '0', 'false', 'no', 'off'];

/** A variable that turns something on: 1/true/yes/on, or off: 0/false/no/off/empty/unset. */
function onOff(env: Environment, name: string): boolean {
  const value = env[name];
  if (value === undefined) return false;
  const word = value.trim().toLowerCase();
  if (ON.includes(word)) return true;
  if (OFF.includes(word)) return false;
  return bad('env.bad-switch', name, value);
}

/** MIXER_DATA: the data folder when --data is not given (relative to the working folder). */
export function dataFolder(env: Environment): string | undefined {
  return env.MIXER_DATA || undefined;
}

/** MIXER_TODAY: "today" for due, brief, report and new records; a real day written YYYY-MM-DD. */
export function fixedToday(env: Environment): string | undefined {
  const value = env.MIXER_TODAY;
  if (value === undefined || value === '') return undefined;
  const day = new Date(`${value}T00:00:00Z`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
    Number.isNaN(day.getTime()) ||
    !day.toISOString().startsWith(value)
  )
    bad('env.bad-date', 'MIXER_TODAY', value);
  return value;
}

/** MIXER_DEBUG: an unexpected error shows its stack. */
export function debug(env: Environment): boolean {
  return onOff(env, 'MIXER_DEBUG');
}

/**
 * CI: never ask, as without a terminal. CI services set it to `true` or to their own name, so any
 * value but 0, false or empty counts.
 */
export function isCi(env: Environment): boolean {
  const value = env.CI?.trim().toLowerCase();
  return value !== undefined && value !== '' && value !== 'false' && value !== '0';
}

/** LC_ALL, LC_MESSAGES, LANG (the first set, as the C library reads them): ja… or en…. */
export function langFromEnv(env: Environment): Lang | undefined {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  if (/^ja/i.test(value)) return 'ja';
  if (/^en/i.test(value)) return 'en';
  return undefined;
}

export type ColorLevel = 0 | 1 | 2 | 3;

/**
 * The color level: NO_COLOR (any value but empty) turns color off; FORCE_COLOR turns it on
 * (empty, true, 1, 2, 3) or off (0, false); else color only on a terminal whose TERM is not
 * `dumb`, with 24-bit color when COLORTERM is `truecolor`. chalk 5 ignores NO_COLOR on a
 * terminal, so the rule is written out here.
 */
export function colorLevel(env: Environment, isTTY: boolean): ColorLevel {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    const word = force.trim().toLowerCase();
    if (word === '' || word === 'true') return 1;
    if (word === 'false') return 0;
    if (/^[0-3]$/.test(word)) return Number(word) as ColorLevel;
    return bad('env.bad-color', 'FORCE_COLOR', force);
  }
  if (!isTTY || env.TERM === 'dumb') return 0;
  return env.COLORTERM === 'truecolor' ? 3 : 2;
}

/**
 * XDG_CACHE_HOME, else HOME (`~/.cache`), else LOCALAPPDATA: mixer's folder in the user's cache
 * directory, which holds the key that signs record caches (src/store/cache.ts). Only an absolute
 * path counts (a relative one is ignored, as the XDG specification says); with none, there is no
 * record cache.
 */
export function userCacheDir(env: Environment): string | undefined {
  const absolute = (dir: string | undefined) => (dir && path.isAbsolute(dir) ? dir : undefined);
  const base =
    absolute(env.XDG_CACHE_HOME) ??
    (absolute(env.HOME) && path.join(env.HOME!, '.cache')) ??
    absolute(env.LOCALAPPDATA);
  return base ? path.join(base, 'mixer') : undefined;
}

/** Checks every variable at once, so that a wrong one fails any command before it starts. */
export function checkEnvironment(env: Environment): void {
  fixedToday(env);
  debug(env);
  colorLevel(env, false);
}
