// mixer list <kind>: a table of one kind's records, or JSON for scripts.
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import type { ProposalStatus } from '../records/enums.js';
import { FORGOTTEN } from '../records/ids.js';
import { parseKind } from '../records/kinds.js';
import { isLegacy } from '../records/lifecycle.js';
import { learnedStrengths, strengthParts, strengthsOf } from '../records/parties.js';
import type { KindFolder, Strength } from '../records/schemas.js';
import { type DataFolder, type Loaded, partyName } from '../store/folder.js';
import { proposalStatus, spacesOf } from '../store/relations.js';
import type { PlainKey } from '../ui/messages.js';
import { type Cell, type Column, renderTable } from '../ui/table.js';
import { daysBetween, today } from '../util/dates.js';
import { printableCell } from '../util/printable.js';
import { displayWidth } from '../util/text.js';
import { closestChoices, describeChoices, label, parseChoice } from './choices.js';
import { checkChoice, checkRef } from './flags.js';

interface ListOptions {
  json?: boolean;
  status?: string;
  space?: string;
  wide?: boolean;
}

/** A kind that does not exist: bad usage, with the closest kind and the kinds there are. */
function unknownKind(ctx: Context, typed: string): UsageError {
  const close = closestChoices('kind', typed);
  return new UsageError(
    ctx.t('usage.unknown-kind', { kind: typed }),
    close.length
      ? ctx.t('hint.closest', { values: close.map((k) => `mixer list ${k}`).join(', ') })
      : ctx.t('hint.kinds', { kinds: describeChoices(ctx.lang, 'kind') }),
  );
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

/** A party's name, and under it, whole, that it is never to be contacted. */
function nameCell(ctx: Context, party: { name: string; do_not_contact?: boolean }): Cell {
  if (!party.do_not_contact) return party.name;
  return [party.name, { text: ctx.t('list.do-not-contact'), keep: true, style: ctx.io.color.yellow }];
}

/** A table's cells for one record; what is made of ids (the id, a mixer's spaces) is never cut. */
function row(
  ctx: Context,
  folder: DataFolder,
  rec: Loaded,
  now: string,
  learned: Map<string, Strength[]>,
): Cell[] {
  const lang = ctx.lang;
  switch (rec.kind) {
    case 'spaces': {
      const d = (rec as Loaded<'spaces'>).data;
      return [rec.id, nameCell(ctx, d), label(lang, 'space-kind', d.kind ?? 'physical'), d.area ?? ''];
    }
    case 'members': {
      const d = (rec as Loaded<'members'>).data;
      // Its own strengths and what visits learned (records/parties.ts).
      const strengths = strengthsOf(folder.records, learned, rec.id)
        .map((s) => strengthParts(s, 'mixers').text)
        .join(ctx.t('list.items-separator'));
      // (spaces by name: an id cut short would be no use, a name cut short still reads)
      const spaces = (d.spaces ?? []).map((id) => partyName(folder, id)).join(ctx.t('list.items-separator'));
      return [rec.id, nameCell(ctx, d), label(lang, 'member-kind', d.kind), spaces, strengths];
    }
    case 'needs': {
      const d = (rec as Loaded<'needs'>).data;
      return [rec.id, partyName(folder, d.owner), d.title, label(lang, 'need-status', d.status ?? 'open')];
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
      return [
        rec.id,
        d.name,
        (d.spaces ?? []).map((id) => partyName(folder, id)).join(ctx.t('list.items-separator')),
      ];
    }
    case 'proposals': {
      const d = (rec as Loaded<'proposals'>).data;
      const last = d.history.at(-1)!;
      // The id whole on its own line (status needs it), what it pairs below it; a side removed by
      // forget in words, not as its reserved id.
      const title =
        d.need === FORGOTTEN
          ? ctx.t('list.forgotten-need')
          : (folder.records.needs.get(d.need)?.data.title ?? d.need);
      const helper = d.helper === FORGOTTEN ? ctx.t('list.forgotten-party') : partyName(folder, d.helper);
      return [
        [
          { text: rec.id, keep: true },
          { text: `  ${title}`, tail: ` × ${helper}`, style: ctx.io.color.dim },
        ],
        label(lang, 'proposal-status', last.status),
        String(daysBetween(last.date, now)),
      ];
    }
  }
}

const id: [PlainKey, Partial<Column>] = ['col.id', { stack: true }];
const text = (key: PlainKey, min = 8): [PlainKey, Partial<Column>] => [key, { fit: 'cut', min }];

const COLUMNS: Record<KindFolder, Array<[PlainKey, Partial<Column>]>> = {
  spaces: [id, text('col.name', 10), ['col.kind', {}], text('col.area')],
  members: [id, text('col.name', 10), ['col.kind', {}], text('col.spaces'), text('col.strengths', 10)],
  needs: [id, text('col.owner'), text('col.title', 12), ['col.status', {}]],
  visits: [id, ['col.date', {}], text('col.space'), text('col.mixer'), ['col.met', { align: 'right' }]],
  mixers: [id, text('col.name', 10), text('col.spaces')],
  proposals: [
    ['col.proposal', { fit: 'cut', stack: true }],
    ['col.status', {}],
    ['col.age', { align: 'right' }],
  ],
};

/**
 * Needs with an id too long to leave the title room beside it (ids are never cut) are listed as
 * proposals are: the id whole on its own line, owner and title under it.
 */
const STACKED_NEEDS: Array<[PlainKey, Partial<Column>]> = [
  ['col.need-stacked', { fit: 'cut' }],
  ['col.status', {}],
];
const TITLE_ROOM = 20;

function needsStacked(recs: Loaded[], width: number): boolean {
  const widestId = Math.max(...recs.map((r) => displayWidth(r.id)));
  // id, owner (8 at least), title, status (about 8), with the gaps between
  return Number.isFinite(width) && widestId + 8 + TITLE_ROOM + 8 + 3 * 2 > width;
}

function stackedNeedRow(ctx: Context, folder: DataFolder, rec: Loaded<'needs'>): Cell[] {
  const d = rec.data;
  return [
    [
      { text: rec.id, keep: true },
      { text: `  ${partyName(folder, d.owner)}: ${d.title}`, style: ctx.io.color.dim },
    ],
    label(ctx.lang, 'need-status', d.status ?? 'open'),
  ];
}

/** The statuses --status takes for a kind: a need's or a proposal's. */
const STATUS_LIST: Partial<Record<KindFolder, 'need-status' | 'proposal-status'>> = {
  needs: 'need-status',
  proposals: 'proposal-status',
};

export async function run(ctx: Context, kindInput: string, options: ListOptions): Promise<number> {
  const kind = parseKind(kindInput) ?? parseChoice('kind', kindInput);
  if (!kind) throw unknownKind(ctx, kindInput);
  // --status is checked before anything is read: a status that does not exist is a mistake, not "none".
  let status: string | undefined;
  if (options.status !== undefined) {
    const list = STATUS_LIST[kind];
    if (!list)
      throw new UsageError(
        ctx.t('usage.status-kind', { kind }),
        ctx.t('hint.command-help', { command: ctx.command }),
      );
    // An old proposal's status (asked, accepted, declined) is still found as it is written.
    status =
      kind === 'proposals' && isLegacy(options.status as ProposalStatus)
        ? options.status
        : checkChoice(ctx, '--status', options.status, list);
  }
  const folder = await ctx.load();
  const space = options.space && checkRef(ctx, folder, 'spaces', options.space, '--space');
  const now = today(ctx.io.env);
  let recs = [...folder.records[kind].values()] as Loaded[];
  if (status) recs = recs.filter((r) => currentStatus(r) === status);
  if (space) recs = recs.filter((r) => recordSpaces(folder, r).includes(space));
  recs.sort((a, b) =>
    kind === 'visits'
      ? collator.compare((b.data as { date: string }).date, (a.data as { date: string }).date) ||
        collator.compare(a.id, b.id)
      : collator.compare(a.id, b.id),
  );
  if (options.json) {
    ctx.json(
      'list',
      recs.map((r) => ({
        id: r.id,
        kind: r.kind,
        file: r.file,
        ...(r.kind === 'proposals' ? { status: proposalStatus(r as Loaded<'proposals'>) } : {}),
        data: r.data,
      })),
    );
    return 0;
  }
  const kindLabel = ctx.t(`kind.${kind}`);
  if (recs.length === 0) {
    ctx.io.stderr(ctx.t('list.empty', { kind: kindLabel }));
    return 0;
  }
  const learned = learnedStrengths(folder.records);
  const width = ctx.width(options.wide);
  const stacked = kind === 'needs' && needsStacked(recs, width);
  const columns = (stacked ? STACKED_NEEDS : COLUMNS[kind]).map(([key, column]) => ({
    header: ctx.t(key),
    ...column,
  }));
  ctx.io.stdout(
    renderTable(
      columns,
      recs.map((r) =>
        (stacked ? stackedNeedRow(ctx, folder, r as Loaded<'needs'>) : row(ctx, folder, r, now, learned)).map(
          printableCell,
        ),
      ),
      { width, header: ctx.io.color.bold },
    ),
  );
  ctx.io.stderr(ctx.io.color.dim(ctx.t('list.count', { count: recs.length })));
  return 0;
}
