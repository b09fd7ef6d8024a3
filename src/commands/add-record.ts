// mixer add-space, add-member, add-need, add-mixer: one record each, by flags or by questions.
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { type KindFolder, MEMBER_KINDS, SHARES, type Share, SPACE_KINDS } from '../records/enums.js';
import { isValidId, slugify, titleSlug, uniqueId } from '../records/ids.js';
import { type DataFolder, findParty } from '../store/folder.js';
import { recordText } from '../store/format.js';
import type { PlainKey } from '../ui/messages.js';
import { today } from '../util/dates.js';
import { checkChoice, checkDate, checkId, needValue, validators } from './flags.js';
import { conceptIndex } from './match-input.js';
import { conceptsNamed } from './need-id.js';
import { type WriteFlags, writeChange } from './writing.js';

export interface AddFlags extends WriteFlags {
  id?: string;
  name?: string;
  kind?: string;
  area?: string;
  network?: string;
  url?: string;
  visitEveryDays?: number;
  space?: string[];
  summary?: string;
  strength?: string[];
  tag?: string[];
  share?: string;
  email?: string;
  phone?: string;
  github?: string;
  owner?: string;
  title?: string;
  detail?: string;
  since?: string;
  visit?: string;
}

/** Whose records an id may not clash with: parties share one id space, other kinds their own. */
function idTaken(folder: DataFolder, kind: KindFolder) {
  return (id: string) =>
    kind === 'needs'
      ? folder.records.needs.has(id)
      : kind === 'visits' || kind === 'proposals'
        ? false
        : Boolean(findParty(folder, id));
}

async function text(
  ctx: Context,
  value: string | undefined,
  flag: string,
  question: PlainKey,
): Promise<string> {
  return needValue(ctx, value, flag, () =>
    ctx.prompter.text(ctx.t(question), { validate: validators(ctx).nonEmpty }),
  );
}

/** The id of a party: --id, else one made from an ASCII name, else asked. */
async function partyId(
  ctx: Context,
  folder: DataFolder,
  kind: KindFolder,
  flags: AddFlags,
  name: string,
): Promise<string> {
  const taken = idTaken(folder, kind);
  if (flags.id) {
    checkId(ctx, flags.id);
    if (taken(flags.id)) throw new UsageError(ctx.t('usage.id-taken', { id: flags.id }));
    return flags.id;
  }
  const made = slugify(name);
  if (made && isValidId(made) && !taken(made)) return made;
  if (!ctx.io.interactive) throw new UsageError(ctx.t('usage.no-id-from-name', { name }));
  return ctx.prompter.text(ctx.t('ask.id'), {
    default: made || undefined,
    validate: validators(ctx).id(taken),
  });
}

function checkSpaces(ctx: Context, folder: DataFolder, ids: string[] | undefined): string[] | undefined {
  for (const id of ids ?? [])
    if (!folder.records.spaces.has(id))
      throw new UsageError(
        ctx.t('usage.unknown-ref', { flag: '--space', id, kind: ctx.t('kind.spaces') }),
        ctx.t('hint.list'),
      );
  return ids?.length ? ids : undefined;
}

/** --share, or in a terminal the question; absent otherwise (the record's default applies). */
async function shareOf(ctx: Context, flag: string | undefined): Promise<Share | undefined> {
  if (flag !== undefined) return checkChoice(ctx, '--share', flag, SHARES);
  if (!ctx.io.interactive) return undefined;
  return ctx.prompter.select(ctx.t('ask.need-share'), [
    { name: ctx.t('share.mixers'), value: 'mixers' as const },
    { name: ctx.t('share.public'), value: 'public' as const },
  ]);
}

/** In a terminal, one space from the list (or none). */
async function askSpace(ctx: Context, folder: DataFolder): Promise<string[] | undefined> {
  if (!ctx.io.interactive) return undefined;
  const picked = await ctx.prompter.search(ctx.t('ask.member-space'), [
    { name: ctx.t('ask.no-space'), value: '' },
    ...[...folder.records.spaces.values()].map((s) => ({ name: `${s.data.name} (${s.id})`, value: s.id })),
  ]);
  return picked ? [picked] : undefined;
}

/** In a terminal, a list typed on one line, separated by 、 or commas. */
async function askList(ctx: Context, question: PlainKey): Promise<string[] | undefined> {
  if (!ctx.io.interactive) return undefined;
  const answer = await ctx.prompter.text(ctx.t(question));
  const items = answer
    .split(/[、,，]/)
    .map((item) => item.trim())
    .filter(Boolean);
  return items.length ? items : undefined;
}

const compact = <T extends object>(record: T): T =>
  Object.fromEntries(
    Object.entries(record).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
  ) as T;

