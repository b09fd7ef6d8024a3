// The language a party writes its record in, so that a letter to it can be written in that language:
// a member who describes itself in English (an English teacher, a guide from abroad) is asked in
// English even in a Japanese folder. Pure: records in, a language out.

import type { Lang } from '../util/lang.js';
import { hasJapanese } from '../util/normalize.js';
import { type RecordsById, strengthParts } from './parties.js';

const LATIN = /[A-Za-z]{2}/;

/** The language of one text: Japanese if it has any, English if it has Latin words and none. */
function languageOf(text: string): Lang | undefined {
  if (hasJapanese(text)) return 'ja';
  return LATIN.test(text) ? 'en' : undefined;
}

/**
 * The language most of a party's own words are in: its summary and strengths (its name says
 * little: 「Emma Clarke」 may write in Japanese, 「山田」 in English), else its name. Undefined when
 * the records say nothing either way, or as much of each.
 */
export function writesIn(records: Pick<RecordsById, 'spaces' | 'members'>, id: string): Lang | undefined {
  const member = records.members.get(id)?.data;
  const party = member ?? records.spaces.get(id)?.data;
  if (!party) return undefined;
  const own = [member?.summary ?? '', ...(party.strengths ?? []).map((s) => strengthParts(s, 'public').text)];
  const count = { ja: 0, en: 0 };
  for (const text of own) {
    const lang = languageOf(text);
    if (lang) count[lang]++;
  }
  if (count.ja === 0 && count.en === 0) return languageOf(party.name);
  if (count.ja === count.en) return undefined;
  return count.ja > count.en ? 'ja' : 'en';
}
