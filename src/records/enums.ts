// The lists of values the data format allows (docs/format.md), written once. The zod schemas
// in schemas.ts are built from them; the command line (help, flag checks, questions) reads them
// from here, so that showing the help does not load zod.

export const KIND_FOLDERS = ['spaces', 'members', 'needs', 'visits', 'mixers', 'proposals'] as const;
export type KindFolder = (typeof KIND_FOLDERS)[number];

/** What a file of the data folder holds: a kind of record, the settings (mixer.yaml) or the glossary. */
export type FileKind = KindFolder | 'settings' | 'glossary';

/** The kind of a YAML file by its path in the data folder, or undefined for a file mixer does not read. */
export function fileKind(rel: string): FileKind | undefined {
  if (rel === 'mixer.yaml') return 'settings';
  if (rel === 'glossary.yaml') return 'glossary';
  const folder = rel.split('/')[0] as KindFolder;
  return rel.includes('/') && rel.endsWith('.yaml') && KIND_FOLDERS.includes(folder) ? folder : undefined;
}

/** `list <kind>` accepts the folder name or its singular; JSON Schemas are named by it. */
export const KIND_SINGULAR: Record<KindFolder, string> = {
  spaces: 'space',
  members: 'member',
  needs: 'need',
  visits: 'visit',
  mixers: 'mixer',
  proposals: 'proposal',
};

/** Who may read a text: `public` may appear in letters, `mixers` never does. */
export const SHARES = ['public', 'mixers'] as const;
export type Share = (typeof SHARES)[number];

export const SPACE_KINDS = ['physical', 'virtual', 'hybrid'] as const;
export const MEMBER_KINDS = ['person', 'company', 'community', 'organization'] as const;
export const NEED_STATUSES = ['open', 'solved', 'dropped'] as const;
export const VISIT_MODES = ['onsite', 'online'] as const;
export const VISIT_FORMATS = ['interview', 'event'] as const;
export const OUTCOME_KINDS = ['deal', 'collaboration', 'none'] as const;
export const LANGS = ['ja', 'en'] as const;
/** The forms a letter is written in (`--format`): Markdown front matter and plain text, or an e-mail draft. */
export const LETTER_FORMATS = ['md', 'eml'] as const;

/** The two sides of a proposal: the need's owner and the helper. */
export const SIDES = ['owner', 'helper'] as const;
export type Side = (typeof SIDES)[number];

/**
 * A proposal's statuses (its current one is the last entry of its history), in the order of the
 * double opt-in with the owner asked first; with `ask_first: helper` the two asks swap places.
 * src/records/lifecycle.ts says which moves are allowed and which letter each one writes.
 */
export const PROPOSAL_STATUSES = [
  'draft',
  'asked-owner',
  'owner-accepted',
  'owner-declined',
  'asked-helper',
  'helper-accepted',
  'helper-declined',
  'introduced',
  'met',
  'deal',
  'closed',
] as const;

/**
 * The statuses of proposals written before the asks went one side at a time (both sides were asked
 * at once). They stay valid in a history, and an old proposal finishes on its old path; no new move
 * enters them.
 */
export const LEGACY_STATUSES = ['asked', 'accepted', 'declined'] as const;

/** Every status a history may hold. */
export const ALL_STATUSES = [...PROPOSAL_STATUSES, ...LEGACY_STATUSES] as const;
export type ProposalStatus = (typeof ALL_STATUSES)[number];

/**
 * Stages that read the same in old and new histories, whoever was asked first: `asked` from the
 * first ask until the second side answers, `accepted` once both said yes (lifecycle.ts `stageOf`).
 */
export const STAGES = [
  'draft',
  'asked',
  'accepted',
  'declined',
  'introduced',
  'met',
  'deal',
  'closed',
] as const;
export type Stage = (typeof STAGES)[number];

/** The statuses that end a proposal (an outcome may be recorded with them). */
export const FINAL_STATUSES: readonly ProposalStatus[] = ['deal', 'closed'];
