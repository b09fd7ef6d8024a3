// The two languages mixer speaks. Every layer may name them; only the ui words messages.
export type Lang = 'ja' | 'en';

export function isLang(value: unknown): value is Lang {
  return value === 'ja' || value === 'en';
}
