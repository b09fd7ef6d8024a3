// mixer show <id>: one record as written, and what refers to it.
import type { Context } from '../context.js';
import { KIND_FOLDERS } from '../records/enums.js';
import { parseKind } from '../records/kinds.js';
import type { KindFolder } from '../records/schemas.js';
import { findAny, type Loaded } from '../store/folder.js';
import { type RefTarget, references } from '../store/refs.js';
import { renderTable } from '../ui/table.js';
import { printable, printableCell } from '../util/printable.js';
import { label } from './choices.js';
import { checkRef } from './flags.js';

/** Whether a reference of this target type can point at a record of this kind. */
function targets(target: RefTarget, kind: KindFolder): boolean {
  if (target === 'owner') return kind === 'spaces' || kind === 'members';
  if (target === 'party') return kind === 'spaces' || kind === 'members' || kind === 'mixers';
  return target === kind;
}

/**
 * `needs/gudon-ramen-menu`, or the file's path as mixer prints it (`needs/gudon-ramen-menu.yaml`,
 * `./visits/2026/2026-09-03-kitakami-base.yaml`): a kind and an id.
 */
function kindAndId(input: string): { kind?: KindFolder; id: string } {
  const match = /^(?:\.\/)?([^/]+)\/(?:[^/]+\/)*([^/]+?)(?:\.yaml)?$/.exec(input.trim());
  const kind = match && parseKind(match[1]!);
  return kind ? { kind, id: match[2]! } : { id: input };
}

export async function run(ctx: Context, input: string, options: { json?: boolean }): Promise<number> {
  const folder = await ctx.load();
  const asked = kindAndId(input);
  const id = checkRef(ctx, folder, asked.kind ?? 'record', asked.id);
  const rec = (asked.kind ? folder.records[asked.kind].get(id) : findAny(folder, id)) as Loaded;
  // One id may name records of two kinds (a member and a need): the others are named, with their command.
  if (!asked.kind)
    for (const kind of KIND_FOLDERS)
      if (kind !== rec.kind && folder.records[kind].has(id))
        ctx.io.stderr(
          ctx.t('show.also', { kind: ctx.t(`kind.${kind}`), command: `mixer show ${kind}/${id}` }),
        );
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
    const rows = referredBy.map((r) => {
      const data = folder.records[r.kind].get(r.id)?.data as {
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
      return [ctx.t(`kind.${r.kind}`), r.id, r.field, shown].map(printableCell);
    });
    // The id whole (to copy), what identifies the record cut to the terminal's width.
    const table = renderTable(
      [
        { header: ctx.t('col.kind') },
        { header: ctx.t('col.id'), stack: true },
        { header: ctx.t('col.field') },
        { header: ctx.t('col.about'), fit: 'cut' },
      ],
      rows,
      { width: ctx.width() - 2, header: c.dim },
    );
    ctx.io.stdout(table.replace(/^/gm, '  '));
  }
  return 0;
}
