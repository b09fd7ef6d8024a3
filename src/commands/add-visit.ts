// mixer add-visit: record a visit and, on the way, the members met, their needs and strengths.
// Interactive in a terminal; with flags for everything otherwise.
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { MEMBER_KINDS, type Share, VISIT_FORMATS, VISIT_MODES } from '../records/enums.js';
import { isValidId, titleSlug, uniqueId } from '../records/ids.js';
import type { Member, Need, Space, Visit } from '../records/schemas.js';
import type { FileChange } from '../store/change.js';
import { appendToList } from '../store/edit.js';
import { type DataFolder, findParty, partyName } from '../store/folder.js';
import { recordText } from '../store/format.js';
import { userEmail } from '../store/git.js';
import type { Choice } from '../ui/prompts.js';
import { today } from '../util/dates.js';
import { checkChoice, checkDate, choicesOf, needValue, splitPair, validators } from './flags.js';
import { conceptIndex } from './match-input.js';
import { conceptsNamed } from './need-id.js';
import { type WriteFlags, writeChange } from './writing.js';

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

/** What the visit will write, gathered from flags and answers before anything is written. */
interface Draft {
  space: string;
  newSpace?: { id: string; data: Space };
  date: string;
  mixer: string;
  visit: Partial<Visit>;
  met: string[];
  newMembers: Array<{ id: string; data: Member }>;
  needs: Array<{ owner: string; title: string; detail?: string; share?: Share; id?: string }>;
  strengths: Array<{ member: string; text: string }>;
}

/** The mixer whose email is git's user.email here, if any. */
function mixerFromGit(folder: DataFolder): string | undefined {
  const email = userEmail(folder.dir)?.toLowerCase();
  if (!email) return undefined;
  return [...folder.records.mixers.values()].find((m) => m.data.email?.toLowerCase() === email)?.id;
}

function taken(folder: DataFolder, draft?: Draft) {
  return (id: string) =>
    Boolean(findParty(folder, id)) ||
    draft?.newSpace?.id === id ||
    Boolean(draft?.newMembers.some((m) => m.id === id));
}

async function askSpace(ctx: Context, folder: DataFolder, draft: Partial<Draft>): Promise<string> {
  const choices: Array<Choice<string>> = [...folder.records.spaces.values()].map((s) => ({
    name: `${s.data.name} (${s.id})`,
    value: s.id,
  }));
  choices.push({ name: ctx.t('ask.new-space'), value: NEW });
  const picked = await ctx.prompter.search(ctx.t('ask.space'), choices);
  if (picked !== NEW) return picked;
  const v = validators(ctx);
  const id = await ctx.prompter.text(ctx.t('ask.space-id'), { validate: v.id(taken(folder)) });
  const name = await ctx.prompter.text(ctx.t('ask.space-name'), { validate: v.nonEmpty });
  draft.newSpace = { id, data: { name } };
  return id;
}

async function askMember(ctx: Context, folder: DataFolder, draft: Draft): Promise<string> {
  const v = validators(ctx);
  const id = await ctx.prompter.text(ctx.t('ask.member-id'), { validate: v.id(taken(folder, draft)) });
  const name = await ctx.prompter.text(ctx.t('ask.member-name'), { validate: v.nonEmpty });
  const kind = await ctx.prompter.select(ctx.t('ask.member-kind'), choicesOf(MEMBER_KINDS));
  draft.newMembers.push({ id, data: { name, kind, spaces: [draft.space] } });
  return id;
}

/** The people of this visit a need or strength can belong to: members met, and the space. */
function visitParties(folder: DataFolder, draft: Draft): Array<Choice<string>> {
  const name = (id: string) => draft.newMembers.find((m) => m.id === id)?.data.name ?? partyName(folder, id);
  const spaceName = draft.newSpace?.data.name ?? partyName(folder, draft.space);
  return [
    ...draft.met.map((id) => ({ name: `${name(id)} (${id})`, value: id })),
    { name: `${spaceName} (${draft.space})`, value: draft.space },
  ].filter((c, i, all) => all.findIndex((o) => o.value === c.value) === i);
}

