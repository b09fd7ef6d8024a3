// The command line, declared from the table of commands (src/commands/table.ts). Each command's
// module is loaded only when it runs, so `mixer --help` stays fast. Every word commander would say
// is said here instead, in the user's language: its help titles, and its usage errors, each bad
// usage (exit 2) with a next step.
import type { EventEmitter } from 'node:events';
import { Command, CommanderError, type HelpContext, Option } from 'commander';
import { describeChoices } from './commands/choices.js';
import { checkChoice, readAmount, readDate, type Speaker, tooLarge } from './commands/read.js';
import {
  COMMANDS,
  COMPLETE,
  type CommandSpec,
  type Example,
  exampleIn,
  HELP_EXAMPLES,
  type Help,
  JSON_OPTION,
  type OptionSpec,
  PROGRAM_EXAMPLES,
  WRITE_OPTIONS,
} from './commands/table.js';
import { Context, type GlobalOptions } from './context.js';
import { MixerError, UsageError } from './errors.js';
import { ownPackage } from './store/own-package.js';
import { argumentName, helpLayout, localizePlaceholders } from './ui/help.js';
import { type Lang, loadMessages, type PlainKey, t } from './ui/messages.js';
import type { Io } from './ui/output.js';
import type { Prompter } from './ui/prompts.js';
import { today } from './util/dates.js';
import { normalizeInput, parseCount, parseDecimal } from './util/input.js';
import { showValue } from './util/printable.js';
import { closest, foldCommand } from './util/text.js';

const HELP_WIDTH = 80;

export { CommanderError };

/** A help line in `lang`; `currency`: the folder's, which the help of an amount names. */
function helpText(lang: Lang, help: Help, currency: string): string {
  if (typeof help === 'string') return t(lang, help);
  if ('text' in help) return help.text;
  if ('inCurrency' in help) return t(lang, help.inCurrency, { currency });
  const choices = describeChoices(lang, help.list);
  return help.key ? t(lang, help.key, { choices }) : choices;
}

/** The examples, each folded to 80 columns with shell line continuations (it runs as copied). */
function examples(list: readonly Example[], lang: Lang): string {
  const shown = list.map(
    (e) => `  $ ${foldCommand(exampleIn(e, lang), HELP_WIDTH - 4, '      ').join('\n')}`,
  );
  return `\n${t(lang, 'help.examples')}\n${shown.join('\n')}\n`;
}

/** What a value was read as, when that is not what was typed (3万 → 30000, 11/20 → 2026-11-20). */
function echo(io: Io, lang: Lang, flag: string, input: string, value: string | number): void {
  if (normalizeInput(input) !== String(value))
    io.stderr(io.color.dim(t(lang, 'input.read-as', { flag, input, value })));
}

/** A parser for a number flag (full-width digits too): anything else, or out of range, is bad usage. */
function numberParser(s: Speaker, flag: string, { min, max, integer }: NonNullable<OptionSpec['number']>) {
  return (value: string): number => {
    const n = integer ? parseCount(value) : parseDecimal(value);
    // (said as an amount beyond its range is, and as the question asking for it refuses it)
    if (n !== undefined && max !== undefined && n > max) throw tooLarge(s, flag, value, max);
    // (above the maximum is refused just above: what is left is no number, or below the minimum)
    if (n === undefined || (min !== undefined && n < min)) {
      const range = [min !== undefined ? `>= ${min}` : '', max !== undefined ? `<= ${max}` : '']
        .filter(Boolean)
        .join(', ');
      throw new UsageError(
        t(s.lang, 'usage.bad-number', { flag, value, integer: integer ? 'yes' : '', range }),
        t(s.lang, 'hint.command-help', { command: s.command }),
      );
    }
    return n;
  };
}

/**
 * The parser of an option's value: read as typed, canonical, and said back when it differs;
 * an amount in the folder's `currency`.
 */
function valueParser(io: Io, s: Speaker, spec: OptionSpec, flag: string, currency: string) {
  if (spec.number) return numberParser(s, flag, spec.number);
  const read = (value: string): string | number => {
    if (spec.amount) return readAmount(s, flag, value, currency, spec.amount.max);
    if (spec.date) return readDate(s, flag, value, today(io.env));
    if (spec.choices) return checkChoice(s, flag, value, spec.choices);
    return value;
  };
  return (value: string, previous?: unknown) => {
    const parsed = read(value);
    // (only a value read into another form is said back; text is stored as typed)
    if (spec.amount || spec.date || spec.choices) echo(io, s.lang, flag, value, parsed);
    return spec.repeat ? [...((previous as unknown[] | undefined) ?? []), parsed] : parsed;
  };
}

