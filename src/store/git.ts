// The few git operations mixer performs, and only when asked (--commit, --branch).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface GitResult {
  ok: boolean;
  out: string;
  err: string;
}

/** Runs git; its output trimmed, unless `raw` (where leading spaces mean something). */
export function git(cwd: string, args: string[], raw = false): GitResult {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (r.error) return { ok: false, out: '', err: r.error.message };
  return { ok: r.status === 0, out: raw ? r.stdout : r.stdout.trim(), err: r.stderr.trim() };
}

export function repoRoot(dir: string): string | undefined {
  const r = git(dir, ['rev-parse', '--show-toplevel']);
  return r.ok ? r.out : undefined;
}

/** The repository `dir` lies inside, below its root (`folder`: the path from the root); undefined at a root or outside git. */
export function enclosingRepository(dir: string): { root: string; folder: string } | undefined {
  const root = repoRoot(dir);
  if (!root) return undefined;
  const folder = path.relative(fs.realpathSync(root), fs.realpathSync(dir));
  return folder ? { root, folder } : undefined;
}

export function userEmail(dir: string): string | undefined {
  const r = git(dir, ['config', 'user.email']);
  return r.ok && r.out ? r.out : undefined;
}

export function switchToNewBranch(dir: string, name: string): GitResult {
  return git(dir, ['switch', '-c', name]);
}

/** Whether git accepts `name` as a new branch's name (`git check-ref-format --branch`). */
export function validBranchName(dir: string, name: string): boolean {
  return name.trim() !== '' && !name.startsWith('-') && git(dir, ['check-ref-format', '--branch', name]).ok;
}

/** Where HEAD is: a branch's name, or the commit of a detached HEAD; undefined before the first commit. */
export function currentHead(dir: string): { branch?: string; commit?: string } {
  const branch = git(dir, ['symbolic-ref', '--short', '-q', 'HEAD']);
  const commit = git(dir, ['rev-parse', '--verify', '-q', 'HEAD']);
  return { branch: branch.ok ? branch.out : undefined, commit: commit.ok ? commit.out : undefined };
}

/** Back to where HEAD was (after a `switch -c` whose branch has no commit of its own), then delete that branch. */
export function abandonBranch(
  dir: string,
  head: { branch?: string; commit?: string },
  name: string,
): boolean {
  const back = head.branch
    ? git(dir, ['switch', '-q', head.branch])
    : head.commit
      ? git(dir, ['switch', '-q', '--detach', head.commit])
      : git(dir, ['symbolic-ref', 'HEAD', 'refs/heads/main']);
  if (!back.ok) return false;
  return git(dir, ['branch', '-q', '-D', name]).ok || !branchExists(dir, name);
}

/**
 * Which of these files (absolute paths) have changes not committed, in the work tree or staged, as
 * paths from the repository's root. A file git does not know is not listed (mixer creates only
 * files that did not exist).
 */
export function uncommitted(dir: string, files: string[]): string[] {
  if (!files.length) return [];
  const r = git(dir, ['status', '--porcelain=v1', '-z', '--untracked-files=no', '--', ...files], true);
  if (!r.ok) return [];
  // `XY path`, each entry ended by NUL.
  return r.out
    .split('\0')
    .filter((entry) => entry.length > 3)
    .map((entry) => entry.slice(3));
}

/** Puts the index entries of these files back as HEAD has them (after a commit that failed). */
export function unstage(dir: string, files: string[]): GitResult {
  if (!files.length) return { ok: true, out: '', err: '' };
  if (!currentHead(dir).commit) return git(dir, ['rm', '-q', '--cached', '--ignore-unmatch', '--', ...files]);
  return git(dir, ['reset', '-q', '--', ...files]);
}

/** Commits exactly these files (absolute paths; a removed one is committed as removed), whatever else is staged. */
export function commitFiles(dir: string, files: string[], message: string): GitResult {
  // A removed file git never knew has nothing to commit.
  const known = files.filter(
    (file) => fs.existsSync(file) || git(dir, ['ls-files', '--error-unmatch', '--', file]).ok,
  );
  if (!known.length) return { ok: true, out: '', err: '' };
  const add = git(dir, ['add', '-A', '--', ...known]);
  if (!add.ok) return add;
  return git(dir, ['commit', '-q', '-m', message, '--', ...known]);
}

export function branchExists(dir: string, name: string): boolean {
  return git(dir, ['rev-parse', '--verify', '--quiet', `refs/heads/${name}`]).ok;
}
