// mixer status <proposal> <status>: move a proposal along its history and record how it ended.
import type { Context } from '../context.js';
import { MixerError, UsageError } from '../errors.js';
import { FINAL_STATUSES, NEXT_STATUS, type OUTCOME_KINDS, type ProposalStatus } from '../records/enums.js';
import type { FileChange } from '../store/change.js';
import { FORCED_MARK } from '../store/check.js';
import { appendToList, listValues, setKey } from '../store/edit.js';
import { today } from '../util/dates.js';
import { parseAmount } from '../util/input.js';
import { choicesOf, label, withLabel } from './choices.js';
import { checkChoice, checkDate, checkRef, validators } from './flags.js';
import { type WriteFlags, writeChange } from './writing.js';

export interface StatusFlags extends WriteFlags {
  date?: string;
  note?: string;
  force?: boolean;
  outcome?: string;
  value?: number;
  solve?: boolean;
}

/** In a terminal, the value of a deal (3万, ¥30,000 …); none without a terminal or an answer. */
async function askValue(ctx: Context, currency: string): Promise<number | undefined> {
  if (!ctx.io.interactive) return undefined;
  const typed = await ctx.prompter.text(ctx.t('ask.value', { currency }), {
    validate: validators(ctx).amount,
    echo: (answer) => {
      const n = parseAmount(answer);
      return n !== undefined && String(n) !== answer.trim() ? String(n) : undefined;
    },
  });
  return typed.trim() ? parseAmount(typed) : undefined;
}

export async function run(
  ctx: Context,
  id: string,
  statusInput: string,
  flags: StatusFlags,
): Promise<number> {
  const status = checkChoice(ctx, '<status>', statusInput, 'proposal-status');
  const folder = await ctx.load();
  id = checkRef(ctx, folder, 'proposals', id);
  const proposal = folder.records.proposals.get(id)!;
  const last = proposal.data.history.at(-1)!;
  const allowed = NEXT_STATUS[last.status as ProposalStatus];
  const ends = FINAL_STATUSES.includes(status);
  if ((flags.outcome || flags.value !== undefined) && !ends)
    throw new UsageError(ctx.t('status.outcome-needs-end'));
  if (!allowed.includes(status) && !flags.force) {
    const said = (s: string) => label(ctx.lang, 'proposal-status', s);
    const hint = allowed.length
      ? ctx.t('hint.status-next', {
          next: allowed.map((s) => withLabel(ctx.lang, 'proposal-status', s)).join(', '),
        })
      : ctx.t('status.final');
    throw new MixerError(ctx.t('status.bad-move', { from: said(last.status), to: said(status) }), 1, hint);
  }
  const date = flags.date ? checkDate(ctx, '--date', flags.date) : today(ctx.io.env);
  let outcomeKind: (typeof OUTCOME_KINDS)[number] | undefined;
  let value: number | undefined;
  if (ends) {
    // In a terminal, what the flags do not say is asked: the outcome, then its value.
    const byDefault = status === 'deal' ? 'deal' : 'none';
    outcomeKind = flags.outcome
      ? checkChoice(ctx, '--outcome', flags.outcome, 'outcome')
      : ctx.io.interactive
        ? await ctx.prompter.select(ctx.t('ask.outcome'), choicesOf(ctx.lang, 'outcome'), {
            default: byDefault,
          })
        : byDefault;
    value =
      flags.value ?? (outcomeKind !== 'none' ? await askValue(ctx, folder.settings.currency) : undefined);
  }
  // Made from the file as it is when written (another status may have landed meanwhile): whether
  // the move is a forced correction depends on the status it moves from then.
  const edit = (current: string) => {
    const from = (listValues(current, 'history').at(-1) as { status?: ProposalStatus } | undefined)?.status;
    const forced = flags.force && !(from && NEXT_STATUS[from]?.includes(status));
    // A forced move is a correction, and says so in the record.
    const note = forced ? `${FORCED_MARK} ${flags.note ?? ctx.t('status.forced')}` : flags.note;
    let text = appendToList(current, 'proposals', 'history', { date, status, ...(note ? { note } : {}) });
    if (outcomeKind)
      text = setKey(text, 'proposals', 'outcome', {
        kind: outcomeKind,
        ...(value !== undefined ? { value } : {}),
      });
    return text;
  };
  const changes: FileChange[] = [
    { rel: proposal.file, text: edit(proposal.source.text), create: false, edit },
  ];
  // A deal or a collaboration usually solves the need: offer to mark it.
  const need = folder.records.needs.get(proposal.data.need);
  if (
    need &&
    (outcomeKind === 'deal' || outcomeKind === 'collaboration') &&
    (need.data.status ?? 'open') === 'open'
  ) {
    const solve =
      flags.solve ??
      (ctx.io.interactive
        ? await ctx.prompter.confirm(ctx.t('status.solve-need', { title: need.data.title }))
        : false);
    if (solve) {
      const solved = (current: string) => setKey(current, 'needs', 'status', 'solved');
      changes.push({ rel: need.file, text: solved(need.source.text), create: false, edit: solved });
    }
  }
  return writeChange(ctx, folder, changes, ctx.t('commit.status', { id, status }), { ...flags, yes: true });
}
