// mixer report: what the work achieved in a period — visits and their costs, what was learned,
// proposals by stage with conversion, deals and collaborations (the headline), and a Mermaid
// graph of the spaces that proposals joined.
import type { Context } from '../context.js';
import { MixerError, UsageError } from '../errors.js';
import { askFirst, type Stage, stageOf } from '../records/lifecycle.js';
import { learnedStrengths, strengthParts, strengthsOf } from '../records/parties.js';
import { publicNeed, publicParty, publicProposalId } from '../records/public.js';
import type { Strength } from '../records/schemas.js';
import { mdTable, money, percent } from '../reports/markdown.js';
import type { DataFolder, Loaded } from '../store/folder.js';
import { partyName } from '../store/folder.js';
import { crossesSpaces, spacesOf } from '../store/relations.js';
import { today } from '../util/dates.js';
import { mermaidLabel, printableLine } from '../util/printable.js';
import { label } from './choices.js';
import { checkChoice, checkDate } from './flags.js';

interface ReportFlags {
  since?: string;
  until?: string;
  by?: string;
  json?: boolean;
}

/** The funnel's stages read the same whoever was asked first, and for old proposals too. */
const FUNNEL: Stage[] = ['draft', 'asked', 'accepted', 'introduced', 'met', 'deal'];

const inRange = (date: string, since?: string, until?: string) =>
  (!since || date >= since) && (!until || date <= until);

/** Records that hold a date after `day`, which no count reaches: a visit, a need heard, a
 *  proposal's step (the steps before it still count). */
function datedAfter(folder: DataFolder, day: string): number {
  const { visits, needs, proposals } = folder.records;
  return (
    [...visits.values()].filter((v) => v.data.date > day).length +
    [...needs.values()].filter((n) => n.data.since && n.data.since > day).length +
    [...proposals.values()].filter((p) => p.data.history.some((h) => h.date > day)).length
  );
}

/** A proposal's outcome, if it was recorded by `end` and is a success. */
const successBy = (p: Loaded<'proposals'>, end: string) =>
  p.data.outcome && p.data.outcome.kind !== 'none' && p.data.history.at(-1)!.date <= end
    ? p.data.outcome
    : undefined;

/** A Mermaid id for a space id (Mermaid ids are words). */
const nodeId = (id: string) => `s_${id.replace(/-/g, '_')}`;

/**
 * How many public parties a figure needs beside the private ones it counts. A member kept in the
 * team (`share: mixers`) is counted in a figure only with at least this many public members or
 * spaces, so that nobody can tell their part from the rest; with fewer, their part is left out.
 */
export const PUBLIC_CROWD = 2;

/** Whether the report may show that a party took part: a space, a mixer, or a public member. */
const shown = (folder: DataFolder, id: string) => publicParty(folder.records, id).public;

/** Whether a strength of member `id` is public: theirs is, and it is not kept in the team itself. */
const publicStrength = (folder: DataFolder, id: string, strength: Strength) =>
  shown(folder, id) && strengthParts(strength, 'public').share === 'public';

/**
 * The items a figure counts: the public ones (by default, those of public parties), and the others
 * only when at least PUBLIC_CROWD public parties are counted with them.
 */
function crowded<T>(
  folder: DataFolder,
  items: T[],
  partyOf: (item: T) => string,
  isPublic: (item: T) => boolean = (item) => shown(folder, partyOf(item)),
): T[] {
  const open = items.filter(isPublic);
  return new Set(open.map(partyOf)).size >= PUBLIC_CROWD ? items : open;
}

/**
 * The graph of spaces that proposals joined. Only proposals between public parties are drawn: an
 * arrow or its thickness must never be what tells where a member kept in the team belongs (the one
 * member of a space, say). The others are counted in `hidden`, and in every total.
 */
