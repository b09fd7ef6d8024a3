// mixer __complete WORDS…: what the shell may put in place of the last word (the completion scripts
// of `mixer completion` call it on Tab). Commands, their flags, the values of lists, and the ids of
// the data folder, read from the file names alone. Never an error: a word it cannot help with
// gets nothing, and the shell falls back to file names.
import type { Context } from '../context.js';
import { KIND_FOLDERS } from '../records/enums.js';
import { locateDataFolder } from '../store/locate.js';
import { idsOnDisk } from '../store/names.js';
import { LISTS } from './choices.js';
import type { IdKind } from './flags.js';
import { COMMANDS, type Completion, JSON_OPTION, type OptionSpec, WRITE_OPTIONS } from './table.js';

const GLOBAL: OptionSpec[] = [
  { flags: '--data <dir>', help: { text: '' } },
  { flags: '--lang <lang>', help: { text: '' }, choices: 'lang' },
  { flags: '--help', help: { text: '' } },
  { flags: '--version', help: { text: '' } },
];

const takesValue = (o: OptionSpec) => o.flags.includes(' <');
const longFlag = (o: OptionSpec) => o.flags.split(' ')[0]!;

/** What completes each kind of value, given how to list the ids of a kind. */
function values(complete: Completion | undefined, ids: (kind: IdKind) => string[]): string[] {
  if (!complete) return [];
  if ('lists' in complete) return complete.lists.flatMap((list) => [...LISTS[list]]);
  return ids(complete.ids);
}

/** `list needs --status`: the statuses of the kind listed, not those of every kind. */
function statusOfKind(command: string | undefined, option: OptionSpec, kind: string | undefined) {
  if (command !== 'list' || longFlag(option) !== '--status') return undefined;
  if (kind === 'needs') return { lists: ['need-status'] } satisfies Completion;
  if (kind === 'proposals') return { lists: ['proposal-status'] } satisfies Completion;
  return undefined;
}

/**
 * `status`: a proposal or a need, then the statuses of the one named (a proposal's, or a need's:
 * solved, dropped, open). Undefined for any other command.
 */
function statusArgument(command: string | undefined, positionals: string[], ids: (kind: IdKind) => string[]) {
  if (command !== 'status') return undefined;
  if (positionals.length === 0) return [...ids('proposals'), ...ids('needs')];
  if (positionals.length > 1) return [];
  const [id] = positionals as [string];
  const need = !ids('proposals').includes(id) && ids('needs').includes(id);
  return [...LISTS[need ? 'need-status' : 'proposal-status']];
}

/** The candidates for the last word of `words` (the words after `mixer`, the last being typed). */
export function completions(words: string[], ids: (kind: IdKind) => string[]): string[] {
  const current = words.at(-1) ?? '';
  const before = words.slice(0, -1);
  const visible = COMMANDS.filter((c) => !c.hidden);
  let command: (typeof COMMANDS)[number] | undefined;
  let helpCommand = false;
  const positionals: string[] = [];
  let options = GLOBAL;
  let pendingValue: OptionSpec | undefined;
  for (const word of before) {
    if (pendingValue) {
      pendingValue = undefined;
      continue;
    }
    if (word.startsWith('-')) {
      const option = options.find((o) => longFlag(o) === word.split('=')[0]);
      if (option && takesValue(option) && !word.includes('=')) pendingValue = option;
      continue;
    }
    if (!command && !helpCommand) {
      command = COMMANDS.find((c) => c.name === word);
      helpCommand = word === 'help';
      if (command)
        options = [
          ...GLOBAL,
          ...(command.options ?? []),
          ...(command.writes ? WRITE_OPTIONS : []),
          JSON_OPTION,
        ];
      continue;
    }
    positionals.push(word);
  }
  const positional = positionals.length;
  let candidates: string[];
  if (pendingValue)
    candidates = pendingValue.choices
      ? [...LISTS[pendingValue.choices]]
      : values(statusOfKind(command?.name, pendingValue, positionals[0]) ?? pendingValue.complete, ids);
  else if (current.startsWith('-')) candidates = options.map(longFlag);
  else if (helpCommand) candidates = positional === 0 ? visible.map((c) => c.name) : [];
  else if (!command) candidates = [...visible.map((c) => c.name), 'help'];
  else
    candidates =
      statusArgument(command.name, positionals, ids) ?? values(command.args?.[positional]?.complete, ids);
  return [...new Set(candidates)].filter((c) => c.startsWith(current)).sort();
}

/** The data folder the completed command line names (--data), else the one mixer would use. */
function dataDir(ctx: Context, words: string[]): string {
  const at = words.indexOf('--data');
  const flag = at >= 0 ? words[at + 1] : words.find((w) => w.startsWith('--data='))?.slice(7);
  return flag ? locateDataFolder(flag, ctx.io.env, ctx.io.cwd) : ctx.dir;
}

export function run(ctx: Context, words: string[] = []): number {
  try {
    const dir = dataDir(ctx, words);
    const ids = (kind: IdKind): string[] => {
      if (kind === 'owner') return [...idsOnDisk(dir, 'members'), ...idsOnDisk(dir, 'spaces')];
      if (kind === 'record') return KIND_FOLDERS.flatMap((k) => idsOnDisk(dir, k));
      return idsOnDisk(dir, kind);
    };
    const found = completions(words.length ? words : [''], ids);
    if (found.length) ctx.io.stdout(found.join('\n'));
  } catch {
    // (a Tab never prints an error into the user's command line)
  }
  return 0;
}
