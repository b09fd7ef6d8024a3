// mixer show <id>: one record as written, and what refers to it.
import type { Context } from '../context.js';
import type { KindFolder } from '../records/schemas.js';
import { findAny } from '../store/folder.js';
import { type RefTarget, references } from '../store/refs.js';
import { printable, printableLine } from '../util/printable.js';
import { displayWidth, fitTail } from '../util/text.js';
import { label } from './choices.js';
import { checkRef } from './flags.js';

/** Whether a reference of this target type can point at a record of this kind. */
function targets(target: RefTarget, kind: KindFolder): boolean {
  if (target === 'owner') return kind === 'spaces' || kind === 'members';
  if (target === 'party') return kind === 'spaces' || kind === 'members' || kind === 'mixers';
  return target === kind;
}

export async function run(ctx: Context, id: string, options: { json?: boolean }): Promise<number> {
  const folder = await ctx.load();
  id = checkRef(ctx, folder, 'record', id);
  const rec = findAny(folder, id)!;
  const referredBy = [...references(folder)]
    .filter((r) => r.id === id && targets(r.target, rec.kind))
    .map((r) => ({ kind: r.from.kind, id: r.from.id, field: String(r.path[0]) }))
    .filter(
      (r, i, all) => all.findIndex((o) => o.kind === r.kind && o.id === r.id && o.field === r.field) === i,
    );
  if (options.json) {
    ctx.json('show', { id: rec.id, kind: rec.kind, file: rec.file, data: rec.data, referredBy });
    return 0;
  }
  const c = ctx.io.color;
  ctx.io.stdout(c.bold(`${ctx.t(`kind.${rec.kind}`)} ${rec.id}`) + c.dim(`  (${rec.file})`));
  // The file as written, comments included: a comment may hold anything, shown but never acted on.
  ctx.io.stdout(printable(rec.source.text.trimEnd()));
  if (referredBy.length) {
    ctx.io.stdout(`\n${c.bold(ctx.t('show.referenced-by'))}`);
    for (const r of referredBy) {
      const other = folder.records[r.kind].get(r.id);
      const data = other?.data as {
        title?: string;
        name?: string;
        date?: string;
        history?: Array<{ status: string }>;
      };
      // What identifies the other record to a person: a title, a name, a visit's date, a proposal's status.
      const status = data?.history?.at(-1)?.status;
      const shown =
        data?.title ??
        data?.name ??
        (status && label(ctx.lang, 'proposal-status', status)) ??
        data?.date ??
        '';
      // The id whole (to copy), what identifies the record cut to the terminal's width.
      const lead = `  ${ctx.t(`kind.${r.kind}`)}  ${r.id}  ${r.field}  `;
      const tail = fitTail(printableLine(shown), displayWidth(lead), ctx.io.columns || 80);
      ctx.io.stdout(`  ${ctx.t(`kind.${r.kind}`)}  ${r.id}  ${c.dim(`${r.field}`)}  ${tail}`);
    }
  }
  return 0;
}
