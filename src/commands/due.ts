// mixer due: what is late — spaces to visit, proposals waiting for a letter to be sent, an answer
// or an outcome — and open proposals to close: with a party that asked not to be contacted, or
// not yet introduced on a need solved or dropped meanwhile.
import type { Context } from '../context.js';
import { FORGOTTEN } from '../records/ids.js';
import { askFirst, awaitsContact, hasEnded, sentStatus, unsentLetter } from '../records/lifecycle.js';
import { partyName } from '../store/folder.js';
import { barredSide, lastVisit, mixersCovering, nextVisit, proposalStatus } from '../store/relations.js';
import { daysBetween, today } from '../util/dates.js';
import { printableLine } from '../util/printable.js';
import { displayWidth, wrapWidth } from '../util/text.js';
import { label } from './choices.js';

interface DueItem {
  type: 'visit' | 'proposal' | 'outcome' | 'close';
  id: string;
  /** Days past due; a space never visited counts as the most late. */
  late: number;
  text: string;
  /** The command that records it done, also at the end of `text`: kept whole on a line of its own. */
  command?: string;
  /** Who covers it, by name (for people) and by id (for scripts). */
  mixers: string[];
  mixerIds: string[];
}

export async function run(ctx: Context, flags: { json?: boolean }): Promise<number> {
  const folder = await ctx.load();
  const now = today(ctx.io.env);
  const { visit_every_days: every, follow_up_days: followUp } = folder.settings;
  const items: DueItem[] = [];
  for (const space of folder.records.spaces.values()) {
    // A space marked do_not_contact is never due for a visit.
    if (space.data.do_not_contact) continue;
    const interval = space.data.visit_every_days ?? every;
    const last = lastVisit(folder, space.id, now);
    const covering = mixersCovering(folder, space.id);
    const mixers = covering.map((m) => m.data.name);
    const mixerIds = covering.map((m) => m.id);
    if (!last) {
      // (a visit dated after today is no visit made, but it is said: it may be a mistyped year)
      const later = nextVisit(folder, space.id, now);
      items.push({
        type: 'visit',
        id: space.id,
        late: Number.MAX_SAFE_INTEGER,
        mixers,
        mixerIds,
        text: later
          ? ctx.t('due.space-only-later', { space: space.data.name, date: later.data.date })
          : ctx.t('due.space-never', { space: space.data.name }),
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
        mixerIds,
        text: ctx.t('due.space-late', {
          space: space.data.name,
          last: last.data.date,
          days: late,
          every: interval,
        }),
      });
  }
  for (const p of folder.records.proposals.values()) {
    // A side forgotten at its request is nobody to follow up with.
    if (p.data.need === FORGOTTEN || p.data.helper === FORGOTTEN) continue;
    const status = proposalStatus(p);
    if (hasEnded(status)) continue;
    const mixer = folder.records.mixers.get(p.data.mixer)?.data.name ?? p.data.mixer;
    // A party that asked not to be contacted is never followed up. A proposal that can only go on
    // by writing to it is to be closed, whatever its age; an introduced one is left to the sides.
    const barred = barredSide(folder, p);
    if (barred && !awaitsContact(status)) continue;
    // A proposal to close: not late (0 days), it must not go on at all.
    const close = `mixer status ${p.id} closed`;
    const pushClose = (text: string) =>
      items.push({
        type: 'close',
        id: p.id,
        late: 0,
        mixers: [mixer],
        mixerIds: [p.data.mixer],
        text,
        command: close,
      });
    if (barred) {
      pushClose(
        ctx.t('due.proposal-do-not-contact', { id: p.id, party: partyName(folder, barred), command: close }),
      );
      continue;
    }
    // A need solved or dropped meanwhile: nothing to ask or introduce any more, whatever its age.
    const needStatus = folder.records.needs.get(p.data.need)?.data.status ?? 'open';
    if (needStatus !== 'open' && awaitsContact(status)) {
      const need = label(ctx.lang, 'need-status', needStatus);
      pushClose(ctx.t('due.proposal-need-closed', { id: p.id, status: need, command: close }));
      continue;
    }
    const age = daysBetween(p.data.history.at(-1)!.date, now);
    const late = age - followUp;
    if (late <= 0) continue;
    // Every open status waits for someone: a letter to send (draft, a yes that wrote the next
    // letter), an answer, a meeting, or the outcome of one.
    const said = { id: p.id, status: label(ctx.lang, 'proposal-status', status), age, days: late };
    const first = askFirst(p.data);
    const sent = sentStatus(status, first);
    const item = (type: DueItem['type'], text: string, command?: string): DueItem => ({
      type,
      id: p.id,
      late,
      text,
      ...(command ? { command } : {}),
      mixers: [mixer],
      mixerIds: [p.data.mixer],
    });
    if (status === 'met')
      items.push(item('outcome', ctx.t('due.met-no-outcome', { id: p.id, age, days: late })));
    else if (sent) {
      const command = `mixer status ${p.id} ${sent}`;
      const letter = unsentLetter(status, first)!;
      items.push(item('proposal', ctx.t('due.letter-unsent', { ...said, letter, command }), command));
    } else items.push(item('proposal', ctx.t('due.proposal-waiting', said)));
  }
  // Proposals to close come first: they are not late, they must not go on at all.
  const toClose = (i: DueItem) => (i.type === 'close' ? 0 : 1);
  items.sort((a, b) => toClose(a) - toClose(b) || b.late - a.late || (a.id < b.id ? -1 : 1));
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
  const width = ctx.io.columns || 80;
  const print = (i: DueItem) => {
    const text = printableLine(i.text);
    const covered = printableLine(
      ctx.t('due.covered-by', { mixers: i.mixers.join(', ') || ctx.t('due.nobody') }),
    );
    const dim = ctx.io.color.dim;
    const fits = (line: string) => displayWidth(line) <= width;
    if (fits(`  ${text}  ${covered}`)) return ctx.io.stdout(`  ${text}  ${dim(covered)}`);
    // Too wide for the terminal: a proposal's id alone on its line (whole, to copy), what is due
    // under it, wrapped if need be, and then who covers it.
    const lines: string[] = [];
    let body = text;
    if (text.startsWith(`${i.id}: `)) {
      lines.push(`  ${i.id}`);
      body = text.slice(i.id.length + 2);
    }
    const first = lines.length ? '    ' : '  ';
    if (fits(`${first}${body}  ${covered}`)) lines.push(`${first}${body}  ${dim(covered)}`);
    else {
      // A command is not cut: it goes whole on a line of its own, under the words.
      const command = i.command && body.includes(i.command) ? i.command : undefined;
      if (command) body = withoutCommand(body, command);
      for (const [n, line] of wrapWidth(body, width - 4).entries())
        lines.push(`${n ? '    ' : first}${line}`);
      if (command) lines.push(`    ${command}`);
      lines.push(`    ${dim(covered)}`);
    }
    ctx.io.stdout(lines.join('\n'));
  };

  const closes = items.filter((i) => i.type === 'close');
  const visits = items.filter((i) => i.type === 'visit');
  const proposals = items.filter((i) => i.type === 'proposal' || i.type === 'outcome');
  if (closes.length) {
    ctx.io.stdout(ctx.io.color.bold(ctx.t('due.heading-close')));
    for (const i of closes) print(i);
  }
  if (visits.length) {
    ctx.io.stdout(ctx.io.color.bold(ctx.t('due.heading-spaces')));
    for (const i of visits) print(i);
  }
  if (proposals.length) {
    ctx.io.stdout(ctx.io.color.bold(ctx.t('due.heading-proposals')));
    for (const i of proposals) print(i);
  }
  return 0;
}

/** The words of a due item without its command, and the brackets around it: 「…（mixer …）」, "… (mixer …)". */
function withoutCommand(text: string, command: string): string {
  return text.replace(`（${command}）`, '').replace(` (${command})`, '').replace(command, '').trimEnd();
}
