// Every question mixer asks goes through this one interface, so tests can answer from a script
// and another prompt library could replace this one.
import type { Lang } from './messages.js';

export interface Choice<T> {
  name: string;
  value: T;
  description?: string;
}

export interface Prompter {
  text(
    message: string,
    options?: { default?: string; validate?: (value: string) => true | string },
  ): Promise<string>;
  select<T>(message: string, choices: Array<Choice<T>>, options?: { default?: T }): Promise<T>;
  /** A list filtered as the user types. */
  search<T>(message: string, choices: Array<Choice<T>>): Promise<T>;
  confirm(message: string, options?: { default?: boolean }): Promise<boolean>;
}

/** Prompts in the terminal with @inquirer/prompts, loaded only when a question is asked. */
export function terminalPrompter(_lang: Lang): Prompter {
  const load = () => import('@inquirer/prompts');
  return {
    async text(message, options = {}) {
      const { input } = await load();
      return input({ message, default: options.default, validate: options.validate });
    },
    async select(message, choices, options = {}) {
      const { select } = await load();
      return select({ message, choices, default: options.default, pageSize: 12 });
    },
    async search(message, choices) {
      const { search } = await load();
      return search({
        message,
        pageSize: 12,
        source: (term) => {
          const needle = (term ?? '').toLowerCase();
          return choices.filter(
            (c) =>
              !needle ||
              c.name.toLowerCase().includes(needle) ||
              String(c.value).toLowerCase().includes(needle),
          );
        },
      });
    },
    async confirm(message, options = {}) {
      const { confirm } = await load();
      return confirm({ message, default: options.default ?? true });
    },
  };
}