function addOption(io: Io, command: Command, spec: OptionSpec, s: Speaker, currency: string): void {
  const flag = spec.flags.split(' ')[0]!;
  const option = new Option(spec.flags, helpText(s.lang, spec.help, currency));
  if (spec.number || spec.amount || spec.date || spec.choices || spec.repeat)
    option.argParser(valueParser(io, s, spec, flag, currency));
  command.addOption(option);
}

/** The version in package.json, the one place it is written. */
function version(): string {
  return ownPackage().version;
}

/** The long flags a command takes, its own and the global ones, for "did you mean". */
function flagsOf(command: Command): string[] {
  const own = command.options.map((o) => o.long).filter((f): f is string => Boolean(f));
  return command.parent ? [...own, ...flagsOf(command.parent)] : [...own, '--help', '--version'];
}

/**
 * Whether `extra`, an argument in excess, came right after an option's value, as the second
 * word of a value typed unquoted: `--name 山田 太郎`, `--name=山田 太郎`.
 */
function afterOptionValue(command: Command, extra: string): boolean {
  let root = command;
  while (root.parent) root = root.parent;
  const raw = (root as unknown as { rawArgs?: string[] }).rawArgs ?? [];
  const at = raw.indexOf(extra);
  if (at < 1) return false;
  const takesValue = (flag: string | undefined) =>
    command.options.some((o) => (o.long === flag || o.short === flag) && o.required);
  return (raw[at - 1]!.startsWith('--') && raw[at - 1]!.includes('=')) || takesValue(raw[at - 2]);
}

/**
 * commander's usage errors, worded here: each method replaces the one of commander's Command that
 * words the mistake in English (they are not in its typings; a test covers each).
 */
function sayUsageErrors(command: Command, lang: Lang): void {
  const name = command.parent ? `mixer ${command.name()}` : 'mixer';
  // (`code`: what a script reads in the error's JSON with --json, the message's key)
  const fail = (code: string, message: string, hint?: string): never => {
    const error = new UsageError(message, hint ?? t(lang, 'hint.command-help', { command: name }));
    error.code = code;
    throw error;
  };
  const didYouMean = (near: string | undefined) =>
    near ? t(lang, 'hint.closest', { values: near }) : undefined;
  Object.assign(command, {
    missingArgument: (arg: string) =>
      fail(
        'usage.missing-argument',
        t(lang, 'usage.missing-argument', { name: localizePlaceholders(lang, `<${arg}>`) }),
      ),
    optionMissingArgument: (option: { flags: string }) =>
      fail(
        'usage.option-missing-argument',
        t(lang, 'usage.option-missing-argument', { flag: localizePlaceholders(lang, option.flags) }),
      ),
    unknownOption: (flag: string) =>
      fail(
        'usage.unknown-option',
        t(lang, 'usage.unknown-option', { flag }),
        didYouMean(closest(flag, flagsOf(command))),
      ),
    _excessArguments: (received: string[]) =>
      fail(
        'usage.too-many-arguments',
        t(lang, 'usage.too-many-arguments', {
          expected: command.registeredArguments.length,
          got: received.length,
          extra: received
            .slice(command.registeredArguments.length)
            .map((arg) => (lang === 'ja' ? `「${showValue(arg)}」` : `"${showValue(arg)}"`))
            .join(lang === 'ja' ? '' : ', '),
        }),
        // (the quoting hint only where a value's second word is what came in excess)
        afterOptionValue(command, received[command.registeredArguments.length]!)
          ? t(lang, 'hint.too-many-arguments', { command: name })
          : t(lang, 'hint.command-help', { command: name }),
      ),
    unknownCommand: () => {
      const typed = String(command.args[0]);
      const names = command.commands.filter((c) => !hiddenCommand(c)).map((c) => c.name());
      fail(
        'usage.unknown-command',
        t(lang, 'usage.unknown-command', { name: typed }),
        didYouMean(closest(typed, names)) ?? t(lang, 'hint.command-help', { command: 'mixer' }),
      );
    },
  });
}

