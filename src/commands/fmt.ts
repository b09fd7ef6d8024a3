// mixer fmt: rewrites every record into canonical form, keeping comments; --check only lists
// the files that differ (exit 1), for CI.
import type { Context } from '../context.js';
import { formatRecords } from '../store/files.js';

/** Problems that leave a file as it is: fmt cannot read it as a record. */
const UNREADABLE = new Set([
  'problem.yaml-syntax',
  'problem.merge-conflict',
  'problem.too-deep',
  'problem.too-large',
  'problem.not-utf8',
]);

export async function run(ctx: Context, flags: { check?: boolean; json?: boolean }): Promise<number> {
  const folder = await ctx.load({ quiet: true });
  const differ = formatRecords(folder.dir, !flags.check);
  const unreadable: string[] = [];
  for (const p of folder.problems)
    if (UNREADABLE.has(p.code) && !unreadable.includes(p.file)) unreadable.push(p.file);
  // A file fmt cannot read is a file it cannot vouch for: the run fails, in both modes.
  if (flags.json) {
    ctx.json('fmt', { differ, written: flags.check ? [] : differ, unreadable });
    return (flags.check && differ.length) || unreadable.length ? 1 : 0;
  }
  for (const rel of unreadable)
    ctx.io.stderr(ctx.io.color.yellow(`! ${ctx.t('fmt.skipped', { file: rel })}`));
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