function mermaidGraph(
  folder: DataFolder,
  proposals: Array<Loaded<'proposals'>>,
  end = '9999-12-31',
): { graph: string; hidden: number } {
  const edges = new Map<string, { from: string; to: string; count: number; deals: number }>();
  let hidden = 0;
  for (const p of proposals) {
    const need = folder.records.needs.get(p.data.need);
    if (!need) continue;
    const from = spacesOf(folder, need.data.owner)[0];
    const to = spacesOf(folder, p.data.helper)[0];
    if (!from || !to || from === to) continue;
    if (!shown(folder, need.data.owner) || !shown(folder, p.data.helper)) {
      hidden++;
      continue;
    }
    const key = `${from}\u0000${to}`;
    const edge = edges.get(key) ?? { from, to, count: 0, deals: 0 };
    edge.count++;
    if (successBy(p, end)) edge.deals++;
    edges.set(key, edge);
  }
  const spaces = [...new Set([...edges.values()].flatMap((e) => [e.from, e.to]))].sort();
  const lines = ['graph LR'];
  // Spaces are public places; a label is one line whatever its name holds (util/printable.ts).
  for (const id of spaces) lines.push(`  ${nodeId(id)}["${mermaidLabel(partyName(folder, id))}"]`);
  for (const e of [...edges.values()].sort((a, b) => (a.from + a.to).localeCompare(b.from + b.to))) {
    // Thick arrows where a proposal became a deal or a collaboration.
    const arrow = e.deals ? '==>' : '-->';
    lines.push(`  ${nodeId(e.from)} ${arrow}|${e.count}| ${nodeId(e.to)}`);
  }
  return { graph: lines.join('\n'), hidden };
}

