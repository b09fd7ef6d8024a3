// mixer add-space, add-member, add-need, add-mixer: one record each, by flags or by questions. In
// a terminal every answer is shown before writing, and any of them can be corrected.
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import type { KindFolder } from '../records/enums.js';
import { isValidId, needIdBase, slugify, titleSlug, uniqueId } from '../records/ids.js';
import type { FileChange } from '../store/change.js';
import { type DataFolder, findParty, partyName } from '../store/folder.js';
import { recordText } from '../store/format.js';
import { userEmail } from '../store/git.js';
import { isDoNotContact } from '../store/relations.js';
import type { PlainKey } from '../ui/messages.js';
import { today } from '../util/dates.js';
import { normalizeId } from '../util/input.js';
import { type Field, reviewAnswers } from './answers.js';
import { choicesOf, type ListName, label } from './choices.js';
import {
  checkChoice,
  checkDate,
  checkId,
  checkRef,
  needValue,
  refuseLineBreak,
  refuseMissing,
  validators,
  warnIfFuture,
} from './flags.js';
import { conceptIndex } from './match-input.js';
import { conceptsNamed } from './need-id.js';
import { notWritten, type WriteFlags, willReview, writeChange } from './writing.js';

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
  contact?: string;
  contactRole?: string;
  contactEmail?: string;
  contactPhone?: string;
  consent?: string;
  consentNote?: string;
  doNotContact?: boolean;
  notes?: string;
}

type Value = string | number | string[] | undefined;

/** One answer of a record: where it comes from (a flag, a question) and how it is shown. */
interface Question {
  /** The record's field. */
  key: string;
  /** The question, and the summary's label unless `field` says it shorter. */
  label: PlainKey;
  /** The summary's label, when the question holds how to answer it (（空欄で省略）…). */
  field?: PlainKey;
  /** The flag that gives it (for "required when not running interactively"). */
  flag: string;
  /** The flag's value, when given. */
  given: Value;
  /** Needed: asked in a terminal, else a usage error naming the flag. */
  required?: boolean;
  /** Asked in a terminal when the flag does not give it (default: only when required). */
  asked?: boolean;
  ask: (current: Value) => Promise<Value>;
  show?: (value: Value) => string;
}

/** The mixer whose email is git's user.email here, if any: the mixer who records the need. */
function mixerFromGit(folder: DataFolder): string | undefined {
  const email = userEmail(folder.dir)?.toLowerCase();
  if (!email) return undefined;
  return [...folder.records.mixers.values()].find((m) => m.data.email?.toLowerCase() === email)?.id;
}

/** Whose records an id may not clash with: parties share one id space, needs their own. */
function idTaken(folder: DataFolder, kind: KindFolder) {
  return (id: string) => (kind === 'needs' ? folder.records.needs.has(id) : Boolean(findParty(folder, id)));
}

/** `--contact-role` → `contactRole`, as commander names a flag's value. */
const camel = (flag: string) => flag.replace(/^--/, '').replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

/** A list typed as one answer: items apart by commas, or one a line as pasted. */
const listOf = (answer: string) =>
  answer
    .split(/[、,，\r\n]/)
    .map((item) => item.trim())
    .filter(Boolean);

