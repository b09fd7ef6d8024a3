// Every letter of a proposal, for every combination of what may be private or missing: the owner
// and the helper public or private, the need public or private, a public strength or none, a space
// with an area or none, contact details or none, a meeting on record or none. Each letter must read
// well (no empty section, no empty brackets, no 「」, no doubled particle), keep what is private in
// the team, pass markdownlint and the mail parser, and make no promise another letter of the same
// proposal breaks. A few combinations are kept as golden files to read.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { envelope, type LetterFacts, type LetterRecords, letterContext } from '../src/letters/compose.js';
import { emlOf } from '../src/letters/eml.js';
import { findTemplate, letterText, renderLetter } from '../src/letters/templates.js';
import type { Side } from '../src/records/enums.js';
import type { LetterName } from '../src/records/lifecycle.js';
import { KIND_SCHEMAS } from '../src/records/schemas.js';
import type { Lang } from '../src/util/lang.js';
import { ROOT } from './helpers.js';
import {
  lintProblems,
  type PromiseFacts,
  parseEml,
  promiseProblems,
  splitLetter,
  textProblems,
} from './letter-checks.js';

const GOLDEN = path.join(ROOT, 'test/golden/letters');

interface Combination {
  ownerPublic: boolean;
  helperPublic: boolean;
  needPublic: boolean;
  strength: boolean;
  area: boolean;
  contact: boolean;
  met: boolean;
}
const DIMENSIONS = [
  'ownerPublic',
  'helperPublic',
  'needPublic',
  'strength',
  'area',
  'contact',
  'met',
] as const;

function combinations(): Combination[] {
  return Array.from({ length: 2 ** DIMENSIONS.length }, (_, n) =>
    Object.fromEntries(DIMENSIONS.map((d, i) => [d, Boolean(n & (1 << i))])),
  ) as unknown as Combination[];
}

function nameOf(c: Combination): string {
  const on = (b: boolean, yes: string, no: string) => (b ? yes : no);
  return [
    on(c.ownerPublic, 'owner', 'owner~'),
    on(c.helperPublic, 'helper', 'helper~'),
    on(c.needPublic, 'need', 'need~'),
    on(c.strength, 'strength', 'no-strength'),
    on(c.area, 'area', 'no-area'),
    on(c.contact, 'contact', 'no-contact'),
    on(c.met, 'met', 'not-met'),
  ].join('.');
}

/** The words of the records, in the language of the letters. */
const TEXT = {
  ja: {
    hub: 'はなまきラボ',
    area: '岩手県花巻市',
    online: 'オンライン東北',
    owner: '一関りんご農園',
    ownerSummary: '一関市で三代続くりんご農園',
    ownerStrength: 'りんごの栽培',
    helper: '佐藤 美咲',
    helperSummary: '通販サイトの制作を手がけるデザイナー',
    strength: 'ネットショップの立ち上げ',
    secret: '社内システムの保守',
    titles: [
      '贈答用の箱をデザインしてくれる人を探している',
      'ネット販売の導入をしたい',
      'りんごをネットで直接売りたい',
    ],
    subject: 'りんごの直販',
    detail: '贈答用の需要が伸びている',
    mixer: '一ノ瀬 涼',
  },
  en: {
    hub: 'Hanamaki Lab',
    area: 'Hanamaki, Iwate',
    online: 'Online Tohoku',
    owner: 'Ichinoseki Apple Farm',
    ownerSummary: 'A family apple farm in Ichinoseki, third generation',
    ownerStrength: 'Growing apples',
    helper: 'Misaki Sato',
    helperSummary: 'Designer of online shops for small businesses',
    strength: 'Setting up online shops',
    secret: 'Maintaining in-house systems',
    titles: [
      'Looking for a designer for gift boxes',
      'Need help with online sales',
      'Sell apples directly online',
    ],
    subject: 'direct sales of apples',
    detail: 'Gift orders are growing',
    mixer: 'Ryo Ichinose',
  },
} as const;

const EMAIL = { owner: 'farm@example.jp', helper: 'misaki@example.jp', hub: 'desk@hanamaki-lab.example.jp' };
const PHONE = { owner: '0191-00-0000', helper: '090-0000-0000' };

