// What a person types, read as a Japanese keyboard and IME type it: full-width digits, colons and
// commas (NFKC), amounts such as 3万 or ¥30,000, dates such as 11/20, 2026年11月20日 or 今日. Each
// reader returns the canonical form (a number, YYYY-MM-DD), or undefined when the text is none of
// the forms it accepts; the caller says so with the flag or question it came from.

/** NFKC (full-width ４ → 4, ： → :, ， → ,, ￥ → ¥) and trimmed, ideographic spaces included. */
export function normalizeInput(text: string): string {
  return text.normalize('NFKC').trim();
}

const UNITS: Record<string, number> = { 億: 1e8, 万: 1e4, 千: 1e3 };
const NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** A plain number with optional thousands separators: `30000`, `30,000`, `1.5`; not `3,00`. */
function plainNumber(text: string): number | undefined {
  if (!NUMBER.test(text)) return undefined;
  return Number(text.replace(/,/g, ''));
}

/** The sign an amount may begin with in a folder of that currency alone: $30,000 where it is USD. */
const SIGNS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£' };

/** The sign written before an amount of the currency (`$` for USD), if it has one of its own. */
function currencySign(currency: string): string | undefined {
  return SIGNS[currency.toUpperCase()];
}

/** The names a folder may give the yen in `currency:` (the format allows any short text). */
const YEN_NAMES = new Set(['JPY', 'YEN', '円', '¥', '￥', '日本円']);

/** Whether the currency is the yen, whose amounts are typed in more ways (3万, 30,000円). */
export function isYen(currency: string): boolean {
  return YEN_NAMES.has(currency.trim().toUpperCase());
}

/** An amount written the Japanese way: a yen sign, 円, or a unit (3万). */
const YEN_WRITING = /^[¥\\]|円$|[億万千]/;

/**
 * The currency an amount as typed is plainly written in, by its signs: JPY for ¥30,000, 30,000円
 * or 3万, USD for $300; none for a plain number.
 */
export function writtenCurrency(input: string): string | undefined {
  const text = normalizeInput(input);
  if (YEN_WRITING.test(text)) return 'JPY';
  return Object.keys(SIGNS).find((currency) => text.startsWith(SIGNS[currency]!));
}

/** The ways an amount of the currency may be typed, for hints: 30000, 30,000, $30,000. */
export function amountForms(currency: string, example = 30000): string[] {
  const sign = currencySign(currency);
  const grouped = example.toLocaleString('en-US');
  return [String(example), grouped, ...(sign ? [`${sign}${grouped}`] : [])];
}

/**
 * An amount of money in the folder's `currency`, not negative. In yen: `30000`, `30,000`,
 * `¥30,000`, `30,000円`, `3万`, `1.5万`, `3万5千`, `3万5000円`, `１２万円` (yen signs and 円 are only
 * decoration). In another currency: a plain number, after the currency's own sign if it has one
 * (`$30,000` in USD); an amount written in yen is none, and is not read as dollars.
 */
export function parseAmount(input: string, currency: string): number | undefined {
  if (!isYen(currency)) {
    const sign = currencySign(currency);
    const text = normalizeInput(input);
    return inCents(plainNumber(sign && text.startsWith(sign) ? text.slice(sign.length).trim() : text));
  }
  let text = normalizeInput(input)
    .replace(/^[¥\\]\s*/, '')
    .replace(/\s*円$/, '');
  if (text === '') return undefined;
  let total = 0;
  // Units from the largest: 1億2000万, 3万5千, 3万5000.
  for (const [unit, size] of Object.entries(UNITS)) {
    const at = text.indexOf(unit);
    if (at < 0) continue;
    const part = plainNumber(text.slice(0, at));
    if (part === undefined) return undefined;
    total += part * size;
    text = text.slice(at + 1);
  }
  if (text !== '') {
    const rest = plainNumber(text);
    if (rest === undefined) return undefined;
    total += rest;
  }
  return inCents(total);
}

/**
 * A sum to the cent: 1.1万 is 11000, not 11000.000000000002; but 0.0001 or 1.005 is no sum of
 * money, and is not quietly made 0 or 1.
 */
function inCents(total: number | undefined): number | undefined {
  if (total === undefined) return undefined;
  const cents = Math.round(total * 100) / 100;
  return Math.abs(total - cents) < 1e-6 ? cents : undefined;
}

/** A whole number, not negative: `4`, `４`, `1,200`. */
export function parseCount(input: string): number | undefined {
  const n = plainNumber(normalizeInput(input));
  return n !== undefined && Number.isInteger(n) ? n : undefined;
}

