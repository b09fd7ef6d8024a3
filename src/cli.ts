// Declares the command line. Each command's module is loaded only when it runs, so `mixer --help`
// stays fast.
import fs from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import { Context, type GlobalOptions } from './context.js';
import { MixerError } from './errors.js';
import { type Lang, type PlainKey, t } from './ui/messages.js';
import type { Io } from './ui/output.js';

/** Examples shown under each command's --help. */
const EXAMPLES: Record<string, string[]> = {
  validate: ['mixer validate', 'mixer validate --json', 'mixer --data ~/team-data validate'],
  list: ['mixer list members', 'mixer list needs --json', 'mixer list proposals --status asked'],
  show: ['mixer show hakata-garage', 'mixer show tanaka-design --json'],
  suggest: [
    'mixer suggest',
    'mixer suggest --need cafe-mori-web --limit 5',
    'mixer suggest --space hakata-garage --json',
    'mixer suggest --min-score 0.2 --all',
  ],
  'add-visit': [
    'mixer add-visit',
    'mixer add-visit --space kitakami-base --date 2026-08-12 --mixer mx-sato --met hirano-cafe --need "hirano-cafe:ロゴを作り直したい" --yes',
    'mixer add-visit --space morioka-hub --strength "kato-photo:ドローン撮影" --branch visit/morioka --commit',
  ],
  'add-space': ['mixer add-space --id hanamaki-lab --name 花巻ラボ --kind physical --area 岩手県花巻市'],
  'add-member': [
    'mixer add-member --id sato-design --name 佐藤デザイン --kind company --space kitakami-base --strength ロゴ制作',
  ],
  'add-need': ['mixer add-need --owner hirano-cafe --title 英語のメニューを作りたい --share public'],
  'add-mixer': ['mixer add-mixer --id mx-ito --name 伊藤 学 --email manabu@example.jp --space kitakami-base'],
  propose: [
    'mixer propose gudon-ramen-menu miller-english',
    'mixer propose tanaka-inn-photos kato-photo --note "12月中にお会いできれば" --commit',
    'mixer --lang en propose tanaka-inn-photos kato-photo --stdout',
  ],
  status: [
    'mixer status 2026-11-gudon-ramen-menu-miller-english asked --note "両者にメールで打診"',
    'mixer status 2026-10-iwate-craft-overseas-miller-english met',
    'mixer status 2026-10-iwate-craft-overseas-miller-english deal --value 120000 --solve',
  ],
  init: ['mixer init team-data', 'mixer --lang en init .'],
  schema: ['mixer schema', 'mixer schema --out schemas'],
  review: [
    'mixer review --base main',
    'mixer review --base origin/main >> "$GITHUB_STEP_SUMMARY"',
    'mixer review --json',
  ],
  due: ['mixer due', 'MIXER_TODAY=2026-12-01 mixer due --json'],
  brief: ['mixer brief kitakami-base'],
  report: ['mixer report --since 2026-09-01 --until 2026-11-30', 'mixer report --by space --json'],
  fmt: ['mixer fmt', 'mixer fmt --check'],
  unmatched: ['mixer unmatched', 'mixer unmatched --json'],
};

function about(name: string, lang: Lang): string {
  return t(lang, `help.${name}` as PlainKey);
}

function examples(name: string, lang: Lang): string {
  const title = t(lang, 'help.examples');
  return `\n${title}\n${EXAMPLES[name]!.map((e) => `  $ ${e}`).join('\n')}\n`;
}

function numberParser(lang: Lang) {
  return (flag: string, { min, max, integer }: { min?: number; max?: number; integer?: boolean }) =>
    (value: string): number => {
      const n = Number(value);
      if (
        value.trim() === '' ||
        !Number.isFinite(n) ||
        (integer && !Number.isInteger(n)) ||
        (min !== undefined && n < min) ||
        (max !== undefined && n > max)
      ) {
        const range = [min !== undefined ? `>= ${min}` : '', max !== undefined ? `<= ${max}` : '']
          .filter(Boolean)
          .join(', ');
        throw new InvalidArgumentError(
          t(lang, 'usage.bad-number', { flag, value, integer: integer ? 'yes' : '', range }),
        );
      }
      return n;
    };
}

/** The version in package.json, the one place it is written. */
function version(): string {
  return (
    JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
  ).version;
}

// biome-ignore lint/suspicious/noExplicitAny: commander hands each command its own positional and option types.
type Runner = (ctx: Context, ...args: any[]) => Promise<number> | number;

