// The layout of the help: fitted to the terminal by display width (Japanese wraps between any two
// characters, never before 、 or 。), and every word of it in the user's language, commander's own
// titles and placeholders included.
import type { Help as CommanderHelp } from 'commander';
import { displayWidth, wrapWidth } from '../util/text.js';
import { isMessageKey, type Lang, type PlainKey, t } from './messages.js';

/** commander's titles, as its help writes them. */
const TITLES: Record<string, PlainKey> = {
  'Usage:': 'help.title.usage',
  'Arguments:': 'help.title.arguments',
  'Options:': 'help.title.options',
  'Commands:': 'help.title.commands',
  'Global Options:': 'help.title.global',
};

/** `<id>` → `<ID>`, `[options]` → `[オプション]`: the placeholders of a usage line, in the user's language. */
export function localizePlaceholders(lang: Lang, text: string): string {
  return text.replace(/([<[])([^\]>]+)([\]>])/g, (whole, open: string, name: string, close: string) => {
    const key = `placeholder.${name}`;
    return isMessageKey(key) ? `${open}${t(lang, key as 'placeholder.id')}${close}` : whole;
  });
}

/** Wraps a help text at a width, by display columns. */
function boxWrap(text: string, width: number): string {
  return text
    .split('\n')
    .flatMap((line) => wrapWidth(line, width))
    .join('\n');
}

/** What commander's help is configured with. */
export function helpLayout(lang: Lang, width: number): Partial<CommanderHelp> & Record<string, unknown> {
  return {
    helpWidth: width,
    minWidthToWrap: 30,
    displayWidth: (text: string) => displayWidth(text),
    boxWrap: (text: string, at: number) => boxWrap(text, at),
    styleTitle: (title: string) => (TITLES[title] ? t(lang, TITLES[title]!) : title),
    optionTerm: (option: { flags: string }) => localizePlaceholders(lang, option.flags),
    argumentTerm: (argument: { name: () => string; required: boolean; variadic: boolean }) =>
      localizePlaceholders(lang, argumentName(argument)),
  };
}

/** `<need>`, `[dir]`, `[words...]`: an argument as the usage line writes it. */
export function argumentName(argument: { name: () => string; required: boolean; variadic: boolean }): string {
  const name = `${argument.name()}${argument.variadic ? '...' : ''}`;
  return argument.required ? `<${name}>` : `[${name}]`;
}
