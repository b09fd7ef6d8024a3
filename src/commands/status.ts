// mixer status <proposal> <status>: move a proposal along the double opt-in, write the letter that
// move calls for (the second ask after the first yes, the introduction after the second), and
// record how it ended. The moves and their letters are src/records/lifecycle.ts.
import type { Context } from '../context.js';
import { MixerError, UsageError } from '../errors.js';
import { FINAL_STATUSES, type OUTCOME_KINDS, type ProposalStatus, type Side } from '../records/enums.js';
import {
  askFirst,
  awaitsAnswer,
  isLegacy,
  isSuccess,
  letterOfStatus,
  nextStatuses,
  reachesOut,
  wasIntroduced,
} from '../records/lifecycle.js';
import { NUMBER_LIMITS } from '../records/limits.js';
import type { FileChange } from '../store/change.js';
import { FORCED_MARK } from '../store/check.js';
import { appendToList, listValues, setKey } from '../store/edit.js';
import { existingFiles } from '../store/files.js';
import type { DataFolder, Loaded } from '../store/folder.js';
import { proposalSides } from '../store/relations.js';
import { today } from '../util/dates.js';
import { normalizeId, parseAmount } from '../util/input.js';
import { choicesOf, label, parseChoice, withLabel } from './choices.js';
import { checkContactable } from './contact.js';
import { checkChoice, checkDate, checkRef, validators, warnIfFuture } from './flags.js';
import {
  type LetterFlags,
  type LetterSettings,
  letterSettings,
  pairingFacts,
  tellAboutLetter,
  type WrittenLetter,
  writeLetter,
} from './letter-files.js';
import { runNeedStatus } from './need-status.js';
import { refuseUnsafeText } from './note-flag.js';
import { type WriteFlags, writeChange } from './writing.js';

export interface StatusFlags extends WriteFlags, LetterFlags {
  date?: string;
  note?: string;
  force?: boolean;
  outcome?: string;
  value?: number;
  solve?: boolean;
}

/** The flags that only a proposal's move takes, as typed. */
function proposalOnlyFlags(flags: StatusFlags): string[] {
  const given: Array<[string, unknown]> = [
    ['--date', flags.date],
    ['--outcome', flags.outcome],
    ['--value', flags.value],
    ['--solve / --no-solve', flags.solve],
    ['--force', flags.force],
    ['--note', flags.note],
    ['--template', flags.template],
    ['--format', flags.format],
    ['--letter-lang', flags.letterLang],
  ];
  return given.filter(([, value]) => value !== undefined && value !== false).map(([flag]) => flag);
}

/** In a terminal, the value of a deal (3万, ¥30,000 …); none without a terminal or an answer. */
async function askValue(ctx: Context, currency: string): Promise<number | undefined> {
  if (!ctx.io.interactive) return undefined;
  const typed = await ctx.prompter.text(ctx.t('ask.value', { currency }), {
    validate: validators(ctx).amount(NUMBER_LIMITS.value.max, currency),
    echo: (answer) => {
      const n = parseAmount(answer, currency);
      return n !== undefined && String(n) !== answer.trim() ? String(n) : undefined;
    },
  });
  return typed.trim() ? parseAmount(typed, currency) : undefined;
}

/** A proposal's status as typed: one of the list, or an old one (asked, accepted, declined) as it is. */
function parseStatus(input: string): ProposalStatus | undefined {
  const typed = input.trim();
  return isLegacy(typed as ProposalStatus)
    ? (typed as ProposalStatus)
    : parseChoice('proposal-status', input);
}

/** A proposal's status as typed, or bad usage naming the statuses there are. */
function readStatus(ctx: Context, input: string): ProposalStatus {
  return parseStatus(input) ?? checkChoice(ctx, '<status>', input, 'proposal-status');
}

function refuseMove(
  ctx: Context,
  from: ProposalStatus,
  to: ProposalStatus,
  allowed: ProposalStatus[],
): never {
  const said = (s: string) => label(ctx.lang, 'proposal-status', s);
  const next = allowed.map((s) => withLabel(ctx.lang, 'proposal-status', s)).join(', ');
  const hint = !allowed.length
    ? ctx.t('status.final')
    : isLegacy(to) && !isLegacy(from)
      ? ctx.t('hint.status-legacy', { status: to, next })
      : ctx.t('hint.status-next', { next });
  throw new MixerError(ctx.t('status.bad-move', { from: said(from), to: said(to) }), 1, hint);
}

