// mixer add-visit: record a visit and, on the way, the members met, their needs and strengths.
// Interactive in a terminal; with flags for everything otherwise.
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import type { Share } from '../records/enums.js';
import { isValidId, needIdBase, slugify, titleSlug, uniqueId } from '../records/ids.js';
import { NUMBER_LIMITS } from '../records/limits.js';
import type { LearnedStrength, Member, Need, Space, Visit } from '../records/schemas.js';
import type { FileChange } from '../store/change.js';
import { type DataFolder, findParty, partyName } from '../store/folder.js';
import { recordText } from '../store/format.js';
import { userEmail } from '../store/git.js';
import type { Choice } from '../ui/prompts.js';
import { today } from '../util/dates.js';
import { normalizeId, normalizeInput, parseAmount, parseCount, parseDate } from '../util/input.js';
import { nearest } from '../util/text.js';
import { type Field, reviewAnswers } from './answers.js';
import { choicesOf, label } from './choices.js';
import {
  checkChoice,
  checkDate,
  checkRef,
  needValue,
  refuseMissing,
  splitPair,
  validators,
  warnIfFuture,
} from './flags.js';
import { conceptIndex } from './match-input.js';
import { conceptsNamed } from './need-id.js';
import { notWritten, type WriteFlags, willReview, writeChange } from './writing.js';

export interface AddVisitFlags extends WriteFlags {
  space?: string;
  date?: string;
  mixer?: string;
  mode?: string;
  format?: string;
  attendees?: number;
  cost?: number;
  notes?: string;
  met?: string[];
  need?: string[];
  strength?: string[];
}

const NEW = '\u0000new';

/** A need heard at the visit; `id` when the user chose one. */
interface DraftNeed {
  owner: string;
  title: string;
  detail?: string;
  share?: Share;
  id?: string;
}

/** What the visit will write, gathered from flags and answers before anything is written. */
interface Draft {
  space: string;
  newSpace?: { id: string; data: Space };
  date: string;
  mixer: string;
  visit: Partial<Visit>;
  met: string[];
  /** New members, without their spaces (the visit's space, added when written). */
  newMembers: Array<{ id: string; data: Member }>;
  needs: DraftNeed[];
  strengths: Array<{ member: string; text: string }>;
}

/** The mixer whose email is git's user.email here, if any. */
function mixerFromGit(folder: DataFolder): string | undefined {
  const email = userEmail(folder.dir)?.toLowerCase();
  if (!email) return undefined;
  return [...folder.records.mixers.values()].find((m) => m.data.email?.toLowerCase() === email)?.id;
}

function taken(folder: DataFolder, draft?: Partial<Draft>) {
  return (id: string) =>
    Boolean(findParty(folder, id)) ||
    draft?.newSpace?.id === id ||
    Boolean(draft?.newMembers?.some((m) => m.id === id));
}

/**
 * The id of a new space or member, asked after its name: what the name makes, as the default,
 * when it makes one that is free (a name in Japanese makes none).
 */
async function askNewId(
  ctx: Context,
  question: 'ask.space-id' | 'ask.member-id',
  name: string,
  isTaken: (id: string) => boolean,
): Promise<string> {
  const slug = slugify(name);
  const made = slug && isValidId(slug) && !isTaken(slug) ? slug : undefined;
  return normalizeId(
    await ctx.prompter.text(ctx.t(question), { default: made, validate: validators(ctx).id(isTaken) }),
  );
}

/** The space visited, from the list or a new one (its name, id and area asked). */
async function askSpace(ctx: Context, folder: DataFolder, draft: Partial<Draft>): Promise<string> {
  const choices: Array<Choice<string>> = [...folder.records.spaces.values()].map((s) => ({
    name: `${s.data.name} (${s.id})`,
    value: s.id,
  }));
  choices.push({ name: ctx.t('ask.new-space'), value: NEW });
  const picked = await ctx.prompter.search(ctx.t('ask.space'), choices, { default: draft.space });
  if (picked !== NEW) {
    draft.newSpace = undefined;
    return picked;
  }
  const name = await ctx.prompter.text(ctx.t('ask.space-name'), { validate: validators(ctx).nonEmpty });
  const id = await askNewId(ctx, 'ask.space-id', name, taken(folder, { ...draft, newSpace: undefined }));
  const area = (await ctx.prompter.text(ctx.t('ask.area'))).trim();
  draft.newSpace = { id, data: { name, ...(area ? { area } : {}) } };
  return id;
}

