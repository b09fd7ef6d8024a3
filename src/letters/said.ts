// What the letters report, as data (a message key and its parameters); the ui words it
// (src/ui/messages/letters.ts), and src/ui/words.ts checks the two agree.
import { sayer } from '../errors.js';

export interface LetterMessages {
  'letter.no-template': { lang: string; name: string };
  'letter.template-error': { file: string; line: number; col: number; detail: string };
  'hint.template-error': Record<string, never>;
}

export const said = sayer<LetterMessages>();