/** The letter this move writes, unless the proposal already has it (a forced move back and forth). */
async function letterFor(
  ctx: Context,
  folder: DataFolder,
  proposal: Loaded<'proposals'>,
  status: ProposalStatus,
  settings: LetterSettings,
  date: string,
): Promise<WrittenLetter | undefined> {
  const first = askFirst(proposal.data);
  const letter = letterOfStatus(status, first);
  if (!letter) return undefined;
  const need = folder.records.needs.get(checkRef(ctx, folder, 'needs', proposal.data.need))!;
  const written = await writeLetter(
    folder,
    letter,
    {
      id: proposal.id,
      folder: proposal.file.slice(0, proposal.file.lastIndexOf('/')),
      need: need.data,
      helper: proposal.data.helper,
      mixer: proposal.data.mixer,
      first,
      pairing: pairingFacts(ctx, folder, proposal.data.need, proposal.data.helper),
      today: date,
    },
    settings,
  );
  if (existingFiles(folder.dir, [written.rel]).length) {
    ctx.io.stderr(ctx.t('status.letter-exists', { file: written.rel }));
    return undefined;
  }
  return written;
}

/** What to do next, after a move to `status`: send the letter it wrote, or wait for an answer. */
function nextStep(ctx: Context, id: string, status: ProposalStatus, first: Side, letter?: WrittenLetter) {
  const all = nextStatuses(status, first);
  // Closing is always possible; it is named only when it is the one way on.
  const next = all.length > 1 ? all.filter((s) => s !== 'closed') : all;
  if (letter) return ctx.t('next.send', { file: letter.rel, id, status: next[0]! });
  if (awaitsAnswer(status)) return ctx.t('next.answer', { id, yes: next[0]!, no: next[1]! });
  if (status === 'met') return ctx.t('next.outcome', { id });
  if (next.length) return ctx.t('next.step', { id, next: next.join(' | ') });
  return undefined;
}

export async function run(
  ctx: Context,
  id: string,
  statusInput: string,
  flags: StatusFlags,
): Promise<number> {
  // A need's status (solved, dropped, open) is for a need: read once the folder says which id is one.
  const needStatus = parseChoice('need-status', statusInput);
  const status = parseStatus(statusInput);
  // (a flag, named as one: not a problem of a file that was never written)
  refuseUnsafeText(ctx, '--note', flags.note);
  const folder = await ctx.load();
  const { proposals, needs } = folder.records;
  const given = normalizeId(id);
  // A need's status, or a status of neither list for a need's id (named against a need's statuses).
  const forNeed = !proposals.has(given) && (needStatus || (!status && needs.has(given)));
  if (forNeed) {
    const value = needStatus ?? checkChoice(ctx, '<status>', statusInput, 'need-status');
    return runNeedStatus(ctx, folder, id, value, flags, proposalOnlyFlags(flags));
  }
  return moveProposal(ctx, folder, id, status ?? readStatus(ctx, statusInput), flags);
}