async function build(
  ctx: Context,
  folder: DataFolder,
  kind: KindFolder,
  flags: AddFlags,
): Promise<{ id: string; data: object; label: string }> {
  const choose = async <T extends string>(
    flag: string,
    value: string | undefined,
    choices: readonly T[],
    required: boolean,
  ) => {
    if (value !== undefined) return checkChoice(ctx, flag, value, choices);
    if (!required && !ctx.io.interactive) return undefined;
    return needValue(ctx, undefined, flag, () =>
      ctx.prompter.select(
        ctx.t('ask.kind'),
        choices.map((c) => ({ name: c, value: c })),
      ),
    );
  };
  switch (kind) {
    case 'spaces': {
      const name = await text(ctx, flags.name, '--name', 'ask.name');
      const id = await partyId(ctx, folder, kind, flags, name);
      const data = compact({
        name,
        kind: await choose('--kind', flags.kind, SPACE_KINDS, false),
        network: flags.network,
        area: flags.area,
        url: flags.url,
        tags: flags.tag,
        strengths: flags.strength,
        visit_every_days: flags.visitEveryDays,
      });
      return { id, data, label: name };
    }
    case 'members': {
      const name = await text(ctx, flags.name, '--name', 'ask.name');
      const memberKind = await choose('--kind', flags.kind, MEMBER_KINDS, true);
      const id = await partyId(ctx, folder, kind, flags, name);
      const contact = compact({ email: flags.email, phone: flags.phone, url: flags.url });
      const data = compact({
        name,
        kind: memberKind,
        spaces: checkSpaces(ctx, folder, flags.space ?? (await askSpace(ctx, folder))),
        summary: flags.summary,
        strengths: flags.strength ?? (await askList(ctx, 'ask.strengths')),
        tags: flags.tag,
        contact: Object.keys(contact).length ? contact : undefined,
        share: await shareOf(ctx, flags.share),
      });
      return { id, data, label: name };
    }
    case 'mixers': {
      const name = await text(ctx, flags.name, '--name', 'ask.name');
      const id = await partyId(ctx, folder, kind, flags, name);
      const data = compact({
        name,
        spaces: checkSpaces(ctx, folder, flags.space),
        github: flags.github,
        email: flags.email,
        strengths: flags.strength,
      });
      return { id, data, label: name };
    }
    case 'needs': {
      const owner = await needValue(ctx, flags.owner, '--owner', () =>
        ctx.prompter.search(ctx.t('ask.owner'), [
          ...[...folder.records.members.values()].map((m) => ({
            name: `${m.data.name} (${m.id})`,
            value: m.id,
          })),
          ...[...folder.records.spaces.values()].map((m) => ({
            name: `${m.data.name} (${m.id})`,
            value: m.id,
          })),
        ]),
      );
      if (!folder.records.members.has(owner) && !folder.records.spaces.has(owner))
        throw new UsageError(
          ctx.t('usage.unknown-ref', { flag: '--owner', id: owner, kind: ctx.t('kind.owner') }),
          ctx.t('hint.list'),
        );
      const title = await text(ctx, flags.title, '--title', 'ask.title');
      const since = flags.since ? checkDate(ctx, '--since', flags.since) : today(ctx.io.env);
      if (flags.visit && !folder.records.visits.has(flags.visit))
        throw new UsageError(
          ctx.t('usage.unknown-ref', { flag: '--visit', id: flags.visit, kind: ctx.t('kind.visits') }),
        );
      const taken = idTaken(folder, kind);
      let id: string;
      if (flags.id) {
        checkId(ctx, flags.id);
        if (taken(flags.id)) throw new UsageError(ctx.t('usage.id-taken', { id: flags.id }));
        id = flags.id;
      } else {
        const slug = titleSlug(title, conceptsNamed(title, conceptIndex(folder.glossary)));
        const fallback = `${owner}-${since}`;
        id =
          slug || !ctx.io.interactive
            ? uniqueId(slug ? `${owner}-${slug}` : fallback, taken)
            : await ctx.prompter.text(ctx.t('ask.need-id'), {
                default: uniqueId(fallback, taken),
                validate: validators(ctx).id(taken),
              });
      }
      const detail =
        flags.detail ??
        (ctx.io.interactive ? (await ctx.prompter.text(ctx.t('ask.need-detail'))) || undefined : undefined);
      const data = compact({
        owner,
        title,
        detail,
        tags: flags.tag,
        share: await shareOf(ctx, flags.share),
        visit: flags.visit,
        since,
      });
      return { id, data, label: title };
    }
    default:
      throw new Error(`no add command for ${kind}`);
  }
}

export function runFor(kind: 'spaces' | 'members' | 'needs' | 'mixers') {
  return async (ctx: Context, flags: AddFlags): Promise<number> => {
    const folder = await ctx.load();
    const { id, data, label } = await build(ctx, folder, kind, flags);
    const singular = { spaces: 'space', members: 'member', needs: 'need', mixers: 'mixer' }[kind];
    const change = { rel: `${kind}/${id}.yaml`, text: recordText(kind, data), create: true };
    return writeChange(ctx, folder, [change], `${singular}: ${label}`, flags);
  };
}
