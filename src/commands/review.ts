// mixer review [--base REF]: what a pull request changes, in words, for the reviewer.
import type { Context } from '../context.js';
import type { Suggestion } from '../match/types.js';
import { DEFAULT_MIN_SCORE, REVIEW_LIMIT } from '../match/weights.js';
import { KIND_FOLDERS, type KindFolder } from '../records/schemas.js';
import { money } from '../reports/markdown.js';
import { brief, describeChanges, type FieldChange, UNSHOWN_KEYS, type WordValue } from '../review/diff.js';
import { type DataFolder, partyName } from '../store/folder.js';
import { type ChangedRecord, changedSince } from '../store/since.js';
import { isMessageKey, type PlainKey } from '../ui/messages.js';
import { scoreText, wordReason } from '../ui/reasons.js';
import { formatProblem, wordProblem } from '../ui/words.js';
import { getOrCreate } from '../util/collections.js';
import { markdownInline } from '../util/printable.js';
import { type ListName, label } from './choices.js';
import { folderMatcher } from './match-input.js';
import { pairingJson } from './pairing-json.js';

interface RecordChange {
  kind: KindFolder;
  id: string;
  file: string;
  change: ChangedRecord['change'];
  lines: string[];
}

type Data = Record<string, unknown>;

/**
 * Fields whose values a review never prints (it ends up in a CI job summary): that a note, a
 * consent or a contact changed is said, not what it says.
 */
const PRIVATE_FIELDS = UNSHOWN_KEYS;

function recordName(kind: KindFolder, id: string, data: Data | undefined): string {
  const label = (data?.name ?? data?.title) as string | undefined;
  return typeof label === 'string' ? `${label} (${kind}/${id})` : `${kind}/${id}`;
}

type Learned = Array<{ member: string; strength: unknown }>;

/** The texts of a record's strengths, each a string or {text, …}, as the file holds them. */
function strengthTexts(strengths: unknown): string[] {
  if (!Array.isArray(strengths)) return [];
  return strengths
    .map((s) => (typeof s === 'string' ? s : (s as { text?: unknown } | null)?.text))
    .filter((t): t is string => typeof t === 'string');
}

/** What a visit learned, added and removed, as changes of each member's strengths. */
function learnedChanges(before: Data | undefined, after: Data | undefined) {
  const list = (d: Data | undefined) => (Array.isArray(d?.learned) ? (d.learned as Learned) : []);
  const key = (l: Learned[number]) => JSON.stringify([l.member, l.strength]);
  const old = new Set(list(before).map(key));
  const now = new Set(list(after).map(key));
  return {
    added: list(after).filter((l) => !old.has(key(l))),
    removed: list(before).filter((l) => !now.has(key(l))),
  };
}

/**
 * The keys of each kind whose values list and show word (a need's status, a proposal's history
 * step, a member's kind): a review words them the same way.
 */
const WORDED_KEYS: Partial<Record<KindFolder, Record<string, ListName>>> = {
  spaces: { kind: 'space-kind' },
  members: { kind: 'member-kind' },
  needs: { status: 'need-status' },
  proposals: { status: 'proposal-status' },
};

/**
 * A proposal's outcome as report words it, its value in the folder's currency: 成約（50,000円）,
 * 成約（金額の記録なし）. Undefined for one that is not an outcome (validate names it).
 */
function outcomeWords(ctx: Context, outcome: unknown, currency: string): string | undefined {
  if (!outcome || typeof outcome !== 'object' || Array.isArray(outcome)) return undefined;
  const { kind, value } = outcome as { kind?: unknown; value?: unknown };
  if (typeof kind !== 'string') return undefined;
  const worded = label(ctx.lang, 'outcome', kind);
  if (typeof value === 'number')
    return ctx.t('review.outcome-value', { outcome: worded, value: money(value, ctx.lang), currency });
  if (value !== undefined) return undefined;
  // (an outcome of none has no value to miss)
  return kind === 'none' ? worded : ctx.t('review.outcome-no-value', { outcome: worded });
}

function valueWording(ctx: Context, kind: KindFolder, currency: string): WordValue {
  const lists = WORDED_KEYS[kind] ?? {};
  return (key, value) => {
    if (kind === 'proposals' && key === 'outcome') return outcomeWords(ctx, value, currency);
    const list = Object.hasOwn(lists, key) ? lists[key] : undefined;
    return list && typeof value === 'string' ? label(ctx.lang, list, value) : undefined;
  };
}

