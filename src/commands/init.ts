// mixer init [DIR]: a ready data repository for a team, with this mixer as its pinned dev dependency.
import path from 'node:path';
import type { Context } from '../context.js';
import { MixerError } from '../errors.js';
import { initFiles } from '../init/files.js';
import { type LockFile, lockableSource } from '../init/lock.js';
import { defaultSource, sourceFile, sourceSpec } from '../init/package.js';
import { ensureRepository, existingFiles, writeFiles } from '../store/files.js';
import { enclosingRepository } from '../store/git.js';
import { fileIntegrity } from '../store/integrity.js';
import { ownLock, ownPackage } from '../store/own-package.js';
import { langFromEnv } from '../util/env.js';
import { printableLine } from '../util/printable.js';
import { shellWord } from '../util/shell.js';

/**
 * The integrity of a tarball on this machine that the lock file names (`file:….tgz`): a lock
 * without it would install whatever is there later, so a tarball that cannot be read is an error.
 */
function tarballIntegrity(ctx: Context, source: string, dir: string): string | undefined {
  const file = lockableSource(source) ? sourceFile(source, dir) : undefined;
  if (!file) return undefined;
  try {
    return fileIntegrity(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    throw new MixerError(
      ctx.t('init.source-unreadable', { file: printableLine(file), code }),
      1,
      ctx.t('hint.init-source'),
    );
  }
}

export async function run(
  ctx: Context,
  dirArg: string | undefined,
  flags: { json?: boolean; packageSource?: string },
): Promise<number> {
  const dir = path.resolve(ctx.io.cwd, dirArg ?? '.');
  const pkg = ownPackage();
  const source = flags.packageSource ? sourceSpec(flags.packageSource, ctx.io.cwd, dir) : defaultSource(pkg);
  const files = initFiles({
    lang: ctx.earlyLang,
    dirName: path.basename(dir),
    pkg,
    source,
    integrity: tarballIntegrity(ctx, source, dir),
    ours: ownLock() as LockFile | undefined,
  });
  const existing = existingFiles(dir, Object.keys(files));
  if (existing.length)
    throw new MixerError(
      ctx.t('init.exists', { count: existing.length, files: existing.slice(0, 5).join(', ') }),
      1,
      ctx.t('hint.init-exists'),
    );
  writeFiles(dir, files);
  const repository = ensureRepository(dir);
  if (repository.error) throw new MixerError(ctx.t('git.failed', { step: 'init', detail: repository.error }));
  if (flags.json)
    ctx.json('init', { dir, files: Object.keys(files), gitInit: repository.created, package: source });
  else {
    for (const rel of Object.keys(files)) ctx.io.stdout(rel);
    ctx.io.stderr(ctx.io.color.green(ctx.t('init.done', { dir })));
    const next = dirArg === undefined ? '' : shellWord(printableLine(dirArg));
    ctx.io.stderr(`  → ${ctx.t('hint.init-next', { dir: next })}`);
    if (!ctx.options.lang && !langFromEnv(ctx.io.env))
      ctx.io.stderr(ctx.io.color.yellow(`! ${ctx.t('init.lang-default')}`));
  }
  // Inside another repository the workflow is not where a forge reads it (the root's .github).
  const outer = repository.created ? undefined : enclosingRepository(dir);
  if (outer)
    ctx.io.stderr(
      ctx.io.color.yellow(
        `! ${ctx.t('init.inside-repository', { root: printableLine(outer.root), folder: printableLine(outer.folder) })}`,
      ),
    );
  return 0;
}