async function askMember(ctx: Context, folder: DataFolder, draft: Draft): Promise<string> {
  const name = await ctx.prompter.text(ctx.t('ask.member-name'), { validate: validators(ctx).nonEmpty });
  const id = await askNewId(ctx, 'ask.member-id', name, taken(folder, draft));
  const kind = await ctx.prompter.select(ctx.t('ask.member-kind'), choicesOf(ctx.lang, 'member-kind'));
  draft.newMembers.push({ id, data: { name, kind } });
  return id;
}

function nameOf(folder: DataFolder, draft: Draft, id: string): string {
  if (id === draft.newSpace?.id) return draft.newSpace.data.name;
  return draft.newMembers.find((m) => m.id === id)?.data.name ?? partyName(folder, id);
}

/** The people of this visit a need or strength can belong to: members met, and the space. */
function visitParties(folder: DataFolder, draft: Draft): Array<Choice<string>> {
  return [...draft.met, draft.space]
    .filter((id, i, all) => all.indexOf(id) === i)
    .map((id) => ({ name: `${nameOf(folder, draft, id)} (${id})`, value: id }));
}

/**
 * Members met: a searchable list, repeated until "done"; the members of the space visited come
 * first, as the ones most likely met there.
 */
async function askMet(ctx: Context, folder: DataFolder, draft: Draft): Promise<void> {
  for (;;) {
    const members = [...folder.records.members.values()].filter((m) => !draft.met.includes(m.id));
    const ofSpace = (m: (typeof members)[number]) => (m.data.spaces ?? []).includes(draft.space);
    const choices: Array<Choice<string>> = [
      { name: ctx.t('ask.met-done'), value: '' },
      { name: ctx.t('ask.new-member'), value: NEW },
      ...[...members.filter(ofSpace), ...members.filter((m) => !ofSpace(m))].map((m) => ({
        name: `${m.data.name} (${m.id})`,
        value: m.id,
      })),
    ];
    const picked = await ctx.prompter.search(ctx.t('ask.met'), choices);
    if (picked === '') return;
    draft.met.push(picked === NEW ? await askMember(ctx, folder, draft) : picked);
  }
}

async function askShare(ctx: Context, current?: Share): Promise<Share> {
  return ctx.prompter.select(ctx.t('ask.need-share'), choicesOf(ctx.lang, 'share', ['mixers', 'public']), {
    default: current,
  });
}

/** Needs and strengths, until done. */
async function askNeedsAndStrengths(ctx: Context, folder: DataFolder, draft: Draft): Promise<void> {
  const v = validators(ctx);
  for (;;) {
    const next = await ctx.prompter.select(ctx.t('ask.next'), [
      { name: ctx.t('ask.add-need'), value: 'need' },
      { name: ctx.t('ask.add-strength'), value: 'strength' },
      { name: ctx.t('ask.finish'), value: 'done' },
    ]);
    if (next === 'done') return;
    if (next === 'need') {
      const owner = await ctx.prompter.select(ctx.t('ask.need-owner'), visitParties(folder, draft));
      const title = await ctx.prompter.text(ctx.t('ask.need-title'), { validate: v.nonEmpty });
      const detail = await ctx.prompter.text(ctx.t('ask.need-detail'), { multiline: true });
      const share = await askShare(ctx);
      draft.needs.push({ owner, title, detail: detail || undefined, share });
    } else {
      const members = visitParties(folder, draft).filter((c) => c.value !== draft.space);
      if (members.length === 0) continue;
      const member = await ctx.prompter.select(ctx.t('ask.strength-member'), members);
      const text = await ctx.prompter.text(ctx.t('ask.strength-text'), { validate: v.nonEmpty });
      draft.strengths.push({ member, text });
    }
  }
}

