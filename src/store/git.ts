// The few git operations mixer performs, and only when asked (--commit, --branch).
import { spawnSync } from 'node:child_process';

export interface GitResult {
  ok: boolean;
  out: string;
  err: string;
}

export function git(cwd: string, args: string[]): GitResult {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (r.error) return { ok: false, out: '', err: r.error.message };
  return { ok: r.status === 0, out: r.stdout.trim(), err: r.stderr.trim() };
}

export function repoRoot(dir: string): string | undefined {
  const r = git(dir, ['rev-parse', '--show-toplevel']);
  return r.ok ? r.out : undefined;
}

export function userEmail(dir: string): string | undefined {
  const r = git(dir, ['config', 'user.email']);
  return r.ok && r.out ? r.out : undefined;
}

export function switchToNewBranch(dir: string, name: string): GitResult {
  return git(dir, ['switch', '-c', name]);
}

/** Commits exactly these files (absolute paths), whatever else is staged. */
export function commitFiles(dir: string, files: string[], message: string): GitResult {
  const add = git(dir, ['add', '--', ...files]);
  if (!add.ok) return add;
  return git(dir, ['commit', '-m', message, '--', ...files]);
}

export function branchExists(dir: string, name: string): boolean {
  return git(dir, ['rev-parse', '--verify', '--quiet', `refs/heads/${name}`]).ok;
}