/** The questions every kind asks, from the flags. */
function questions(ctx: Context, folder: DataFolder, kind: KindFolder, flags: AddFlags): Question[] {
  const v = validators(ctx);
  const lang = ctx.lang;
  const text =
    (question: PlainKey, required = false, multiline = false) =>
    (current: Value) =>
      ctx.prompter.text(ctx.t(question), {
        default: typeof current === 'string' ? current : undefined,
        validate: required ? v.nonEmpty : undefined,
        multiline,
      });
  const list = (question: PlainKey) => async (current: Value) => {
    const items = listOf(
      await ctx.prompter.text(ctx.t(question), {
        default: Array.isArray(current) ? current.join(ctx.t('list.items-separator')) : undefined,
        multiline: true,
      }),
    );
    return items.length ? items : undefined;
  };
  const choose = (name: ListName) => (current: Value) =>
    ctx.prompter.select(ctx.t('ask.kind'), choicesOf(lang, name), { default: current as never });
  const shown = (name: ListName) => (value: Value) =>
    value === undefined ? '' : label(lang, name, String(value));
  const share: Question = {
    key: 'share',
    label: 'ask.need-share',
    field: 'answer.share',
    flag: '--share',
    given: flags.share,
    asked: true,
    ask: (current) =>
      ctx.prompter.select(ctx.t('ask.need-share'), choicesOf(lang, 'share', ['mixers', 'public']), {
        default: current as never,
      }),
    show: shown('share'),
  };
  const spaceChoices = () =>
    [...folder.records.spaces.values()].map((s) => ({ name: `${s.data.name} (${s.id})`, value: s.id }));
  const name: Question = {
    key: 'name',
    label: 'ask.name',
    field: 'field.name',
    flag: '--name',
    given: flags.name,
    required: true,
    ask: text('ask.name', true),
  };
  const tags: Question = {
    key: 'tags',
    label: 'ask.tags',
    field: 'field.tags',
    flag: '--tag',
    given: flags.tag,
    ask: list('ask.tags'),
  };
  const strengths = (asked: boolean): Question => ({
    key: 'strengths',
    label: 'ask.strengths',
    field: 'field.strengths',
    flag: '--strength',
    given: flags.strength,
    asked,
    ask: list('ask.strengths'),
  });
  switch (kind) {
    case 'spaces':
      return [
        name,
        {
          key: 'kind',
          label: 'ask.kind',
          field: 'field.kind',
          flag: '--kind',
          given: flags.kind,
          asked: true,
          ask: choose('space-kind'),
          show: shown('space-kind'),
        },
        {
          key: 'area',
          label: 'ask.area',
          field: 'answer.area',
          flag: '--area',
          given: flags.area,
          asked: true,
          ask: text('ask.area'),
        },
        {
          key: 'network',
          label: 'ask.network',
          field: 'answer.network',
          flag: '--network',
          given: flags.network,
          ask: text('ask.network'),
        },
        { key: 'url', label: 'ask.url', flag: '--url', given: flags.url, ask: text('ask.url') },
        tags,
        strengths(true),
      ];
    case 'members':
      return [
        name,
        {
          key: 'kind',
          label: 'ask.kind',
          field: 'field.kind',
          flag: '--kind',
          given: flags.kind,
          required: true,
          ask: choose('member-kind'),
          show: shown('member-kind'),
        },
        {
          key: 'spaces',
          label: 'ask.member-space',
          field: 'answer.member-space',
          flag: '--space',
          given: flags.space,
          asked: true,
          ask: async (current) => {
            const picked = await ctx.prompter.search(
              ctx.t('ask.member-space'),
              [{ name: ctx.t('ask.no-space'), value: '' }, ...spaceChoices()],
              { default: Array.isArray(current) ? current[0] : undefined },
            );
            return picked ? [picked] : undefined;
          },
          show: (value) =>
            Array.isArray(value)
              ? value.map((id) => `${partyName(folder, id)} (${id})`).join(ctx.t('list.items-separator'))
              : '',
        },
        {
          key: 'summary',
          label: 'ask.summary',
          field: 'field.summary',
          flag: '--summary',
          given: flags.summary,
          ask: text('ask.summary', false, true),
        },
        strengths(true),
        tags,
        share,
      ];
    case 'mixers':
      return [
        name,
        {
          key: 'email',
          label: 'ask.mixer-email',
          field: 'field.email',
          flag: '--email',
          given: flags.email,
          asked: true,
          // (git's user.email here, unless a mixer has it already: what tells mixer who records)
          ask: (current) => {
            const git = userEmail(folder.dir);
            const free =
              git &&
              ![...folder.records.mixers.values()].some(
                (m) => m.data.email?.toLowerCase() === git.toLowerCase(),
              );
            return ctx.prompter.text(ctx.t('ask.mixer-email'), {
              default: typeof current === 'string' ? current : free ? git : undefined,
            });
          },
        },
        {
          key: 'github',
          label: 'ask.github',
          field: 'answer.github',
          flag: '--github',
          given: flags.github,
          ask: text('ask.github'),
        },
        strengths(false),
      ];
    case 'needs':
      return [
        {
          key: 'owner',
          label: 'ask.owner',
          field: 'answer.owner',
          flag: '--owner',
          given: flags.owner,
          required: true,
          ask: (current) =>
            ctx.prompter.search(
              ctx.t('ask.owner'),
              [
                ...[...folder.records.members.values()].map((m) => ({
                  name: `${m.data.name} (${m.id})`,
                  value: m.id,
                })),
                ...spaceChoices(),
              ],
              { default: current as string | undefined },
            ),
          show: (value) => (typeof value === 'string' ? `${partyName(folder, value)} (${value})` : ''),
        },
        {
          key: 'title',
          label: 'ask.title',
          field: 'field.title',
          flag: '--title',
          given: flags.title,
          required: true,
          ask: text('ask.title', true),
        },
        {
          key: 'detail',
          label: 'ask.need-detail',
          field: 'answer.detail',
          flag: '--detail',
          given: flags.detail,
          asked: true,
          ask: text('ask.need-detail', false, true),
        },
        tags,
        share,
      ];
    default:
      throw new Error(`no add command for ${kind}`);
  }
}

