// One letter of a proposal, written where `propose` and `status` need it: the facts from the
// records and the matcher, the template, the recipients, the file (Markdown front matter and a
// plain-text body, or an .eml draft), and what the mixer should know before sending it.
import path from 'node:path';
import type { Context } from '../context.js';
import {
  type Envelope,
  envelope,
  type LetterFacts,
  letterContext,
  recipientsOf,
} from '../letters/compose.js';
import { emlOf } from '../letters/eml.js';
import { findTemplate, letterText, renderLetter, templateDirs } from '../letters/templates.js';
import { MUTUAL_REASON } from '../match/weights.js';
import type { LETTER_FORMATS, Side } from '../records/enums.js';
import type { LetterName } from '../records/lifecycle.js';
import type { Need } from '../records/schemas.js';
import { writesIn } from '../records/writes-in.js';
import { type DataFolder, partyName } from '../store/folder.js';
import { wordReasons } from '../ui/reasons.js';
import type { Lang } from '../util/lang.js';
import { label } from './choices.js';
import { checkChoice } from './flags.js';
import { folderMatcher } from './match-input.js';

export type LetterFormat = (typeof LETTER_FORMATS)[number];

export interface LetterFlags {
  template?: string;
  format?: string;
  letterLang?: string;
}

export interface PairingFacts {
  strength?: string;
  bothGain: boolean;
  score?: number;
  reasons?: string[];
}

/** The matcher's view of this pair today: the strength that fits and whether both gain. */
export function pairingFacts(ctx: Context, folder: DataFolder, needId: string, helper: string): PairingFacts {
  const [pairing] = folderMatcher(folder).scoreNeed(needId, {
    helper,
    minScore: 0,
    limit: 1,
    perHelper: 1,
    perNeed: 1,
    all: true,
  });
  if (!pairing) return { bothGain: false };
  return {
    strength: pairing.strength,
    bothGain: (pairing.parts.mutual ?? 0) >= MUTUAL_REASON,
    score: pairing.score,
    reasons: wordReasons(pairing.reasons, ctx.lang),
  };
}

export interface LetterOptions {
  /** The proposal's id, and the folder its record is in (relative to the data folder). */
  id: string;
  folder: string;
  need: Need;
  helper: string;
  mixer: string;
  first: Side;
  pairing: PairingFacts;
  note?: string;
  today: string;
}

export interface WrittenLetter {
  /** Path relative to the data folder. */
  rel: string;
  text: string;
  envelope: Envelope;
  /**
   * When the recipients write their records in another language than the letter's, and no
   * language was asked for: that language and who they are (the mixer may write it in theirs).
   */
  theirs?: { lang: Lang; names: string[] };
}

export interface LetterSettings {
  format: LetterFormat;
  /** The letter's language: --letter-lang, else the folder's (as messages are). */
  lang: Lang;
  /** Whether --letter-lang or --template chose it (then the recipients' language is not said). */
  chosen: boolean;
  /** Where templates are looked for, first found wins (mixer's own come last). */
  dirs: string[];
}

/** Checks `--format` and `--template` before anything else is done. */
export function letterSettings(ctx: Context, folder: DataFolder, flags: LetterFlags): LetterSettings {
  const format: LetterFormat = flags.format
    ? checkChoice(ctx, '--format', flags.format, 'letter-format')
    : 'md';
  const lang: Lang = flags.letterLang
    ? checkChoice(ctx, '--letter-lang', flags.letterLang, 'lang')
    : ctx.lang;
  const dirs = templateDirs(lang, {
    flag: flags.template,
    flagDir: flags.template ? path.resolve(ctx.io.cwd, flags.template) : undefined,
    folderDir: folder.dir,
  });
  // (a template folder given is for the language it was given for)
  return { format, lang, chosen: Boolean(flags.letterLang || flags.template), dirs };
}

/**
 * The language the recipients of a letter write their records in (both sides of an introduction,
 * when they agree), when it is not the letter's and the letter's was not chosen: the sender writes
 * in the folder's language by default, and is told that the recipients write in another.
 */
function theirLanguage(
  folder: DataFolder,
  letter: LetterName,
  facts: Pick<LetterFacts, 'need' | 'helper'>,
  settings: LetterSettings,
): WrittenLetter['theirs'] {
  if (settings.chosen) return undefined;
  const recipients = recipientsOf(letter, facts);
  const langs = new Set(recipients.map((id) => writesIn(folder.records, id)));
  const [only] = langs;
  if (langs.size !== 1 || !only || only === settings.lang) return undefined;
  return { lang: only, names: recipients.map((id) => partyName(folder, id)) };
}

export async function writeLetter(
  folder: DataFolder,
  letter: LetterName,
  options: LetterOptions,
  settings: LetterSettings,
): Promise<WrittenLetter> {
  const facts: LetterFacts = {
    need: options.need,
    helper: options.helper,
    mixer: options.mixer,
    first: options.first,
    strength: options.pairing.strength,
    bothGain: options.pairing.bothGain,
    note: options.note,
    today: options.today,
  };
  const lang = settings.lang;
  const template = findTemplate(letter === 'introduction' ? 'introduction' : 'ask', lang, settings.dirs);
  const rendered = renderLetter(template, letterContext(folder.records, facts, letter, lang), lang);
  const to = envelope(folder.records, facts, letter);
  const text =
    settings.format === 'eml'
      ? await emlOf(rendered, to, { date: options.today, id: `${options.id}.${letter}` })
      : letterText(rendered, to);
  const rel = path.posix.join(options.folder, `${options.id}.${letter}.${settings.format}`);
  const theirs = theirLanguage(folder, letter, facts, settings);
  return { rel, text, envelope: to, ...(theirs ? { theirs } : {}) };
}

/**
 * What the mixer should know before sending a letter: each recipient the records have no e-mail
 * for, and recipients who describe themselves in the other language (with the flag to write in it).
 * `inFile`: the letter was written to its file (else printed).
 */
export function tellAboutLetter(ctx: Context, written: WrittenLetter, inFile = true): void {
  for (const name of written.envelope.missing)
    ctx.io.stderr(
      ctx.io.color.yellow(
        inFile
          ? ctx.t('letter.no-email', { name, file: written.rel })
          : ctx.t('letter.no-email-printed', { name }),
      ),
    );
  if (written.theirs)
    ctx.io.stderr(
      ctx.t('letter.their-language', {
        names: written.theirs.names.join(ctx.lang === 'ja' ? '、' : ', '),
        lang: label(ctx.lang, 'lang', written.theirs.lang),
        flag: `--letter-lang ${written.theirs.lang}`,
      }),
    );
}