/**
 * `mixer --version` prints the version; anything else with it is bad usage, as a stray argument
 * is everywhere else (commander would print the version and drop the rest). The version is
 * printed once the line is read whole: when no command and no stray argument follows. Returns the
 * check for a command about to run.
 */
function versionOnly(program: Command, lang: Lang, writeOut: (s: string) => void): (arg: string) => void {
  let asked = false;
  // (a Command is an EventEmitter; its typings do not say so)
  (program as unknown as EventEmitter).removeAllListeners('option:version');
  program.on('option:version', () => {
    asked = true;
  });
  const refuse = (arg: string) => {
    if (!asked) return;
    // (asked for both, the two commands that answer each)
    const hint = arg === '--help' || arg === '-h' ? 'hint.version-or-help' : 'hint.version-alone';
    const error = new UsageError(t(lang, 'usage.version-alone', { arg }), t(lang, hint));
    error.code = 'usage.version-alone';
    throw error;
  };
  // (commander shows the help when no command follows the options: the version instead, when asked)
  const help: (context?: HelpContext) => never = program.help.bind(program);
  const unknownCommand = (program as unknown as { unknownCommand: () => never }).unknownCommand;
  Object.assign(program, {
    help: (context?: HelpContext) => {
      if (!asked) return help(context);
      writeOut(`${version()}\n`);
      throw new CommanderError(0, 'commander.version', version());
    },
    unknownCommand: () => {
      refuse(String(program.args[0]));
      return unknownCommand();
    },
  });
  return refuse;
}

/**
 * `--help` at the top level, as commander sees it there: with a command word that it did not
 * dispatch, `mixer --help validate` shows the help of that command, and an unknown word is an
 * unknown command (`mixer letter --help`, as `mixer letter`), never the general help; with
 * `--version`, it is a stray argument as any other. `find` gives the command of a name, declared.
 */
function helpOfWord(
  program: Command,
  versionAlone: (arg: string) => void,
  find: (name: string) => Command | undefined,
): void {
  const own = program as unknown as { _outputHelpIfRequested: (args: string[]) => void };
  const outputHelpIfRequested = own._outputHelpIfRequested.bind(program);
  const takesValue = (flag: string) =>
    program.options.some((o) => o.required && (o.long === flag || o.short === flag));
  own._outputHelpIfRequested = (args: string[]) => {
    const flag = args.find((arg) => arg === '--help' || arg === '-h');
    if (!flag) return outputHelpIfRequested(args);
    versionAlone(flag);
    // the first word that is neither an option nor a global option's value
    let word: string | undefined;
    for (let i = 0; i < program.args.length && word === undefined; i++) {
      const arg = program.args[i]!;
      if (arg === '--') word = program.args[i + 1];
      else if (!arg.startsWith('-')) word = arg;
      else if (takesValue(arg)) i++;
    }
    if (word === undefined) return outputHelpIfRequested(args);
    const command = find(word);
    if (!command) {
      program.args = [word];
      return (program as unknown as { unknownCommand: () => never }).unknownCommand();
    }
    command.outputHelp();
    throw new CommanderError(0, 'commander.helpDisplayed', '(outputHelp)');
  };
}

const hidden = new WeakSet<Command>();
const hiddenCommand = (c: Command) => hidden.has(c);

/**
 * The command line in `lang`; `currency`: the data folder's, as its mixer.yaml names it, in which
 * amounts are read and their help is written.
 */
