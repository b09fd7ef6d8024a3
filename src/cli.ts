// The command line, declared from the table of commands (src/commands/table.ts). Each command's
// module is loaded only when it runs, so `mixer --help` stays fast.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type * as Commander from 'commander';
import {
  COMMANDS,
  type CommandSpec,
  type Help,
  JSON_OPTION,
  type OptionSpec,
  WRITE_OPTIONS,
} from './commands/table.js';
import type { GlobalOptions } from './context.js';
import { MixerError } from './errors.js';
import { LANGS } from './records/enums.js';
import { type Lang, type PlainKey, t } from './ui/messages.js';
import type { Io } from './ui/output.js';

// commander is CommonJS. Required as such it loads without the ESM wrapper and the scan of its
// source for exports that `import` costs: about 6 ms of every run, a tenth of `mixer --help`.
const { Command, CommanderError, InvalidArgumentError, Option } = createRequire(import.meta.url)(
  'commander',
) as typeof Commander;
type Command = Commander.Command;

export { CommanderError };

function helpText(lang: Lang, help: Help): string {
  if (typeof help === 'string') return t(lang, help);
  if ('text' in help) return help.text;
  const choices = help.choices.join(' | ');
  return help.key ? t(lang, help.key, { choices }) : choices;
}

function examples(spec: CommandSpec, lang: Lang): string {
  return `\n${t(lang, 'help.examples')}\n${spec.examples.map((e) => `  $ ${e}`).join('\n')}\n`;
}

/** A parser for a number flag: anything else, or a number out of range, is bad usage. */
function numberParser(lang: Lang, flag: string, { min, max, integer }: NonNullable<OptionSpec['number']>) {
  return (value: string): number => {
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

const collect = (value: string, previous: string[] = []) => [...previous, value];

function addOption(command: Command, spec: OptionSpec, lang: Lang): void {
  const flag = spec.flags.split(' ')[0]!;
  const option = new Option(spec.flags, helpText(lang, spec.help));
  if (spec.number) option.argParser(numberParser(lang, flag, spec.number));
  else if (spec.repeat) option.argParser(collect);
  command.addOption(option);
}

/** The version in package.json, the one place it is written. */
function version(): string {
  return (
    JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
  ).version;
}

export function buildProgram(io: Io, lang: Lang, setExit: (code: number) => void): Command {
  const h = (key: PlainKey) => t(lang, key);
  const output = { writeOut: (s: string) => io.stdout(s), writeErr: (s: string) => io.stderr(s.trimEnd()) };
  const program = new Command('mixer');
  program
    .description(h('help.program'))
    .option('--data <dir>', h('help.global.--data'))
    .addOption(new Option('--lang <lang>', h('help.global.--lang')).choices(LANGS))
    .version(version(), '-V, --version', h('help.version'))
    .helpOption('-h, --help', h('help.help'))
    .helpCommand(false)
    .exitOverride()
    .showHelpAfterError(false)
    .configureOutput(output)
    .configureHelp({
      // Every command takes options (--json at least), declared only when it runs (below).
      subcommandTerm: (cmd) =>
        [
          cmd.name(),
          '[options]',
          ...cmd.registeredArguments.map((arg) => {
            const name = `${arg.name()}${arg.variadic ? '...' : ''}`;
            return arg.required ? `<${name}>` : `[${name}]`;
          }),
        ].join(' '),
    });

  const specs = new Map<Command, CommandSpec>();
  for (const spec of COMMANDS) {
    const command = program
      .command(spec.name)
      .description(helpText(lang, spec.about))
      .exitOverride()
      .configureOutput(output);
    for (const arg of spec.args ?? []) command.argument(arg.name, helpText(lang, arg.help));
    specs.set(command, spec);
    command.action(async (...args: unknown[]) => {
      // (loaded here, with the command: the help needs neither)
      const [{ Context }, { run }] = await Promise.all([import('./context.js'), spec.load()]);
      const ctx = new Context(io, program.opts() as GlobalOptions);
      try {
        // positional arguments, then the command's own options
        setExit(await run(ctx, ...args.slice(0, -2), command.opts()));
      } catch (error) {
        if (error instanceof MixerError) error.lang ??= ctx.lang;
        throw error;
      }
    });
  }
  // A command's options and examples are declared when it is about to parse its part of the line:
  // `mixer --help` lists the commands without building every command's options.
  program.hook('preSubcommand', (_program, command) => {
    const spec = specs.get(command);
    if (!spec || command.options.length) return;
    command.addHelpText('after', examples(spec, lang));
    for (const option of [...(spec.options ?? []), ...(spec.writes ? WRITE_OPTIONS : []), JSON_OPTION])
      addOption(command, option, lang);
  });
  return program;
}