export function buildProgram(io: Io, lang: Lang, setExit: (code: number) => void): Command {
  const h = (key: PlainKey) => t(lang, key);
  const parseNumber = numberParser(lang);
  const program = new Command('mixer');
  program
    .description(h('help.program'))
    .option('--data <dir>', h('help.global.--data'))
    .addOption(new Option('--lang <lang>', h('help.global.--lang')).choices(['ja', 'en']))
    .version(version(), '-V, --version', h('help.version'))
    .helpOption('-h, --help', h('help.help'))
    .helpCommand(false)
    .exitOverride()
    .showHelpAfterError(false)
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s.trimEnd()),
    });

  const run =
    (loader: () => Promise<{ run: Runner }>) =>
    async (...args: unknown[]) => {
      const command = args[args.length - 1] as Command;
      const globals = program.opts() as GlobalOptions;
      const ctx = new Context(io, globals);
      const mod = await loader();
      try {
        // positional arguments, then the command's own options
        setExit(await mod.run(ctx, ...args.slice(0, -2), command.opts()));
      } catch (error) {
        if (error instanceof MixerError) error.lang ??= ctx.lang;
        throw error;
      }
    };

  const json = () => new Option('--json', h('help.any.json'));
  const add = (name: string) =>
    program
      .command(name)
      .description(about(name, lang))
      .addHelpText('after', examples(name, lang))
      .exitOverride()
      .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s.trimEnd()) });

  add('validate')
    .addOption(json())
    .action(run(() => import('./commands/validate.js')));

  add('list')
    .argument('<kind>', 'spaces | members | needs | visits | mixers | proposals')
    .option('--status <status>', h('help.list.--status'))
    .option('--space <id>', h('help.list.--space'))
    .addOption(json())
    .action(run(() => import('./commands/list.js')));

  add('show')
    .argument('<id>', h('help.show.id'))
    .addOption(json())
    .action(run(() => import('./commands/show.js')));

  add('suggest')
    .option('--need <id>', h('help.suggest.--need'))
    .option('--helper <id>', h('help.suggest.--helper'))
    .option('--space <id>', h('help.suggest.--space'))
    .option('--limit <n>', h('help.suggest.--limit'), parseNumber('--limit', { min: 1, integer: true }))
    .option('--min-score <x>', h('help.suggest.--min-score'), parseNumber('--min-score', { min: 0, max: 1 }))
    .option(
      '--per-helper <n>',
      h('help.suggest.--per-helper'),
      parseNumber('--per-helper', { min: 1, integer: true }),
    )
    .option('--all', h('help.suggest.--all'))
    .addOption(json())
    .action(run(() => import('./commands/suggest.js')));

  add('unmatched')
    .option(
      '--min-score <x>',
      h('help.unmatched.--min-score'),
      parseNumber('--min-score', { min: 0, max: 1 }),
    )
    .addOption(json())
    .action(run(() => import('./commands/unmatched.js')));

  const writeOptions = (command: Command) =>
    command
      .option('--yes', h('help.write.--yes'))
      .option('--commit', h('help.write.--commit'))
      .option('--branch <name>', h('help.write.--branch'))
      .addOption(json());
  const list = (value: string, previous: string[] = []) => [...previous, value];

  writeOptions(
    add('add-visit')
      .option('--space <id>', h('help.add-visit.--space'))
      .option('--date <date>', h('help.add-visit.--date'))
      .option('--mixer <id>', h('help.add-visit.--mixer'))
      .option('--mode <mode>', 'onsite | online')
      .option('--format <format>', 'interview | event')
      .option(
        '--attendees <n>',
        h('help.add-visit.--attendees'),
        parseNumber('--attendees', { min: 0, integer: true }),
      )
      .option('--cost <amount>', h('help.add-visit.--cost'), parseNumber('--cost', { min: 0 }))
      .option('--notes <text>', h('help.add-visit.--notes'))
      .option('--met <id>', h('help.add-visit.--met'), list)
      .option('--need <owner:title>', h('help.add-visit.--need'), list)
      .option('--strength <member:text>', h('help.add-visit.--strength'), list),
  ).action(run(() => import('./commands/add-visit.js')));

  writeOptions(
    add('add-space')
      .option('--id <id>', h('help.add-space.--id'))
      .option('--name <name>', h('help.add-space.--name'))
      .option('--kind <kind>', 'physical | virtual | hybrid')
      .option('--area <area>', h('help.add-space.--area'))
      .option('--network <name>', h('help.add-space.--network'))
      .option('--url <url>', 'URL')
      .option(
        '--visit-every-days <n>',
        h('help.add-space.--visit-every-days'),
        parseNumber('--visit-every-days', { min: 1, integer: true }),
      )
      .option('--strength <text>', h('help.add-space.--strength'), list)
      .option('--tag <tag>', h('help.add-space.--tag'), list),
  ).action(run(() => import('./commands/add-space.js')));

  writeOptions(
    add('add-member')
      .option('--id <id>', h('help.add-member.--id'))
      .option('--name <name>', h('help.add-member.--name'))
      .option('--kind <kind>', 'person | company | community | organization')
      .option('--space <id>', h('help.add-member.--space'), list)
      .option('--summary <text>', h('help.add-member.--summary'))
      .option('--strength <text>', h('help.add-member.--strength'), list)
      .option('--tag <tag>', h('help.add-member.--tag'), list)
      .option('--share <share>', 'public | mixers')
      .option('--email <email>', 'email')
      .option('--phone <phone>', h('help.add-member.--phone'))
      .option('--url <url>', 'URL'),
  ).action(run(() => import('./commands/add-member.js')));

  writeOptions(
    add('add-need')
      .option('--id <id>', h('help.add-need.--id'))
      .option('--owner <id>', h('help.add-need.--owner'))
      .option('--title <text>', h('help.add-need.--title'))
      .option('--detail <text>', h('help.add-need.--detail'))
      .option('--tag <tag>', h('help.add-need.--tag'), list)
      .option('--share <share>', 'public | mixers')
      .option('--since <date>', h('help.add-need.--since'))
      .option('--visit <id>', h('help.add-need.--visit')),
  ).action(run(() => import('./commands/add-need.js')));

  writeOptions(
    add('add-mixer')
      .option('--id <id>', h('help.add-mixer.--id'))
      .option('--name <name>', h('help.add-mixer.--name'))
      .option('--email <email>', 'email')
      .option('--github <user>', 'GitHub')
      .option('--space <id>', h('help.add-mixer.--space'), list)
      .option('--strength <text>', h('help.add-mixer.--strength'), list),
  ).action(run(() => import('./commands/add-mixer.js')));

  writeOptions(
    add('propose')
      .argument('<need>', h('help.propose.need'))
      .argument('<helper>', h('help.propose.helper'))
      .option('--mixer <id>', h('help.propose.--mixer'))
      .option('--note <text>', h('help.propose.--note'))
      .option('--template <dir>', h('help.propose.--template'))
      .option('--stdout', h('help.propose.--stdout')),
  ).action(run(() => import('./commands/propose.js')));

  writeOptions(
    add('status')
      .argument('<proposal>', h('help.status.proposal'))
      .argument('<status>', 'draft | asked | accepted | declined | introduced | met | deal | closed')
      .option('--date <date>', h('help.status.--date'))
      .option('--note <text>', h('help.status.--note'))
      .option('--force', h('help.status.--force'))
      .option('--outcome <kind>', h('help.status.--outcome'))
      .option('--value <amount>', h('help.status.--value'), parseNumber('--value', { min: 0 }))
      .option('--solve', h('help.status.--solve'))
      .option('--no-solve', h('help.status.--no-solve')),
  ).action(run(() => import('./commands/status.js')));

  add('init')
    .argument('[dir]', h('help.init.dir'))
    .addOption(json())
    .action(run(() => import('./commands/init.js')));

  add('schema')
    .option('--out <dir>', h('help.schema.--out'))
    .addOption(json())
    .action(run(() => import('./commands/schema.js')));

  add('review')
    .option('--base <ref>', h('help.review.--base'))
    .addOption(json())
    .action(run(() => import('./commands/review.js')));

  add('due')
    .addOption(json())
    .action(run(() => import('./commands/due.js')));

  add('brief')
    .argument('<space>', h('help.brief.space'))
    .addOption(json())
    .action(run(() => import('./commands/brief.js')));

  add('report')
    .option('--since <date>', h('help.report.--since'))
    .option('--until <date>', h('help.report.--until'))
    .option('--by <what>', 'mixer | space')
    .addOption(json())
    .action(run(() => import('./commands/report.js')));

  add('fmt')
    .option('--check', h('help.fmt.--check'))
    .addOption(json())
    .action(run(() => import('./commands/fmt.js')));

  return program;
}
