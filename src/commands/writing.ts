// What every command that writes records shares: the summary and confirmation, the check-then-
// write, and the optional branch and commit.
import path from 'node:path';
import type { Context } from '../context.js';
import { MixerError } from '../errors.js';
import { applyChanges, type FileChange } from '../store/change.js';
import type { DataFolder } from '../store/folder.js';
import { branchExists, commitFiles, repoRoot, switchToNewBranch } from '../store/git.js';

export interface WriteFlags {
  yes?: boolean;
  /** The answers were shown and confirmed already (reviewAnswers): no second question. */
  reviewed?: boolean;
  commit?: boolean;
  branch?: string;
  json?: boolean;
}

/** The user chose not to write: said, and exit 1 (nothing was done). */
export function notWritten(ctx: Context): number {
  ctx.io.stderr(ctx.t('write.cancelled'));
  return 1;
}

/** Whether to show the answers for correction before writing: a person is there and did not say --yes. */
export function willReview(ctx: Context, flags: WriteFlags): boolean {
  return ctx.io.interactive && !flags.yes;
}

export async function writeChange(
  ctx: Context,
  folder: DataFolder,
  changes: FileChange[],
  message: string,
  flags: WriteFlags,
): Promise<number> {
  const c = ctx.io.color;
  const root = flags.commit || flags.branch ? repoRoot(folder.dir) : undefined;
  if ((flags.commit || flags.branch) && !root)
    throw new MixerError(ctx.t('git.not-repo', { dir: folder.dir }), 1, ctx.t('hint.git-not-repo'));
  if (flags.branch && branchExists(folder.dir, flags.branch))
    throw new MixerError(
      ctx.t('git.branch-exists', { branch: flags.branch }),
      1,
      ctx.t('hint.git-branch-exists'),
    );
  const label = (change: FileChange) =>
    `${change.create ? ctx.t('write.created') : ctx.t('write.edited')}  ${change.rel}`;
  if (ctx.io.interactive && !flags.yes && !flags.reviewed) {
    ctx.io.stderr(c.bold(ctx.t('write.summary')));
    for (const change of changes) ctx.io.stderr(`  ${label(change)}`);
    if (!(await ctx.prompter.confirm(ctx.t('write.confirm')))) return notWritten(ctx);
  }
  if (flags.branch) {
    const switched = switchToNewBranch(folder.dir, flags.branch);
    if (!switched.ok) throw new MixerError(ctx.t('git.failed', { step: 'switch', detail: switched.err }));
  }
  const written = applyChanges(folder, changes);
  let committed: string | undefined;
  if (flags.commit) {
    const result = commitFiles(folder.dir, written, message);
    if (!result.ok)
      throw new MixerError(ctx.t('git.failed', { step: 'commit', detail: result.err || result.out }));
    committed = message;
  }
  if (flags.json)
    ctx.json({ files: written.map((f) => path.relative(folder.dir, f)), commit: committed ?? null });
  else {
    for (const change of changes) ctx.io.stdout(label(change));
    ctx.io.stderr(c.green(ctx.t('write.done', { count: written.length })));
    if (committed) ctx.io.stderr(ctx.t('git.committed', { message: committed }));
  }
  return 0;
}
