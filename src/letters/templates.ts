// Letter templates: YAML front matter (subject, to, cc) and a Markdown body, both rendered with
// LiquidJS in strict mode. Record text is data: a `{{ … }}` inside a summary is printed as is.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Liquid } from 'liquidjs';
import { parse } from 'yaml';
import { MixerError } from '../errors.js';
import type { Lang } from '../util/lang.js';
import { endate, jdate, sama } from './filters.js';
import { said } from './said.js';

// A file path, not a URL's pathname: that one is percent-encoded (a space is %20, ミ is %E3%83%9F).
const BUILT_IN = fileURLToPath(new URL('../../templates/', import.meta.url));

export type TemplateName = 'ask' | 'introduction';

export interface Letter {
  subject: string;
  to: string;
  cc: string;
  body: string;
  /** The whole file: front matter and body. */
  text: string;
}

/** Where a template is looked for: --template DIR, then the data folder's templates/, then mixer's own. */
export function findTemplate(name: TemplateName, lang: Lang, dirs: string[]): string {
  const candidates = [
    ...dirs.flatMap((dir) => [path.join(dir, lang, `${name}.md`), path.join(dir, `${name}.md`)]),
    path.join(BUILT_IN, lang, `${name}.md`),
  ];
  const found = candidates.find((file) => fs.existsSync(file));
  if (!found) throw new MixerError(said('letter.no-template', { name, lang }));
  return found;
}

function engine(): Liquid {
  const liquid = new Liquid({ strictVariables: true, strictFilters: true, lenientIf: true });
  liquid.registerFilter('jdate', jdate);
  liquid.registerFilter('endate', endate);
  liquid.registerFilter('sama', sama);
  return liquid;
}

/**
 * Splits `---\nfront matter\n---\nbody`; the front matter line count keeps body line numbers true.
 * A template saved with CRLF line ends is read with LF ones.
 */
function split(source: string): { front: string; body: string; bodyLine: number } {
  const text = source.replace(/\r\n/g, '\n');
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(text);
  if (!match) return { front: '', body: text, bodyLine: 1 };
  return { front: match[1]!, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

export function renderLetter(file: string, context: object): Letter {
  const source = fs.readFileSync(file, 'utf8');
  const { front, body, bodyLine } = split(source);
  const liquid = engine();
  const render = (template: string, firstLine: number): string => {
    try {
      return liquid.parseAndRenderSync(template, context);
    } catch (error) {
      const e = error as Error & { token?: { getPosition?: () => [number, number] } };
      const [line, col] = e.token?.getPosition?.() ?? [1, 1];
      const detail = e.message.replace(/, line:\d+, col:\d+$/, '');
      throw new MixerError(
        said('letter.template-error', { file, line: line + firstLine - 1, col, detail }),
        1,
        said('hint.template-error'),
      );
    }
  };
  const meta = (parse(front || '{}', { logLevel: 'error' }) ?? {}) as Record<string, unknown>;
  const field = (key: string) => (typeof meta[key] === 'string' ? render(meta[key] as string, 2).trim() : '');
  const subject = field('subject');
  const to = field('to');
  const cc = field('cc');
  const rendered = render(body, bodyLine)
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const quote = (s: string) => JSON.stringify(s);
  const text = `---\nsubject: ${quote(subject)}\nto: ${quote(to)}\ncc: ${quote(cc)}\n---\n\n${rendered}\n`;
  return { subject, to, cc, body: rendered, text };
}
