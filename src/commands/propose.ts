// mixer propose <need> <helper>: a proposal record and its first letter, the ask to the side whose
// consent comes first (the need's owner unless --ask-first helper). The other letters wait for the
// answers: `mixer status` writes the second ask once the first side says yes, and the introduction
// once both have (src/records/lifecycle.ts).
import type { Context } from '../context.js';
import { MixerError, UsageError } from '../errors.js';
import type { Side } from '../records/enums.js';
import { proposalIdBase, uniqueId } from '../records/ids.js';
import { askFirst, firstLetter, hasEnded, nextStatuses } from '../records/lifecycle.js';
import type { Proposal } from '../records/schemas.js';
import type { FileChange } from '../store/change.js';
import { type DataFolder, partyName } from '../store/folder.js';
import { recordText } from '../store/format.js';
import { userEmail } from '../store/git.js';
import { proposalStatus } from '../store/relations.js';
import { today } from '../util/dates.js';
import { printableLine } from '../util/printable.js';
import { label } from './choices.js';
import { checkContactable } from './contact.js';
import { checkChoice, checkRef } from './flags.js';
import {
  type LetterFlags,
  letterSettings,
  pairingFacts,
  tellAboutLetter,
  writeLetter,
} from './letter-files.js';
import { refuseUnsafeText } from './note-flag.js';
import { type WriteFlags, writeChange } from './writing.js';

export interface ProposeFlags extends WriteFlags, LetterFlags {
  mixer?: string;
  note?: string;
  askFirst?: string;
  stdout?: boolean;
}

function refuse(message: string, hint?: string): never {
  throw new MixerError(message, 1, hint);
}

/** Every reason not to propose this pair, checked before anything is written. */
function check(ctx: Context, folder: DataFolder, needId: string, helperId: string) {
  const need = folder.records.needs.get(checkRef(ctx, folder, 'needs', needId))!;
  checkRef(ctx, folder, 'owner', helperId);
  const status = need.data.status ?? 'open';
  const another = ctx.t('hint.propose-another', { command: `mixer suggest --need ${needId}` });
  if (status !== 'open')
    refuse(
      ctx.t('propose.not-open', { id: needId, status: label(ctx.lang, 'need-status', status) }),
      ctx.t('hint.propose-open-needs', { command: 'mixer list needs --status open' }),
    );
  if (need.data.owner === helperId) refuse(ctx.t('propose.same-party'), another);
  // Another helper is no way round an owner who asked not to be contacted.
  checkContactable(ctx, folder, [need.data.owner], ctx.t('hint.propose-owner-barred'));
  checkContactable(ctx, folder, [helperId], another);
  // A need owned by no space or member (a mixer's id, say) is refused by validate: nobody to ask.
  const { owner } = need.data;
  if (!folder.records.spaces.has(owner) && !folder.records.members.has(owner))
    refuse(
      ctx.t('load.record-has-problems', { id: printableLine(needId), file: printableLine(need.file) }),
      ctx.t('hint.load-failed'),
    );
  const open = [...folder.records.proposals.values()].find(
    (p) => p.data.need === needId && p.data.helper === helperId && !hasEnded(proposalStatus(p)),
  );
  if (open) {
    const now = proposalStatus(open);
    // The step a person takes next: the first move on, never closing unless it is the only one.
    const [next] = nextStatuses(now, askFirst(open.data));
    refuse(
      ctx.t('propose.open-exists', { id: open.id, status: label(ctx.lang, 'proposal-status', now) }),
      ctx.t('hint.propose-open-exists', { id: open.id, next: next ?? 'closed' }),
    );
  }
  return need;
}

/** A word on each earlier proposal of this pair, and how it ended: proposing again is allowed. */
function warnProposedBefore(ctx: Context, folder: DataFolder, needId: string, helperId: string): void {
  for (const p of folder.records.proposals.values()) {
    if (p.data.need !== needId || p.data.helper !== helperId) continue;
    const ended = p.data.history.find((h) => hasEnded(h.status));
    if (ended)
      ctx.io.stderr(
        ctx.io.color.yellow(
          `! ${ctx.t('propose.proposed-before', {
            id: p.id,
            status: label(ctx.lang, 'proposal-status', ended.status),
            date: ended.date,
            note: ended.note ? ` (${printableLine(ended.note)})` : '',
          })}`,
        ),
      );
  }
}