/** What the record's id is: --id, or made from the name or title, or asked, and correctable. */
class RecordId {
  private chosen?: string;

  constructor(
    private readonly ctx: Context,
    private readonly folder: DataFolder,
    private readonly kind: KindFolder,
    given: string | undefined,
  ) {
    if (given === undefined) return;
    const id = checkId(ctx, given);
    if (idTaken(folder, kind)(id))
      throw new UsageError(ctx.t('usage.id-taken', { id }), ctx.t('hint.write-exists'));
    this.chosen = id;
  }

  /**
   * A need's id before it is made unique: the owner, what the title is about (else the day) and
   * the mixer who records it, when git says who (records/ids.ts).
   */
  needBase(answers: Record<string, Value>): string {
    const owner = String(answers.owner);
    const title = String(answers.title);
    const slug = titleSlug(title, conceptsNamed(title, conceptIndex(this.folder.glossary)));
    return needIdBase(owner, slug || String(answers.since), mixerFromGit(this.folder));
  }

  /** The base of an id mixer makes (a need's), made unique again under the folder's lock; none for a chosen one. */
  base(answers: Record<string, Value>): string | undefined {
    return this.chosen === undefined && this.kind === 'needs' ? this.needBase(answers) : undefined;
  }

  /** The id made from the answers, or undefined when none can be (a Japanese name). */
  made(answers: Record<string, Value>): string | undefined {
    const taken = idTaken(this.folder, this.kind);
    if (this.kind === 'needs') return uniqueId(this.needBase(answers), taken);
    const slug = slugify(String(answers.name));
    return slug && isValidId(slug) && !taken(slug) ? slug : undefined;
  }

  value(answers: Record<string, Value>): string | undefined {
    return this.chosen ?? this.made(answers);
  }

  async ask(answers: Record<string, Value>): Promise<void> {
    const answer = await this.ctx.prompter.text(this.ctx.t('ask.id'), {
      default: this.value(answers),
      validate: validators(this.ctx).id(idTaken(this.folder, this.kind)),
    });
    this.chosen = normalizeId(answer);
  }

  /** Without a terminal, an id nobody can make is bad usage naming --id. */
  async need(answers: Record<string, Value>): Promise<void> {
    if (this.value(answers) !== undefined) return;
    if (!this.ctx.io.interactive)
      throw new UsageError(this.ctx.t('usage.no-id-from-name', { name: String(answers.name) }));
    await this.ask(answers);
  }
}

const compact = <T extends object>(record: T): T =>
  Object.fromEntries(
    Object.entries(record).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
  ) as T;

/** A text flag's value, or none when it holds only spaces. */
const textOrNone = (text: string | undefined) => (text?.trim() ? text : undefined);

/** The record from the answers, with the fields only flags give. */
function recordOf(kind: KindFolder, answers: Record<string, Value>, flags: AddFlags): object {
  const a = answers;
  switch (kind) {
    case 'spaces':
      return compact({
        name: a.name,
        kind: a.kind,
        network: a.network,
        area: a.area,
        url: a.url,
        tags: a.tags,
        strengths: a.strengths,
        visit_every_days: flags.visitEveryDays,
        contacts: flags.contact
          ? [
              compact({
                name: flags.contact.trim(),
                role: flags.contactRole,
                email: flags.contactEmail,
                phone: flags.contactPhone,
              }),
            ]
          : undefined,
        do_not_contact: flags.doNotContact || undefined,
        notes: textOrNone(flags.notes),
      });
    case 'members': {
      const contact = compact({ email: flags.email, phone: flags.phone, url: flags.url });
      return compact({
        name: a.name,
        kind: a.kind,
        spaces: a.spaces,
        summary: a.summary,
        strengths: a.strengths,
        tags: a.tags,
        contact: Object.keys(contact).length ? contact : undefined,
        share: a.share,
        do_not_contact: flags.doNotContact || undefined,
        consent: flags.consent
          ? compact({ date: flags.consent, note: textOrNone(flags.consentNote) })
          : undefined,
        notes: textOrNone(flags.notes),
      });
    }
    case 'mixers':
      return compact({
        name: a.name,
        spaces: flags.space?.length ? flags.space : undefined,
        github: a.github,
        email: a.email,
        strengths: a.strengths,
      });
    default:
      return compact({
        owner: a.owner,
        title: a.title,
        detail: a.detail,
        tags: a.tags,
        share: a.share,
        visit: flags.visit,
        since: a.since,
      });
  }
}

