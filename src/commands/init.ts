// mixer init [DIR]: a ready data repository for a team.
import path from 'node:path';
import type { Context } from '../context.js';
import { MixerError } from '../errors.js';
import { initFiles } from '../init/files.js';
import { ensureRepository, existingFiles, writeFiles } from '../store/files.js';

export async function run(
  ctx: Context,
  dirArg: string | undefined,
  flags: { json?: boolean },
): Promise<number> {
  const dir = path.resolve(ctx.io.cwd, dirArg ?? '.');
  const lang = ctx.earlyLang;
  const files = initFiles(lang);
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
  if (flags.json) ctx.json({ dir, files: Object.keys(files), git_init: repository.created });
  else {
    for (const rel of Object.keys(files)) ctx.io.stdout(rel);
    ctx.io.stderr(ctx.io.color.green(ctx.t('init.done', { dir })));
    ctx.io.stderr(`  → ${ctx.t('hint.init-next')}`);
  }
  return 0;
}