/** The questions of the visit itself, each asked again with its answer as the default. */
function visitQuestions(ctx: Context, folder: DataFolder, draft: Draft) {
  const v = validators(ctx);
  const now = today(ctx.io.env);
  const { currency } = folder.settings;
  const amountEcho = (typed: string) => {
    const n = parseAmount(typed, currency);
    return n !== undefined && String(n) !== normalizeInput(typed) ? String(n) : undefined;
  };
  return {
    date: async () => {
      const typed = await ctx.prompter.text(ctx.t('ask.date'), {
        default: draft.date,
        validate: v.date,
        echo: (answer) => {
          const date = parseDate(answer, now);
          return date && date !== answer.trim() ? date : undefined;
        },
      });
      draft.date = parseDate(typed, now)!;
    },
    mixer: async () => {
      draft.mixer = await ctx.prompter.select(
        ctx.t('ask.mixer'),
        [...folder.records.mixers.values()].map((m) => ({ name: `${m.data.name} (${m.id})`, value: m.id })),
        { default: draft.mixer },
      );
    },
    mode: async () => {
      draft.visit.mode = await ctx.prompter.select(ctx.t('ask.mode'), choicesOf(ctx.lang, 'visit-mode'), {
        default: draft.visit.mode,
      });
    },
    format: async () => {
      draft.visit.format = await ctx.prompter.select(
        ctx.t('ask.format'),
        choicesOf(ctx.lang, 'visit-format'),
        {
          default: draft.visit.format,
        },
      );
    },
    attendees: async () => {
      const n = await ctx.prompter.text(ctx.t('ask.attendees'), {
        default: draft.visit.attendees?.toString(),
        validate: v.count(NUMBER_LIMITS.attendees.max),
      });
      draft.visit.attendees = n.trim() ? parseCount(n) : undefined;
    },
    cost: async () => {
      const n = await ctx.prompter.text(ctx.t('ask.cost', { currency }), {
        default: draft.visit.cost?.toString(),
        validate: v.amount(NUMBER_LIMITS.cost.max, currency),
        echo: amountEcho,
      });
      draft.visit.cost = n.trim() ? parseAmount(n, currency) : undefined;
    },
    notes: async () => {
      draft.visit.notes =
        (await ctx.prompter.text(ctx.t('ask.notes'), { default: draft.visit.notes, multiline: true })) ||
        undefined;
    },
  };
}

async function gather(ctx: Context, folder: DataFolder, flags: AddVisitFlags): Promise<Draft> {
  const partial: Partial<Draft> = {};
  // What was given is checked first: a wrong id is said before a missing flag.
  const givenSpace = flags.space ? checkRef(ctx, folder, 'spaces', flags.space, '--space') : undefined;
  const mixer = flags.mixer ? checkRef(ctx, folder, 'mixers', flags.mixer, '--mixer') : mixerFromGit(folder);
  // (the example names a space and a mixer of this folder, so that it runs as copied)
  refuseMissing(
    ctx,
    [...(givenSpace ? [] : ['--space']), ...(mixer ? [] : ['--mixer'])],
    [
      ['--space', givenSpace ?? folder.records.spaces.keys().next().value ?? 'kitakami-base'],
      ['--mixer', mixer ?? folder.records.mixers.keys().next().value ?? 'mx-sato'],
    ],
  );
  const space =
    givenSpace ?? (await needValue(ctx, undefined, '--space', () => askSpace(ctx, folder, partial)));
  const interactive = ctx.io.interactive;
  const draft: Draft = {
    space,
    newSpace: partial.newSpace,
    date: flags.date === undefined ? today(ctx.io.env) : checkDate(ctx, '--date', flags.date),
    mixer: '',
    visit: {},
    met: [],
    newMembers: [],
    needs: [],
    strengths: [],
  };
  const ask = visitQuestions(ctx, folder, draft);
  if (flags.date === undefined && interactive) await ask.date();
  if (mixer) draft.mixer = mixer;
  else await needValue(ctx, undefined, '--mixer', ask.mixer);
  // (the command line has read these already; read again for a caller that did not)
  if (flags.mode) draft.visit.mode = checkChoice(ctx, '--mode', flags.mode, 'visit-mode');
  else if (interactive) await ask.mode();
  if (flags.format) draft.visit.format = checkChoice(ctx, '--format', flags.format, 'visit-format');
  else if (interactive) await ask.format();
  if (flags.attendees !== undefined) draft.visit.attendees = flags.attendees;
  else if (interactive && draft.visit.format === 'event') await ask.attendees();
  if (flags.cost !== undefined) draft.visit.cost = flags.cost;
  else if (interactive) await ask.cost();
  if (flags.notes !== undefined) draft.visit.notes = flags.notes;
  else if (interactive) await ask.notes();

  for (const id of flags.met ?? []) {
    const member = checkRef(ctx, folder, 'members', id, '--met');
    if (!draft.met.includes(member)) draft.met.push(member);
  }
  for (const value of flags.need ?? []) {
    const [owner, title] = splitPair(ctx, '--need', value);
    if (owner !== space && !folder.records.members.has(owner))
      throw new UsageError(
        ctx.t('usage.not-met', { flag: '--need', id: owner }),
        ctx.t('hint.unknown-id', {
          similar: nearest(owner, folder.records.members.keys()).join(', '),
          command: 'mixer list members',
        }),
      );
    // Whoever has a need was met at this visit.
    if (owner !== space && !draft.met.includes(owner)) draft.met.push(owner);
    draft.needs.push({ owner, title });
  }
  for (const value of flags.strength ?? []) {
    const [id, text] = splitPair(ctx, '--strength', value);
    const member = checkRef(ctx, folder, 'members', id, '--strength');
    if (!draft.met.includes(member)) draft.met.push(member);
    draft.strengths.push({ member, text });
  }
  const flagsGaveContent = Boolean(flags.met?.length || flags.need?.length || flags.strength?.length);
  if (interactive && !flagsGaveContent) {
    await askMet(ctx, folder, draft);
    await askNeedsAndStrengths(ctx, folder, draft);
  }
  return draft;
}

