// Letter templates: YAML front matter (the subject, and an optional cc) and a plain-text body, both
// rendered with LiquidJS in strict mode inside a sandbox: a template may include only files of its
// own folder and of mixer's templates, and parsing, time and memory are limited. Record text is
// data: a `{{ … }}` inside a summary is printed as is. Recipients are not the template's to choose:
// they come from the records through the public view (compose.ts).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Liquid } from 'liquidjs';
import { parse } from 'yaml';
import { MixerError, UsageError } from '../errors.js';
import type { Lang } from '../util/lang.js';
import { ROOT } from '../util/package.js';
import type { Address, Envelope } from './compose.js';
import { endate, jdate, sama } from './filters.js';
import { said } from './said.js';

// A file path, not a URL's pathname: that one is percent-encoded (a space is %20, ミ is %E3%83%9F).
const BUILT_IN = fileURLToPath(new URL('templates/', ROOT));

export type TemplateName = 'ask' | 'introduction';
const TEMPLATE_NAMES: TemplateName[] = ['ask', 'introduction'];

/** What a template may say in its front matter; the rest of the envelope is mixer's. */
const FRONT_MATTER_KEYS = ['subject', 'cc'];

// Limits for a template from anywhere: a letter is a few kilobytes.
const LIMITS = {
  /** Characters parsed in one go (the template and its includes). */
  parseLimit: 200_000,
  /** Milliseconds for one rendering. */
  renderLimit: 2_000,
  /** Allocations (array items, joined strings) in one rendering. */
  memoryLimit: 200_000,
};
/** A letter longer than this came from a runaway loop. */
const MAX_LETTER = 100_000;

export interface Letter {
  subject: string;
  /** Extra copies the template asks for (a team's inbox). */
  cc: string[];
  body: string;
}

/**
 * The folders templates are looked for in, first found wins: `--template DIR`, then the data
 * folder's `templates/`, then mixer's own. A `--template` folder that does not exist or holds no
 * template is bad usage: the letters would silently be mixer's own.
 */
export function templateDirs(
  lang: Lang,
  options: { flag?: string; flagDir?: string; folderDir: string },
): string[] {
  const dirs: string[] = [];
  if (options.flagDir) {
    const dir = options.flagDir;
    const flag = options.flag ?? dir;
    if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory())
      throw new UsageError(said('letter.no-template-dir', { dir: flag }), said('hint.template-dir'));
    const holds = TEMPLATE_NAMES.some((name) =>
      candidates([dir], name, lang).some((file) => fs.existsSync(file)),
    );
    if (!holds)
      throw new UsageError(said('letter.empty-template-dir', { dir: flag, lang }), said('hint.template-dir'));
    dirs.push(dir);
  }
  dirs.push(path.join(options.folderDir, 'templates'));
  return dirs;
}

function candidates(dirs: string[], name: TemplateName, lang: Lang): string[] {
  return dirs.flatMap((dir) => [path.join(dir, lang, `${name}.md`), path.join(dir, `${name}.md`)]);
}

/** The template file for a letter. */
export function findTemplate(name: TemplateName, lang: Lang, dirs: string[]): string {
  const found = [...candidates(dirs, name, lang), path.join(BUILT_IN, lang, `${name}.md`)].find((file) =>
    fs.existsSync(file),
  );
  if (!found) throw new MixerError(said('letter.no-template', { name, lang }));
  return found;
}

const engines = new Map<string, Liquid>();

