// mixer list <kind>: a table of one kind's records, or JSON for scripts.
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { parseKind } from '../records/kinds.js';
import { KIND_FOLDERS, type KindFolder, strengthParts } from '../records/schemas.js';
import { type DataFolder, type Loaded, partyName } from '../store/folder.js';
import { proposalStatus, spacesOf } from '../store/relations.js';
import type { PlainKey } from '../ui/messages.js';
import { renderTable } from '../ui/table.js';
import { daysBetween, today } from '../util/dates.js';

interface ListOptions {
  json?: boolean;
  status?: string;
  space?: string;
}

const collator = new Intl.Collator('ja');

/** The spaces a record is tied to, for --space. */
function recordSpaces(folder: DataFolder, rec: Loaded): string[] {
  switch (rec.kind) {
    case 'spaces':
    case 'members':
    case 'mixers':
      return spacesOf(folder, rec.id);
    case 'visits':
      return [(rec as Loaded<'visits'>).data.space];
    case 'needs':
      return spacesOf(folder, (rec as Loaded<'needs'>).data.owner);
    case 'proposals': {
      const need = folder.records.needs.get((rec as Loaded<'proposals'>).data.need);
      return need ? spacesOf(folder, need.data.owner) : [];
    }
  }
}

/** The status a record is in: a need's `status`, a proposal's last history entry. */
function currentStatus(rec: Loaded): string | undefined {
  if (rec.kind === 'needs') return (rec as Loaded<'needs'>).data.status ?? 'open';
  if (rec.kind === 'proposals') return proposalStatus(rec as Loaded<'proposals'>);
  return undefined;
}

function row(folder: DataFolder, rec: Loaded, now: string): string[] {
  switch (rec.kind) {
    case 'spaces': {
      const d = (rec as Loaded<'spaces'>).data;
      return [rec.id, d.name, d.kind ?? 'physical', d.area ?? ''];
    }
    case 'members': {
      const d = (rec as Loaded<'members'>).data;
      const strengths = (d.strengths ?? []).map((s) => strengthParts(s, 'mixers').text).join('、');
      return [rec.id, d.name, d.kind, (d.spaces ?? []).join(', '), strengths];
    }
    case 'needs': {
      const d = (rec as Loaded<'needs'>).data;
      return [rec.id, partyName(folder, d.owner), d.title, d.status ?? 'open'];
    }
    case 'visits': {
      const d = (rec as Loaded<'visits'>).data;
      return [
        rec.id,
        d.date,
        partyName(folder, d.space),
        partyName(folder, d.mixer),
        String(d.met?.length ?? 0),
      ];
    }
    case 'mixers': {
      const d = (rec as Loaded<'mixers'>).data;
      return [rec.id, d.name, (d.spaces ?? []).join(', ')];
    }
    case 'proposals': {
      const d = (rec as Loaded<'proposals'>).data;
      const last = d.history.at(-1)!;
      return [rec.id, d.need, partyName(folder, d.helper), last.status, String(daysBetween(last.date, now))];
    }
  }
}

const COLUMNS: Record<KindFolder, Array<[PlainKey, number?]>> = {
  spaces: [['col.id'], ['col.name', 30], ['col.kind'], ['col.area', 30]],
  members: [['col.id'], ['col.name', 26], ['col.kind'], ['col.spaces', 30], ['col.strengths', 50]],
  needs: [['col.id'], ['col.owner', 24], ['col.title', 50], ['col.status']],
  visits: [['col.id'], ['col.date'], ['col.space', 24], ['col.mixer', 16], ['col.met']],
  mixers: [['col.id'], ['col.name', 24], ['col.spaces', 50]],
  proposals: [['col.id'], ['col.need', 36], ['col.helper', 24], ['col.status'], ['col.age']],
};

export async function run(ctx: Context, kindInput: string, options: ListOptions): Promise<number> {
  const kind = parseKind(kindInput);
  if (!kind)
    throw new UsageError(
      ctx.t('usage.unknown-kind', { kind: kindInput }),
      ctx.t('hint.kinds', { kinds: KIND_FOLDERS.join(', ') }),
    );
  const folder = await ctx.load();
  const now = today(ctx.io.env);
  let recs = [...folder.records[kind].values()] as Loaded[];
  if (options.status) recs = recs.filter((r) => currentStatus(r) === options.status);
  if (options.space) recs = recs.filter((r) => recordSpaces(folder, r).includes(options.space!));
  recs.sort((a, b) =>
    kind === 'visits'
      ? collator.compare((b.data as { date: string }).date, (a.data as { date: string }).date) ||
        collator.compare(a.id, b.id)
      : collator.compare(a.id, b.id),
  );
  if (options.json) {
    ctx.json(
      recs.map((r) => ({
        id: r.id,
        file: r.file,
        ...(r.data as object),
        ...(r.kind === 'proposals' ? { status: currentStatus(r) } : {}),
      })),
    );
    return 0;
  }
  const kindLabel = ctx.t(`kind.${kind}`);
  if (recs.length === 0) {
    ctx.io.stderr(ctx.t('list.empty', { kind: kindLabel }));
    return 0;
  }
  const columns = COLUMNS[kind].map(([key, max]) => ({ header: ctx.t(key), max: max ?? 40 }));
  ctx.io.stdout(
    renderTable(
      columns,
      recs.map((r) => row(folder, r, now)),
      (h) => ctx.io.color.bold(h),
    ),
  );
  ctx.io.stderr(ctx.io.color.dim(ctx.t('list.count', { count: recs.length })));
  return 0;
}
