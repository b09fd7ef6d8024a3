// What the letters report, as data (a message key and its parameters); the ui words it
// (src/ui/messages/letters.ts), and src/commands/worded.ts checks the two agree.
import { sayer } from '../errors.js';

export interface LetterMessages {
  'letter.no-template': { lang: string; name: string };
  'letter.no-template-dir': { dir: string };
  'letter.empty-template-dir': { dir: string; lang: string };
  'hint.template-dir': Record<string, never>;
  'letter.template-error': { file: string; line: number; col: number; detail: string };
  'hint.template-error': Record<string, never>;
  'hint.template-include': Record<string, never>;
  'hint.template-limit': Record<string, never>;
  'letter.front-matter-key': { file: string; key: string };
  'hint.front-matter': Record<string, never>;
}

export const said = sayer<LetterMessages>();
