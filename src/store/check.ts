// The second pass: what no single file can tell. Ids unique across parties, every reference
// resolving, proposal histories in order, no open proposal with a party that asked not to be
// contacted.
import type { Problem, Said } from '../errors.js';
import { FINAL_STATUSES } from '../records/enums.js';
import {
  askFirst,
  awaitsContact,
  isAllowedMove,
  isSuccess,
  nextStatuses,
  wasIntroduced,
} from '../records/lifecycle.js';
import type { KindFolder } from '../records/schemas.js';
import { nearest } from '../util/text.js';
import { fieldPath } from './field-path.js';
import { type DataFolder, failedRecord, type Loaded } from './folder.js';
import { type RefTarget, references } from './refs.js';
import { isDoNotContact, proposalSides, proposalStatus } from './relations.js';
import { said } from './said.js';

/** A proposal history entry whose note starts with this was a deliberate correction. */
export const FORCED_MARK = '[forced]';

type ProblemAt = (rec: Loaded, path: PropertyKey[], message: Said, hint?: Said) => Problem;

const problemAt: ProblemAt = (rec, path, message, hint) => {
  const pos = rec.source.positionAt(path);
  return {
    file: rec.file,
    line: pos.line,
    col: pos.col,
    field: fieldPath(path),
    message,
    hint,
    code: message.key,
  };
};

export function checkReferences(folder: DataFolder): Problem[] {
  const problems: Problem[] = [];
  const { records } = folder;

  // Parties: unique ids across spaces, members and mixers.
  const partyFile = new Map<string, Loaded>();
  for (const kind of ['spaces', 'members', 'mixers'] as const) {
    for (const rec of records[kind].values()) {
      const other = partyFile.get(rec.id);
      if (other) {
        problems.push({
          file: rec.file,
          line: 1,
          col: 1,
          field: '',
          message: said('problem.duplicate-id', { id: rec.id, other: other.file }),
          hint: said('hint.duplicate-id', { kind: 'party' }),
          code: 'problem.duplicate-id',
        });
      } else partyFile.set(rec.id, rec as Loaded);
    }
  }

  const exists = (target: RefTarget, id: string): boolean => {
    switch (target) {
      case 'owner':
        return records.spaces.has(id) || records.members.has(id);
      case 'party':
        return partyFile.has(id);
      default:
        return records[target].has(id);
    }
  };
  const candidates = (target: RefTarget): Iterable<string> => {
    if (target === 'owner') return [...records.spaces.keys(), ...records.members.keys()];
    if (target === 'party') return partyFile.keys();
    return records[target].keys();
  };
  /** The command that lists what a reference may name (a real one, to copy). */
  const listCommand = (target: RefTarget): string =>
    target === 'owner'
      ? 'mixer list members, mixer list spaces'
      : target === 'party'
        ? 'mixer list members, mixer list spaces, mixer list mixers'
        : `mixer list ${target}`;
  // A record that has problems still exists: a reference to it is not a second problem.
  const kindsOf = (target: RefTarget): KindFolder[] =>
    target === 'owner'
      ? ['spaces', 'members']
      : target === 'party'
        ? ['spaces', 'members', 'mixers']
        : [target];
  const ref = (rec: Loaded, path: PropertyKey[], target: RefTarget, id: string | undefined) => {
    if (id === undefined || exists(target, id) || failedRecord(folder, id, kindsOf(target))) return;
    const similar = nearest(id, candidates(target));
    const command = listCommand(target);
    const hint = similar.length
      ? said('hint.similar', { ids: similar.join(', '), command })
      : said('hint.list', { command });
    problems.push(problemAt(rec, path, said('problem.dangling', { id, kind: target }), hint));
  };
  for (const r of references(folder)) ref(r.from, r.path, r.target, r.id);
  for (const rec of records.proposals.values()) {
    problems.push(...checkHistory(rec as Loaded<'proposals'>));
    problems.push(...checkContact(folder, rec as Loaded<'proposals'>));
  }
  return problems;
}

/**
 * A proposal that can only go on by writing to a party marked do_not_contact (marked after it
 * was made): it must be closed. Named at the field that leads to that party. Once introduced, the
 * sides have met or may meet without mixer: recording that stays possible.
 */
function checkContact(folder: DataFolder, rec: Loaded<'proposals'>): Problem[] {
  if (!rec.data.history.length || !awaitsContact(proposalStatus(rec))) return [];
  const [owner, helper] = proposalSides(folder, rec);
  const sides: [string, string][] = [
    ['need', owner],
    ['helper', helper],
  ];
  return sides
    .filter(([, id]) => isDoNotContact(folder, id))
    .map(([field, id]) =>
      problemAt(
        rec as Loaded,
        [field],
        said('problem.open-do-not-contact', { id }),
        said('hint.status-close', { id: rec.id }),
      ),
    );
}

function checkHistory(rec: Loaded<'proposals'>): Problem[] {
  const problems: Problem[] = [];
  const history = rec.data.history;
  if (history[0] && history[0].status !== 'draft')
    problems.push(problemAt(rec as Loaded, ['history', 0, 'status'], said('problem.history-start')));
  for (let i = 1; i < history.length; i++) {
    const prev = history[i - 1]!;
    const entry = history[i]!;
    if (entry.date < prev.date)
      problems.push(
        problemAt(rec as Loaded, ['history', i, 'date'], said('problem.history-date', { prev: prev.date })),
      );
    const first = askFirst(rec.data);
    const allowed = nextStatuses(prev.status, first);
    const forced = (entry.note ?? '').startsWith(FORCED_MARK);
    if (!isAllowedMove(prev.status, entry.status, first) && !forced) {
      const next = allowed.length ? allowed.join(', ') : '—';
      problems.push(
        problemAt(
          rec as Loaded,
          ['history', i, 'status'],
          said('problem.history-move', { from: prev.status, to: entry.status }),
          said('hint.history-move', { next }),
        ),
      );
    }
  }
  const last = history[history.length - 1];
  if (rec.data.outcome && last && !FINAL_STATUSES.includes(last.status))
    problems.push(problemAt(rec as Loaded, ['outcome'], said('problem.outcome-status')));
  // A success the sides never were introduced for (unless recorded as a correction), and a deal
  // whose outcome says nothing came of it: a report would count either wrongly.
  const corrected = history.some((h) => (h.note ?? '').startsWith(FORCED_MARK));
  if (isSuccess(rec.data.outcome?.kind) && !wasIntroduced(history) && !corrected)
    problems.push(
      problemAt(
        rec as Loaded,
        ['outcome', 'kind'],
        said('problem.success-not-introduced'),
        said('hint.success-record'),
      ),
    );
  if (last?.status === 'deal' && rec.data.outcome?.kind === 'none')
    problems.push(
      problemAt(rec as Loaded, ['outcome', 'kind'], said('problem.deal-none'), said('hint.outcome-deal')),
    );
  return problems;
}