/** A folder's records for one combination; `variant` picks the title's form and whether both gain. */
function recordsFor(c: Combination, lang: Lang, variant: number) {
  const w = TEXT[lang];
  const share = (pub: boolean) => (pub ? 'public' : 'mixers');
  const data = {
    spaces: {
      hub: {
        name: w.hub,
        ...(c.area ? { area: w.area } : {}),
        contacts: [{ name: 'desk', email: EMAIL.hub }],
      },
      online: { name: w.online, kind: 'virtual' },
    },
    members: {
      'owner-a': {
        name: w.owner,
        kind: 'company',
        spaces: ['hub'],
        summary: w.ownerSummary,
        strengths: [w.ownerStrength],
        ...(c.contact ? { contact: { email: EMAIL.owner, phone: PHONE.owner } } : {}),
        share: share(c.ownerPublic),
      },
      'helper-b': {
        name: w.helper,
        kind: 'person',
        spaces: ['online'],
        summary: w.helperSummary,
        strengths: [
          ...(c.strength ? [{ text: w.strength, share: 'public' }] : []),
          { text: w.secret, share: 'mixers' },
        ],
        ...(c.contact ? { contact: { email: EMAIL.helper, phone: PHONE.helper } } : {}),
        share: share(c.helperPublic),
      },
    },
    mixers: { 'mx-one': { name: w.mixer, email: 'ryo@example.jp' } },
    visits: c.met
      ? {
          v1: { space: 'hub', date: '2026-10-01', mixer: 'mx-one', met: ['owner-a'] },
          v2: { space: 'online', date: '2026-10-08', mixer: 'mx-one', met: ['helper-b'] },
        }
      : {},
    need: {
      owner: 'owner-a',
      title: w.titles[variant % 3]!,
      ...(variant % 4 === 3 ? { subject: w.subject } : {}),
      detail: w.detail,
      share: share(c.needPublic),
      // Heard at the visit where the owner was met (the introduction says when and where).
      ...(c.met ? { visit: 'v1' } : {}),
    },
  };
  // Every record as the data format allows it, checked by the real schemas.
  const map = <K extends 'spaces' | 'members' | 'mixers' | 'visits'>(
    kind: K,
    records: Record<string, unknown>,
  ) => new Map(Object.entries(records).map(([id, r]) => [id, { data: KIND_SCHEMAS[kind].parse(r) }]));
  const records = {
    spaces: map('spaces', data.spaces),
    members: map('members', data.members),
    mixers: map('mixers', data.mixers),
    visits: map('visits', data.visits),
  } as unknown as LetterRecords;
  return { records, need: KIND_SCHEMAS.needs.parse(data.need), words: w };
}

interface Written {
  name: LetterName;
  /** Who reads it: one side, or both. */
  to: Side | 'both';
  text: string;
  body: string;
  front: Record<string, string>;
  eml: string;
}

/** The proposal's letters in the order they are written: the first ask, the second, the introduction. */
async function proposalLetters(
  c: Combination,
  lang: Lang,
  variant: number,
  first: Side = 'owner',
  eml = false,
) {
  const { records, need, words } = recordsFor(c, lang, variant);
  const facts: LetterFacts = {
    need,
    helper: 'helper-b',
    mixer: 'mx-one',
    first,
    strength: words.strength,
    bothGain: variant % 2 === 1,
    today: '2026-11-26',
  };
  // The double opt-in's order, written out: the side asked first, then the other, then both.
  const order: LetterName[] =
    first === 'owner'
      ? ['ask-owner', 'ask-helper', 'introduction']
      : ['ask-helper', 'ask-owner', 'introduction'];
  const letters: Written[] = [];
  for (const name of order) {
    const template = findTemplate(name === 'introduction' ? 'introduction' : 'ask', lang, []);
    const letter = renderLetter(template, letterContext(records, facts, name, lang), lang);
    const env = envelope(records, facts, name);
    const text = letterText(letter, env);
    const to = name === 'introduction' ? 'both' : name === 'ask-owner' ? 'owner' : 'helper';
    const mail = eml ? await emlOf(letter, env, { date: facts.today, id: `p.${name}` }) : '';
    letters.push({ name, to, text, eml: mail, ...splitLetter(text) });
  }
  return { letters, words };
}