/**
 * --mixer; else the mixer whose email is git's user.email; else asked in a terminal (a list to
 * search); else bad usage naming the mixers.
 */
async function chooseMixer(ctx: Context, folder: DataFolder, flag: string | undefined): Promise<string> {
  if (flag) return checkRef(ctx, folder, 'mixers', flag, '--mixer');
  const email = userEmail(folder.dir)?.toLowerCase();
  const mixers = [...folder.records.mixers.values()];
  const mixer = email && mixers.find((m) => m.data.email?.toLowerCase() === email);
  if (mixer) return mixer.id;
  if (!mixers.length) throw new MixerError(ctx.t('propose.no-mixers'), 1, ctx.t('hint.propose-add-mixer'));
  if (!ctx.io.interactive)
    throw new UsageError(
      ctx.t('propose.no-mixer'),
      ctx.t('hint.propose-mixers', { ids: mixers.map((m) => m.id).join(', '), command: 'mixer list mixers' }),
    );
  return ctx.prompter.search(
    ctx.t('ask.mixer-propose'),
    mixers.map((m) => ({ name: `${m.data.name} (${m.id})`, value: m.id })),
  );
}

export async function run(
  ctx: Context,
  needId: string,
  helperId: string,
  flags: ProposeFlags,
): Promise<number> {
  // --json says what was written; with --stdout nothing is, and the letter itself is the output.
  if (flags.stdout && flags.json) throw new UsageError(ctx.t('usage.stdout-json'), ctx.t('hint.stdout-json'));
  const first: Side = flags.askFirst ? checkChoice(ctx, '--ask-first', flags.askFirst, 'side') : 'owner';
  // (the note goes into the letter, and with --stdout to the terminal, as it is typed)
  refuseUnsafeText(ctx, '--note', flags.note);
  const folder = await ctx.load();
  const settings = letterSettings(ctx, folder, flags);
  const need = check(ctx, folder, needId, helperId);
  warnProposedBefore(ctx, folder, needId, helperId);
  const mixer = await chooseMixer(ctx, folder, flags.mixer);
  const now = today(ctx.io.env);
  // The matcher's view of this pair, kept in the proposal as it was on the day.
  const pairing = pairingFacts(ctx, folder, needId, helperId);
  const id = uniqueId(proposalIdBase(now.slice(0, 7), needId, helperId), (candidate) =>
    folder.records.proposals.has(candidate),
  );
  const written = await writeLetter(
    folder,
    firstLetter(first),
    {
      id,
      folder: 'proposals',
      need: need.data,
      helper: helperId,
      mixer,
      first,
      pairing,
      note: flags.note,
      today: now,
    },
    settings,
  );
  if (flags.stdout) {
    ctx.io.stdout(written.text);
    tellAboutLetter(ctx, written, false);
    return 0;
  }
  const proposal: Proposal = {
    need: needId,
    helper: helperId,
    mixer,
    ...(first === 'owner' ? {} : { ask_first: first }),
    ...(pairing.score !== undefined ? { score: pairing.score, reasons: pairing.reasons } : {}),
    history: [{ date: now, status: 'draft' }],
  };
  const changes: FileChange[] = [
    { rel: `proposals/${id}.yaml`, text: recordText('proposals', proposal), create: true },
    { rel: written.rel, text: written.text, create: true },
  ];
  const message = ctx.t('commit.propose', { need: need.data.title, helper: partyName(folder, helperId) });
  const code = await writeChange(ctx, folder, changes, message, { ...flags, yes: true });
  if (code !== 0) return code;
  tellAboutLetter(ctx, written);
  ctx.io.stderr(ctx.t('next.send', { file: written.rel, id, status: `asked-${first}` }));
  return 0;
}
