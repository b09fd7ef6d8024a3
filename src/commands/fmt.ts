// mixer fmt: rewrites every record into canonical form, keeping comments; --check only lists
// the files that differ (exit 1), for CI. A symbolic link is never rewritten: it is named, and its
// target is formatted as itself (or checked through it, when fmt does not format the target).
import type { Context } from '../context.js';
import { formatRecords, type LinkLeft } from '../store/files.js';
import { wordProblem } from '../ui/words.js';

export async function run(ctx: Context, flags: { check?: boolean; json?: boolean }): Promise<number> {
  const folder = await ctx.load({ quiet: true });
  // A file is read as validate reads it: one validate refuses (YAML it cannot read, a tab in the
  // indentation, an anchor …), or a record with nothing in it, is neither formatted nor passed.
  const { differ, written, unreadable: refused, links } = formatRecords(folder.dir, !flags.check);
  const unreadable = refused.map((p) => p.file);
  // Links whose text is not canonical and that fmt cannot format: a file it cannot vouch for.
  const linksDiffer = links.filter((l) => differ.includes(l.file));
  // A file fmt cannot read is a file it cannot vouch for: the run fails, in both modes.
  const failed = unreadable.length > 0 || (flags.check ? differ.length > 0 : linksDiffer.length > 0);
  if (flags.json) {
    ctx.json('fmt', {
      differ,
      written,
      unreadable,
      links: links.map(({ file, target }) => ({ file, target })),
    });
    return failed ? 1 : 0;
  }
  for (const p of refused.map((q) => wordProblem(ctx.lang, q))) {
    const where = `${p.file}:${p.line}:${p.col}`;
    ctx.io.stderr(ctx.io.color.yellow(`! ${ctx.t('fmt.skipped', { where, reason: p.message })}`));
    if (p.hint) ctx.io.stderr(`  → ${p.hint}`);
  }
  for (const link of links.filter((l) => !unreadable.includes(l.file)))
    sayLink(ctx, link, linksDiffer.includes(link));
  for (const rel of flags.check ? differ : written) ctx.io.stdout(rel);
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
  if (written.length) ctx.io.stderr(ctx.t('fmt.rewritten', { count: written.length }));
  if (unreadable.length) return unread();
  if (linksDiffer.length) return 1;
  if (!written.length) ctx.io.stderr(ctx.t('fmt.clean'));
  return 0;
}

/** A link, left as it is: that its target is formatted, or that it is not and fmt cannot do it. */
function sayLink(ctx: Context, { file, target, targetFormatted }: LinkLeft, differs: boolean): void {
  const c = ctx.io.color;
  if (!differs) {
    ctx.io.stderr(c.dim(ctx.t(targetFormatted ? 'fmt.link' : 'fmt.link-checked', { file, target })));
    return;
  }
  ctx.io.stderr(c.yellow(`! ${ctx.t('fmt.link-differs', { file, target })}`));
  ctx.io.stderr(`  → ${ctx.t('hint.fmt-link', { target })}`);
}
