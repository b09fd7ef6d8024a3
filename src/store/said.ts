// What the store reports, as data: the message key of each problem, hint and error, with the
// parameters its sentence takes. The ui words them (src/ui/messages/problems.ts, writing.ts, reports.ts);
// a type check in src/ui/words.ts keeps the two in step.

import { sayer } from '../errors.js';
import type { FullWidthPlace, YamlMistake } from '../util/yaml-mistakes.js';

type None = Record<string, never>;

export interface StoreMessages {
  'problem.yaml-syntax': { detail: string; what: YamlMistake };
  'hint.yaml-syntax': { what: YamlMistake };
  /** A value starts with `sign`, which YAML reserves or reads as an anchor, a tag or an alias. */
  'problem.yaml-sign': { sign: string };
  'hint.yaml-sign-word': None;
  'problem.duplicate-key': { key: string };
  'hint.duplicate-key': None;
  'problem.bom': None;
  'hint.bom': None;
  /** `count` files have CRLF line ends (the first few in `files`). */
  'problem.crlf': { count: number; files: string };
  'hint.crlf': None;
  'problem.tab': None;
  'hint.tab': None;
  /** A full-width space (U+3000) where YAML needs an ordinary one, or none: `where` it is. */
  'problem.fullwidth-space': { where: FullWidthPlace };
  'hint.fullwidth-space': { where: FullWidthPlace };
  'problem.not-utf8': None;
  'hint.not-utf8': None;
  'problem.alias-bomb': None;
  'hint.alias-bomb': None;
  'problem.not-mapping': None;
  'problem.too-large': { size: number; max: number };
  'hint.too-large': None;
  'problem.merge-conflict': None;
  'hint.merge-conflict': None;
  'problem.too-deep': { max: number };
  'hint.too-deep': None;
  'problem.empty-file': None;
  'hint.empty-file': None;
  'problem.outside-kinds': None;
  'hint.outside-kinds': { kinds: string };
  'problem.yml-extension': None;
  'hint.yml-extension': None;
  'problem.symlink-outside': { target: string };
  'hint.symlink-outside': None;
  'problem.symlink-broken': { target: string };
  'hint.symlink-broken': None;
  'problem.not-a-file': None;
  'hint.not-a-file': None;
  'problem.unreadable': { detail: string };
  'problem.bad-id': { id: string };
  'problem.reserved-id': { id: string };
  'hint.bad-id': None;
  'problem.duplicate-id': { id: string; other: string };
  /** `kind`: the kind folder both files are in, or `party` for a space, member and mixer of one id. */
  'hint.duplicate-id': { kind: string };
  /** `kind` names what was looked for: a kind folder, or `owner` or `party`. */
  'problem.dangling': { id: string; kind: string };
  'hint.similar': { ids: string; command: string };
  'hint.list': { command: string };
  'problem.history-date': { prev: string };
  'problem.history-move': { from: string; to: string };
  'hint.history-move': { next: string };
  'problem.history-start': None;
  'problem.outcome-status': None;
  'problem.success-not-introduced': None;
  'problem.deal-none': None;
  'hint.success-record': None;
  'hint.outcome-deal': None;
  'problem.open-do-not-contact': { id: string };
  'hint.status-close': { id: string };
  'problem.glossary-unknown': { id: string };
  'problem.glossary-term-twice': { term: string; other: string };
  'problem.glossary-cycle': { path: string };
  'schema.required': None;
  /**
   * Type names as zod and JavaScript say them: string, number, int, boolean, array, object, null.
   * `value` is the value as written, shown safely (util/printable.ts) and cut short.
   */
  'schema.type': { expected: string; received: string; value: string };
  'schema.integer': { value: string };
  'schema.not-finite': { value: string };
  'schema.unknown-key': { key: string };
  'hint.did-you-mean': { key: string };
  'hint.dash-space': None;
  /** A list written as one text: `key` (empty for an item of a list) and its first item. */
  'hint.type-list': { key: string; item: string };
  /** A mapping written as one text: `key` (empty for an item of a list), `sub` the key it likely meant. */
  'hint.type-map': { key: string; sub: string; value: string };
  'hint.allowed-keys': { keys: string };
  'schema.enum': { value: string; values: string };
  /**
   * What to write for a value not in the list (`value` as written, `values` the list, comma and
   * space between): the value whose label it is, or that it differs from in case, width or a typo;
   * worded empty when there is none.
   */
  'hint.enum-value': { value: string; values: string };
  /** A value holding a full-width space at character `at` (1-based). */
  'schema.fullwidth-space': { value: string; at: number };
  'schema.id': { value: string };
  'schema.date': { value: string; min: string; max: string };
  /** A date written another way (`2026/09/18`, `2026年9月18日`) as it should be written. */
  'hint.date-as': { date: string };
  'schema.email': { value: string };
  'schema.github': { value: string };
  'schema.empty': None;
  'schema.too-small': { min: string; value: string };
  'schema.not-above': { min: string; value: string };
  'schema.too-big': { max: string; value: string };
  'schema.too-long': { max: number; length: number };
  'hint.too-long': None;
  'schema.too-few': { min: number };
  'schema.too-many': { max: number; count: number };
  /** `at`: the 1-based character where the field breaks its line. */
  'schema.line-break': { at: number };
  'hint.line-break': None;
  /** `char`: U+001B; `escaped`: \x1b; `at`: the 1-based character. */
  'schema.control-char': { char: string; escaped: string; at: number };
  'hint.control-char': None;
  'schema.strength': None;
  'schema.invalid': { detail: string };
  'write.exists': { file: string };
  'hint.write-exists-file': None;
  'write.invalid': { count: number };
  'hint.write-invalid': None;
  'write.gone': { file: string };
  'write.changed': { file: string };
  'hint.write-again': None;
  /** `code`: the system's error code (EACCES, ENOSPC…). */
  'write.fs-failed': { file: string; code: string };
  'hint.fs-permission': { dir: string };
  'hint.fs-space': None;
  'hint.fs-readonly': None;
  'hint.fs-other': None;
  'write.locked': { pid: number; host: string; file: string };
  'hint.write-locked': { file: string };
  'review.not-repo': { dir: string };
  'hint.review-not-repo': None;
  'review.unknown-base': { base: string };
  'hint.review-unknown-base': { command: string };
  'review.no-base': { base: string };
  'review.unrelated-base': { base: string };
  'hint.review-unrelated': None;
  /** `command`: a git command that works in this clone. */
  'hint.review-fetch': { command: string };
  'hint.review-commits': None;
  'hint.review-branches': None;
}

/** What the store says, for the ui to word: `said('problem.bad-id', { id })`. */
export const said = sayer<StoreMessages>();