/** A field's name as a reviewer reads it (`strengths` → 強み), or as written when there is none. */
function fieldLabel(ctx: Context, field: string): string {
  const key = `field.${field}`;
  // (every field.* message is a plain label)
  return isMessageKey(key) ? ctx.t(key as PlainKey) : field;
}

function wordChange(ctx: Context, name: string, c: FieldChange): string {
  const field = fieldLabel(ctx, c.field);
  if (PRIVATE_FIELDS.has(c.field)) return ctx.t('review.private-changed', { name, field });
  switch (c.change) {
    case 'list-added':
      return ctx.t('review.list-added', { name, field, value: c.value });
    case 'list-removed':
      return ctx.t('review.list-removed', { name, field, value: c.value });
    case 'list-changed': {
      const keys = c.keys
        .map((k) =>
          k.old === undefined && k.value === undefined
            ? fieldLabel(ctx, k.key)
            : `${fieldLabel(ctx, k.key)}: ${k.old ?? '—'} → ${k.value ?? '—'}`,
        )
        .join(', ');
      return ctx.t('review.list-changed', { name, field, value: c.value, keys });
    }
    case 'field-set':
      return ctx.t('review.field-set', { name, field, value: c.value });
    case 'field-removed':
      return ctx.t('review.field-removed', { name, field, old: c.old });
    case 'field-rewritten':
      return ctx.t('review.rewritten', { name, field });
    case 'field-changed':
      // What changed is a key never shown (an outcome's note): that it changed is said.
      if (c.unshownOnly) return ctx.t('review.private-changed', { name, field });
      return ctx.t('review.field-changed', { name, field, old: c.old, value: c.value });
  }
}

/**
 * The strength texts each member had at the merge base: in its own file, and learned at visits.
 * A record the change did not touch is as it is now; one it touched, as it was before.
 */
function strengthsAtBase(folder: DataFolder, changed: ChangedRecord[]): Map<string, Set<string>> {
  const had = new Map<string, Set<string>>();
  const add = (member: string, texts: string[]) => {
    for (const text of texts) getOrCreate(had, member, () => new Set()).add(text);
  };
  const touched = new Map(changed.map((c) => [c.file, c]));
  for (const [id, member] of folder.records.members) {
    const c = touched.get(member.file);
    add(id, strengthTexts(c ? c.before?.strengths : member.data.strengths));
  }
  for (const visit of folder.records.visits.values()) {
    const c = touched.get(visit.file);
    const learned = c ? c.before?.learned : visit.data.learned;
    if (Array.isArray(learned))
      for (const l of learned as Learned)
        if (typeof l?.member === 'string') add(l.member, strengthTexts([l.strength]));
  }
  return had;
}