/** Includes are found beside the template, then among mixer's own (`{% render 'parts/place' %}`). */
function engine(file: string, lang: Lang): Liquid {
  const roots = [...new Set([path.dirname(file), path.join(BUILT_IN, lang)])];
  const key = roots.join('\u0000');
  const known = engines.get(key);
  if (known) return known;
  const liquid = new Liquid({
    root: roots,
    partials: roots,
    layouts: roots,
    relativeReference: false,
    extname: '.liquid',
    strictVariables: true,
    strictFilters: true,
    lenientIf: true,
    ownPropertyOnly: true,
    // Includes read once per run: one run writes a few letters from the same files.
    cache: true,
    ...LIMITS,
  });
  liquid.registerFilter('jdate', jdate);
  liquid.registerFilter('endate', endate);
  liquid.registerFilter('sama', sama);
  engines.set(key, liquid);
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

function hintFor(detail: string) {
  if (/Failed to lookup/.test(detail)) return said('hint.template-include');
  if (/limit exceeded/.test(detail)) return said('hint.template-limit');
  return said('hint.template-error');
}

const parsedTemplates = new WeakMap<Liquid, Map<string, ReturnType<Liquid['parse']>>>();

/** A template's source parsed once per engine (one run may write many letters from it). */
function parsed(liquid: Liquid, source: string): ReturnType<Liquid['parse']> {
  const known = parsedTemplates.get(liquid) ?? new Map<string, ReturnType<Liquid['parse']>>();
  parsedTemplates.set(liquid, known);
  const templates = known.get(source) ?? liquid.parse(source);
  known.set(source, templates);
  return templates;
}

export function renderLetter(file: string, context: object, lang: Lang): Letter {
  const source = fs.readFileSync(file, 'utf8');
  const { front, body, bodyLine } = split(source);
  const liquid = engine(file, lang);
  const fail = (line: number, col: number, detail: string): never => {
    throw new MixerError(said('letter.template-error', { file, line, col, detail }), 1, hintFor(detail));
  };
  const render = (template: string, firstLine: number): string => {
    let text: string;
    try {
      text = liquid.renderSync(parsed(liquid, template), context);
    } catch (error) {
      const e = error as Error & { token?: { getPosition?: () => [number, number] } };
      const [line, col] = e.token?.getPosition?.() ?? [1, 1];
      return fail(line + firstLine - 1, col, e.message.replace(/, line:\d+, col:\d+$/, ''));
    }
    if (text.length > MAX_LETTER) fail(firstLine, 1, `letter longer than ${MAX_LETTER} characters`);
    return text;
  };
  const meta = (parse(front || '{}', { logLevel: 'error' }) ?? {}) as Record<string, unknown>;
  const unknown = Object.keys(meta).find((key) => !FRONT_MATTER_KEYS.includes(key));
  if (unknown)
    throw new MixerError(
      said('letter.front-matter-key', { file, key: unknown }),
      1,
      said('hint.front-matter'),
    );
  const field = (key: string) => (typeof meta[key] === 'string' ? render(meta[key] as string, 2).trim() : '');
  const rendered = render(body, bodyLine)
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return {
    subject: field('subject'),
    cc: field('cc')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    body: rendered,
  };
}

/** `Name <address>`, the name quoted when it holds a character that would split the address. */
function formatAddress(a: Address): string {
  const name = /[()<>[\]:;@\\,."]/.test(a.name) ? `"${a.name.replace(/(["\\])/g, '\\$1')}"` : a.name;
  return `${name} <${a.address}>`;
}

/** The letter as a file: front matter for the subject and the recipients, then the plain-text body. */
export function letterText(letter: Letter, envelope: Envelope): string {
  const quote = (s: string) => JSON.stringify(s);
  const list = (addresses: Address[]) => addresses.map(formatAddress).join(', ');
  const lines = [`subject: ${quote(letter.subject)}`];
  if (envelope.from) lines.push(`from: ${quote(formatAddress(envelope.from))}`);
  lines.push(`to: ${quote(list(envelope.to))}`);
  if (letter.cc.length) lines.push(`cc: ${quote(letter.cc.join(', '))}`);
  if (envelope.bcc.length) lines.push(`bcc: ${quote(list(envelope.bcc))}`);
  return `---\n${lines.join('\n')}\n---\n\n${letter.body}\n`;
}