/** Every answer of a draft as a field of the summary, each correctable. */
function fields(ctx: Context, folder: DataFolder, draft: Draft): Field[] {
  const ask = visitQuestions(ctx, folder, draft);
  const v = validators(ctx);
  const lang = ctx.lang;
  const named = (id: string) => `${nameOf(folder, draft, id)} (${id})`;
  const out: Field[] = [
    {
      key: 'space',
      label: ctx.t('field.space'),
      show: () => named(draft.space),
      ask: async () => {
        const before = draft.space;
        draft.space = await askSpace(ctx, folder, draft);
        // A need of the space is the new space's.
        for (const need of draft.needs) if (need.owner === before) need.owner = draft.space;
      },
    },
    { key: 'date', label: ctx.t('field.date'), show: () => draft.date, ask: ask.date },
    { key: 'mixer', label: ctx.t('field.mixer'), show: () => named(draft.mixer), ask: ask.mixer },
    {
      key: 'mode',
      label: ctx.t('answer.mode'),
      show: () => (draft.visit.mode ? label(lang, 'visit-mode', draft.visit.mode) : ''),
      ask: ask.mode,
    },
    {
      key: 'format',
      label: ctx.t('answer.format'),
      show: () => (draft.visit.format ? label(lang, 'visit-format', draft.visit.format) : ''),
      ask: ask.format,
    },
    ...(draft.visit.format === 'event' || draft.visit.attendees !== undefined
      ? [
          {
            key: 'attendees',
            label: ctx.t('answer.attendees'),
            show: () => draft.visit.attendees?.toString() ?? '',
            ask: ask.attendees,
          },
        ]
      : []),
    {
      key: 'cost',
      label: ctx.t('field.cost'),
      show: () =>
        draft.visit.cost === undefined
          ? ''
          : `${draft.visit.cost.toLocaleString('ja-JP')} ${folder.settings.currency}`,
      ask: ask.cost,
    },
    { key: 'notes', label: ctx.t('field.notes'), show: () => draft.visit.notes ?? '', ask: ask.notes },
    {
      key: 'met',
      label: ctx.t('field.met'),
      show: () => draft.met.map((id) => nameOf(folder, draft, id)).join(ctx.t('list.items-separator')),
      ask: async () => {
        // Someone with a need or a strength in this visit stays: remove those first.
        const held = new Set([...draft.needs.map((n) => n.owner), ...draft.strengths.map((s) => s.member)]);
        const picked = await ctx.prompter.select(ctx.t('ask.met-change'), [
          { name: ctx.t('ask.met-add'), value: NEW },
          ...draft.met
            .filter((id) => !held.has(id))
            .map((id) => ({ name: ctx.t('ask.met-remove', { name: named(id) }), value: id })),
        ]);
        if (picked === NEW) await askMet(ctx, folder, draft);
        else {
          draft.met = draft.met.filter((id) => id !== picked);
          draft.newMembers = draft.newMembers.filter((m) => m.id !== picked);
        }
      },
    },
  ];
  draft.needs.forEach((need, i) => {
    out.push({
      key: `need-${i}`,
      label: ctx.t('field.need-n', { n: i + 1 }),
      show: () =>
        `${ctx.t('answer.need', {
          title: need.title,
          owner: nameOf(folder, draft, need.owner),
          share: label(lang, 'share', need.share ?? 'mixers'),
        })}${need.detail ? ` ${need.detail}` : ''}`,
      ask: async () => {
        const what = await ctx.prompter.select(ctx.t('ask.change-need'), [
          { name: ctx.t('ask.need-title'), value: 'title' },
          { name: ctx.t('ask.need-owner'), value: 'owner' },
          { name: ctx.t('ask.need-detail'), value: 'detail' },
          { name: ctx.t('ask.need-share'), value: 'share' },
          { name: ctx.t('ask.need-id-change'), value: 'id' },
          { name: ctx.t('ask.remove'), value: 'remove' },
        ]);
        if (what === 'title')
          need.title = await ctx.prompter.text(ctx.t('ask.need-title'), {
            default: need.title,
            validate: v.nonEmpty,
          });
        if (what === 'owner')
          need.owner = await ctx.prompter.select(ctx.t('ask.need-owner'), visitParties(folder, draft), {
            default: need.owner,
          });
        if (what === 'detail')
          need.detail =
            (await ctx.prompter.text(ctx.t('ask.need-detail'), { default: need.detail, multiline: true })) ||
            undefined;
        if (what === 'share') need.share = await askShare(ctx, need.share);
        if (what === 'id')
          need.id = normalizeId(
            await ctx.prompter.text(ctx.t('ask.id'), {
              default: need.id,
              validate: v.id((id) => folder.records.needs.has(id)),
            }),
          );
        if (what === 'remove') draft.needs.splice(draft.needs.indexOf(need), 1);
      },
    });
  });
  draft.strengths.forEach((strength, i) => {
    out.push({
      key: `strength-${i}`,
      label: ctx.t('field.strength-n', { n: i + 1 }),
      show: () =>
        ctx.t('answer.strength', { text: strength.text, member: nameOf(folder, draft, strength.member) }),
      ask: async () => {
        const what = await ctx.prompter.select(ctx.t('ask.change-strength'), [
          { name: ctx.t('ask.strength-text'), value: 'text' },
          { name: ctx.t('ask.strength-member'), value: 'member' },
          { name: ctx.t('ask.remove'), value: 'remove' },
        ]);
        if (what === 'text')
          strength.text = await ctx.prompter.text(ctx.t('ask.strength-text'), {
            default: strength.text,
            validate: v.nonEmpty,
          });
        if (what === 'member')
          strength.member = await ctx.prompter.select(
            ctx.t('ask.strength-member'),
            visitParties(folder, draft).filter((c) => c.value !== draft.space),
            { default: strength.member },
          );
        if (what === 'remove') draft.strengths.splice(draft.strengths.indexOf(strength), 1);
      },
    });
  });
  out.push({
    key: 'more',
    label: ctx.t('field.more'),
    show: () => ctx.t('field.more-count', { needs: draft.needs.length, strengths: draft.strengths.length }),
    ask: () => askNeedsAndStrengths(ctx, folder, draft),
  });
  return out;
}

