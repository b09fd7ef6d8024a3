// Making ids from records: readable, stable and never colliding.

/** What an id is: lowercase ASCII words joined by single hyphens (the schemas check it). */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const ID_MAX = 64;

/**
 * The side of a proposal whose party was forgotten at their request (`mixer forget`): a reserved
 * id, never a record's, that no reference check looks up.
 */
export const FORGOTTEN = 'forgotten';

/**
 * An id from ASCII words in a text ("Green Tohoku" → green-tohoku, "Café Noël" → cafe-noel: an
 * accent is dropped, not its letter; full-width letters are read as ASCII); '' when there are none.
 */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return cutAtWord(slug, ID_MAX);
}

/**
 * `id` cut to `max` characters at a hyphen, so that no word is cut short (`…-sarah-mil`); cut hard
 * only when the last hyphen would leave less than half.
 */
export function cutAtWord(id: string, max: number): string {
  if (id.length <= max) return id;
  const hyphen = id.lastIndexOf('-', max);
  return (hyphen >= max / 2 ? id.slice(0, hyphen) : id.slice(0, max)).replace(/-+$/, '');
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

/**
 * The id of a new need (docs/format.md, "Ids"): the owner, then what the title is about (its
 * concepts, else its ASCII words, else the day), then the mixer who recorded it when known:
 * `hirano-cafe-advertising-mx-sato`, `hirano-cafe-2026-11-20-mx-sato`. Two mixers recording a
 * need of one owner on one day, each in their own clone, make two ids, so the two branches merge
 * without a conflict; within one folder a taken id gets `-2`, `-3`… (uniqueId), chosen while the
 * folder is locked, so two processes never take the same one.
 */
export function needIdBase(owner: string, about: string, mixer?: string): string {
  const tail = mixer ? `-${mixer.slice(0, 20).replace(/-+$/, '')}` : '';
  // Room for the tail and for a `-NN` of uniqueId.
  const head = cutAtWord(`${owner}-${about}`, ID_MAX - 3 - tail.length);
  return `${head}${tail}`;
}

/**
 * The id of a new proposal: the month, the need and the helper (`2026-10-iwate-craft-overseas-miller-english`).
 * When the whole does not fit, the need id is cut at a word to leave room for the helper (its
 * first 20 characters) and a `-NN`, so that two helpers of one long need make two ids that each
 * name their helper.
 */
export function proposalIdBase(month: string, need: string, helper: string): string {
  const whole = `${month}-${need}-${helper}`;
  if (whole.length <= ID_MAX - 3) return whole;
  const tail = `-${cutAtWord(helper, 20)}`;
  const head = cutAtWord(`${month}-${need}`, ID_MAX - 3 - tail.length);
  return `${head}${tail}`;
}

/** `base`, or `base-2`, `base-3`… whichever is free. */
export function uniqueId(base: string, taken: (id: string) => boolean): string {
  const trimmed = cutAtWord(base, ID_MAX - 3);
  if (!taken(trimmed)) return trimmed;
  for (let n = 2; ; n++) if (!taken(`${trimmed}-${n}`)) return `${trimmed}-${n}`;
}

export function isValidId(id: string): boolean {
  return ID_PATTERN.test(id) && id.length <= ID_MAX;
}
