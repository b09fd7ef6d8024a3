// mixer propose <need> <helper>: a proposal record and its three letters (an ask to each side,
// and the introduction for when both accept).
import path from 'node:path';
import type { Context } from '../context.js';
import { MixerError, UsageError } from '../errors.js';
import {
  askContext,
  introductionContext,
  type LetterFacts,
  type LetterLanguage,
} from '../letters/compose.js';
import { findTemplate, type Letter, renderLetter } from '../letters/templates.js';
import { Matcher } from '../match/engine.js';
import { uniqueId } from '../records/ids.js';
import type { Proposal } from '../records/schemas.js';
import type { FileChange } from '../store/change.js';
import { type DataFolder, findParty, partyName } from '../store/folder.js';
import { recordText } from '../store/format.js';
import { userEmail } from '../store/git.js';
import { ENDED, proposalStatus } from '../store/relations.js';
import { wordReasons } from '../ui/reasons.js';
import { today } from '../util/dates.js';
import { label } from './choices.js';
import { checkRef } from './flags.js';
import { matchInput } from './match-input.js';
import { type WriteFlags, writeChange } from './writing.js';

export interface ProposeFlags extends WriteFlags {
  mixer?: string;
  note?: string;
  template?: string;
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
  for (const id of [need.data.owner, helperId]) {
    const party = findParty(folder, id);
    if (party && 'do_not_contact' in party.data && party.data.do_not_contact)
      refuse(ctx.t('propose.do-not-contact', { id }), another);
  }
  const open = [...folder.records.proposals.values()].find(
    (p) => p.data.need === needId && p.data.helper === helperId && !ENDED.has(proposalStatus(p)),
  );
  if (open)
    refuse(
      ctx.t('propose.open-exists', { id: open.id, status: proposalStatus(open) }),
      ctx.t('hint.propose-open-exists', { id: open.id }),
    );
  return need;
}

/** --mixer; else the mixer whose email is git's user.email; else asked in a terminal. */
async function chooseMixer(ctx: Context, folder: DataFolder, flag: string | undefined): Promise<string> {
  if (flag) return checkRef(ctx, folder, 'mixers', flag, '--mixer');
  const email = userEmail(folder.dir)?.toLowerCase();
  const mixers = [...folder.records.mixers.values()];
  const mixer = email && mixers.find((m) => m.data.email?.toLowerCase() === email);
  if (mixer) return mixer.id;
  if (!ctx.io.interactive)
    throw new UsageError(
      ctx.t('propose.no-mixer'),
      ctx.t('hint.unknown-id', { similar: '', command: 'mixer list mixers' }),
    );
  return ctx.prompter.select(
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
  const folder = await ctx.load();
  const need = check(ctx, folder, needId, helperId);
  const mixer = await chooseMixer(ctx, folder, flags.mixer);
  const lang = ctx.lang;
  const now = today(ctx.io.env);
  // The matcher's view of this pair, kept in the proposal as it was on the day.
  const [pairing] = new Matcher(matchInput(folder)).scoreNeed(needId, {
    helper: helperId,
    minScore: 0,
    limit: 1,
    perHelper: 1,
    perNeed: 1,
    all: true,
  });
  const facts: LetterFacts = {
    need,
    helper: helperId,
    mixer,
    strength: pairing?.strength,
    bothGain: (pairing?.parts.mutual ?? 0) >= 0.3,
    note: flags.note,
    today: now,
  };
  const dirs = [
    flags.template ? path.resolve(ctx.io.cwd, flags.template) : '',
    path.join(folder.dir, 'templates'),
  ].filter(Boolean);
  const language: LetterLanguage = {
    lang,
    words: {
      memberOf: (space) => ctx.t('letter.member-of', { space }),
      aMember: ctx.t('letter.a-member'),
      strengths: (list) => ctx.t('letter.strengths', { list }),
      neutralNeed: ctx.t('letter.neutral-need'),
    },
  };
  const { records } = folder;
  const letters: Array<[string, Letter]> = [
    [
      'ask-owner',
      renderLetter(findTemplate('ask', lang, dirs), askContext(records, facts, 'owner', language)),
    ],
    [
      'ask-helper',
      renderLetter(findTemplate('ask', lang, dirs), askContext(records, facts, 'helper', language)),
    ],
    [
      'introduction',
      renderLetter(findTemplate('introduction', lang, dirs), introductionContext(records, facts, language)),
    ],
  ];
  if (flags.stdout) {
    ctx.io.stdout(letters.map(([, letter]) => letter.text).join('\n'));
    return 0;
  }
  const id = uniqueId(`${now.slice(0, 7)}-${needId}-${helperId}`, (candidate) =>
    folder.records.proposals.has(candidate),
  );
  const proposal: Proposal = {
    need: needId,
    helper: helperId,
    mixer,
    ...(pairing ? { score: pairing.score, reasons: wordReasons(pairing.reasons, lang) } : {}),
    history: [{ date: now, status: 'draft' }],
  };
  const changes: FileChange[] = [
    { rel: `proposals/${id}.yaml`, text: recordText('proposals', proposal), create: true },
    ...letters.map(([suffix, letter]) => ({
      rel: `proposals/${id}.${suffix}.md`,
      text: letter.text,
      create: true,
    })),
  ];
  const message = ctx.t('commit.propose', { need: need.data.title, helper: partyName(folder, helperId) });
  return writeChange(ctx, folder, changes, message, { ...flags, yes: true });
}
