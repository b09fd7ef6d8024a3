// Every letter the sample network would send: for each pairing `mixer suggest` lists, the three
// letters of its proposal in both languages. They must read well, pass markdownlint and keep their
// promises, as the community manager who sends them would want. With LETTERS_OUT=dir they are also
// written there, to read.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { envelope, type LetterFacts, letterContext } from '../src/letters/compose.js';
import { findTemplate, letterText, renderLetter } from '../src/letters/templates.js';
import { LETTER_NAMES, type LetterName } from '../src/records/lifecycle.js';
import { loadDataFolder } from '../src/store/load.js';
import { mixerJson, SAMPLE } from './helpers.js';
import {
  lintProblems,
  type PromiseFacts,
  promiseProblems,
  splitLetter,
  textProblems,
} from './letter-checks.js';

interface Pairing {
  need: string;
  helper: string;
  strength?: string;
  parts: { mutual: number };
}

const folder = loadDataFolder(SAMPLE);
// (without the record cache: the sample in the checkout is read, and nothing written beside it)
const pairings = await mixerJson<Pairing[]>(['--data', SAMPLE, '--no-cache', 'suggest', '--limit', '200']);

function contactsOf(id: string): string[] {
  const c = folder.records.members.get(id)?.data.contact;
  return [c?.email, c?.phone].filter((x): x is string => Boolean(x));
}

describe.each(['ja', 'en'] as const)('the letters of the sample network, in %s', (lang) => {
  it('read well, pass markdownlint and keep their promises', () => {
    expect(pairings.length).toBeGreaterThan(20);
    const found: string[] = [];
    const out = process.env.LETTERS_OUT;
    for (const p of pairings) {
      const need = folder.records.needs.get(p.need)!.data;
      const facts: LetterFacts = {
        need,
        helper: p.helper,
        mixer: 'mx-kimura',
        first: 'owner',
        strength: p.strength,
        bothGain: p.parts.mutual >= 0.3,
        today: '2026-11-26',
      };
      const letters = LETTER_NAMES.map((name: LetterName) => {
        const template = findTemplate(name === 'introduction' ? 'introduction' : 'ask', lang, []);
        const letter = renderLetter(template, letterContext(folder.records, facts, name, lang), lang);
        const text = letterText(letter, envelope(folder.records, facts, name));
        if (out) {
          fs.mkdirSync(path.join(out, lang), { recursive: true });
          fs.writeFileSync(path.join(out, lang, `${p.need}--${p.helper}.${name}.md`), text);
        }
        const to =
          name === 'introduction'
            ? ('both' as const)
            : name === 'ask-owner'
              ? ('owner' as const)
              : ('helper' as const);
        return { name, to, text, body: splitLetter(text).body };
      });
      const party = (id: string) => ({
        name: folder.records.members.get(id)?.data.name ?? folder.records.spaces.get(id)?.data.name ?? id,
        contacts: contactsOf(id),
      });
      const promiseFacts: PromiseFacts = {
        owner: party(need.owner),
        helper: party(p.helper),
        bothShared: false,
      };
      const where = (what: string) => `${p.need} × ${p.helper}: ${what}`;
      for (const l of letters) {
        for (const problem of textProblems(l.body)) found.push(where(`${l.name}: ${problem}`));
        for (const problem of lintProblems(l.text)) found.push(where(`${l.name}: markdownlint ${problem}`));
      }
      for (const problem of promiseProblems(lang, letters, promiseFacts)) found.push(where(problem));
    }
    expect(found).toEqual([]);
  });
});
