// What the store reports, as data: the message key of each problem, hint and error, with the
// parameters its sentence takes. The ui words them (src/ui/messages/problems.ts, writing.ts, reports.ts);
// a type check in src/ui/words.ts keeps the two in step.
import { sayer } from '../errors.js';

type None = Record<string, never>;

export interface StoreMessages {
  'problem.yaml-syntax': { detail: string };
  'problem.duplicate-key': { key: string };
  'hint.duplicate-key': None;
  'problem.bom': None;
  'hint.bom': None;
  'problem.crlf': None;
  'hint.crlf': None;
  'problem.tab': None;
  'hint.tab': None;
  'problem.not-utf8': None;
  'hint.not-utf8': None;
  'problem.alias-bomb': None;
  'hint.alias-bomb': None;
  'problem.not-mapping': None;
  'problem.empty-file': None;
  'problem.outside-kinds': None;
  'hint.outside-kinds': { kinds: string };
  'problem.yml-extension': None;
  'hint.yml-extension': None;
  'problem.symlink-outside': { target: string };
  'hint.symlink-outside': None;
  'problem.unreadable': { detail: string };
  'problem.bad-id': { id: string };
  'hint.bad-id': None;
  'problem.duplicate-id': { id: string; other: string };
  'hint.duplicate-id': None;
  /** `kind` names what was looked for: a kind folder, or `owner` or `party`. */
  'problem.dangling': { id: string; kind: string };
  'hint.similar': { ids: string; command: string };
  'hint.list': { command: string };
  'problem.history-date': { prev: string };
  'problem.history-move': { from: string; to: string };
  'hint.history-move': { next: string };
  'problem.history-start': None;
  'problem.outcome-status': None;
  'problem.glossary-unknown': { id: string };
  'problem.glossary-term-twice': { term: string; other: string };
  'problem.glossary-cycle': { path: string };
  'schema.required': None;
  /** Type names as zod and JavaScript say them: string, number, int, boolean, array, object, null. */
  'schema.type': { expected: string; received: string };
  'schema.integer': None;
  'schema.unknown-key': { key: string };
  'hint.did-you-mean': { key: string };
  'hint.allowed-keys': { keys: string };
  'schema.enum': { values: string };
  'schema.id': None;
  'schema.date': None;
  'schema.empty': None;
  'schema.too-small': { min: string };
  'schema.too-big': { max: string };
  'schema.strength': None;
  'schema.invalid': { detail: string };
  'write.exists': { file: string };
  'hint.write-exists': None;
  'write.invalid': { count: number };
  'hint.write-invalid': None;
  'review.not-repo': None;
  'review.no-base': { base: string };
  'hint.review-fetch': { base: string };
}

/** What the store says, for the ui to word: `said('problem.bad-id', { id })`. */
export const said = sayer<StoreMessages>();