/** Flags whose text goes into a one-line field (a name, a title, a tag …). */
const ONE_LINE_FLAGS = [
  '--name',
  '--title',
  '--area',
  '--network',
  '--url',
  '--email',
  '--phone',
  '--github',
  '--contact',
  '--contact-role',
  '--contact-email',
  '--contact-phone',
  '--strength',
  '--tag',
] as const;

/** Where longer text about the record goes, for a line break in its name or title. */
const LONGER_TEXT: Partial<Record<KindFolder, { flag: string; more: string }>> = {
  needs: { flag: '--title', more: '--detail' },
  members: { flag: '--name', more: '--summary' },
};

/** A line break in a one-line flag is bad usage, named by the flag (not a problem of a file never written). */
function checkOneLine(ctx: Context, kind: KindFolder, flags: AddFlags): void {
  for (const flag of ONE_LINE_FLAGS) {
    const value = flags[camel(flag) as keyof AddFlags];
    const values = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
    const longer = LONGER_TEXT[kind];
    refuseLineBreak(ctx, flag, values, longer?.flag === flag ? longer.more : '');
  }
}

/** Flags that name records: checked before any question. */
function checkFlags(ctx: Context, folder: DataFolder, kind: KindFolder, flags: AddFlags): AddFlags {
  checkOneLine(ctx, kind, flags);
  const checked = { ...flags };
  // (the command line has read these already; read again for a caller that did not)
  if (flags.kind !== undefined)
    checked.kind = checkChoice(ctx, '--kind', flags.kind, kind === 'spaces' ? 'space-kind' : 'member-kind');
  if (flags.share !== undefined) checked.share = checkChoice(ctx, '--share', flags.share, 'share');
  if (flags.since !== undefined) checked.since = checkDate(ctx, '--since', flags.since);
  if (flags.consent !== undefined) checked.consent = checkDate(ctx, '--consent', flags.consent);
  // (an empty --contact would drop its role, email and phone without a word)
  if (flags.contact !== undefined && flags.contact.trim() === '')
    throw new UsageError(
      ctx.t('usage.flag-empty', { flag: '--contact' }),
      ctx.t('hint.command-help', { command: ctx.command }),
    );
  // (`--strength ""`: a slip of the command line, named by its flag, not a problem of a file never written)
  for (const flag of ['--strength', '--tag'] as const)
    if (flags[flag === '--tag' ? 'tag' : 'strength']?.some((value) => value.trim() === ''))
      throw new UsageError(
        ctx.t('usage.flag-empty', { flag }),
        ctx.t('hint.command-help', { command: ctx.command }),
      );
  // (a detail of a contact or a consent without the flag it belongs to would be lost)
  for (const [detail, needed] of [
    ['--contact-role', '--contact'],
    ['--contact-email', '--contact'],
    ['--contact-phone', '--contact'],
    ['--consent-note', '--consent'],
  ] as const) {
    const key = camel(detail) as keyof AddFlags;
    if (flags[key] !== undefined && flags[camel(needed) as keyof AddFlags] === undefined)
      throw new UsageError(ctx.t('usage.flag-needs', { flag: detail, needed }));
  }
  if (flags.space) checked.space = flags.space.map((id) => checkRef(ctx, folder, 'spaces', id, '--space'));
  if (flags.owner) checked.owner = checkRef(ctx, folder, 'owner', flags.owner, '--owner');
  if (flags.visit) checked.visit = checkRef(ctx, folder, 'visits', flags.visit, '--visit');
  return checked;
}

/** The ids of the example when a name makes none (a Japanese one): the example must run as copied. */
const EXAMPLE_IDS: Partial<Record<KindFolder, string>> = {
  spaces: 'hanamaki-lab',
  members: 'sato-design',
  mixers: 'mx-ito',
};

/** A command that would write a record of the kind without a question: what a missing flag's hint shows. */
function exampleFlags(ctx: Context, folder: DataFolder, kind: KindFolder): Array<[string, string]> {
  if (kind === 'needs')
    return [
      ['--owner', folder.records.members.keys().next().value ?? 'hirano-cafe'],
      ['--title', ctx.t('example.need-title')],
    ];
  const name = ctx.t(
    kind === 'spaces'
      ? 'example.space-name'
      : kind === 'members'
        ? 'example.member-name'
        : 'example.mixer-name',
  );
  const id = slugify(name) ? [] : ([['--id', EXAMPLE_IDS[kind] ?? '']] as Array<[string, string]>);
  return [
    ['--name', name],
    ...id,
    ...(kind === 'members' ? [['--kind', 'company'] as [string, string]] : []),
  ];
}