/** A number such as a score: `0.3`, `０．３`, `.5`. */
export function parseDecimal(input: string): number | undefined {
  const text = normalizeInput(input).replace(/^\./, '0.');
  return plainNumber(text);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** YYYY-MM-DD of a real day, or undefined (2026-02-30 is no day). */
function realDay(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return undefined;
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

function shiftDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const RELATIVE: Record<string, number> = {
  今日: 0,
  きょう: 0,
  本日: 0,
  today: 0,
  昨日: -1,
  きのう: -1,
  yesterday: -1,
  一昨日: -2,
  おととい: -2,
  明日: 1,
  あした: 1,
  tomorrow: 1,
};

/**
 * A date: `2026-11-20`, `2026/11/20`, `2026.11.20`, `2026年11月20日`, `11/20`, `11月20日`, `今日`,
 * `昨日`, `一昨日`, `明日` (and today, yesterday, tomorrow), with full-width digits and a weekday
 * after it (`11/20（金）`) allowed, if it is that date's. A date without a year is that day nearest to `today`, a day
 * ahead counting as three behind: from late November, 5/1 is last May, 1/10 next January, and
 * 12/28 typed on 3 January is last December's.
 */
export function parseDate(input: string, today: string): string | undefined {
  const date = parseDay(input, today);
  // A weekday that contradicts the date says the date was mistyped: neither is taken.
  const stated = statedWeekday(input);
  return date && (stated === undefined || stated === weekdayOf(date)) ? date : undefined;
}

const WEEKDAY = /\s*\(([日月火水木金土]|sun|mon|tue|wed|thu|fri|sat)\)$/;
const WEEKDAYS = ['日月火水木金土', 'sun mon tue wed thu fri sat'];

/** The weekday written after a date (`11/20（金）`, `11/20 (fri)`), 0 for Sunday; undefined if none. */
function statedWeekday(input: string): number | undefined {
  const name = WEEKDAY.exec(normalizeInput(input).toLowerCase())?.[1];
  if (!name) return undefined;
  return name.length === 1 ? WEEKDAYS[0]!.indexOf(name) : WEEKDAYS[1]!.split(' ').indexOf(name);
}

/** The weekday of a YYYY-MM-DD date, 0 for Sunday. */
export function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

const FULL_DATE = /^(\d{4})(?:[-/.](\d{1,2})[-/.](\d{1,2})|年(\d{1,2})月(\d{1,2})日?)$/;

/** A date written with its year (the forms of `parseDate` that need no today), or undefined. */
function fullDate(text: string): string | undefined {
  const full = FULL_DATE.exec(text);
  return full ? realDay(Number(full[1]), Number(full[2] ?? full[4]), Number(full[3] ?? full[5])) : undefined;
}

/**
 * A date that names its year: `2026/09/18`, `2026.9.18`, `2026年9月18日`, `２０２６-09-18`,
 * `2026-10-2`, with a weekday after it allowed if it is that date's; undefined for anything else
 * (`11/20` and `今日` need a today, which a record has not). What a file meant by a date.
 */
export function parseYearDate(input: string): string | undefined {
  const date = fullDate(normalizeInput(input).toLowerCase().replace(WEEKDAY, ''));
  const stated = statedWeekday(input);
  return date && (stated === undefined || stated === weekdayOf(date)) ? date : undefined;
}

/** The day a date names, its weekday (if any) set aside. */
export function parseDay(input: string, today: string): string | undefined {
  const text = normalizeInput(input).toLowerCase().replace(WEEKDAY, '');
  if (text in RELATIVE) return shiftDays(today, RELATIVE[text]!);
  // (a date with its year is that day or none: 2026-02-30 is no day, not a short form)
  if (FULL_DATE.test(text)) return fullDate(text);
  const short = /^(?:(\d{1,2})\/(\d{1,2})|(\d{1,2})月(\d{1,2})日?)$/.exec(text);
  if (!short) return undefined;
  const month = Number(short[1] ?? short[3]);
  const day = Number(short[2] ?? short[4]);
  const year = Number(today.slice(0, 4));
  // Days away, a day ahead counting as three behind: a date typed is more often past than future.
  const distance = (d: string) => {
    const days = (Date.parse(d) - Date.parse(today)) / 86_400_000;
    return days > 0 ? 3 * days : -days;
  };
  const near = [year - 1, year, year + 1]
    .map((y) => realDay(y, month, day))
    .filter((d): d is string => d !== undefined)
    .sort((a, b) => distance(a) - distance(b));
  return near[0];
}

/**
 * `OWNER:TEXT` as typed: the colon may be full-width (：), and the id part is read with NFKC;
 * the text is kept as written. Undefined without a colon, an id or a text.
 */
export function splitOwnerText(input: string): [string, string] | undefined {
  const at = input.search(/[:：]/);
  if (at <= 0) return undefined;
  const id = normalizeInput(input.slice(0, at)).toLowerCase();
  const text = input.slice(at + 1).trim();
  return id && text ? [id, text] : undefined;
}

/** An id as typed: full-width letters and digits folded, upper case lowered (ids are lower case). */
export function normalizeId(input: string): string {
  return normalizeInput(input).toLowerCase();
}
