// Making ids from records: readable, stable and never colliding.
import { ID_MAX, ID_PATTERN } from './schemas.js';

/** An id from ASCII words in a text ("Green Tohoku" → green-tohoku); '' when there are none. */
export function slugify(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, ID_MAX)
    .replace(/-+$/, '');
}

/**
 * A short slug for a need's title: the ids of the concepts it names, most important first
 * (「ホームページを作り直したい」 → website; the commands find them), else its ASCII words; ''
 * when neither exists.
 */
export function titleSlug(title: string, concepts: readonly string[]): string {
  if (concepts.length) return concepts.slice(0, 2).join('-');
  return slugify(title).split('-').slice(0, 4).join('-');
}

/** `base`, or `base-2`, `base-3`… whichever is free. */
export function uniqueId(base: string, taken: (id: string) => boolean): string {
  const trimmed = base.slice(0, ID_MAX - 3).replace(/-+$/, '');
  if (!taken(trimmed)) return trimmed;
  for (let n = 2; ; n++) if (!taken(`${trimmed}-${n}`)) return `${trimmed}-${n}`;
}

export function isValidId(id: string): boolean {
  return ID_PATTERN.test(id) && id.length <= ID_MAX;
}
