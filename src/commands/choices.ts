// The lists of values a flag, an argument or a question offers, each value with its label in the
// user's language (files keep the ids). The lists come from records/enums.ts, one place; a value
// without a label in ui/messages/labels.ts does not compile (see `everyValueLabelled`).
import {
  KIND_FOLDERS,
  LANGS,
  LETTER_FORMATS,
  MEMBER_KINDS,
  NEED_STATUSES,
  OUTCOME_KINDS,
  PROPOSAL_STATUSES,
  SHARES,
  SIDES,
  SPACE_KINDS,
  STAGES,
  VISIT_FORMATS,
  VISIT_MODES,
} from '../records/enums.js';
import { foldTyped, labelForms, valueByLabelPart, valueWithLabel } from '../ui/label-forms.js';
import { type Lang, type MessageKey, t } from '../ui/messages.js';
import { levenshtein, nearest } from '../util/text.js';

const REPORT_BY = ['mixer', 'space'] as const;
const SHELLS = ['bash', 'zsh', 'fish'] as const;

export const LISTS = {
  kind: KIND_FOLDERS,
  'space-kind': SPACE_KINDS,
  'member-kind': MEMBER_KINDS,
  'need-status': NEED_STATUSES,
  'visit-mode': VISIT_MODES,
  'visit-format': VISIT_FORMATS,
  outcome: OUTCOME_KINDS,
  'proposal-status': PROPOSAL_STATUSES,
  'proposal-stage': STAGES,
  side: SIDES,
  'letter-format': LETTER_FORMATS,
  share: SHARES,
  lang: LANGS,
  'report-by': REPORT_BY,
  shell: SHELLS,
} as const;

export type ListName = keyof typeof LISTS;
export type ValueOf<L extends ListName> = (typeof LISTS)[L][number];

type LabelKey = { [L in ListName]: `label.${L}.${ValueOf<L>}` }[ListName];
// Fails to compile, naming the key, when a value of a list has no label.
const everyValueLabelled: [Exclude<LabelKey, MessageKey>] extends [never]
  ? true
  : Exclude<LabelKey, MessageKey> = true;
void everyValueLabelled;

/** A value as a person reads it: 現地 for onsite in Japanese. */
export function label<L extends ListName>(lang: Lang, list: L, value: ValueOf<L> | string): string {
  const key = `label.${list}.${value}` as LabelKey;
  return (LISTS[list] as readonly string[]).includes(value) ? t(lang, key) : value;
}

/** A value as it is typed, with its label when that differs: `asked（打診中）`, `asked`. */
export function withLabel<L extends ListName>(lang: Lang, list: L, value: ValueOf<L> | string): string {
  return valueWithLabel(lang, value, label(lang, list, value));
}

/** `onsite（現地） | online（オンライン）` in Japanese, `onsite | online` in English: what to type. */
export function describeChoices(lang: Lang, list: ListName): string {
  return (LISTS[list] as readonly string[]).map((value) => withLabel(lang, list, value)).join(' | ');
}

/** A value typed as its id or as its label in either language (`online`, `オンライン`, `ｏｎｌｉｎｅ`). */
export function parseChoice<L extends ListName>(list: L, input: string): ValueOf<L> | undefined {
  const typed = foldTyped(input);
  const readsAs = (label: string) => labelForms(label).includes(typed);
  return (LISTS[list] as readonly ValueOf<L>[]).find(
    (value) =>
      value === typed ||
      readsAs(t('ja', `label.${list}.${value}` as LabelKey)) ||
      readsAs(t('en', `label.${list}.${value}` as LabelKey)),
  );
}

/**
 * The values whose first word is the typed one's, closest first (the list's order on a tie):
 * owner-accepted and owner-declined for `owner-yes`, where the rest is too far for an edit distance.
 */
function sameFirstWord(typed: string, values: readonly string[]): string[] {
  const [first, ...rest] = typed.split(/[-_]/);
  if (!first || !rest.length) return [];
  return values
    .filter((value) => value.startsWith(`${first}-`))
    .sort((a, b) => levenshtein(typed, a) - levenshtein(typed, b));
}

/**
 * The values closest to a mistyped one, for "did you mean": Latin text by its edit distance, else
 * by its first word; Japanese by the part of a label it is (an edit distance between Japanese and
 * a Latin value says nothing: 解決 is no typo of met).
 */
export function closestChoices(list: ListName, input: string): string[] {
  const values = LISTS[list] as readonly string[];
  const typed = foldTyped(input);
  if (/^[\x00-\x7f]*$/.test(typed)) {
    const near = nearest(typed, values, 2);
    return near.length ? near : sameFirstWord(typed, values).slice(0, 2);
  }
  const labelled = values.map((value) => ({
    value,
    labels: [t('ja', `label.${list}.${value}` as LabelKey), t('en', `label.${list}.${value}` as LabelKey)],
  }));
  const part = valueByLabelPart(input, labelled);
  return part ? [part] : [];
}

/** The values of a list as the choices of a question, each named by its label. */
export function choicesOf<L extends ListName>(
  lang: Lang,
  list: L,
  values: readonly ValueOf<L>[] = LISTS[list] as readonly ValueOf<L>[],
): Array<{ name: string; value: ValueOf<L> }> {
  return values.map((value) => ({ name: label(lang, list, value), value }));
}
