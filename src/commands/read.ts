// Reading a value as typed, for flags and answers alike: a date, an amount, a value of a list. Each
// mistake is bad usage (exit 2) with a next step. (Apart from flags.ts, so that the command line
// can read its flags without loading the records' schemas.)
import { UsageError } from '../errors.js';
import { localizePlaceholders } from '../ui/help.js';
import { type Lang, t } from '../ui/messages.js';
import { parseAmount, parseDate, parseDay, weekdayOf, writtenCurrency } from '../util/input.js';
import { closestChoices, describeChoices, type ListName, parseChoice, type ValueOf } from './choices.js';

/** Who words a mistake: the language, and the command to name in the next step. */
export interface Speaker {
  readonly lang: Lang;
  readonly command: string;
}

/** A date's weekday as the user's language writes it: 金曜日, Friday. */
function weekdayName(lang: Lang, date: string): string {
  const day = weekdayOf(date);
  return lang === 'ja'
    ? `${'日月火水木金土'[day]}曜日`
    : ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][day]!;
}

/**
 * A date as typed (2026-11-20, 11/20, 2026年11月20日, 今日 …), as YYYY-MM-DD; else bad usage, which
 * names the date's weekday when the one typed after it contradicts it.
 */
export function readDate(s: Speaker, flag: string, value: string, now: string): string {
  const date = parseDate(value, now);
  if (date) return date;
  const day = parseDay(value, now);
  if (day)
    throw new UsageError(
      t(s.lang, 'usage.date-weekday', { flag, value, date: day, weekday: weekdayName(s.lang, day) }),
      t(s.lang, 'hint.date-weekday'),
    );
  throw new UsageError(t(s.lang, 'usage.bad-date', { flag, value }), t(s.lang, 'hint.date-forms'));
}

/**
 * A number beyond the data format's range, as bad usage that quotes it as typed (a number of 17
 * digits or more is no longer exact once read): for amounts and counts alike.
 */
export function tooLarge(s: Speaker, flag: string, value: string, max: number): UsageError {
  return new UsageError(
    t(s.lang, 'usage.too-large', { flag, value, max: max.toLocaleString('en-US') }),
    t(s.lang, 'hint.command-help', { command: s.command }),
  );
}

/**
 * An amount as typed, in the folder's `currency` (30000, 3万, ¥30,000, 30,000円 … in yen; 30000,
 * $30,000 in dollars), at most `max`; else bad usage, which names the currency an amount written
 * in another one is in.
 */
export function readAmount(
  s: Speaker,
  flag: string,
  value: string,
  currency: string,
  max = Infinity,
): number {
  const amount = parseAmount(value, currency);
  const hint = t(s.lang, 'hint.amount-forms', { currency });
  if (amount === undefined) {
    const written = writtenCurrency(value);
    throw new UsageError(
      written && written !== currency.toUpperCase()
        ? t(s.lang, 'usage.amount-other-currency', { flag, value, written, currency })
        : t(s.lang, 'usage.bad-amount', { flag, value }),
      hint,
    );
  }
  if (amount > max) throw tooLarge(s, flag, value, max);
  return amount;
}

/** A value of a list, typed as its id or its label (`online`, `オンライン`); else bad usage. */
export function checkChoice<L extends ListName>(
  s: Speaker,
  flag: string,
  value: string,
  list: L,
): ValueOf<L> {
  const found = parseChoice(list, value);
  if (found !== undefined) return found;
  const close = closestChoices(list, value);
  throw new UsageError(
    t(s.lang, 'usage.bad-choice', {
      flag: localizePlaceholders(s.lang, flag),
      value,
      choices: describeChoices(s.lang, list),
    }),
    close.length
      ? t(s.lang, 'hint.closest', { values: close.join(', ') })
      : t(s.lang, 'hint.command-help', { command: s.command }),
  );
}
