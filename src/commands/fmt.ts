// mixer fmt: rewrites every record into canonical form, keeping comments; --check only lists
// the files that differ (exit 1), for CI.
import type { Context } from '../context.js';
import { formatRecords } from '../store/files.js';
import { wordProblem } from '../ui/words.js';

export async function run(ctx: Context, flags: { check?: boolean; json?: boolean }): Promise<number> {
  const folder = await ctx.load({ quiet: true });
  // A file is read as validate reads it: one validate refuses (YAML it cannot read, a tab in the
  // indentation, an anchor …), or a record with nothing in it, is neither formatted nor passed.
  const { differ, unreadable: refused } = formatRecords(folder.dir, !flags.check);
  const unreadable = refused.map((p) => p.file);
  // A file fmt cannot read is a file it cannot vouch for: the run fails, in both modes.
  if (flags.json) {
    ctx.json('fmt', { differ, written: flags.check ? [] : differ, unreadable });
    return (flags.check && differ.length) || unreadable.length ? 1 : 0;
  }
  for (const p of refused.map((q) => wordProblem(ctx.lang, q))) {
    const where = `${p.file}:${p.line}:${p.col}`;
    ctx.io.stderr(ctx.io.color.yellow(`! ${ctx.t('fmt.skipped', { where, reason: p.message })}`));
    if (p.hint) ctx.io.stderr(`  → ${p.hint}`);
  }
  for (const rel of differ) ctx.io.stdout(rel);
  const unread = () => {
    ctx.io.stderr(ctx.io.color.red(ctx.t('fmt.unreadable', { count: unreadable.length })));
    ctx.io.stderr(`  → ${ctx.t('hint.load-failed')}`);
    return 1;
  };
  if (flags.check) {
    if (differ.length) {
      ctx.io.stderr(ctx.io.color.red(ctx.t('fmt.differs', { count: differ.length })));
      ctx.io.stderr(`  → ${ctx.t('hint.fmt')}`);
    }
    if (unreadable.length) return unread();
    if (differ.length) return 1;
    ctx.io.stderr(ctx.t('fmt.clean'));
    return 0;
  }
  if (differ.length) ctx.io.stderr(ctx.t('fmt.rewritten', { count: differ.length }));
  if (unreadable.length) return unread();
  if (!differ.length) ctx.io.stderr(ctx.t('fmt.clean'));
  return 0;
}
