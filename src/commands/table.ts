// Every command of the command line as data: its name, arguments, options, examples and the module
// that runs it, loaded only when it runs (so that `mixer --help` loads none of them). src/cli.ts
// turns the table into commander's declarations.

import type { Context } from './../context.js';
import { NUMBER_LIMITS } from '../records/limits.js';
import type { PlainKey } from '../ui/messages.js';
import type { Lang } from '../util/lang.js';
import type { ListName } from './choices.js';
import type { IdKind } from './flags.js';

/** The help messages that name the allowed values: `outcome ({choices})`. */
export type ChoicesKey =
  | 'help.list'
  | 'help.list.--status'
  | 'help.report.--by'
  | 'help.status.--outcome'
  | 'help.propose.--ask-first'
  | 'help.letters.--format'
  | 'help.letters.--letter-lang'
  | 'help.add-member.--share'
  | 'help.add-need.--share';

/** The help messages of amounts, which name the folder's currency and how to type its amounts. */
export type CurrencyKey = 'help.add-visit.--cost' | 'help.status.--value';

/**
 * What a help line says: a message; the allowed values of a list (`onsite（現地） | online（オンライン）`),
 * alone or in a message; a message about amounts in the folder's currency; or a word as it is.
 */
export type Help =
  | PlainKey
  | { list: ListName; key?: ChoicesKey }
  | { inCurrency: CurrencyKey }
  | { text: string };

/** What completes a value in the shell: the ids of a kind, or the values of lists. */
export type Completion = { ids: IdKind } | { lists: ListName[] };

export interface ArgSpec {
  /** `<need>` (required) or `[dir]` (optional). */
  name: string;
  help: Help;
  complete?: Completion;
}

export interface OptionSpec {
  /** As commander writes it: `--limit <n>`, `--all`. */
  flags: string;
  help: Help;
  /** A number, checked: bad usage (exit 2) when it is not one, or out of range. */
  number?: { min?: number; max?: number; integer?: boolean };
  /** An amount of money in the folder's currency, read as typed (3万, ¥30,000 … in yen), at most `max`. */
  amount?: { max: number };
  /** A date, read as typed (11/20, 2026年11月20日, 今日 …) into YYYY-MM-DD. */
  date?: boolean;
  /** A value of a list, typed as its id or its label; checked when the line is read. */
  choices?: ListName;
  /** May be given more than once; the values form a list. */
  repeat?: boolean;
  /** What completes the value in the shell (a flag with `choices` completes its values). */
  complete?: Completion;
}

// biome-ignore lint/suspicious/noExplicitAny: each command's run takes its own positional and option types.
export type Runner = (ctx: Context, ...args: any[]) => Promise<number> | number;

/**
 * A command line shown under --help: the same in both languages, or, when it carries text a person
 * types (a name, a title, a note), that text in the language of the help. Both run on the sample
 * network (test/examples.test.ts).
 */
export type Example = string | Record<Lang, string>;

/** Examples under `mixer --help`: a first look at the sample network, and where to read more. */
export const PROGRAM_EXAMPLES: Example[] = [
  'mixer validate',
  'mixer suggest --need gudon-ramen-menu',
  'mixer help suggest',
];

/** Examples under `mixer help --help`. */
export const HELP_EXAMPLES: Example[] = ['mixer help suggest', 'mixer help'];

/** The example as the help in `lang` shows it. */
export function exampleIn(example: Example, lang: Lang): string {
  return typeof example === 'string' ? example : example[lang];
}

export interface CommandSpec {
  name: string;
  /** One line on what it does (help.<name>). */
  about: Help;
  args?: ArgSpec[];
  options?: OptionSpec[];
  /** Writes records: takes --yes, --commit and --branch. */
  writes?: boolean;
  /** Shown under the command's --help. */
  examples: Example[];
  /** Left out of the help and of the completion (the completion's own helper). */
  hidden?: boolean;
  load: () => Promise<{ run: Runner }>;
}

/** Every command also takes --json. */
export const JSON_OPTION: OptionSpec = { flags: '--json', help: 'help.any.json' };

/** What every command that writes records takes. */
export const WRITE_OPTIONS: OptionSpec[] = [
  { flags: '--yes', help: 'help.write.--yes' },
  { flags: '--commit', help: 'help.write.--commit' },
  { flags: '--branch <name>', help: 'help.write.--branch' },
];

