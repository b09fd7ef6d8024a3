// "Today" can be fixed with MIXER_TODAY so that reports and tests do not depend on the calendar.
import { type Environment, fixedToday } from './env.js';

export function today(env: Environment): string {
  const fixed = fixedToday(env);
  if (fixed) return fixed;
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
