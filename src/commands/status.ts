// mixer status <proposal> <status>: move a proposal along its history and record how it ended.
import type { Context } from '../context.js';
import { MixerError, UsageError } from '../errors.js';
import { FINAL_STATUSES, NEXT_STATUS, type OUTCOME_KINDS, type ProposalStatus } from '../records/enums.js';
import type { FileChange } from '../store/change.js';
import { FORCED_MARK } from '../store/check.js';
import { appendToList, setKey } from '../store/edit.js';
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
  // A forced move is a correction, and says so in the record.
  const note =
    flags.force && !allowed.includes(status)
      ? `${FORCED_MARK} ${flags.note ?? ctx.t('status.forced')}`
      : flags.note;
  let text = appendToList(proposal.source.text, 'proposals', 'history', {
    date,
    status,
    ...(note ? { note } : {}),
  });
  let outcomeKind: (typeof OUTCOME_KINDS)[number] | undefined;
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
    const value =
      flags.value ?? (outcomeKind !== 'none' ? await askValue(ctx, folder.settings.currency) : undefined);
    text = setKey(text, 'proposals', 'outcome', {
      kind: outcomeKind,
      ...(value !== undefined ? { value } : {}),
    });
  }
  const changes: FileChange[] = [{ rel: proposal.file, text, create: false }];
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
    if (solve)
      changes.push({
        rel: need.file,
        text: setKey(need.source.text, 'needs', 'status', 'solved'),
        create: false,
      });
  }
  return writeChange(ctx, folder, changes, ctx.t('commit.status', { id, status }), { ...flags, yes: true });
}