/** What every command that writes a letter takes (propose, status). */
const LETTER_OPTIONS: OptionSpec[] = [
  { flags: '--template <dir>', help: 'help.propose.--template' },
  {
    flags: '--format <format>',
    help: { key: 'help.letters.--format', list: 'letter-format' },
    choices: 'letter-format',
  },
  {
    flags: '--letter-lang <lang>',
    help: { key: 'help.letters.--letter-lang', list: 'lang' },
    choices: 'lang',
  },
];

const score = { min: 0, max: 1 };
const count = (min: number) => ({ min, integer: true });

/**
 * The completion's helper: what the shell may put in place of the last word. Not in COMMANDS (it
 * reads them); the entry declares it, hidden.
 */
export const COMPLETE: Omit<CommandSpec, 'load'> = {
  name: '__complete',
  about: { text: '' },
  hidden: true,
  args: [{ name: '[words...]', help: { text: '' } }],
  examples: [],
};

export const COMMANDS: CommandSpec[] = [
  {
    name: 'validate',
    about: 'help.validate',
    examples: ['mixer validate', 'mixer validate --json', 'mixer --data ~/team-data validate'],
    load: () => import('./validate.js'),
  },
  {
    name: 'list',
    about: { key: 'help.list', list: 'kind' },
    args: [{ name: '<kind>', help: { list: 'kind' }, complete: { lists: ['kind'] } }],
    options: [
      { flags: '--wide', help: 'help.any.--wide' },
      {
        flags: '--status <status>',
        help: { list: 'need-status', key: 'help.list.--status' },
        complete: { lists: ['need-status', 'proposal-status'] },
      },
      { flags: '--space <id>', help: 'help.list.--space', complete: { ids: 'spaces' } },
    ],
    examples: ['mixer list members', 'mixer list needs --json', 'mixer list proposals --status asked-owner'],
    load: () => import('./list.js'),
  },
  {
    name: 'show',
    about: 'help.show',
    args: [{ name: '<id>', help: 'help.show.id', complete: { ids: 'record' } }],
    examples: ['mixer show hirano-cafe', 'mixer show needs/gudon-ramen-menu', 'mixer show ito-design --json'],
    load: () => import('./show.js'),
  },
  {
    name: 'suggest',
    about: 'help.suggest',
    options: [
      { flags: '--need <id>', help: 'help.suggest.--need', complete: { ids: 'needs' } },
      { flags: '--helper <id>', help: 'help.suggest.--helper', complete: { ids: 'owner' } },
      { flags: '--space <id>', help: 'help.suggest.--space', complete: { ids: 'spaces' } },
      { flags: '--limit <n>', help: 'help.suggest.--limit', number: count(1) },
      { flags: '--min-score <x>', help: 'help.suggest.--min-score', number: score },
      { flags: '--per-helper <n>', help: 'help.suggest.--per-helper', number: count(1) },
      { flags: '--all', help: 'help.suggest.--all' },
      { flags: '--wide', help: 'help.any.--wide' },
    ],
    examples: [
      'mixer suggest',
      'mixer suggest --need hirano-cafe-logo --limit 5',
      'mixer suggest --space kitakami-base --json',
      'mixer suggest --min-score 0.2 --all',
    ],
    load: () => import('./suggest.js'),
  },
  {
    name: 'unmatched',
    about: 'help.unmatched',
    options: [{ flags: '--min-score <x>', help: 'help.unmatched.--min-score', number: score }],
    examples: ['mixer unmatched', 'mixer unmatched --json'],
    load: () => import('./unmatched.js'),
  },
  {
    name: 'add-visit',
    about: 'help.add-visit',
    writes: true,
    options: [
      { flags: '--space <id>', help: 'help.add-visit.--space', complete: { ids: 'spaces' } },
      { flags: '--date <date>', help: 'help.add-visit.--date', date: true },
      { flags: '--mixer <id>', help: 'help.add-visit.--mixer', complete: { ids: 'mixers' } },
      { flags: '--mode <mode>', help: { list: 'visit-mode' }, choices: 'visit-mode' },
      { flags: '--format <format>', help: { list: 'visit-format' }, choices: 'visit-format' },
      {
        flags: '--attendees <n>',
        help: 'help.add-visit.--attendees',
        number: { ...count(0), max: NUMBER_LIMITS.attendees.max },
      },
      {
        flags: '--cost <amount>',
        help: { inCurrency: 'help.add-visit.--cost' },
        amount: NUMBER_LIMITS.cost,
      },
      { flags: '--notes <text>', help: 'help.add-visit.--notes' },
      { flags: '--met <id>', help: 'help.add-visit.--met', repeat: true, complete: { ids: 'members' } },
      { flags: '--need <owner:title>', help: 'help.add-visit.--need', repeat: true },
      { flags: '--strength <member:text>', help: 'help.add-visit.--strength', repeat: true },
    ],
    examples: [
      'mixer add-visit',
      {
        ja: 'mixer add-visit --space kitakami-base --date 2026-08-12 --mixer mx-sato --met hirano-cafe --need "hirano-cafe:ロゴを作り直したい" --yes',
        en: 'mixer add-visit --space kitakami-base --date 2026-08-12 --mixer mx-sato --met hirano-cafe --need "hirano-cafe:A new logo" --yes',
      },
      {
        ja: 'mixer add-visit --space morioka-hub --strength "kato-photo:ドローン撮影" --branch visit/morioka --commit',
        en: 'mixer add-visit --space morioka-hub --strength "kato-photo:drone photography" --branch visit/morioka --commit',
      },
    ],
    load: () => import('./add-visit.js'),
  },
  {
    name: 'add-space',
    about: 'help.add-space',
    writes: true,
    options: [
      { flags: '--id <id>', help: 'help.add-space.--id' },
      { flags: '--name <name>', help: 'help.add-space.--name' },
      { flags: '--kind <kind>', help: { list: 'space-kind' }, choices: 'space-kind' },
      { flags: '--area <area>', help: 'help.add-space.--area' },
      { flags: '--network <name>', help: 'help.add-space.--network' },
      { flags: '--url <url>', help: { text: 'URL' } },
      {
        flags: '--visit-every-days <n>',
        help: 'help.add-space.--visit-every-days',
        number: { ...count(NUMBER_LIMITS.days.min), max: NUMBER_LIMITS.days.max },
      },
      { flags: '--strength <text>', help: 'help.add-space.--strength', repeat: true },
      { flags: '--tag <tag>', help: 'help.add-space.--tag', repeat: true },
      { flags: '--contact <name>', help: 'help.add-space.--contact' },
      { flags: '--contact-role <role>', help: 'help.add-space.--contact-role' },
      { flags: '--contact-email <email>', help: 'help.add-space.--contact-email' },
      { flags: '--contact-phone <phone>', help: 'help.add-space.--contact-phone' },
      { flags: '--do-not-contact', help: 'help.add.--do-not-contact' },
      { flags: '--notes <text>', help: 'help.add.--notes' },
    ],
    examples: [
      {
        ja: 'mixer add-space --id hanamaki-lab --name 花巻ラボ --kind physical --area 岩手県花巻市',
        en: 'mixer add-space --name "Riverside Hub" --kind physical --area "Portland, Oregon"',
      },
      {
        ja: 'mixer add-space --id hanamaki-lab --name 花巻ラボ --contact 佐々木 --contact-role コミュニティマネージャー --contact-email sasaki@example.jp',
        en: 'mixer add-space --name "Riverside Hub" --contact "Jane Doe" --contact-role "community manager" --contact-email jane@example.com',
      },
    ],
    load: () => import('./add-space.js'),
  },
  {
    name: 'add-member',
    about: 'help.add-member',
    writes: true,
    options: [
      { flags: '--id <id>', help: 'help.add-member.--id' },
      { flags: '--name <name>', help: 'help.add-member.--name' },
      { flags: '--kind <kind>', help: { list: 'member-kind' }, choices: 'member-kind' },
      { flags: '--space <id>', help: 'help.add-member.--space', repeat: true, complete: { ids: 'spaces' } },
      { flags: '--summary <text>', help: 'help.add-member.--summary' },
      { flags: '--strength <text>', help: 'help.add-member.--strength', repeat: true },
      { flags: '--tag <tag>', help: 'help.add-member.--tag', repeat: true },
      { flags: '--share <share>', help: { key: 'help.add-member.--share', list: 'share' }, choices: 'share' },
      { flags: '--email <email>', help: 'help.add.--email' },
      { flags: '--phone <phone>', help: 'help.add-member.--phone' },
      { flags: '--url <url>', help: { text: 'URL' } },
      { flags: '--consent <date>', help: 'help.add-member.--consent', date: true },
      { flags: '--consent-note <text>', help: 'help.add-member.--consent-note' },
      { flags: '--do-not-contact', help: 'help.add.--do-not-contact' },
      { flags: '--notes <text>', help: 'help.add.--notes' },
    ],
    examples: [
      {
        ja: 'mixer add-member --id sato-design --name 佐藤デザイン --kind company --space kitakami-base --strength ロゴ制作',
        en: 'mixer add-member --name "Maria Lopez" --kind person --space kitakami-base --strength "logo design"',
      },
      {
        ja: 'mixer add-member --id oda-farm --name 小田農園 --kind company --consent 2026-11-20 --consent-note 口頭で確認',
        en: 'mixer add-member --id tanaka-hanako --name "田中 花子" --kind person --consent 2026-11-20 --consent-note "said yes in person"',
      },
    ],
    load: () => import('./add-member.js'),
  },
  {
    name: 'add-need',
    about: 'help.add-need',
    writes: true,
    options: [
      { flags: '--id <id>', help: 'help.add-need.--id' },
      { flags: '--owner <id>', help: 'help.add-need.--owner', complete: { ids: 'owner' } },
      { flags: '--title <text>', help: 'help.add-need.--title' },
      { flags: '--detail <text>', help: 'help.add-need.--detail' },
      { flags: '--tag <tag>', help: 'help.add-need.--tag', repeat: true },
      { flags: '--share <share>', help: { key: 'help.add-need.--share', list: 'share' }, choices: 'share' },
      { flags: '--since <date>', help: 'help.add-need.--since', date: true },
      { flags: '--visit <id>', help: 'help.add-need.--visit', complete: { ids: 'visits' } },
    ],
    examples: [
      {
        ja: 'mixer add-need --owner hirano-cafe --title 英語のメニューを作りたい --share public',
        en: 'mixer add-need --owner hirano-cafe --title "A menu in English" --share public',
      },
    ],
    load: () => import('./add-need.js'),
  },
  {
    name: 'add-mixer',
    about: 'help.add-mixer',
    writes: true,
    options: [
      { flags: '--id <id>', help: 'help.add-mixer.--id' },
      { flags: '--name <name>', help: 'help.add-mixer.--name' },
      { flags: '--email <email>', help: 'help.add.--email' },
      { flags: '--github <user>', help: { text: 'GitHub' } },
      { flags: '--space <id>', help: 'help.add-mixer.--space', repeat: true, complete: { ids: 'spaces' } },
      { flags: '--strength <text>', help: 'help.add-mixer.--strength', repeat: true },
    ],
    examples: [
      {
        ja: 'mixer add-mixer --id mx-ito --name "伊藤 学" --email manabu@example.jp --space kitakami-base',
        en: 'mixer add-mixer --name "Alex Kim" --email alex@example.com --space kitakami-base',
      },
    ],
    load: () => import('./add-mixer.js'),
  },
  {
    name: 'propose',
    about: 'help.propose',
    writes: true,
    args: [
      { name: '<need>', help: 'help.propose.need', complete: { ids: 'needs' } },
      { name: '<helper>', help: 'help.propose.helper', complete: { ids: 'owner' } },
    ],
    options: [
      { flags: '--mixer <id>', help: 'help.propose.--mixer', complete: { ids: 'mixers' } },
      {
        flags: '--ask-first <side>',
        help: { key: 'help.propose.--ask-first', list: 'side' },
        choices: 'side',
      },
      { flags: '--note <text>', help: 'help.propose.--note' },
      ...LETTER_OPTIONS,
      { flags: '--stdout', help: 'help.propose.--stdout' },
    ],
    examples: [
      'mixer propose gudon-ramen-menu miller-english',
      {
        ja: 'mixer propose tanaka-inn-photos kato-photo --note "12月中にお会いできれば" --commit',
        en: 'mixer propose tanaka-inn-photos kato-photo --note "Could we meet in December?" --commit',
      },
      'mixer propose kitakami-city-vacant tohoku-univ-club --ask-first helper --format eml',
      {
        ja: 'mixer propose tanaka-inn-photos kato-photo --letter-lang en --stdout',
        en: 'mixer propose tanaka-inn-photos kato-photo --letter-lang ja --stdout',
      },
    ],
    load: () => import('./propose.js'),
  },
  {
    name: 'status',
    about: 'help.status',
    writes: true,
    // (a need's id and statuses are taken too, and offered: complete.ts `statusArgument`)
    args: [
      { name: '<proposal>', help: 'help.status.proposal', complete: { ids: 'proposals' } },
      { name: '<status>', help: { list: 'proposal-status' }, complete: { lists: ['proposal-status'] } },
    ],
    options: [
      { flags: '--date <date>', help: 'help.status.--date', date: true },
      { flags: '--note <text>', help: 'help.status.--note' },
      { flags: '--force', help: 'help.status.--force' },
      {
        flags: '--outcome <kind>',
        help: { key: 'help.status.--outcome', list: 'outcome' },
        choices: 'outcome',
      },
      { flags: '--value <amount>', help: { inCurrency: 'help.status.--value' }, amount: NUMBER_LIMITS.value },
      { flags: '--solve', help: 'help.status.--solve' },
      { flags: '--no-solve', help: 'help.status.--no-solve' },
      ...LETTER_OPTIONS,
    ],
    examples: [
      'mixer status 2026-09-gudon-ramen-booking-suzuki-dev owner-accepted',
      {
        ja: 'mixer status 2026-09-gudon-ramen-booking-suzuki-dev asked-helper --note "メールで打診"',
        en: 'mixer status 2026-09-gudon-ramen-booking-suzuki-dev asked-helper --note "asked by e-mail"',
      },
      'mixer status 2026-10-iwate-craft-overseas-miller-english met',
      'mixer status 2026-10-iwate-craft-overseas-miller-english deal --value 120000 --solve',
      'mixer status yamagata-yard-snow dropped',
    ],
    load: () => import('./status.js'),
  },
  {
    name: 'forget',
    about: 'help.forget',
    writes: true,
    args: [{ name: '<member>', help: 'help.forget.id', complete: { ids: 'members' } }],
    examples: ['mixer forget hirano-cafe', 'mixer forget hirano-cafe --branch forget/request --commit'],
    load: () => import('./forget.js'),
  },
  {
    name: 'init',
    about: 'help.init',
    args: [{ name: '[dir]', help: 'help.init.dir' }],
    options: [{ flags: '--package-source <spec>', help: 'help.init.--package-source' }],
    examples: [
      'mixer init team-data',
      'mixer --lang en init .',
      'mixer init team-data --package-source ./mixer-tools-mixer-0.1.0.tgz',
    ],
    load: () => import('./init.js'),
  },
  {
    name: 'schema',
    about: 'help.schema',
    options: [{ flags: '--out <dir>', help: 'help.schema.--out' }],
    examples: ['mixer schema', 'mixer schema --out schemas'],
    load: () => import('./schema.js'),
  },
  {
    name: 'review',
    about: 'help.review',
    options: [{ flags: '--base <ref>', help: 'help.review.--base' }],
    examples: [
      'mixer review --base main',
      'mixer review --base origin/main >> "$GITHUB_STEP_SUMMARY"',
      'mixer review --json',
    ],
    load: () => import('./review.js'),
  },
  {
    name: 'due',
    about: 'help.due',
    examples: ['mixer due', 'MIXER_TODAY=2026-12-01 mixer due --json'],
    load: () => import('./due.js'),
  },
  {
    name: 'brief',
    about: 'help.brief',
    args: [{ name: '<space>', help: 'help.brief.space', complete: { ids: 'spaces' } }],
    examples: ['mixer brief kitakami-base'],
    load: () => import('./brief.js'),
  },
  {
    name: 'report',
    about: 'help.report',
    options: [
      { flags: '--since <date>', help: 'help.report.--since', date: true },
      { flags: '--until <date>', help: 'help.report.--until', date: true },
      { flags: '--by <what>', help: { list: 'report-by', key: 'help.report.--by' }, choices: 'report-by' },
    ],
    examples: ['mixer report --since 2026-09-01 --until 2026-11-30', 'mixer report --by space --json'],
    load: () => import('./report.js'),
  },
  {
    name: 'completion',
    about: 'help.completion',
    args: [{ name: '<shell>', help: { list: 'shell' }, complete: { lists: ['shell'] } }],
    examples: [
      'mixer completion bash >> ~/.bashrc',
      'mixer completion zsh > ~/.zfunc/_mixer',
      'mixer completion fish > ~/.config/fish/completions/mixer.fish',
    ],
    load: () => import('./completion.js'),
  },
  {
    name: 'fmt',
    about: 'help.fmt',
    options: [{ flags: '--check', help: 'help.fmt.--check' }],
    examples: ['mixer fmt', 'mixer fmt --check'],
    load: () => import('./fmt.js'),
  },
];
