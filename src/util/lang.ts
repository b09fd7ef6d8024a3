// The two languages mixer speaks. Every layer may name them; only the ui words messages.
export type Lang = 'ja' | 'en';
