// mixer review [--base REF]: what a pull request changes, in words, for the reviewer.
import type { Context } from '../context.js';
import { Matcher } from '../match/engine.js';
import { DEFAULT_MIN_SCORE, type Suggestion } from '../match/types.js';
import { KIND_FOLDERS, type KindFolder } from '../records/schemas.js';
import { describeChanges, type FieldChange } from '../review/diff.js';
import { partyName } from '../store/folder.js';
import { type ChangedRecord, changedSince } from '../store/since.js';
import { isMessageKey, type PlainKey } from '../ui/messages.js';
import { wordReason } from '../ui/reasons.js';
import { formatProblem, wordProblem } from '../ui/words.js';
import { label } from './choices.js';
import { matchInput } from './match-input.js';

interface RecordChange {
  kind: KindFolder;
  id: string;
  file: string;
  change: ChangedRecord['change'];
  lines: string[];
}

type Data = Record<string, unknown>;

function recordName(kind: KindFolder, id: string, data: Data | undefined): string {
  const label = (data?.name ?? data?.title) as string | undefined;
  return label ? `${label} (${kind}/${id})` : `${kind}/${id}`;
}

/** A field's name as a reviewer reads it (`strengths` → 強み), or as written when there is none. */
function fieldLabel(ctx: Context, field: string): string {
  const key = `field.${field}`;
  // (every field.* message is a plain label)
  return isMessageKey(key) ? ctx.t(key as PlainKey) : field;
}

function wordChange(ctx: Context, name: string, c: FieldChange): string {
  const field = fieldLabel(ctx, c.field);
  switch (c.change) {
    case 'list-added':
      return ctx.t('review.list-added', { name, field, value: c.value });
    case 'list-removed':
      return ctx.t('review.list-removed', { name, field, value: c.value });
    case 'field-set':
      return ctx.t('review.field-set', { name, field, value: c.value });
    case 'field-removed':
      return ctx.t('review.field-removed', { name, field, old: c.old });
    case 'field-changed':
      return ctx.t('review.field-changed', { name, field, old: c.old, value: c.value });
  }
}

export async function run(ctx: Context, flags: { base?: string; json?: boolean }): Promise<number> {
  const folder = await ctx.load();
  const lang = ctx.lang;
  const base = flags.base ?? 'main';
  const since = changedSince(folder, base);
  const changes: RecordChange[] = since.records.map((c) => {
    const name = recordName(c.kind, c.id, c.after ?? c.before);
    const lines =
      c.change === 'added'
        ? [ctx.t('review.added', { name })]
        : c.change === 'removed'
          ? [ctx.t('review.removed', { name })]
          : describeChanges(c.before ?? {}, c.after ?? {}).map((fc) => wordChange(ctx, name, fc));
    return { kind: c.kind, id: c.id, file: c.file, change: c.change, lines };
  });
  const beforeOf = new Map(since.records.map((c) => [c.file, c.before]));
  const changedFiles = new Set(changes.map((c) => c.file));
  const problems = folder.problems.filter((p) => changedFiles.has(p.file));

  // Pairings the change makes possible: for new needs, and for members with new strengths.
  const matcher = new Matcher(matchInput(folder));
  const options = { minScore: DEFAULT_MIN_SCORE, limit: 3, perHelper: 3, perNeed: 3, all: false };
  const pairings: Array<{ for: string; suggestions: Suggestion[] }> = [];
  for (const c of changes.filter((c) => c.kind === 'needs' && c.change === 'added')) {
    const need = folder.records.needs.get(c.id);
    if (need)
      pairings.push({
        for: ctx.t('review.for-need', { title: need.data.title }),
        suggestions: matcher.scoreNeed(c.id, options),
      });
  }
  for (const c of changes.filter((c) => c.kind === 'members' && c.change !== 'removed')) {
    const before = (beforeOf.get(c.file)?.strengths as unknown[] | undefined) ?? [];
    const member = folder.records.members.get(c.id);
    const grew = (member?.data.strengths ?? []).some(
      (s) => !before.some((b) => JSON.stringify(b) === JSON.stringify(s)),
    );
    if (member && grew)
      pairings.push({
        for: ctx.t('review.for-helper', { name: member.data.name }),
        suggestions: matcher.suggest({ ...options, helper: c.id }),
      });
  }
  const moved = changes
    .filter((c) => c.kind === 'proposals')
    .map((c) => {
      const now = folder.records.proposals.get(c.id)?.data.history.at(-1)?.status;
      const was = (beforeOf.get(c.file)?.history as Array<{ status: string }> | undefined)?.at(-1)?.status;
      return { id: c.id, from: was ?? '—', to: now ?? '—' };
    })
    .filter((m) => m.from !== m.to);

  const counts = {
    added: changes.filter((c) => c.change === 'added').length,
    changed: changes.filter((c) => c.change === 'changed').length,
    removed: changes.filter((c) => c.change === 'removed').length,
  };
  if (flags.json) {
    ctx.json({
      base,
      merge_base: since.mergeBase,
      counts,
      changes,
      problems: problems.map((p) => wordProblem(lang, p)),
      pairings,
      proposals: moved,
    });
    return problems.length ? 1 : 0;
  }
  const md: string[] = [`## ${ctx.t('review.title')}`, '', ctx.t('review.summary', { base, ...counts }), ''];
  md.push(`### ${ctx.t('review.records')}`, '');
  if (changes.length === 0) md.push(ctx.t('review.none'), '');
  for (const kind of KIND_FOLDERS) {
    const ofKind = changes.filter((c) => c.kind === kind);
    if (!ofKind.length) continue;
    md.push(`#### ${ctx.t(`kind.${kind}`)}`, '');
    for (const c of ofKind) for (const line of c.lines) md.push(`- ${line}`);
    md.push('');
  }
  md.push(`### ${ctx.t('review.problems')}`, '');
  if (problems.length === 0) md.push(ctx.t('review.no-problems'), '');
  else md.push(...problems.map((p) => `- \`${formatProblem(lang, p)}\``), '');
  md.push(`### ${ctx.t('review.pairings')}`, '');
  if (pairings.every((p) => p.suggestions.length === 0)) md.push(ctx.t('review.no-pairings'), '');
  for (const p of pairings.filter((p) => p.suggestions.length)) {
    md.push(`#### ${p.for}`, '');
    for (const s of p.suggestions)
      md.push(
        `- ${partyName(folder, s.owner)} ← ${partyName(folder, s.helper)} (${s.score.toFixed(2)}): ${s.reasons[0] ? wordReason(s.reasons[0], lang) : ''}`,
      );
    md.push('');
  }
  if (moved.length) {
    md.push(`### ${ctx.t('review.proposals')}`, '');
    for (const m of moved) {
      const said = (status: string) => (status === '—' ? status : label(ctx.lang, 'proposal-status', status));
      md.push(`- ${ctx.t('review.moved', { ...m, from: said(m.from), to: said(m.to) })}`);
    }
    md.push('');
  }
  ctx.io.stdout(md.join('\n').trimEnd());
  return problems.length ? 1 : 0;
}