/** The flag's value as an answer: none when not given, empty, or spaces alone. */
function givenAnswer(q: Question): Value {
  const blank = typeof q.given === 'string' && q.given.trim() === '';
  return blank || (Array.isArray(q.given) && q.given.length === 0) ? undefined : q.given;
}

/** What to do with the record just written. */
function nextSteps(
  ctx: Context,
  kind: KindFolder,
  written: FileChange[],
  answers: Record<string, Value>,
): string[] {
  const id = written[0]?.rel.replace(/^[a-z]+\/|\.yaml$/g, '');
  if (!id) return [];
  if (kind === 'needs') return [ctx.t('next.suggest-need', { id })];
  if (kind === 'spaces') return [ctx.t('next.add-visit', { id })];
  if (kind === 'members' && answers.strengths !== undefined) return [ctx.t('next.suggest-helper', { id })];
  return [];
}

export function runFor(kind: 'spaces' | 'members' | 'needs' | 'mixers') {
  return async (ctx: Context, input: AddFlags): Promise<number> => {
    const folder = await ctx.load();
    const flags = checkFlags(ctx, folder, kind, input);
    const answers: Record<string, Value> = {};
    if (kind === 'needs') {
      answers.since = flags.since ?? today(ctx.io.env);
      warnIfFuture(ctx, answers.since);
      // Recorded, since the team may want to know it; but nobody will be asked about it.
      if (flags.owner && isDoNotContact(folder, flags.owner))
        ctx.io.stderr(ctx.io.color.yellow(`! ${ctx.t('input.owner-do-not-contact', { id: flags.owner })}`));
    }
    const asked = questions(ctx, folder, kind, flags);
    // (a value of spaces alone is no value: asked for, or named as missing, like an empty one)
    refuseMissing(
      ctx,
      asked.filter((q) => q.required && givenAnswer(q) === undefined).map((q) => q.flag),
      exampleFlags(ctx, folder, kind),
    );
    const id = new RecordId(ctx, folder, kind, flags.id);
    for (const q of asked) {
      const given = givenAnswer(q);
      if (given !== undefined) answers[q.key] = given;
      else if (q.required) answers[q.key] = await needValue(ctx, undefined, q.flag, () => q.ask(undefined));
      else if (q.asked && ctx.io.interactive) answers[q.key] = (await q.ask(undefined)) || undefined;
      // the id comes right after what it is made of
      if (q.key === (kind === 'needs' ? 'title' : kind === 'members' ? 'kind' : 'name'))
        await id.need(answers);
    }
    const file = () => {
      const rel = `${kind}/${id.value(answers)}.yaml`;
      return { rel, text: recordText(kind, recordOf(kind, answers, flags)), create: true };
    };
    if (willReview(ctx, flags)) {
      const fields = (): Field[] => [
        ...asked
          .filter((q) => q.required || q.asked || answers[q.key] !== undefined)
          .map((q) => ({
            key: q.key,
            label: ctx.t(q.field ?? q.label),
            show: () => {
              const value = answers[q.key];
              if (value === undefined) return '';
              return q.show
                ? q.show(value)
                : Array.isArray(value)
                  ? value.join(ctx.t('list.items-separator'))
                  : String(value);
            },
            ask: async () => {
              const answer = await q.ask(answers[q.key]);
              answers[q.key] = answer === '' && !q.required ? undefined : answer;
            },
          })),
        {
          key: 'id',
          label: ctx.t('answer.id'),
          show: () => id.value(answers) ?? '',
          ask: () => id.ask(answers),
        },
      ];
      if (!(await reviewAnswers(ctx, fields, () => [file()]))) return notWritten(ctx);
    }
    const label = String(answers.title ?? answers.name);
    const singular = { spaces: 'space', members: 'member', needs: 'need', mixers: 'mixer' }[kind];
    // A made id is chosen among the ids taken when the file is written (another process may have
    // taken this one meanwhile); a given or chosen one is written as it is, or not at all.
    const base = id.base(answers);
    const plan = base
      ? (now: DataFolder) => [{ ...file(), rel: `${kind}/${uniqueId(base, idTaken(now, kind))}.yaml` }]
      : [file()];
    return writeChange(ctx, folder, plan, `${singular}: ${label}`, {
      ...flags,
      reviewed: true,
      next: (written) => nextSteps(ctx, kind, written, answers),
    });
  };
}