export async function run(ctx: Context, flags: ReportFlags): Promise<number> {
  const since = flags.since ? checkDate(ctx, '--since', flags.since) : undefined;
  const until = flags.until ? checkDate(ctx, '--until', flags.until) : undefined;
  if (since && until && since > until) throw new UsageError(ctx.t('usage.bad-range'));
  // (a period from a day still to come, up to today, is no period: said, not counted as empty)
  if (since && !until && since > today(ctx.io.env))
    throw new UsageError(
      ctx.t('usage.since-after-today', { since, today: today(ctx.io.env) }),
      ctx.t('hint.since-after-today'),
    );
  const by = flags.by ? checkChoice(ctx, '--by', flags.by, 'report-by') : undefined;
  const folder = await ctx.load();
  // A count that leaves out a record it cannot read is a wrong count: refuse instead.
  const uncounted = folder.failed.filter(
    (f) => f.kind === 'visits' || f.kind === 'needs' || f.kind === 'proposals',
  );
  if (uncounted.length)
    throw new MixerError(
      ctx.t('report.invalid-records', {
        count: uncounted.length,
        files: uncounted.map((f) => printableLine(f.file)).join(', '),
      }),
      1,
      ctx.t('hint.load-failed'),
    );
  const lang = ctx.lang;
  const currency = folder.settings.currency;
  // Without --until the period ends today: a record dated later is a typo or a plan, not work
  // done, and is left out of every count, and the report says how many were.
  const end = until ?? today(ctx.io.env);
  const later = until ? 0 : datedAfter(folder, end);

  const visits = [...folder.records.visits.values()].filter((v) => inRange(v.data.date, since, end));
  const group = (key: (v: Loaded<'visits'>) => string) => {
    const groups = new Map<string, { visits: number; cost: number }>();
    for (const v of visits) {
      const g = groups.get(key(v)) ?? { visits: 0, cost: 0 };
      g.visits++;
      g.cost += v.data.cost ?? 0;
      groups.set(key(v), g);
    }
    return [...groups]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([id, g]) => ({ id, name: partyName(folder, id), ...g }));
  };
  const visitCost = visits.reduce((s, v) => s + (v.data.cost ?? 0), 0);
  const byMixer = group((v) => v.data.mixer);
  const bySpace = group((v) => v.data.space);
  // What was learned counts members kept in the team, their needs and their strengths, only in a
  // crowd of public ones (PUBLIC_CROWD): a period with one visit must not tell that a private
  // member was met there, nor how many strengths they have.
  // (a need or a strength kept in the team, `share: mixers`, counts as private whoever owns it)
  const needs = crowded(
    folder,
    [...folder.records.needs.values()].filter((n) => n.data.since && inRange(n.data.since, since, end)),
    (n) => n.data.owner,
    (n) => publicNeed(folder.records, n.data).public,
  );
  const met = crowded(folder, [...new Set(visits.flatMap((v) => v.data.met ?? []))], (id) => id);
  const learned = learnedStrengths(folder.records);
  const strengths = crowded(
    folder,
    met.flatMap((id) => strengthsOf(folder.records, learned, id).map((strength) => ({ id, strength }))),
    ({ id }) => id,
    ({ id, strength }) => publicStrength(folder, id, strength),
  ).length;
  // (said whenever the folder keeps a member, a need or a strength in the team, so that saying it
  // tells nothing about the period)
  const anyPrivate =
    [...folder.records.members.keys()].some(
      (id) =>
        !shown(folder, id) ||
        strengthsOf(folder.records, learned, id).some((st) => !publicStrength(folder, id, st)),
    ) || [...folder.records.needs.values()].some((n) => !publicNeed(folder.records, n.data).public);

  const proposals = [...folder.records.proposals.values()].filter((p) =>
    inRange(p.data.history[0]!.date, since, end),
  );
  // How far each got by the end of the period (a step dated later is not counted yet).
  const stagesOf = (p: Loaded<'proposals'>) =>
    p.data.history.filter((h) => h.date <= end).map((h) => stageOf(h.status, askFirst(p.data)));
  // A proposal closed with a collaboration (or a deal) by the end succeeded as a deal did: the
  // funnel's last stage counts both, as the headline does, and `closed` only those that did not.
  const succeeded = (p: Loaded<'proposals'>) => stagesOf(p).includes('closed') && Boolean(successBy(p, end));
  // The furthest stage of the funnel each got to: one that got further passed the stages before
  // (a collaboration closed right after the introduction was met; a move forced past a stage),
  // so that no stage counts more than the one before it and no share is over 100%.
  const furthest = (p: Loaded<'proposals'>) =>
    succeeded(p) ? FUNNEL.length - 1 : Math.max(...stagesOf(p).map((s) => FUNNEL.indexOf(s)));
  const reached = (i: number) => proposals.filter((p) => furthest(p) >= i).length;
  const funnel = FUNNEL.map((status, i) => {
    const count = reached(i);
    const next = FUNNEL[i + 1];
    return { status, count, conversion: next ? percent(reached(i + 1), count) : '' };
  });
  const declined = proposals.filter((p) => stagesOf(p).includes('declined')).length;
  // Where each stopped: a proposal declined and then closed counts as declined, once.
  const closed = proposals.filter((p) => {
    const stages = stagesOf(p);
    return stages.includes('closed') && !stages.includes('declined') && !succeeded(p);
  }).length;
  const deals = [...folder.records.proposals.values()].filter(
    (p) =>
      p.data.outcome && p.data.outcome.kind !== 'none' && inRange(p.data.history.at(-1)!.date, since, end),
  );
  const value = deals.reduce((sum, p) => sum + (p.data.outcome?.value ?? 0), 0);
  const cross = proposals.filter((p) => crossesSpaces(folder, p)).length;
  const { graph, hidden } = mermaidGraph(folder, proposals, end);
  const needOf = (p: Loaded<'proposals'>) => {
    const need = folder.records.needs.get(p.data.need);
    return need && publicNeed(folder.records, need.data);
  };

  if (flags.json) {
    ctx.json('report', {
      since: since ?? null,
      until: until ?? null,
      end,
      datedLater: later,
      currency,
      visits: {
        byMixer,
        bySpace,
        total: visits.length,
        cost: visitCost,
      },
      learned: { needs: needs.length, membersMet: met.length, strengths },
      proposals: { total: proposals.length, funnel, declined, closed, acrossSpaces: cross, notDrawn: hidden },
      // Through the public view only: a private need or helper is `null`, a count still counts.
      deals: deals.map((p) => {
        const need = needOf(p);
        const helper = publicParty(folder.records, p.data.helper);
        return {
          id: publicProposalId(folder.records, { id: p.id, ...p.data }),
          need: need?.public ? need.title : null,
          helper: helper.public ? helper.name : null,
          kind: p.data.outcome!.kind,
          value: p.data.outcome!.value ?? null,
        };
      }),
      dealValue: value,
      mermaid: graph,
    });
    return 0;
  }
  // (without --until the period ends today, and the title says so)
  const range = since || until ? `${since ?? '…'} – ${end}` : ctx.t('report.all-time', { end });
  const md: string[] = [`## ${ctx.t('report.title', { range })}`, ''];
  if (later) md.push(ctx.t('report.dated-later', { count: later, today: end }), '');
  const unvalued = deals.filter((p) => p.data.outcome?.value === undefined).length;
  const headline = { count: deals.length, value: money(value, lang), currency };
  md.push(
    `**${
      !unvalued
        ? ctx.t('report.headline', headline)
        : unvalued === deals.length
          ? ctx.t('report.headline-unvalued', headline)
          : ctx.t('report.headline-some-unvalued', { ...headline, unvalued })
    }**`,
    '',
  );
  const amountColumn = (key: 'col.cost' | 'col.value') =>
    ctx.t('report.amount-column', { column: ctx.t(key), currency });
  // (more than one row: a total under them, so the sponsor need not add them up)
  const visitTable = (rows: typeof byMixer, header: string) =>
    mdTable(
      [header, ctx.t('col.visits'), amountColumn('col.cost')],
      [
        ...rows.map((r) => [r.name, String(r.visits), money(r.cost, lang)]),
        ...(rows.length > 1 ? [[ctx.t('report.total'), String(visits.length), money(visitCost, lang)]] : []),
      ],
      ['left', 'right', 'right'],
    );
  if (by !== 'space')
    md.push(`### ${ctx.t('report.visits-by-mixer')}`, '', visitTable(byMixer, ctx.t('col.mixer')), '');
  if (by !== 'mixer')
    md.push(`### ${ctx.t('report.visits-by-space')}`, '', visitTable(bySpace, ctx.t('col.space')), '');
  md.push(
    `### ${ctx.t('report.learned')}`,
    '',
    ctx.t('report.learned-line', { needs: needs.length, members: met.length, strengths }),
    '',
    ...(anyPrivate ? [ctx.t('report.private-note', { crowd: PUBLIC_CROWD }), ''] : []),
  );
  md.push(
    `### ${ctx.t('report.funnel')}`,
    '',
    mdTable(
      [ctx.t('col.stage'), ctx.t('col.count'), ctx.t('col.conversion')],
      [
        ...funnel.map((f) => [label(lang, 'proposal-stage', f.status), String(f.count), f.conversion]),
        [label(lang, 'proposal-stage', 'declined'), String(declined), ''],
        [label(lang, 'proposal-stage', 'closed'), String(closed), ''],
      ],
      ['left', 'right', 'right'],
    ),
    '',
    ctx.t('report.funnel-note'),
    '',
    ctx.t('report.cross', { cross, total: proposals.length, share: percent(cross, proposals.length) }),
    '',
  );
  md.push(`### ${ctx.t('report.deals')}`, '');
  if (!deals.length) md.push(ctx.t('report.no-deals'), '');
  else
    md.push(
      mdTable(
        // (a sponsor reads when, not the team's id; the id is in --json)
        [
          ctx.t('col.date'),
          ctx.t('col.need'),
          ctx.t('col.helper'),
          ctx.t('col.outcome'),
          amountColumn('col.value'),
        ],
        deals.map((p) => {
          // Through the public view only: what is not public is said to be so, never shown.
          const need = needOf(p);
          const helper = publicParty(folder.records, p.data.helper);
          return [
            p.data.history.at(-1)!.date,
            (need?.public && need.title) || ctx.t('public.need'),
            (helper.public && helper.name) || ctx.t('public.party'),
            label(lang, 'outcome', p.data.outcome!.kind),
            p.data.outcome!.value !== undefined ? money(p.data.outcome!.value, lang) : '',
          ];
        }),
        ['left', 'left', 'left', 'left', 'right'],
      ),
      '',
    );
  // No proposal between two spaces: a sentence, not an empty diagram.
  const joined = graph.includes('\n');
  const space = lang === 'ja' ? '' : ' ';
  const notDrawn = hidden ? [ctx.t('report.graph-hidden', { count: hidden })] : [];
  md.push(
    `### ${ctx.t('report.graph')}`,
    '',
    ...(joined
      ? [
          '```mermaid',
          graph,
          '```',
          '',
          [
            ctx.t('report.graph-legend'),
            ...(graph.includes('==>') ? [ctx.t('report.graph-legend-deals')] : []),
            ...notDrawn,
          ].join(space),
        ]
      : [[hidden ? ctx.t('report.no-graph-drawn') : ctx.t('report.no-graph'), ...notDrawn].join(space)]),
  );
  ctx.io.stdout(md.join('\n'));
  return 0;
}