export async function run(ctx: Context, flags: { base?: string; json?: boolean }): Promise<number> {
  const folder = await ctx.load();
  const lang = ctx.lang;
  const base = flags.base ?? 'main';
  const since = changedSince(folder, base);
  const memberName = (id: string) => recordName('members', id, folder.records.members.get(id)?.data);
  const changes: RecordChange[] = since.records.map((c) => {
    const name = recordName(c.kind, c.id, c.after ?? c.before);
    const lines =
      c.change === 'added'
        ? [ctx.t('review.added', { name })]
        : c.change === 'removed'
          ? [ctx.t('review.removed', { name })]
          : describeChanges(
              c.before ?? {},
              c.after ?? {},
              valueWording(ctx, c.kind, folder.settings.currency),
            )
              .filter((fc) => fc.field !== 'learned')
              .map((fc) => wordChange(ctx, name, fc));
    // What a visit learned is a change of the member it is about.
    if (c.kind === 'visits') {
      const learned = learnedChanges(c.before, c.after);
      const field = fieldLabel(ctx, 'strengths');
      for (const l of learned.added)
        lines.push(
          ctx.t('review.list-added', { name: memberName(l.member), field, value: brief(l.strength) }),
        );
      for (const l of learned.removed)
        lines.push(
          ctx.t('review.list-removed', { name: memberName(l.member), field, value: brief(l.strength) }),
        );
    }
    return { kind: c.kind, id: c.id, file: c.file, change: c.change, lines };
  });
  const beforeOf = new Map(since.records.map((c) => [c.file, c.before]));
  const changedFiles = new Set(changes.map((c) => c.file));
  const problems = folder.problems.filter((p) => changedFiles.has(p.file));

  // Pairings the change makes possible: for new needs, and for members with new strengths.
  const matcher = folderMatcher(folder);
  const options = {
    minScore: DEFAULT_MIN_SCORE,
    limit: REVIEW_LIMIT,
    perHelper: REVIEW_LIMIT,
    perNeed: REVIEW_LIMIT,
    all: false,
  };
  const pairings: Array<{ for: string; suggestions: Suggestion[] }> = [];
  for (const c of changes.filter((c) => c.kind === 'needs' && c.change === 'added')) {
    const need = folder.records.needs.get(c.id);
    if (need)
      pairings.push({
        for: ctx.t('review.for-need', { title: need.data.title }),
        suggestions: matcher.scoreNeed(c.id, options),
      });
  }
  // Members with new strengths (in their own file, or learned at a visit of this change): the
  // pairings a new strength answers best. One whose text the member had at the base (made
  // private, say, or learned at an earlier visit) is not new, and a pairing an old strength
  // answered already is no news.
  const hadAtBase = strengthsAtBase(folder, since.records);
  const newStrengths = new Map<string, Set<string>>();
  const everyNeed = Math.max(1, folder.records.needs.size);
  const addNew = (member: string, text: string) => {
    if (!hadAtBase.get(member)?.has(text)) getOrCreate(newStrengths, member, () => new Set()).add(text);
  };
  for (const c of changes.filter((c) => c.kind === 'members' && c.change !== 'removed'))
    for (const text of strengthTexts(folder.records.members.get(c.id)?.data.strengths)) addNew(c.id, text);
  for (const c of since.records.filter((c) => c.kind === 'visits'))
    for (const l of learnedChanges(c.before, c.after).added)
      for (const text of strengthTexts([l.strength])) addNew(l.member, text);
  for (const [id, texts] of newStrengths) {
    const member = folder.records.members.get(id);
    if (member)
      pairings.push({
        for: ctx.t('review.for-helper', { name: member.data.name }),
        suggestions: matcher
          .suggest({ ...options, limit: everyNeed, perHelper: everyNeed, helper: id })
          .filter((s) => s.strength !== undefined && texts.has(s.strength))
          .slice(0, REVIEW_LIMIT),
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
    ctx.json('review', {
      base,
      mergeBase: since.mergeBase,
      counts,
      changes,
      problems: problems.map((p) => wordProblem(lang, p)),
      pairings: pairings.map((p) => ({
        for: p.for,
        suggestions: p.suggestions.map((s) => pairingJson(s, lang)),
      })),
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
    for (const c of ofKind) for (const line of c.lines) md.push(`- ${markdownInline(line)}`);
    md.push('');
  }
  md.push(`### ${ctx.t('review.problems')}`, '');
  if (problems.length === 0) md.push(ctx.t('review.no-problems'), '');
  else md.push(...problems.map((p) => `- ${markdownInline(formatProblem(lang, p))}`), '');
  md.push(`### ${ctx.t('review.pairings')}`, '');
  if (pairings.every((p) => p.suggestions.length === 0)) md.push(ctx.t('review.no-pairings'), '');
  for (const p of pairings.filter((p) => p.suggestions.length)) {
    md.push(`#### ${markdownInline(p.for)}`, '');
    for (const s of p.suggestions)
      md.push(
        `- ${markdownInline(partyName(folder, s.owner))} ← ${markdownInline(partyName(folder, s.helper))} (${scoreText(s.score)}): ${markdownInline(s.reasons[0] ? wordReason(s.reasons[0], lang) : '')}`,
      );
    md.push('');
  }
  if (moved.length) {
    md.push(`### ${ctx.t('review.proposals')}`, '');
    for (const m of moved) {
      const said = (status: string) => (status === '—' ? status : label(ctx.lang, 'proposal-status', status));
      md.push(`- ${markdownInline(ctx.t('review.moved', { ...m, from: said(m.from), to: said(m.to) }))}`);
    }
    md.push('');
  }
  ctx.io.stdout(md.join('\n').trimEnd());
  return problems.length ? 1 : 0;
}
