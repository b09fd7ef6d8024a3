// What every letter must be, whatever the records: checks shared by the letter tests. Each returns
// the problems it found, as sentences, so that a failing test says what reads badly and where.

import { simpleParser } from 'mailparser';
import { lint } from 'markdownlint/sync';
import type { Side } from '../src/records/enums.js';
import type { Lang } from '../src/util/lang.js';

/** A letter file split into its front matter (as written) and its body. */
export function splitLetter(text: string): { front: Record<string, string>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`not a letter file:\n${text}`);
  const front = Object.fromEntries(
    match[1]!.split('\n').map((line) => {
      const at = line.indexOf(': ');
      return [line.slice(0, at), JSON.parse(line.slice(at + 2)) as string];
    }),
  );
  return { front, body: match[2]! };
}

const EMPTY_BRACKETS = /（\s*）|\(\s*\)|「\s*」|『\s*』|【\s*】|""|\[\s*\]|<\s*>/;
// A particle written twice (のの, をを …), a doubled honorific or mark.
const DOUBLED_JA = /(の|を|に|が|で|と|は|へ|も|や)\1|様\s*様|、、|。。|、。/;
const DOUBLED_EN = /\b(the|a|an|to|of|and|is|in|at|with|for)\s+\1\b/i;

/** Problems of wording and layout in one letter body: what a reader would stop at. */
export function textProblems(body: string): string[] {
  const problems: string[] = [];
  const lines = body.split('\n');
  lines.forEach((line, i) => {
    const where = `line ${i + 1} "${line}"`;
    if (/^#/.test(line)) problems.push(`a Markdown heading: ${where}`);
    if (/\*\*|__/.test(line)) problems.push(`Markdown emphasis: ${where}`);
    if (EMPTY_BRACKETS.test(line)) problems.push(`empty brackets: ${where}`);
    if (DOUBLED_JA.test(line)) problems.push(`a doubled particle or mark: ${where}`);
    if (DOUBLED_EN.test(line)) problems.push(`a doubled word: ${where}`);
    if (/\b(undefined|null|NaN)\b|\[object/.test(line)) problems.push(`a value printed as code: ${where}`);
    if (/^\s*[・-]\s*$/.test(line)) problems.push(`an empty item: ${where}`);
    // A label (■ name, "About X:") must be followed by what it labels.
    const next = lines.slice(i + 1).find((l) => l.trim() !== '') ?? '';
    if (/^■/.test(line) && !/^・/.test(lines[i + 1] ?? '')) problems.push(`an empty section: ${where}`);
    if (/[:：]\s*$/.test(line) && !/^[-・]/.test(next)) problems.push(`an empty section: ${where}`);
    if (/^[、。,.]/.test(line.trim())) problems.push(`a line starting with punctuation: ${where}`);
    if (/ {2,}|\u3000/.test(line.trim())) problems.push(`doubled spaces: ${where}`);
  });
  if (/\n{3,}/.test(body)) problems.push('more than one blank line in a row');
  return problems;
}

/** markdownlint on a whole letter file; the body is plain text, so rules about Markdown prose do not apply. */
export function lintProblems(text: string): string[] {
  const result = lint({
    strings: { letter: text },
    // Line length, a first heading and bare URLs are Markdown matters; a letter is plain text.
    config: { default: true, MD013: false, MD041: false, MD034: false },
  });
  return (result.letter ?? []).map((e) => `${e.lineNumber}: ${e.ruleNames.join('/')} ${e.ruleDescription}`);
}

/** Parses an .eml back and returns what a mail program would show. */
export async function parseEml(text: string) {
  const mail = await simpleParser(text);
  const addresses = (field: typeof mail.to) =>
    (Array.isArray(field) ? field : field ? [field] : []).flatMap((a) => a.value.map((v) => v.address ?? ''));
  return {
    subject: mail.subject ?? '',
    from: addresses(mail.from),
    to: addresses(mail.to),
    bcc: addresses(mail.bcc),
    text: mail.text ?? '',
    unsent: mail.headers.get('x-unsent'),
  };
}

// Promises, as the letters word them, and what must hold for each to be true.
const PROMISES = {
  noName: { ja: /お名前をお伝えすることはありません/, en: /will not pass on your name/ },
  nothingAboutYou: { ja: /のことをお伝えすることはありません/, en: /will not tell them anything about you/ },
  noContact: { ja: /連絡先を先方にお伝えすることはありません/, en: /will not pass on your contact details/ },
  notHeardYet: { ja: /先方には、まだこのお話をしていません/, en: /have not heard about this yet/ },
  alreadyAgreed: { ja: /すでにご了承/, en: /already said they would welcome/ },
  direct: { ja: /以降は直接ご連絡を取り合って/, en: /leave the rest to you/ },
  bothAgreed: { ja: /ご快諾/, en: /agreeing to this introduction/ },
};

export interface PromiseFacts {
  owner: { name: string; contacts: string[] };
  helper: { name: string; contacts: string[] };
  /** Both sides' contact details may be printed: the introduction should leave them to it. */
  bothShared: boolean;
}

/** One proposal's letters, in the order they are written, each with who reads it. */
export interface ProposalLetter {
  name: string;
  to: Side | 'both';
  body: string;
}

/**
 * Promises in one letter that another letter of the same proposal breaks: a letter written before
 * it already said what it promises not to say, or it says something about the other side that the
 * order of the letters makes false.
 */
export function promiseProblems(lang: Lang, letters: ProposalLetter[], facts: PromiseFacts): string[] {
  const problems: string[] = [];
  letters.forEach((l, i) => {
    const says = (p: keyof typeof PROMISES) => PROMISES[p][lang].test(l.body);
    const before = letters.slice(0, i);
    if (l.to !== 'both') {
      const reader = l.to;
      const toOther = before.filter((b) => b.to === (reader === 'owner' ? 'helper' : 'owner'));
      const { name, contacts } = facts[reader];
      if (says('noName') && toOther.some((b) => b.body.includes(name)))
        problems.push(`${l.name} promises not to pass on the name, but an earlier letter gave it`);
      if (says('nothingAboutYou') && toOther.length)
        problems.push(`${l.name} promises to say nothing, but the other side was already written to`);
      if (says('noContact') && toOther.some((b) => contacts.some((x) => b.body.includes(x))))
        problems.push(`${l.name} promises not to pass on contact details, but an earlier letter did`);
      if (says('notHeardYet') && toOther.length)
        problems.push(`${l.name} says the other side has not heard yet`);
      if (says('alreadyAgreed') && !toOther.length)
        problems.push(`${l.name} says the other side agreed, but they were never asked`);
      if (toOther.length && !says('alreadyAgreed'))
        problems.push(`${l.name} is the second ask, but does not say the other side agreed`);
      if (!says('noName') && !says('nothingAboutYou') && !says('noContact'))
        problems.push(`${l.name} makes no promise about what happens if they decline`);
    } else {
      if (says('bothAgreed') && before.length < 2)
        problems.push(`${l.name} thanks both before both were asked`);
      const printed = (side: Side) => facts[side].contacts.some((x) => l.body.includes(x));
      if (says('direct') && !(printed('owner') && printed('helper')))
        problems.push(`${l.name} leaves them to write directly, but does not give both contacts`);
      if (facts.bothShared && !says('direct'))
        problems.push(`${l.name} gives both contacts, yet the mixer does not step back`);
    }
  });
  return problems;
}
