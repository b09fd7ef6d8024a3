// The lists of values the data format allows (DESIGN.md section 1), written once. The zod schemas
// in schemas.ts are built from them; the command line (help, flag checks, questions) reads them
// from here, so that showing the help does not load zod.

export const KIND_FOLDERS = ['spaces', 'members', 'needs', 'visits', 'mixers', 'proposals'] as const;
export type KindFolder = (typeof KIND_FOLDERS)[number];

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

/** A proposal's statuses, in order (its current one is the last entry of its history). */
export const PROPOSAL_STATUSES = [
  'draft',
  'asked',
  'accepted',
  'declined',
  'introduced',
  'met',
  'deal',
  'closed',
] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** Allowed next statuses of a proposal (DESIGN.md: draft → asked → accepted | declined → …). */
export const NEXT_STATUS: Record<ProposalStatus, ProposalStatus[]> = {
  draft: ['asked', 'closed'],
  asked: ['accepted', 'declined', 'closed'],
  accepted: ['introduced', 'closed'],
  declined: ['closed'],
  introduced: ['met', 'closed'],
  met: ['deal', 'closed'],
  deal: [],
  closed: [],
};

/** The statuses that end a proposal (an outcome may be recorded with them). */
export const FINAL_STATUSES: readonly ProposalStatus[] = ['deal', 'closed'];
