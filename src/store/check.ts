// The second pass: what no single file can tell. Ids unique across parties, every reference
// resolving, proposal histories in order.
import type { Problem } from '../errors.js';
import { NEXT_STATUS, type ProposalStatus } from '../records/schemas.js';
import { type Lang, type MessageKey, t } from '../ui/messages.js';
import { nearest } from '../util/text.js';
import type { DataFolder, Loaded } from './folder.js';
import { type RefTarget, references } from './refs.js';
import { fieldPath } from './schema-issues.js';

/** A proposal history entry whose note starts with this was a deliberate correction. */
export const FORCED_MARK = '[forced]';

export function checkReferences(folder: DataFolder, lang: Lang): Problem[] {
  const problems: Problem[] = [];
  const { records } = folder;
  const problemAt = (
    rec: Loaded,
    path: PropertyKey[],
    key: MessageKey,
    params = {},
    hint?: string,
  ): Problem => {
    const pos = rec.source.positionAt(path);
    return {
      file: rec.file,
      line: pos.line,
      col: pos.col,
      field: fieldPath(path),
      message: t(lang, key, params as never),
      hint,
      code: key,
    };
  };

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
          message: t(lang, 'problem.duplicate-id', { id: rec.id, other: other.file }),
          hint: t(lang, 'hint.duplicate-id'),
          code: 'problem.duplicate-id',
        });
      } else partyFile.set(rec.id, rec as Loaded);
    }
  }

  const exists = (target: RefTarget, id: string): boolean => {
    switch (target) {
      case 'party':
        return records.spaces.has(id) || records.members.has(id);
      case 'anyparty':
        return partyFile.has(id);
      default:
        return records[target].has(id);
    }
  };
  const candidates = (target: RefTarget): Iterable<string> => {
    if (target === 'party') return [...records.spaces.keys(), ...records.members.keys()];
    if (target === 'anyparty') return partyFile.keys();
    return records[target].keys();
  };
  const ref = (rec: Loaded, path: PropertyKey[], target: RefTarget, id: string | undefined) => {
    if (id === undefined || exists(target, id)) return;
    const similar = nearest(id, candidates(target));
    const hint = similar.length ? t(lang, 'hint.similar', { ids: similar.join(', ') }) : t(lang, 'hint.list');
    const kindLabel = t(lang, `kind.${target}`);
    problems.push(problemAt(rec, path, 'problem.dangling', { id, kind: kindLabel }, hint));
  };
  for (const r of references(folder)) ref(r.from, r.path, r.target, r.id);
  for (const rec of records.proposals.values()) {
    problems.push(...checkHistory(rec as Loaded<'proposals'>, lang, problemAt));
  }
  return problems;
}

function checkHistory(
  rec: Loaded<'proposals'>,
  lang: Lang,
  problemAt: (rec: Loaded, path: PropertyKey[], key: MessageKey, params?: object, hint?: string) => Problem,
): Problem[] {
  const problems: Problem[] = [];
  const history = rec.data.history;
  if (history[0] && history[0].status !== 'draft')
    problems.push(problemAt(rec as Loaded, ['history', 0, 'status'], 'problem.history-start'));
  for (let i = 1; i < history.length; i++) {
    const prev = history[i - 1]!;
    const entry = history[i]!;
    if (entry.date < prev.date)
      problems.push(
        problemAt(rec as Loaded, ['history', i, 'date'], 'problem.history-date', { prev: prev.date }),
      );
    const allowed = NEXT_STATUS[prev.status as ProposalStatus];
    const forced = (entry.note ?? '').startsWith(FORCED_MARK);
    if (!allowed.includes(entry.status) && !forced) {
      const next = allowed.length ? allowed.join(', ') : '—';
      problems.push(
        problemAt(
          rec as Loaded,
          ['history', i, 'status'],
          'problem.history-move',
          { from: prev.status, to: entry.status },
          t(lang, 'hint.history-move', { next }),
        ),
      );
    }
  }
  const last = history[history.length - 1];
  if (rec.data.outcome && last && last.status !== 'deal' && last.status !== 'closed')
    problems.push(problemAt(rec as Loaded, ['outcome'], 'problem.outcome-status'));
  return problems;
}
