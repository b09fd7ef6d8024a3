// What every command that writes records shares: the summary and confirmation, the check-then-
// write under the folder's lock, and the optional branch and commit. Everything that can be
// checked is checked before anything changes (the branch name, the files' git state, the whole
// folder after the change); a failure after that puts the work tree, the index and the branch
// back as they were, and says so.
import path from 'node:path';
import type { Context } from '../context.js';
import { MixerError, UsageError } from '../errors.js';
import { applyChanges, type ChangePlan, type FileChange } from '../store/change.js';
import type { DataFolder } from '../store/folder.js';
import {
  abandonBranch,
  branchExists,
  commitFiles,
  currentHead,
  repoRoot,
  switchToNewBranch,
  uncommitted,
  unstage,
  validBranchName,
} from '../store/git.js';
import { printableLine } from '../util/printable.js';
import type { JsonOutput } from './contract.js';

export interface WriteFlags {
  yes?: boolean;
  /** The answers were shown and confirmed already (reviewAnswers): no second question. */
  reviewed?: boolean;
  /**
   * What to do next with what was written (the changes as made, ids chosen under the lock), said
   * after it; then, when the files are in git and were not committed, that they are not.
   */
  next?: (changes: FileChange[]) => string[];
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

const paths = (folder: DataFolder, changes: FileChange[]) => changes.map((c) => path.join(folder.dir, c.rel));

/** The files of a change that git has uncommitted changes in: a commit of them would take those along. */
function refuseDirty(ctx: Context, folder: DataFolder, changes: FileChange[]): void {
  const dirty = uncommitted(
    folder.dir,
    paths(
      folder,
      changes.filter((c) => !c.create || c.remove),
    ),
  );
  if (dirty.length)
    throw new MixerError(
      ctx.t('git.dirty', { files: dirty.map(printableLine).join(', ') }),
      1,
      ctx.t('hint.git-dirty'),
    );
}

/** Checks of the git flags that need no file written: before anything happens. */
function checkGit(ctx: Context, folder: DataFolder, flags: WriteFlags): void {
  const git = flags.commit || flags.branch !== undefined;
  if (!git) return;
  if (flags.branch !== undefined && flags.branch.trim() === '')
    throw new UsageError(ctx.t('git.branch-empty'), ctx.t('hint.git-branch-name'));
  if (!repoRoot(folder.dir))
    throw new MixerError(ctx.t('git.not-repo', { dir: folder.dir }), 1, ctx.t('hint.git-not-repo'));
  if (flags.branch !== undefined) {
    if (!validBranchName(folder.dir, flags.branch))
      throw new UsageError(
        ctx.t('git.branch-invalid', { branch: printableLine(flags.branch) }),
        ctx.t('hint.git-branch-name'),
      );
    if (branchExists(folder.dir, flags.branch))
      throw new MixerError(
        ctx.t('git.branch-exists', { branch: flags.branch }),
        1,
        ctx.t('hint.git-branch-exists'),
      );
  }
}

/** A file a change will write, before it is written: `new  needs/….yaml` (作成、更新、削除). */
export function plannedLabel(ctx: Context, change: FileChange): string {
  const what = change.remove ? 'write.will-remove' : change.create ? 'write.will-create' : 'write.will-edit';
  return `${ctx.t(what)}  ${change.rel}`;
}

/** What was done, in one line: the files written and the files removed, each said only if any. */
function doneMessage(ctx: Context, written: number, removed: number): string {
  if (removed === 0) return ctx.t('write.done', { count: written });
  if (written === 0) return ctx.t('write.done-removed', { removed });
  return ctx.t('write.done-and-removed', { count: written, removed });
}

export async function writeChange(
  ctx: Context,
  folder: DataFolder,
  plan: ChangePlan,
  message: string | ((changes: FileChange[]) => string),
  flags: WriteFlags,
  /**
   * What `forget` says besides `files` and `commit` (docs/json.md, "forget"), from the changes
   * made: under the lock, after other writers, they may differ from the ones planned first.
   */
  forgotten?: (applied: FileChange[]) => Omit<JsonOutput<'forget'>, 'files' | 'removed' | 'commit'>,
): Promise<number> {
  const c = ctx.io.color;
  checkGit(ctx, folder, flags);
  // The change as it would be made now: shown, and checked against git, before the lock.
  const planned = typeof plan === 'function' ? plan(folder) : plan;
  if (flags.commit) refuseDirty(ctx, folder, planned);
  const label = (change: FileChange) =>
    `${change.remove ? ctx.t('write.removed') : change.create ? ctx.t('write.created') : ctx.t('write.edited')}  ${change.rel}`;
  if (ctx.io.interactive && !flags.yes && !flags.reviewed) {
    ctx.io.stderr(c.bold(ctx.t('write.summary')));
    for (const change of planned) ctx.io.stderr(`  ${plannedLabel(ctx, change)}`);
    // What cannot be undone (forget) is written only on a yes typed: Enter alone says no.
    const confirmed = await ctx.prompter.confirm(ctx.t('write.confirm'), { default: !forgotten });
    if (!confirmed) return notWritten(ctx);
  }
  const head = flags.branch !== undefined ? currentHead(folder.dir) : undefined;
  let switched = false;
  let committed: string | undefined;
  let result: ReturnType<typeof applyChanges>;
  try {
    result = applyChanges(folder, plan, {
      lock: {
        onWait: (owner) => {
          ctx.io.stderr(
            c.dim(ctx.t('write.waiting', { pid: owner?.pid ?? 0, host: printableLine(owner?.host ?? '?') })),
          );
          // (said now, not when the command ends: else a wait looks like a hang)
          ctx.io.flush?.();
        },
      },
      beforeWrite: (changes) => {
        if (flags.commit) refuseDirty(ctx, folder, changes);
        if (flags.branch !== undefined) {
          const r = switchToNewBranch(folder.dir, flags.branch);
          if (!r.ok)
            throw new MixerError(ctx.t('git.failed', { step: 'switch', detail: printableLine(r.err) }));
          switched = true;
        }
      },
      afterWrite: (changes, written) => {
        if (!flags.commit) return;
        const text = typeof message === 'function' ? message(changes) : message;
        const r = commitFiles(folder.dir, written, text);
        if (!r.ok) {
          unstage(folder.dir, written);
          throw new MixerError(
            ctx.t('git.commit-failed', { detail: printableLine(r.err || r.out) }),
            1,
            ctx.t('hint.git-commit-failed'),
          );
        }
        committed = text;
      },
    });
  } catch (error) {
    // Nothing of this change stays: neither its files (applyChanges undid them) nor its branch.
    if (switched && head && flags.branch !== undefined && !abandonBranch(folder.dir, head, flags.branch))
      ctx.io.stderr(c.yellow(`! ${ctx.t('git.branch-left', { branch: flags.branch })}`));
    else if (switched && head?.branch) ctx.io.stderr(ctx.t('git.branch-back', { branch: head.branch }));
    throw error;
  }
  const told = forgotten?.(result.changes);
  // The files written, and apart the files removed (only forget removes any).
  const removal = new Set(result.changes.filter((c) => c.remove).map((c) => path.join(folder.dir, c.rel)));
  const written = result.written.filter((f) => !removal.has(f));
  const removed = result.written.filter((f) => removal.has(f));
  if (flags.json) {
    const rels = (files: string[]) => files.map((f) => path.relative(folder.dir, f));
    const out = { files: rels(written), commit: committed ?? null };
    if (told) ctx.json('forget', { ...out, removed: rels(removed), ...told });
    else ctx.json('written', out);
  } else {
    for (const change of result.changes) ctx.io.stdout(label(change));
    ctx.io.stderr(c.green(doneMessage(ctx, written.length, removed.length)));
    if (committed) ctx.io.stderr(ctx.t('git.committed', { message: committed }));
    if (flags.next) {
      for (const step of flags.next(result.changes)) ctx.io.stderr(step);
      if (!committed && repoRoot(folder.dir)) ctx.io.stderr(ctx.t('next.commit'));
    }
  }
  return 0;
}
