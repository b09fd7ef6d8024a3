// mixer fmt: rewrites every record into canonical form, keeping comments; --check only lists
// the files that differ (exit 1), for CI.
import fs from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import type { Context } from '../context.js';
import { KIND_FOLDERS, type KindFolder } from '../records/schemas.js';
import { writeFileAtomic } from '../store/atomic.js';
import { canonicalText } from '../store/format.js';

export async function run(ctx: Context, flags: { check?: boolean; json?: boolean }): Promise<number> {
  const folder = await ctx.load();
  const files = fg.sync(`{${KIND_FOLDERS.join(',')}}/**/*.yaml`, {
    cwd: folder.dir,
    followSymbolicLinks: false,
  });
  const differ: string[] = [];
  const unreadable: string[] = [];
  for (const rel of files.sort()) {
    const abs = path.join(folder.dir, rel);
    const text = fs.readFileSync(abs, 'utf8');
    const kind = rel.split('/')[0] as KindFolder;
    const formatted = canonicalText(text, kind);
    // (canonicalText returns a file that is not YAML unchanged)
    if (formatted === text) continue;
    differ.push(rel);
    if (!flags.check) writeFileAtomic(abs, formatted);
  }
  for (const p of folder.problems)
    if (p.code === 'problem.yaml-syntax' && !unreadable.includes(p.file)) unreadable.push(p.file);
  if (flags.json) {
    ctx.json({ differ, written: flags.check ? [] : differ, unreadable });
    return flags.check && differ.length ? 1 : 0;
  }
  for (const rel of unreadable)
    ctx.io.stderr(ctx.io.color.yellow(`! ${ctx.t('fmt.skipped', { file: rel })}`));
  for (const rel of differ) ctx.io.stdout(rel);
  if (flags.check) {
    if (differ.length === 0) {
      ctx.io.stderr(ctx.t('fmt.clean'));
      return 0;
    }
    ctx.io.stderr(ctx.io.color.red(ctx.t('fmt.differs', { count: differ.length })));
    ctx.io.stderr(`  → ${ctx.t('hint.fmt')}`);
    return 1;
  }
  ctx.io.stderr(differ.length ? ctx.t('fmt.rewritten', { count: differ.length }) : ctx.t('fmt.clean'));
  return 0;
}