/** A proposal moved to `status`, with the letter the move calls for and its outcome. */
async function moveProposal(
  ctx: Context,
  folder: DataFolder,
  id: string,
  status: ProposalStatus,
  flags: StatusFlags,
): Promise<number> {
  id = checkRef(ctx, folder, 'proposals', id);
  const proposal = folder.records.proposals.get(id)!;
  const last = proposal.data.history.at(-1)!;
  const first = askFirst(proposal.data);
  const allowed = nextStatuses(last.status, first);
  const ends = FINAL_STATUSES.includes(status);
  if ((flags.outcome || flags.value !== undefined) && !ends)
    throw new UsageError(ctx.t('status.outcome-needs-end'));
  if (!allowed.includes(status) && !flags.force) refuseMove(ctx, last.status, status, allowed);
  // A need solved or dropped since the proposal was made asks nobody for anything: asking a side
  // or introducing them about it is refused (--force for a need that was closed by mistake).
  const need = folder.records.needs.get(proposal.data.need);
  const needStatus = need?.data.status ?? 'open';
  if (need && needStatus !== 'open' && reachesOut(status, first) && !flags.force)
    throw new MixerError(
      ctx.t('status.need-not-open', {
        id: proposal.data.need,
        status: label(ctx.lang, 'need-status', needStatus),
      }),
      1,
      ctx.t('hint.status-need-closed', { id, need: proposal.data.need }),
    );
  // No --force past this: a party that asked not to be contacted is not asked, introduced or
  // written to, whenever it asked; the proposal can only be closed.
  if (reachesOut(status, first))
    checkContactable(ctx, folder, proposalSides(folder, proposal), ctx.t('hint.status-close', { id }));
  const date = flags.date ? checkDate(ctx, '--date', flags.date) : today(ctx.io.env);
  // A step is dated on or after the one before it (validate checks the history's order): said
  // here, of the flag or of today, not as a problem of a file that is never written.
  if (date < last.date) {
    if (flags.date)
      throw new UsageError(
        ctx.t('status.date-before-last', { date: last.date }),
        ctx.t('hint.date-before-last', {
          date: last.date,
          status: withLabel(ctx.lang, 'proposal-status', last.status),
          id,
        }),
      );
    throw new MixerError(
      ctx.t('status.today-before-last', { today: date, date: last.date }),
      1,
      ctx.t('hint.today-before-last', { date: last.date }),
    );
  }
  warnIfFuture(ctx, date);
  const settings = letterSettings(ctx, folder, flags);
  let outcomeKind: (typeof OUTCOME_KINDS)[number] | undefined;
  let value: number | undefined;
  if (ends) {
    // In a terminal, what the flags do not say is asked: the outcome, then its value.
    const byDefault = status === 'deal' ? 'deal' : 'none';
    outcomeKind = flags.outcome
      ? checkChoice(ctx, '--outcome', flags.outcome, 'outcome')
      : ctx.io.interactive
        ? await ctx.prompter.select(
            ctx.t('ask.outcome'),
            // (a deal with nothing come of it is refused below: not offered)
            choicesOf(ctx.lang, 'outcome', status === 'deal' ? ['deal', 'collaboration'] : undefined),
            { default: byDefault },
          )
        : byDefault;
    // A deal is a success; and the sides made it with each other only once they were introduced
    // (--force for a record that missed the introduction, marked as a correction).
    if (status === 'deal' && outcomeKind === 'none')
      throw new UsageError(ctx.t('status.deal-none'), ctx.t('hint.deal-none', { id }));
    if (isSuccess(outcomeKind) && !wasIntroduced(proposal.data.history) && !flags.force)
      throw new MixerError(
        ctx.t('status.success-not-introduced', { status: label(ctx.lang, 'proposal-status', last.status) }),
        1,
        ctx.t('hint.success-not-introduced', { id }),
      );
    value =
      flags.value ?? (outcomeKind !== 'none' ? await askValue(ctx, folder.settings.currency) : undefined);
  }
  // Made from the file as it is when written (another status may have landed meanwhile): whether
  // the move is a forced correction depends on the status it moves from then.
  const edit = (current: string) => {
    const from = (listValues(current, 'history').at(-1) as { status?: ProposalStatus } | undefined)?.status;
    // Moved by another writer since it was read: refused as that move would be, plainly.
    if (from && from !== last.status && !flags.force && !nextStatuses(from, first).includes(status))
      refuseMove(ctx, from, status, nextStatuses(from, first));
    const forced =
      flags.force &&
      (!(from && nextStatuses(from, first).includes(status)) ||
        (isSuccess(outcomeKind) &&
          !wasIntroduced(listValues(current, 'history') as { status: ProposalStatus }[])));
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
  const letter = await letterFor(ctx, folder, proposal, status, settings, date);
  if (letter) changes.push({ rel: letter.rel, text: letter.text, create: true });
  // A deal or a collaboration usually solves the need: offer to mark it.
  let leftOpen: string | undefined;
  if (need && isSuccess(outcomeKind) && (need.data.status ?? 'open') === 'open') {
    const solve =
      flags.solve ??
      (ctx.io.interactive
        ? await ctx.prompter.confirm(ctx.t('status.solve-need', { title: need.data.title }))
        : false);
    if (solve) {
      const solved = (current: string) => setKey(current, 'needs', 'status', 'solved');
      changes.push({ rel: need.file, text: solved(need.source.text), create: false, edit: solved });
    } else if (flags.solve === undefined)
      // Not asked (no terminal): the need stays open, and keeps coming up in suggest and brief.
      leftOpen = ctx.t('status.need-left-open', { title: need.data.title, file: need.file });
  }
  const code = await writeChange(ctx, folder, changes, ctx.t('commit.status', { id, status }), {
    ...flags,
    yes: true,
  });
  if (code !== 0) return code;
  if (letter) tellAboutLetter(ctx, letter);
  const next = nextStep(ctx, id, status, first, letter);
  if (next) ctx.io.stderr(next);
  if (leftOpen) ctx.io.stderr(`  → ${leftOpen}`);
  return 0;
}
