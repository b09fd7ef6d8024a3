// How a letter refers to a need. A raw title glued into a sentence reads badly
// (「「コーヒー豆をネットで販売したい」のお役に立てる」), so the letter gets a short noun phrase
// when there is one: the need's own `subject`, else one made from the title by dropping an ending
// such as 〜を探している or 〜したい. When none can be made, the template uses the title as a
// clause (「…したいとのことで」) or quotes it; a need that may not leave the team is not described.
import type { PublicNeed } from '../records/public.js';
import type { Lang } from '../util/lang.js';

/**
 * - `seek`: `subject` is someone or something looked for (「…をお探しとのことで」, "looking for …")
 * - `topic`: `subject` is a subject to talk about (「…についてお考えとのことで」, "your plans for …")
 * - `clause`: a Japanese title that reads as a clause (「…したいとのことで」); `subject` is the fallback
 * - `quote`: only the title, quoted; `subject` is the fallback
 * - `private`: nothing of the need may leave the team; `subject` is the fallback
 */
export type NeedForm = 'seek' | 'topic' | 'clause' | 'quote' | 'private';

export interface NeedPhrase {
  form: NeedForm;
  /** A short noun phrase; for the forms without one, what the owner is told: 「先日伺ったご相談」. */
  subject: string;
  /** The title, when the need is public. */
  title: string | null;
}

const FALLBACK_SUBJECT: Record<Lang, string> = {
  ja: '先日伺ったご相談',
  en: 'what you told me about',
};

const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
/** A case particle at the end of a phrase: what was dropped left half a clause. */
const DANGLING = /[をがにでへとはものやか、。]$/;

// Endings that leave what is looked for: 〜を探している, 〜がほしい, 〜を募集したい …
const JA_SEEK =
  /^(.+?)(?:を|が)(?:探して(?:いる|います|る)|探したい|お探し(?:です)?|募集(?:して(?:いる|います)|したい|中)?|求めて(?:いる|います)|ほしい|欲しい|必要(?:です)?)$/u;
// 〜をしたい after a noun that takes する: 資金調達をしたい → 資金調達.
const JA_SURU = /^(.+?)を?したい$/u;
/** A phrase with no clause in it: nouns joined by の (アプリ事業の資金調達, ドライバーの人手不足). */
const JA_NOUN_PHRASE = /^(?:[^\p{Script=Hiragana}]|の)+$/u;

const EN_SEEK = /^(?:looking|searching) for (.+)$/i;
const EN_NEED = /^needs? ((?:an?|some|the|more) .+)$/i;
const EN_HELP = /^needs? help with (.+)$/i;
/** Words that speak for the owner: "our events" cannot be said to anyone else as it is. */
const EN_FIRST_PERSON = /\b(?:i|me|my|mine|we|us|our|ours)\b/i;

function japanese(title: string): Pick<NeedPhrase, 'form' | 'subject'> | null {
  const seek = JA_SEEK.exec(title);
  if (seek && !DANGLING.test(seek[1]!)) return { form: 'seek', subject: seek[1]! };
  const suru = JA_SURU.exec(title);
  if (suru && JA_NOUN_PHRASE.test(suru[1]!)) return { form: 'topic', subject: suru[1]! };
  if (JA_NOUN_PHRASE.test(title)) return { form: 'topic', subject: title };
  return null;
}

function english(title: string): Pick<NeedPhrase, 'form' | 'subject'> | null {
  const plain = title.replace(/[.!]+$/, '').trim();
  const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
  const seek = EN_SEEK.exec(plain) ?? EN_NEED.exec(plain);
  if (seek && !EN_FIRST_PERSON.test(seek[1]!)) return { form: 'seek', subject: lower(seek[1]!) };
  const help = EN_HELP.exec(plain);
  if (help && !EN_FIRST_PERSON.test(help[1]!)) return { form: 'topic', subject: help[1]! };
  return null;
}

/** How a letter in `lang` refers to this need (see NeedForm). */
export function needPhrase(need: PublicNeed, lang: Lang): NeedPhrase {
  const fallback = FALLBACK_SUBJECT[lang];
  if (!need.public || !need.title) return { form: 'private', subject: fallback, title: null };
  if (need.subject) return { form: 'topic', subject: need.subject, title: need.title };
  const title = need.title.trim().replace(/[。.]$/, '');
  const inJapanese = JAPANESE.test(title);
  // A phrase is made only in the title's own language; otherwise the title is quoted.
  const made = lang === 'ja' ? (inJapanese ? japanese(title) : null) : inJapanese ? null : english(title);
  if (made) return { ...made, title };
  const form: NeedForm = lang === 'ja' && inJapanese ? 'clause' : 'quote';
  return { form, subject: fallback, title };
}
