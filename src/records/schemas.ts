// Data format version 1 (docs/format.md): one zod schema per kind, strict so that
// unknown keys are reported. Key order here is the canonical order `mixer fmt` writes.
import * as z from 'zod';
import {
  ALL_STATUSES,
  type FileKind,
  type KindFolder,
  LANGS,
  MEMBER_KINDS,
  NEED_STATUSES,
  OUTCOME_KINDS,
  SHARES,
  SIDES,
  SPACE_KINDS,
  VISIT_FORMATS,
  VISIT_MODES,
} from './enums.js';
import { ID_MAX, ID_PATTERN } from './ids.js';
import {
  amount,
  CHECK,
  count,
  dateString,
  email,
  github,
  LIST_LIMITS,
  line,
  NUMBER_LIMITS,
  prose,
  TEXT_LIMITS,
} from './text.js';

// The lists, and the proposal statuses' order, belong to enums.ts; they are here too for the
// modules that read a record's schema and its values together.
export {
  KIND_FOLDERS,
  KIND_SINGULAR,
  type KindFolder,
  NEED_STATUSES,
  PROPOSAL_STATUSES,
  type ProposalStatus,
} from './enums.js';

// (in ids.ts, which loads no zod: reading records from the cache needs them without it)
export { ID_MAX, ID_PATTERN } from './ids.js';

export { dateString } from './text.js';

const id = z.string().regex(ID_PATTERN, { message: CHECK.id }).max(ID_MAX);
const ids = (max: number) => z.array(id).max(max);
const T = TEXT_LIMITS;
const L = LIST_LIMITS;
const N = NUMBER_LIMITS;
const tags = z.array(line(T.tag)).max(L.tags);
export const share = z.enum(SHARES);

export const strength = z.union([
  line(T.strength),
  z.strictObject({ text: line(T.strength), tags: tags.optional(), share: share.optional() }),
]);
const strengths = z.array(strength).max(L.strengths);

const contact = z.strictObject({
  email: email().optional(),
  phone: line(T.phone).optional(),
  url: line(T.url).optional(),
  /** Whether these details may be printed in a letter; the member's `share` by default. */
  share: share.optional(),
});

export const space = z.strictObject({
  name: line(T.name),
  kind: z.enum(SPACE_KINDS).optional(),
  network: line(T.short).optional(),
  area: line(T.short).optional(),
  url: line(T.url).optional(),
  contacts: z
    .array(
      z.strictObject({
        name: line(T.name),
        role: line(T.short).optional(),
        email: email().optional(),
        phone: line(T.phone).optional(),
      }),
    )
    .max(L.contacts)
    .optional(),
  strengths: strengths.optional(),
  tags: tags.optional(),
  visit_every_days: count(N.days).optional(),
  do_not_contact: z.boolean().optional(),
  notes: prose(T.prose).optional(),
});

export const member = z.strictObject({
  name: line(T.name),
  kind: z.enum(MEMBER_KINDS),
  spaces: ids(L.spaces).optional(),
  summary: prose(T.note).optional(),
  strengths: strengths.optional(),
  tags: tags.optional(),
  contact: contact.optional(),
  share: share.optional(),
  do_not_contact: z.boolean().optional(),
  consent: z.strictObject({ date: dateString, note: prose(T.note).optional() }).optional(),
  notes: prose(T.prose).optional(),
});

export const need = z.strictObject({
  owner: id,
  title: line(T.title),
  /** The need as a short noun phrase for letters (「英語のメニューづくり」); else made from the title. */
  subject: line(T.title).optional(),
  detail: prose(T.prose).optional(),
  tags: tags.optional(),
  status: z.enum(NEED_STATUSES).optional(),
  share: share.optional(),
  visit: id.optional(),
  since: dateString.optional(),
});

/** A strength of a member learned at a visit: kept in the visit's own file (see docs/format.md). */
const learnedStrength = z.strictObject({ member: id, strength });

export const visit = z.strictObject({
  space: id,
  date: dateString,
  mixer: id,
  mode: z.enum(VISIT_MODES).optional(),
  format: z.enum(VISIT_FORMATS).optional(),
  attendees: count(N.attendees).optional(),
  met: ids(L.met).optional(),
  learned: z.array(learnedStrength).max(L.learned).optional(),
  notes: prose(T.prose).optional(),
  cost: amount(N.cost).optional(),
});

export const mixer = z.strictObject({
  name: line(T.name),
  strengths: strengths.optional(),
  spaces: ids(L.spaces).optional(),
  github: github().optional(),
  email: email().optional(),
});

const historyEntry = z.strictObject({
  date: dateString,
  status: z.enum(ALL_STATUSES),
  note: prose(T.note).optional(),
});

export const proposal = z.strictObject({
  need: id,
  helper: id,
  mixer: id,
  /** The side asked first (docs/format.md): the need's owner unless this says helper. */
  ask_first: z.enum(SIDES).optional(),
  score: z.number().min(0).max(1).optional(),
  reasons: z.array(line(T.reason)).max(L.reasons).optional(),
  history: z.array(historyEntry).min(1).max(L.history),
  outcome: z
    .strictObject({
      kind: z.enum(OUTCOME_KINDS),
      value: amount(N.value).optional(),
      note: prose(T.note).optional(),
    })
    .optional(),
});

export const settings = z.strictObject({
  lang: z.enum(LANGS).optional(),
  visit_every_days: count(N.days).optional(),
  currency: line(T.currency).optional(),
  follow_up_days: count(N.days).optional(),
});

export const concept = z.strictObject({
  label: z.strictObject({ ja: line(T.short), en: line(T.short) }),
  terms: z.array(line(T.short)).min(1).max(L.terms),
  broader: id.optional(),
  solves: ids(L.solves).optional(),
  /** Its narrower concepts are alternatives (languages, instruments, crops): one does not answer another. */
  exclusive: z.boolean().optional(),
  /** It says whom or where (children, the elderly, Hokkaido), not what is offered or needed. */
  context: z.boolean().optional(),
  /** It is a place one goes to (a venue, a kitchen to rent): a helper far from the need answers it less. */
  nearby: z.boolean().optional(),
  /** Its English label begins with a proper noun (English, Hokkaido, Google): it keeps its capital in a sentence. */
  proper: z.boolean().optional(),
  /**
   * A member of an exclusive family that a need naming the family in general does not ask for:
   * Japanese for non-native speakers, beside the foreign languages a 「外国語対応」 asks for.
   */
  apart: z.boolean().optional(),
  /** The member of its exclusive family that a need naming the family in general most often means (English). */
  usual: z.boolean().optional(),
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

/** Every file mixer reads, keyed by its kind (`fileKind` in enums.ts): the records, mixer.yaml, glossary.yaml. */
export const FILE_SCHEMAS = {
  ...KIND_SCHEMAS,
  settings,
  glossary,
} as const satisfies Record<FileKind, z.ZodType>;

export type Strength = z.infer<typeof strength>;
export type Space = z.infer<typeof space>;
export type Member = z.infer<typeof member>;
export type Need = z.infer<typeof need>;
export type Visit = z.infer<typeof visit>;
export type Mixer = z.infer<typeof mixer>;
export type Proposal = z.infer<typeof proposal>;
export type LearnedStrength = z.infer<typeof learnedStrength>;
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
