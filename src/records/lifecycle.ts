// The double opt-in as data: the moves a proposal may make, the letter each move writes, and how
// its statuses read as stages (for counting) and as outcomes (for learning).
//
//   draft → asked-owner → owner-accepted | owner-declined
//         → asked-helper → helper-accepted | helper-declined → introduced → met → deal | closed
//
// (with `ask_first: helper` the helper's two steps come first). Any open proposal may close; a
// declined one may only close. Proposals from before the asks went one side at a time keep their
// old path: draft → asked → accepted | declined → introduced ….
import {
  FINAL_STATUSES,
  LEGACY_STATUSES,
  type OUTCOME_KINDS,
  type ProposalStatus,
  type Side,
  type Stage,
} from './enums.js';

export { STAGES, type Stage } from './enums.js';

/** The letters of a proposal, by the name of their file (`<id>.<letter>.md`). */
export const LETTER_NAMES = ['ask-owner', 'ask-helper', 'introduction'] as const;
export type LetterName = (typeof LETTER_NAMES)[number];

export const otherSide = (side: Side): Side => (side === 'owner' ? 'helper' : 'owner');

const asked = (side: Side) => `asked-${side}` as const;
const accepted = (side: Side) => `${side}-accepted` as const;
const declined = (side: Side) => `${side}-declined` as const;

/** The side asked first: the owner unless the proposal says otherwise. */
export function askFirst(proposal: { ask_first?: Side }): Side {
  return proposal.ask_first ?? 'owner';
}

const LEGACY_NEXT: Partial<Record<ProposalStatus, ProposalStatus[]>> = {
  asked: ['accepted', 'declined', 'closed'],
  accepted: ['introduced', 'closed'],
  declined: ['closed'],
};

/** The statuses a proposal may move to from `last`, in the order a person would take them. */
export function nextStatuses(last: ProposalStatus, first: Side = 'owner'): ProposalStatus[] {
  const second = otherSide(first);
  const next: Partial<Record<ProposalStatus, ProposalStatus[]>> = {
    draft: [asked(first), 'closed'],
    [asked(first)]: [accepted(first), declined(first), 'closed'],
    [accepted(first)]: [asked(second), 'closed'],
    [declined(first)]: ['closed'],
    [asked(second)]: [accepted(second), declined(second), 'closed'],
    [accepted(second)]: ['introduced', 'closed'],
    [declined(second)]: ['closed'],
    introduced: ['met', 'closed'],
    met: ['deal', 'closed'],
    ...LEGACY_NEXT,
  };
  return next[last] ?? [];
}

/** Whether a history may hold `prev` followed by `status`: a move of either path, old or new. */
export function isAllowedMove(prev: ProposalStatus, status: ProposalStatus, first: Side = 'owner'): boolean {
  return nextStatuses(prev, first).includes(status) || (prev === 'draft' && status === 'asked');
}

export function isLegacy(status: ProposalStatus): boolean {
  return (LEGACY_STATUSES as readonly string[]).includes(status);
}

/** The letter `mixer propose` writes: the ask to the side asked first. */
export function firstLetter(first: Side): LetterName {
  return `ask-${first}`;
}

/**
 * The letter a move to `status` writes, if any: the first side's yes writes the ask to the
 * second side; the second side's yes writes the introduction. No other move writes a letter.
 */
export function letterOfStatus(status: ProposalStatus, first: Side = 'owner'): LetterName | undefined {
  if (status === accepted(first)) return `ask-${otherSide(first)}`;
  if (status === accepted(otherSide(first))) return 'introduction';
  return undefined;
}

/**
 * A status as a stage: `asked` from the first ask until the second side answers, `accepted` once
 * both said yes, `declined` when either side said no.
 */
export function stageOf(status: ProposalStatus, first: Side = 'owner'): Stage {
  if (isDeclined(status)) return 'declined';
  if (status === accepted(otherSide(first)) || status === 'accepted') return 'accepted';
  if (status === 'asked' || status.startsWith('asked-') || status === accepted(first)) return 'asked';
  return status as Stage;
}

/** The statuses that say one side declined (the old `declined` included). */
const DECLINED_STATUSES: readonly ProposalStatus[] = ['owner-declined', 'helper-declined', 'declined'];

function isDeclined(status: ProposalStatus): boolean {
  return DECLINED_STATUSES.includes(status);
}

/** An ask has gone out and its answer has not come back. */
export function awaitsAnswer(status: ProposalStatus): boolean {
  return status === 'asked' || status === 'asked-owner' || status === 'asked-helper';
}

/** After these nothing more happens to a proposal, and the pair may be proposed again. */
export function hasEnded(status: ProposalStatus): boolean {
  return isDeclined(status) || FINAL_STATUSES.includes(status);
}

/**
 * Whether a move to `status` reaches out to a party: it writes a letter, or says one was sent
 * (an ask, the introduction). Such a move is never made towards a party marked do_not_contact.
 */
export function reachesOut(status: ProposalStatus, first: Side = 'owner'): boolean {
  return letterOfStatus(status, first) !== undefined || awaitsAnswer(status) || status === 'introduced';
}

/**
 * Whether a proposal can only go on by writing to a party: open, and not yet introduced. After the
 * introduction the two sides have each other's address, and what is left (they meet, a deal) is
 * recorded, not sent.
 */
export function awaitsContact(status: ProposalStatus): boolean {
  return !hasEnded(status) && status !== 'introduced' && status !== 'met';
}

/**
 * When a proposal at `status` holds a letter written and not yet sent (a draft's ask, or the letter
 * a yes wrote), the status that records it as sent; otherwise undefined.
 */
export function sentStatus(status: ProposalStatus, first: Side = 'owner'): ProposalStatus | undefined {
  if (status === 'draft') return asked(first);
  // (a yes of the old path, `accepted`, wrote no letter)
  const letter = letterOfStatus(status, first);
  return letter === 'introduction' ? 'introduced' : letter ? asked(otherSide(first)) : undefined;
}

/** The letter a proposal at `status` waits to have sent (see sentStatus), if any. */
export function unsentLetter(status: ProposalStatus, first: Side = 'owner'): LetterName | undefined {
  return status === 'draft' ? firstLetter(first) : letterOfStatus(status, first);
}

/** An outcome that counts as a success: a deal or a collaboration. */
export function isSuccess(kind: (typeof OUTCOME_KINDS)[number] | undefined): boolean {
  return kind === 'deal' || kind === 'collaboration';
}

/** Whether the two sides were ever introduced: only then can they have made a deal together. */
export function wasIntroduced(history: readonly { status: ProposalStatus }[]): boolean {
  return history.some((h) => h.status === 'introduced' || h.status === 'met' || h.status === 'deal');
}