/**
 * The files a draft writes, made from a folder (again under the lock when another process wrote
 * meanwhile, so that ids are chosen among the ids taken then): the visit, with what it learned
 * about members it met; new spaces and members; needs. Existing members' files are not edited:
 * two clones that record the same member on the same day then merge without a conflict.
 */
function changes(folder: DataFolder, draft: Draft): FileChange[] {
  const out: FileChange[] = [];
  if (draft.newSpace)
    out.push({
      rel: `spaces/${draft.newSpace.id}.yaml`,
      text: recordText('spaces', draft.newSpace.data),
      create: true,
    });
  // A strength of a member new at this visit goes in its own new file; of any other, in the visit.
  const newMembers = new Map(draft.newMembers.map((m) => [m.id, { ...m.data, spaces: [draft.space] }]));
  const learned: LearnedStrength[] = [];
  for (const s of draft.strengths) {
    const fresh = newMembers.get(s.member);
    if (fresh) fresh.strengths = [...(fresh.strengths ?? []), s.text];
    else learned.push({ member: s.member, strength: s.text });
  }
  for (const [id, data] of newMembers)
    out.push({ rel: `members/${id}.yaml`, text: recordText('members', data), create: true });
  // The mixer is part of the id, so two mixers visiting one space on one day never write the same file.
  const visitId = uniqueId(`${draft.date}-${draft.space}-${draft.mixer}`, (id) =>
    folder.records.visits.has(id),
  );
  const visit: Visit = {
    space: draft.space,
    date: draft.date,
    mixer: draft.mixer,
    ...draft.visit,
    ...(draft.met.length ? { met: draft.met } : {}),
    ...(learned.length ? { learned } : {}),
  };
  out.push({
    rel: `visits/${draft.date.slice(0, 4)}/${visitId}.yaml`,
    text: recordText('visits', visit),
    create: true,
  });
  const index = conceptIndex(folder.glossary);
  const needIds = new Set<string>();
  for (const n of draft.needs) {
    // From the owner, the concepts of the title (or the date) and the mixer (records/ids.ts);
    // correctable in a terminal.
    const slug = titleSlug(n.title, conceptsNamed(n.title, index));
    let base = n.id ?? needIdBase(n.owner, slug || draft.date, draft.mixer);
    if (!isValidId(base)) base = needIdBase(n.owner, draft.date, draft.mixer);
    const id = uniqueId(base, (candidate) => folder.records.needs.has(candidate) || needIds.has(candidate));
    needIds.add(id);
    const need: Need = {
      owner: n.owner,
      title: n.title,
      ...(n.detail ? { detail: n.detail } : {}),
      ...(n.share ? { share: n.share } : {}),
      visit: visitId,
      since: draft.date,
    };
    out.push({ rel: `needs/${id}.yaml`, text: recordText('needs', need), create: true });
  }
  return out;
}

