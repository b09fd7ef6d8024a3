// The records a branch changed since it left its base: for `mixer review`. Reads git and the files;
// the review layer says what changed in each record, the command words it.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { MixerError } from '../errors.js';
import { KIND_FOLDERS, type KindFolder } from '../records/schemas.js';
import type { DataFolder } from './folder.js';
import { git, repoRoot } from './git.js';
import { said } from './said.js';

type Data = Record<string, unknown>;

export interface ChangedRecord {
  kind: KindFolder;
  id: string;
  /** Path relative to the data folder. */
  file: string;
  change: 'added' | 'changed' | 'removed';
  /** The record at the merge base, and now; undefined when absent or not a readable mapping. */
  before?: Data;
  after?: Data;
}

export interface Since {
  mergeBase: string;
  records: ChangedRecord[];
}

/** A record's text as a mapping, or undefined: a broken file is reported by validate, not here. */
function parseSafe(text: string | undefined): Data | undefined {
  if (text === undefined) return undefined;
  try {
    const value = parse(text, { logLevel: 'error' });
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Data) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The command that brings `base` and the history down to it into this clone: it names the ref to
 * update (a shallow clone of one branch does not update others), and deepens a shallow clone so
 * that the merge base can be found.
 */
function fetchCommand(dir: string, base: string): string | undefined {
  const shallow = git(dir, ['rev-parse', '--is-shallow-repository']).out === 'true' ? ' --unshallow' : '';
  const remotes = git(dir, ['remote']).out.split('\n').filter(Boolean);
  if (remotes.length === 0) return undefined;
  // A commit named by its hash or from another (HEAD~5): only the history is missing.
  if (isCommitName(base))
    return shallow ? `git fetch${shallow} ${remotes.includes('origin') ? 'origin' : remotes[0]}` : undefined;
  const slash = base.indexOf('/');
  const remote = slash > 0 ? base.slice(0, slash) : '';
  if (remote && remotes.includes(remote)) {
    const branch = base.slice(slash + 1);
    return `git fetch${shallow} ${remote} +refs/heads/${branch}:refs/remotes/${remote}/${branch}`;
  }
  // A local branch: fetched into itself (it is not the branch checked out, or it would be here).
  const from = remotes.includes('origin') ? 'origin' : remotes[0];
  return `git fetch${shallow} ${from} +refs/heads/${base}:refs/heads/${base}`;
}

/** Whether `base` names a commit rather than a branch: a hash, or a way from another (HEAD~5, main^, @{1}). */
function isCommitName(base: string): boolean {
  return /[~^@:]|^HEAD$|^[0-9a-f]{7,64}$/i.test(base);
}

/** What to say beside a base that cannot be used: how to list what there is, and the fetch that may bring it. */
function baseHint(dir: string, base: string) {
  // (a commit a shallow clone lacks gets the fetch that deepens it instead: hint.review-fetch)
  if (isCommitName(base)) return said('hint.review-commits');
  const command = fetchCommand(dir, base);
  return command ? said('hint.review-unknown-base', { command }) : said('hint.review-branches');
}

/** Every record file added, changed or removed between the merge base with `base` and the work tree. */
export function changedSince(folder: DataFolder, base: string): Since {
  const root = repoRoot(folder.dir);
  if (!root)
    throw new MixerError(said('review.not-repo', { dir: folder.dir }), 1, said('hint.review-not-repo'));
  const known = git(folder.dir, ['rev-parse', '--verify', '--quiet', `${base}^{commit}`]).ok;
  const shallow = git(folder.dir, ['rev-parse', '--is-shallow-repository']).out === 'true';
  // A name this clone has never heard of, in a full clone: most likely a typo (bad usage).
  if (!known && !shallow)
    throw new MixerError(said('review.unknown-base', { base }), 2, baseHint(folder.dir, base));
  const mergeBase = git(folder.dir, ['merge-base', base, 'HEAD']);
  // Known and in a full clone, yet no common commit: a branch of another history (an unrelated repository's).
  if (!mergeBase.ok && known && !shallow)
    throw new MixerError(said('review.unrelated-base', { base }), 2, said('hint.review-unrelated'));
  if (!mergeBase.ok) {
    const command = fetchCommand(folder.dir, base);
    throw new MixerError(
      said('review.no-base', { base }),
      1,
      command ? said('hint.review-fetch', { command }) : baseHint(folder.dir, base),
    );
  }
  const prefix = path.relative(root, folder.dir);
  const diff = git(folder.dir, ['diff', '--name-status', '--no-renames', mergeBase.out, '--', '.']);
  // Files not yet added to git are changes of the branch too (a record written but not committed).
  const untracked = git(folder.dir, ['ls-files', '--others', '--exclude-standard', '--full-name', '--', '.']);
  const lines = [
    ...diff.out.split('\n').filter(Boolean),
    ...untracked.out
      .split('\n')
      .filter(Boolean)
      .map((file) => `A\t${file}`),
  ];
  const records: ChangedRecord[] = [];
  for (const line of lines) {
    const [status, repoPath] = line.split('\t') as [string, string];
    const rel = prefix ? path.relative(prefix, repoPath) : repoPath;
    const kind = rel.split('/')[0] as KindFolder;
    if (!KIND_FOLDERS.includes(kind) || !rel.endsWith('.yaml')) continue;
    const oldText = status === 'A' ? undefined : git(root, ['show', `${mergeBase.out}:${repoPath}`]).out;
    const newText = status === 'D' ? undefined : fs.readFileSync(path.join(folder.dir, rel), 'utf8');
    records.push({
      kind,
      id: path.basename(rel, '.yaml'),
      file: rel,
      change: status === 'A' ? 'added' : status === 'D' ? 'removed' : 'changed',
      before: parseSafe(oldText),
      after: parseSafe(newText),
    });
  }
  return { mergeBase: mergeBase.out, records };
}