export function buildProgram(
  io: Io,
  lang: Lang,
  setExit: (code: number) => void,
  prompter?: Prompter,
  currency = 'JPY',
): Command {
  const h = (key: PlainKey) => t(lang, key);
  const output = {
    writeOut: (s: string) => io.stdout(s),
    writeErr: (s: string) => io.stderr(s.trimEnd()),
    // (usage errors are worded by sayUsageErrors and reported by main)
    outputError: () => {},
    getOutHelpWidth: () => io.columns || 80,
    getErrHelpWidth: () => io.columns || 80,
  };
  const program = new Command('mixer');
  const speaker: Speaker = { lang, command: 'mixer' };
  program
    .description(h('help.program'))
    .usage(localizePlaceholders(lang, '[options] [command]'))
    .option('--data <dir>', h('help.global.--data'))
    .addOption(
      new Option('--lang <lang>', `${h('help.global.--lang')}: ${describeChoices(lang, 'lang')}`).argParser(
        (value) => checkChoice(speaker, '--lang', value, 'lang'),
      ),
    )
    .option('--no-cache', h('help.global.--no-cache'))
    .version(version(), '-V, --version', h('help.version'))
    .helpOption('-h, --help', h('help.help'))
    .helpCommand(false)
    .exitOverride()
    .showHelpAfterError(false)
    .configureOutput(output)
    .configureHelp({
      ...helpLayout(lang, io.columns || 80),
      visibleCommands: (cmd: Command) => cmd.commands.filter((c) => !hiddenCommand(c)),
      // (a command's options are declared only when it runs, and every command has some: not said here)
      subcommandTerm: (cmd: Command) =>
        localizePlaceholders(
          lang,
          [cmd.name(), ...cmd.registeredArguments.map((arg) => argumentName(arg))].join(' '),
        ),
    });
  program.addHelpText('after', examples(PROGRAM_EXAMPLES, lang));
  sayUsageErrors(program, lang);
  const versionAlone = versionOnly(program, lang, (s) => output.writeOut(s));

  const specs = new Map<Command, CommandSpec>();
  /** A command's options and examples, declared when it is about to parse or show its help. */
  const declare = (command: Command) => {
    const spec = specs.get(command);
    if (!spec || command.options.length) return;
    const s: Speaker = { lang, command: `mixer ${spec.name}` };
    if (spec.examples.length) command.addHelpText('after', examples(spec.examples, lang));
    for (const option of [...(spec.options ?? []), ...(spec.writes ? WRITE_OPTIONS : []), JSON_OPTION])
      addOption(io, command, option, s, currency);
  };
  const complete: CommandSpec = { ...COMPLETE, load: () => import('./commands/complete.js') };
  for (const spec of [...COMMANDS, complete]) {
    const command = program
      .command(spec.name)
      .description(helpText(lang, spec.about, currency))
      .exitOverride()
      .configureOutput(output);
    if (spec.hidden) hidden.add(command);
    for (const arg of spec.args ?? []) command.argument(arg.name, helpText(lang, arg.help, currency));
    command.usage(
      localizePlaceholders(lang, ['[options]', ...(spec.args ?? []).map((a) => a.name)].join(' ')),
    );
    sayUsageErrors(command, lang);
    specs.set(command, spec);
    command.action(async (...args: unknown[]) => {
      // (the commands' sentences load with the command: the help needs neither)
      const [, { run }] = await Promise.all([loadMessages(), spec.load()]);
      const ctx = new Context(io, program.opts() as GlobalOptions, prompter);
      ctx.command = `mixer ${spec.name}`;
      try {
        // positional arguments, then the command's own options
        setExit(await run(ctx, ...args.slice(0, -2), command.opts()));
      } catch (error) {
        if (error instanceof MixerError) {
          error.lang ??= ctx.lang;
          error.command ??= ctx.command;
        }
        throw error;
      }
    });
  }
  // `mixer help suggest`: the help of a command, as `mixer suggest --help`.
  const helpCommand = program
    .command('help')
    .description(h('help.help-command'))
    .argument('[command]', h('help.help-command.command'))
    .usage(localizePlaceholders(lang, '[command]'))
    .addHelpText('after', examples(HELP_EXAMPLES, lang))
    .exitOverride()
    .configureOutput(output)
    .action(async (name?: string) => {
      if (!name) return program.outputHelp();
      const command = program.commands.find((c) => c.name() === name && !hiddenCommand(c));
      if (!command) {
        program.args = [name];
        return (program as unknown as { unknownCommand: () => never }).unknownCommand();
      }
      declare(command);
      command.outputHelp();
    });
  sayUsageErrors(helpCommand, lang);
  helpOfWord(program, versionAlone, (name) => {
    const command = program.commands.find((c) => c.name() === name && !hiddenCommand(c));
    if (command) declare(command);
    return command;
  });
  program.hook('preSubcommand', (_program, command) => {
    versionAlone(command.name());
    declare(command);
  });
  return program;
}
