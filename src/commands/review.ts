// mixer review [--base REF]: what a pull request changes, in words, for the reviewer.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { Context } from '../context.js';
import { formatProblem, MixerError } from '../errors.js';
import { Matcher } from '../match/engine.js';
import { DEFAULT_MIN_SCORE, type Suggestion } from '../match/types.js';
import { KIND_FOLDERS, type KindFolder } from '../records/schemas.js';
import { describeChanges } from '../review/diff.js';
import { partyName } from '../store/folder.js';
import { git, repoRoot } from '../store/git.js';
import { wordReason } from '../ui/reasons.js';
import { matchInput } from './match-input.js';

interface RecordChange {
  kind: KindFolder;
  id: string;
  file: string;
  change: 'added' | 'changed' | 'removed';
  lines: string[];
}

type Data = Record<string, unknown>;

function recordName(kind: KindFolder, id: string, data: Data | undefined): string {
  const label = (data?.name ?? data?.title) as string | undefined;
  return label ? `${label} (${kind}/${id})` : `${kind}/${id}`;
}

function parseSafe(text: string | undefined): Data | undefined {
  if (text === undefined) return undefined;
  try {
    const value = parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Data) : undefined;
  } catch {
    return undefined;
  }
}

export async function run(ctx: Context, flags: { base?: string; json?: boolean }): Promise<number> {
  const folder = await ctx.load();
  const lang = ctx.lang;
  const root = repoRoot(folder.dir);
  if (!root) throw new MixerError(ctx.t('review.not-repo'), 1);
  const base = flags.base ?? 'main';
  const mergeBase = git(folder.dir, ['merge-base', base, 'HEAD']);
  if (!mergeBase.ok)
    throw new MixerError(
      ctx.t('review.no-base', { base }),
      1,
      ctx.t('hint.review-fetch', { base: base.replace(/^origin\//, '') }),
    );
  const prefix = path.relative(root, folder.dir);
  const diff = git(folder.dir, ['diff', '--name-status', '--no-renames', mergeBase.out, '--', '.']);
  const changes: RecordChange[] = [];
  for (const line of diff.out.split('\n').filter(Boolean)) {
    const [status, repoPath] = line.split('\t') as [string, string];
    const rel = prefix ? path.relative(prefix, repoPath) : repoPath;
    const kind = rel.split('/')[0] as KindFolder;
    if (!KIND_FOLDERS.includes(kind) || !rel.endsWith('.yaml')) continue;
    const id = path.basename(rel, '.yaml');
    const oldText = status === 'A' ? undefined : git(root, ['show', `${mergeBase.out}:${repoPath}`]).out;
    const newText = status === 'D' ? undefined : fs.readFileSync(path.join(folder.dir, rel), 'utf8');
    const before = parseSafe(oldText);
    const after = parseSafe(newText);
    const name = recordName(kind, id, after ?? before);
    const change: RecordChange['change'] = status === 'A' ? 'added' : status === 'D' ? 'removed' : 'changed';
    const lines =
      change === 'added'
        ? [ctx.t('review.added', { name })]
        : change === 'removed'
          ? [ctx.t('review.removed', { name })]
          : describeChanges(name, before ?? {}, after ?? {}, lang);
    changes.push({ kind, id, file: rel, change, lines });
  }
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
    const before =
      c.change === 'added'
        ? []
        : ((parseSafe(git(root, ['show', `${mergeBase.out}:${path.join(prefix, c.file)}`]).out)
            ?.strengths as unknown[]) ?? []);
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
      const oldText =
        c.change === 'added'
          ? undefined
          : git(root, ['show', `${mergeBase.out}:${path.join(prefix, c.file)}`]).out;
      const was = (parseSafe(oldText)?.history as Array<{ status: string }> | undefined)?.at(-1)?.status;
      return { id: c.id, from: was ?? '—', to: now ?? '—' };
    })
    .filter((m) => m.from !== m.to);

  const counts = {
    added: changes.filter((c) => c.change === 'added').length,
    changed: changes.filter((c) => c.change === 'changed').length,
    removed: changes.filter((c) => c.change === 'removed').length,
  };
  if (flags.json) {
    ctx.json({ base, merge_base: mergeBase.out, counts, changes, problems, pairings, proposals: moved });
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
  else md.push(...problems.map((p) => `- \`${formatProblem(p)}\``), '');
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
    for (const m of moved) md.push(`- ${ctx.t('review.moved', m)}`);
    md.push('');
  }
  ctx.io.stdout(md.join('\n').trimEnd());
  return problems.length ? 1 : 0;
}
