// mixer due: what is late — spaces to visit, proposals waiting for an answer or an outcome.
import type { Context } from '../context.js';
import { FORGOTTEN } from '../records/ids.js';
import { awaitsAnswer } from '../records/lifecycle.js';
import { findParty } from '../store/folder.js';
import { lastVisit, mixersCovering, proposalStatus } from '../store/relations.js';
import { daysBetween, today } from '../util/dates.js';
import { printableLine } from '../util/printable.js';
import { label } from './choices.js';

interface DueItem {
  type: 'visit' | 'proposal' | 'outcome';
  id: string;
  /** Days past due; a space never visited counts as the most late. */
  late: number;
  text: string;
  mixers: string[];
}

export async function run(ctx: Context, flags: { json?: boolean }): Promise<number> {
  const folder = await ctx.load();
  const now = today(ctx.io.env);
  const { visit_every_days: every, follow_up_days: followUp } = folder.settings;
  const items: DueItem[] = [];
  const doNotContact = (id: string) => {
    const party = findParty(folder, id)?.data;
    return Boolean(party && 'do_not_contact' in party && party.do_not_contact);
  };
  for (const space of folder.records.spaces.values()) {
    // A space marked do_not_contact is never due for a visit.
    if (space.data.do_not_contact) continue;
    const interval = space.data.visit_every_days ?? every;
    const last = lastVisit(folder, space.id);
    const mixers = mixersCovering(folder, space.id);
    if (!last) {
      items.push({
        type: 'visit',
        id: space.id,
        late: Number.MAX_SAFE_INTEGER,
        mixers,
        text: ctx.t('due.space-never', { space: space.data.name }),
      });
      continue;
    }
    const late = daysBetween(last.data.date, now) - interval;
    if (late > 0)
      items.push({
        type: 'visit',
        id: space.id,
        late,
        mixers,
        text: ctx.t('due.space-late', {
          space: space.data.name,
          last: last.data.date,
          days: late,
          every: interval,
        }),
      });
  }
  for (const p of folder.records.proposals.values()) {
    // Nor is a follow-up with a party that asked not to be contacted.
    // (and a side forgotten at its request is nobody to follow up with)
    const owner = folder.records.needs.get(p.data.need)?.data.owner;
    if (p.data.need === FORGOTTEN || p.data.helper === FORGOTTEN) continue;
    if (doNotContact(p.data.helper) || (owner && doNotContact(owner))) continue;
    const status = proposalStatus(p);
    const age = daysBetween(p.data.history.at(-1)!.date, now);
    const late = age - followUp;
    if (late <= 0) continue;
    const mixer = folder.records.mixers.get(p.data.mixer)?.data.name ?? p.data.mixer;
    if (awaitsAnswer(status) || status === 'introduced')
      items.push({
        type: 'proposal',
        id: p.id,
        late,
        mixers: [mixer],
        text: ctx.t('due.proposal-waiting', {
          id: p.id,
          status: label(ctx.lang, 'proposal-status', status),
          age,
          days: late,
        }),
      });
    else if (status === 'met' && !p.data.outcome)
      items.push({
        type: 'outcome',
        id: p.id,
        late,
        mixers: [mixer],
        text: ctx.t('due.met-no-outcome', { id: p.id, age, days: late }),
      });
  }
  items.sort((a, b) => b.late - a.late || (a.id < b.id ? -1 : 1));
  if (flags.json) {
    ctx.json(
      'due',
      items.map((i) => ({ ...i, late: i.late === Number.MAX_SAFE_INTEGER ? null : i.late })),
    );
    return 0;
  }
  if (items.length === 0) {
    ctx.io.stderr(ctx.t('due.none'));
    return 0;
  }
  const covered = (i: DueItem) =>
    ctx.t('due.covered-by', { mixers: i.mixers.join(', ') || ctx.t('due.nobody') });
  const visits = items.filter((i) => i.type === 'visit');
  const proposals = items.filter((i) => i.type !== 'visit');
  if (visits.length) {
    ctx.io.stdout(ctx.io.color.bold(ctx.t('due.heading-spaces')));
    for (const i of visits)
      ctx.io.stdout(`  ${printableLine(i.text)}  ${ctx.io.color.dim(printableLine(covered(i)))}`);
  }
  if (proposals.length) {
    ctx.io.stdout(ctx.io.color.bold(ctx.t('due.heading-proposals')));
    for (const i of proposals)
      ctx.io.stdout(`  ${printableLine(i.text)}  ${ctx.io.color.dim(printableLine(covered(i)))}`);
  }
  return 0;
}