async function interview(ctx: Context, folder: DataFolder, draft: Draft): Promise<void> {
  const v = validators(ctx);
  const members = [...folder.records.members.values()];
  // Members met: a searchable list, repeated until "done".
  for (;;) {
    const choices: Array<Choice<string>> = [
      { name: ctx.t('ask.met-done'), value: '' },
      { name: ctx.t('ask.new-member'), value: NEW },
      ...members
        .filter((m) => !draft.met.includes(m.id))
        .map((m) => ({ name: `${m.data.name} (${m.id})`, value: m.id })),
    ];
    const picked = await ctx.prompter.search(ctx.t('ask.met'), choices);
    if (picked === '') break;
    draft.met.push(picked === NEW ? await askMember(ctx, folder, draft) : picked);
  }
  // Then needs and strengths, until done.
  for (;;) {
    const next = await ctx.prompter.select(ctx.t('ask.next'), [
      { name: ctx.t('ask.add-need'), value: 'need' },
      { name: ctx.t('ask.add-strength'), value: 'strength' },
      { name: ctx.t('ask.finish'), value: 'done' },
    ]);
    if (next === 'done') break;
    if (next === 'need') {
      const owner = await ctx.prompter.select(ctx.t('ask.need-owner'), visitParties(folder, draft));
      const title = await ctx.prompter.text(ctx.t('ask.need-title'), { validate: v.nonEmpty });
      const detail = await ctx.prompter.text(ctx.t('ask.need-detail'));
      const share = await ctx.prompter.select(ctx.t('ask.need-share'), [
        { name: ctx.t('share.mixers'), value: 'mixers' as const },
        { name: ctx.t('share.public'), value: 'public' as const },
      ]);
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

async function gather(ctx: Context, folder: DataFolder, flags: AddVisitFlags): Promise<Draft> {
  const v = validators(ctx);
  const partial: Partial<Draft> = {};
  const space = await needValue(ctx, flags.space, '--space', () => askSpace(ctx, folder, partial));
  if (!partial.newSpace && !folder.records.spaces.has(space))
    throw new UsageError(
      ctx.t('usage.unknown-ref', { flag: '--space', id: space, kind: ctx.t('kind.spaces') }),
      ctx.t('hint.list'),
    );
  const interactive = ctx.io.interactive;
  const date =
    flags.date !== undefined
      ? checkDate(ctx, '--date', flags.date)
      : interactive
        ? await ctx.prompter.text(ctx.t('ask.date'), { default: today(ctx.io.env), validate: v.date })
        : today(ctx.io.env);
  const mixers = [...folder.records.mixers.values()];
  const mixer = await needValue(ctx, flags.mixer ?? mixerFromGit(folder), '--mixer', () =>
    ctx.prompter.select(
      ctx.t('ask.mixer'),
      mixers.map((m) => ({ name: `${m.data.name} (${m.id})`, value: m.id })),
    ),
  );
  if (!folder.records.mixers.has(mixer))
    throw new UsageError(
      ctx.t('usage.unknown-ref', { flag: '--mixer', id: mixer, kind: ctx.t('kind.mixers') }),
      ctx.t('hint.list'),
    );
  const visit: Partial<Visit> = {};
  if (flags.mode) visit.mode = checkChoice(ctx, '--mode', flags.mode, VISIT_MODES);
  else if (interactive) visit.mode = await ctx.prompter.select(ctx.t('ask.mode'), choicesOf(VISIT_MODES));
  if (flags.format) visit.format = checkChoice(ctx, '--format', flags.format, VISIT_FORMATS);
  else if (interactive)
    visit.format = await ctx.prompter.select(ctx.t('ask.format'), choicesOf(VISIT_FORMATS));
  if (flags.attendees !== undefined) visit.attendees = flags.attendees;
  else if (interactive && visit.format === 'event') {
    const n = await ctx.prompter.text(ctx.t('ask.attendees'), { validate: v.number });
    if (n.trim()) visit.attendees = Number(n);
  }
  if (flags.cost !== undefined) visit.cost = flags.cost;
  else if (interactive) {
    const n = await ctx.prompter.text(ctx.t('ask.cost'), { validate: v.number });
    if (n.trim()) visit.cost = Number(n);
  }
  if (flags.notes !== undefined) visit.notes = flags.notes;
  else if (interactive) visit.notes = (await ctx.prompter.text(ctx.t('ask.notes'))) || undefined;

  const draft: Draft = {
    space,
    newSpace: partial.newSpace,
    date,
    mixer,
    visit,
    met: [],
    newMembers: [],
    needs: [],
    strengths: [],
  };
  for (const id of flags.met ?? []) {
    if (!folder.records.members.has(id))
      throw new UsageError(
        ctx.t('usage.unknown-ref', { flag: '--met', id, kind: ctx.t('kind.members') }),
        ctx.t('hint.list'),
      );
    if (!draft.met.includes(id)) draft.met.push(id);
  }
  for (const value of flags.need ?? []) {
    const [owner, title] = splitPair(ctx, '--need', value);
    if (owner !== space && !folder.records.members.has(owner))
      throw new UsageError(ctx.t('usage.not-met', { flag: '--need', id: owner }));
    // Whoever has a need was met at this visit.
    if (owner !== space && !draft.met.includes(owner)) draft.met.push(owner);
    draft.needs.push({ owner, title });
  }
  for (const value of flags.strength ?? []) {
    const [member, text] = splitPair(ctx, '--strength', value);
    if (!folder.records.members.has(member))
      throw new UsageError(
        ctx.t('usage.unknown-ref', { flag: '--strength', id: member, kind: ctx.t('kind.members') }),
      );
    if (!draft.met.includes(member)) draft.met.push(member);
    draft.strengths.push({ member, text });
  }
  const flagsGaveContent = Boolean(flags.met?.length || flags.need?.length || flags.strength?.length);
  if (interactive && !flagsGaveContent) await interview(ctx, folder, draft);
  return draft;
}

/** The files a draft writes: the visit, new spaces and members, needs, and edited members. */
async function changes(ctx: Context, folder: DataFolder, draft: Draft): Promise<FileChange[]> {
  const out: FileChange[] = [];
  if (draft.newSpace)
    out.push({
      rel: `spaces/${draft.newSpace.id}.yaml`,
      text: recordText('spaces', draft.newSpace.data),
      create: true,
    });
  for (const m of draft.newMembers)
    out.push({ rel: `members/${m.id}.yaml`, text: recordText('members', m.data), create: true });
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
  };
  out.push({
    rel: `visits/${draft.date.slice(0, 4)}/${visitId}.yaml`,
    text: recordText('visits', visit),
    create: true,
  });
  const index = conceptIndex(folder.glossary);
  const needIds = new Set<string>();
  for (const n of draft.needs) {
    const slug = titleSlug(n.title, conceptsNamed(n.title, index));
    let base = slug ? `${n.owner}-${slug}` : '';
    if (!base || !isValidId(base)) {
      const fallback = `${n.owner}-${draft.date}`;
      base = ctx.io.interactive
        ? await ctx.prompter.text(ctx.t('ask.need-id'), {
            default: fallback,
            validate: validators(ctx).id(() => false),
          })
        : fallback;
    }
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
  // Strengths of existing members: the member's file is edited in place.
  const edited = new Map<string, FileChange>();
  for (const s of draft.strengths) {
    const fresh = out.find((c) => c.rel === `members/${s.member}.yaml`);
    const existing = folder.records.members.get(s.member);
    const target = fresh ?? edited.get(s.member);
    const base = target?.text ?? existing?.source.text ?? '';
    const text = appendToList(base, 'members', 'strengths', s.text);
    if (target) target.text = text;
    else if (existing) {
      const change = { rel: existing.file, text, create: false };
      edited.set(s.member, change);
      out.push(change);
    }
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

export async function run(ctx: Context, flags: AddVisitFlags): Promise<number> {
  const folder = await ctx.load();
  const draft = await gather(ctx, folder, flags);
  const files = await changes(ctx, folder, draft);
  return writeChange(ctx, folder, files, commitMessage(ctx, folder, draft), flags);
}
