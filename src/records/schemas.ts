// Data format version 1 (DESIGN.md section 1): one zod schema per kind, strict so that
// unknown keys are reported. Key order here is the canonical order `mixer fmt` writes.
import { z } from 'zod';
import {
  type KindFolder,
  LANGS,
  MEMBER_KINDS,
  NEED_STATUSES,
  OUTCOME_KINDS,
  PROPOSAL_STATUSES,
  SHARES,
  type Share,
  SPACE_KINDS,
  VISIT_FORMATS,
  VISIT_MODES,
} from './enums.js';

// The lists, and the proposal statuses' order, belong to enums.ts; they are here too for the
// modules that read a record's schema and its values together.
export {
  KIND_FOLDERS,
  KIND_SINGULAR,
  type KindFolder,
  NEED_STATUSES,
  NEXT_STATUS,
  PROPOSAL_STATUSES,
  type ProposalStatus,
} from './enums.js';

export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const ID_MAX = 64;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date as `YYYY-MM-DD` that really exists (no 2026-02-30). */
export const dateString = z
  .string()
  .regex(DATE, { message: 'date' })
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'date');

const id = z.string().regex(ID_PATTERN, { message: 'id' }).max(ID_MAX);
const text = z.string().trim().min(1);
export const share = z.enum(SHARES);

export const strength = z.union([
  text,
  z.strictObject({ text, tags: z.array(text).optional(), share: share.optional() }),
]);

const contact = z.strictObject({
  email: z.string().optional(),
  phone: z.string().optional(),
  url: z.string().optional(),
});

export const space = z.strictObject({
  name: text,
  kind: z.enum(SPACE_KINDS).optional(),
  network: z.string().optional(),
  area: z.string().optional(),
  url: z.string().optional(),
  contacts: z
    .array(
      z.strictObject({
        name: text,
        role: z.string().optional(),
        email: z.string().optional(),
        phone: z.string().optional(),
      }),
    )
    .optional(),
  strengths: z.array(strength).optional(),
  tags: z.array(text).optional(),
  visit_every_days: z.number().int().positive().optional(),
  do_not_contact: z.boolean().optional(),
  notes: z.string().optional(),
});

export const member = z.strictObject({
  name: text,
  kind: z.enum(MEMBER_KINDS),
  spaces: z.array(id).optional(),
  summary: z.string().optional(),
  strengths: z.array(strength).optional(),
  tags: z.array(text).optional(),
  contact: contact.optional(),
  share: share.optional(),
  do_not_contact: z.boolean().optional(),
  consent: z.strictObject({ date: dateString, note: z.string().optional() }).optional(),
  notes: z.string().optional(),
});

export const need = z.strictObject({
  owner: id,
  title: text,
  detail: z.string().optional(),
  tags: z.array(text).optional(),
  status: z.enum(NEED_STATUSES).optional(),
  share: share.optional(),
  visit: id.optional(),
  since: dateString.optional(),
});

export const visit = z.strictObject({
  space: id,
  date: dateString,
  mixer: id,
  mode: z.enum(VISIT_MODES).optional(),
  format: z.enum(VISIT_FORMATS).optional(),
  attendees: z.number().int().nonnegative().optional(),
  met: z.array(id).optional(),
  notes: z.string().optional(),
  cost: z.number().nonnegative().optional(),
});

export const mixer = z.strictObject({
  name: text,
  strengths: z.array(strength).optional(),
  spaces: z.array(id).optional(),
  github: z.string().optional(),
  email: z.string().optional(),
});

export const historyEntry = z.strictObject({
  date: dateString,
  status: z.enum(PROPOSAL_STATUSES),
  note: z.string().optional(),
});

export const proposal = z.strictObject({
  need: id,
  helper: id,
  mixer: id,
  score: z.number().min(0).max(1).optional(),
  reasons: z.array(z.string()).optional(),
  history: z.array(historyEntry).min(1),
  outcome: z
    .strictObject({
      kind: z.enum(OUTCOME_KINDS),
      value: z.number().nonnegative().optional(),
      note: z.string().optional(),
    })
    .optional(),
});

export const settings = z.strictObject({
  lang: z.enum(LANGS).optional(),
  visit_every_days: z.number().int().positive().optional(),
  currency: z.string().min(1).optional(),
  follow_up_days: z.number().int().positive().optional(),
});

export const concept = z.strictObject({
  label: z.strictObject({ ja: text, en: text }),
  terms: z.array(text).min(1),
  broader: id.optional(),
  solves: z.array(id).optional(),
  /** Its narrower concepts are alternatives (languages, instruments, crops): one does not answer another. */
  exclusive: z.boolean().optional(),
  /** It says whom or where (children, the elderly, Hokkaido), not what is offered or needed. */
  context: z.boolean().optional(),
});
export const glossary = z.record(id, concept);

/** Record kinds, keyed by the folder that holds them (in the order of KIND_FOLDERS). */
export const KIND_SCHEMAS = {
  spaces: space,
  members: member,
  needs: need,
  visits: visit,
  mixers: mixer,
  proposals: proposal,
} as const satisfies Record<KindFolder, z.ZodType>;

export type Strength = z.infer<typeof strength>;
export type Space = z.infer<typeof space>;
export type Member = z.infer<typeof member>;
export type Need = z.infer<typeof need>;
export type Visit = z.infer<typeof visit>;
export type Mixer = z.infer<typeof mixer>;
export type Proposal = z.infer<typeof proposal>;
export type HistoryEntry = z.infer<typeof historyEntry>;
export type Settings = z.infer<typeof settings>;
export type Concept = z.infer<typeof concept>;
export type Glossary = z.infer<typeof glossary>;

export interface KindRecord {
  spaces: Space;
  members: Member;
  needs: Need;
  visits: Visit;
  mixers: Mixer;
  proposals: Proposal;
}

/** The text and sharing of a strength, whichever form it was written in. */
export function strengthParts(s: Strength, fallbackShare: Share) {
  if (typeof s === 'string') return { text: s, tags: [] as string[], share: fallbackShare };
  return { text: s.text, tags: s.tags ?? [], share: s.share ?? fallbackShare };
}
