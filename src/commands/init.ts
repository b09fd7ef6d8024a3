// mixer init [DIR]: a ready data repository for a team.
import fs from 'node:fs';
import path from 'node:path';
import type { Context } from '../context.js';
import { MixerError } from '../errors.js';
import { initFiles } from '../init/files.js';
import { writeFileAtomic } from '../store/atomic.js';
import { git, repoRoot } from '../store/git.js';

export async function run(
  ctx: Context,
  dirArg: string | undefined,
  flags: { json?: boolean },
): Promise<number> {
  const dir = path.resolve(ctx.io.cwd, dirArg ?? '.');
  const lang = ctx.earlyLang;
  const files = initFiles(lang);
  const existing = Object.keys(files).filter((rel) => fs.existsSync(path.join(dir, rel)));
  if (existing.length)
    throw new MixerError(
      ctx.t('init.exists', { count: existing.length, files: existing.slice(0, 5).join(', ') }),
      1,
      ctx.t('hint.init-exists'),
    );
  fs.mkdirSync(dir, { recursive: true });
  for (const [rel, text] of Object.entries(files)) writeFileAtomic(path.join(dir, rel), text);
  let gitInit = false;
  if (!repoRoot(dir)) {
    const r = git(dir, ['init', '-q', '-b', 'main']);
    if (!r.ok) throw new MixerError(ctx.t('git.failed', { step: 'init', detail: r.err }));
    gitInit = true;
  }
  if (flags.json) ctx.json({ dir, files: Object.keys(files), git_init: gitInit });
  else {
    for (const rel of Object.keys(files)) ctx.io.stdout(rel);
    ctx.io.stderr(ctx.io.color.green(ctx.t('init.done', { dir })));
    ctx.io.stderr(`  → ${ctx.t('hint.init-next')}`);
  }
  return 0;
}
