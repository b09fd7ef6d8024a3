// Filters for letters: Japanese and English dates, and the honorific 様.

const WEEKDAYS_JA = ['日', '月', '火', '水', '木', '金', '土'];
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function parts(date: string): [number, number, number, number] {
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) throw new Error(`not a date: ${date}`);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCDay()];
}

/** 2026-08-12 → 2026年8月12日（水） */
export function jdate(date: string): string {
  const [y, m, d, w] = parts(date);
  return `${y}年${m}月${d}日（${WEEKDAYS_JA[w]}）`;
}

/** 2026-08-12 → Wednesday, August 12, 2026 */
export function endate(date: string): string {
  const [y, m, d] = parts(date);
  const weekday = new Date(`${date}T00:00:00Z`).toLocaleDateString('en-US', {
    weekday: 'long',
    timeZone: 'UTC',
  });
  return `${weekday}, ${MONTHS_EN[m - 1]} ${d}, ${y}`;
}

/** A name with 様, unless it already ends in an honorific. */
export function sama(name: string): string {
  const trimmed = String(name).trim();
  return /(様|さま|御中|殿)$/.test(trimmed) ? trimmed : `${trimmed} 様`;
}