/** What each side's record keeps in the team in this combination, and where it may still appear. */
function privacyProblems(c: Combination, lang: Lang, letters: Written[]): string[] {
  const w = TEXT[lang];
  const problems: string[] = [];
  const all = letters.map((l) => `${l.front.to} ${l.front.bcc ?? ''}\n${l.body}`);
  const never = [w.secret, ...(c.needPublic ? [] : [w.detail, ...w.titles, w.subject])];
  if (!c.ownerPublic) never.push(w.ownerSummary, w.ownerStrength);
  if (!c.helperPublic) never.push(w.helperSummary);
  for (const text of never)
    all.forEach((l, i) => {
      if (l.includes(text)) problems.push(`${letters[i]!.name} prints "${text}", which is not public`);
    });
  // A side whose record is private is not named to the other side before the introduction.
  for (const l of letters.filter((l) => l.to !== 'both')) {
    const other =
      l.to === 'owner' ? { pub: c.helperPublic, name: w.helper } : { pub: c.ownerPublic, name: w.owner };
    if (!other.pub && l.body.includes(other.name))
      problems.push(`${l.name} names ${other.name}, whose record is private`);
  }
  // Contact details only where shareable: never in the introduction for a private side.
  const intro = letters.find((l) => l.name === 'introduction')!;
  const shown = `${intro.front.to}\n${intro.body}`;
  for (const [side, pub] of [
    ['owner', c.ownerPublic],
    ['helper', c.helperPublic],
  ] as const)
    if (!pub && (shown.includes(EMAIL[side]) || shown.includes(PHONE[side])))
      problems.push(`the introduction shows the ${side}'s private contact details to the other side`);
  if (shown.includes(EMAIL.hub)) problems.push("the introduction shows a space's staff e-mail");
  return problems;
}

/** The facts the promise check needs: each side's name and contact details, as the records hold them. */
function facts(c: Combination, lang: Lang): PromiseFacts {
  const w = TEXT[lang];
  return {
    owner: { name: w.owner, contacts: [EMAIL.owner, PHONE.owner] },
    helper: { name: w.helper, contacts: [EMAIL.helper, PHONE.helper] },
    bothShared: c.contact && c.ownerPublic && c.helperPublic,
  };
}

describe.each(['ja', 'en'] as const)('every combination of missing and private parts, in %s', (lang) => {
  it('gives letters that read well, keep private text in the team and keep their promises', async () => {
    const found: string[] = [];
    for (const [n, c] of combinations().entries())
      for (const first of ['owner', 'helper'] as const) {
        const { letters } = await proposalLetters(c, lang, n, first);
        const where = (what: string) => `${nameOf(c)} (variant ${n}, ${first} first): ${what}`;
        for (const l of letters) {
          for (const p of textProblems(l.body)) found.push(where(`${l.name}: ${p}`));
          // markdownlint is the slow part: every letter of one order, a spread of the other.
          if (first === 'owner' || n % 4 === 0)
            for (const p of lintProblems(l.text)) found.push(where(`${l.name}: markdownlint ${p}`));
        }
        for (const p of privacyProblems(c, lang, letters)) found.push(where(p));
        for (const p of promiseProblems(lang, letters, facts(c, lang))) found.push(where(p));
      }
    expect(found).toEqual([]);
  });

  it('gives .eml files that a mail parser reads back as written', async () => {
    for (const [n, c] of combinations().entries()) {
      if (n % 8) continue; // a spread of the combinations: parsing is the slow part
      const { letters } = await proposalLetters(c, lang, n, 'owner', true);
      for (const l of letters) {
        const mail = await parseEml(l.eml);
        expect(mail.subject).toBe(l.front.subject);
        expect(mail.text.trim()).toBe(l.body.trim());
        expect(mail.from).toEqual(['ryo@example.jp']);
        const addresses = (field: string | undefined) =>
          [...(field ?? '').matchAll(/<([^>]+)>/g)].map((m) => m[1]);
        expect(mail.to).toEqual(addresses(l.front.to));
        expect(mail.bcc).toEqual(addresses(l.front.bcc));
        expect(mail.unsent).toBe('1');
      }
    }
  });

  // A reviewable set: everything there, everything missing, and two mixed cases.
  const golden: Array<[string, Combination, number]> = [
    [
      'all-there',
      {
        ownerPublic: true,
        helperPublic: true,
        needPublic: true,
        strength: true,
        area: true,
        contact: true,
        met: true,
      },
      1,
    ],
    [
      'all-missing',
      {
        ownerPublic: false,
        helperPublic: false,
        needPublic: false,
        strength: false,
        area: false,
        contact: false,
        met: false,
      },
      0,
    ],
    [
      'private-owner',
      {
        ownerPublic: false,
        helperPublic: true,
        needPublic: true,
        strength: true,
        area: false,
        contact: true,
        met: true,
      },
      2,
    ],
    [
      'private-helper',
      {
        ownerPublic: true,
        helperPublic: false,
        needPublic: true,
        strength: false,
        area: true,
        contact: false,
        met: false,
      },
      3,
    ],
  ];
  it.each(golden)('match the golden letters: %s', async (label, c, variant) => {
    const { letters } = await proposalLetters(c, lang, variant);
    for (const l of letters) {
      const file = path.join(GOLDEN, lang, label, `${l.name}.md`);
      if (process.env.UPDATE_GOLDEN) {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, l.text);
      }
      expect(l.text, `${lang}/${label}/${l.name}.md`).toBe(fs.readFileSync(file, 'utf8'));
    }
  });
});