function commitMessage(ctx: Context, folder: DataFolder, draft: Draft): string {
  const parts = [
    draft.needs.length ? `+${draft.needs.length} ${draft.needs.length === 1 ? 'need' : 'needs'}` : '',
    draft.strengths.length
      ? `+${draft.strengths.length} ${draft.strengths.length === 1 ? 'strength' : 'strengths'}`
      : '',
    draft.newMembers.length
      ? `+${draft.newMembers.length} ${draft.newMembers.length === 1 ? 'member' : 'members'}`
      : '',
  ].filter(Boolean);
  const space = draft.newSpace?.data.name ?? partyName(folder, draft.space);
  return ctx.t('commit.visit', {
    space,
    date: draft.date,
    extra: parts.length ? ` (${parts.join(', ')})` : '',
  });
}

/**
 * A word when this mixer has a visit of this space on this day already: most often the same visit
 * recorded twice (it is written as asked, with a -2 id, for a second visit of the day).
 */
function recordedAlready(ctx: Context, folder: DataFolder, draft: Draft): string[] {
  // (the first of them, as ids sort: `…-mx-sato` before `…-mx-sato-2`)
  const same = [...folder.records.visits.values()]
    .filter((v) => v.data.space === draft.space && v.data.date === draft.date && v.data.mixer === draft.mixer)
    .sort((a, b) => a.id.length - b.id.length || a.id.localeCompare(b.id))[0];
  return same ? [ctx.t('input.visit-recorded', { file: same.file })] : [];
}

export async function run(ctx: Context, flags: AddVisitFlags): Promise<number> {
  const folder = await ctx.load();
  const draft = await gather(ctx, folder, flags);
  if (!willReview(ctx, flags))
    for (const warning of recordedAlready(ctx, folder, draft))
      ctx.io.stderr(ctx.io.color.yellow(`! ${warning}`));
  else if (
    !(await reviewAnswers(
      ctx,
      () => fields(ctx, folder, draft),
      () => changes(folder, draft),
      () => recordedAlready(ctx, folder, draft),
    ))
  )
    return notWritten(ctx);
  warnIfFuture(ctx, draft.date);
  return writeChange(ctx, folder, (now) => changes(now, draft), commitMessage(ctx, folder, draft), {
    ...flags,
    reviewed: true,
    next: (written) => nextSteps(ctx, written, draft),
  });
}

/**
 * After a visit: to look for helpers for the needs heard; else, for the strengths learned of one
 * member, the needs they could answer.
 */
function nextSteps(ctx: Context, written: FileChange[], draft: Draft): string[] {
  const needs = written.filter((c) => c.rel.startsWith('needs/'));
  const helpers = [...new Set(draft.strengths.map((s) => s.member))];
  if (needs.length === 0)
    return helpers.length === 1 ? [ctx.t('next.suggest-helper', { id: helpers[0]! })] : [];
  if (needs.length > 1) return [ctx.t('next.suggest-needs', { count: needs.length })];
  return [ctx.t('next.suggest-need', { id: needs[0]!.rel.replace(/^needs\/|\.yaml$/g, '') })];
}
