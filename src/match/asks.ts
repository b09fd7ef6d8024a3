// Whom a need says it looks for. An everyday need often tells its situation first and only then,
// in a clause of its own, whom it wants: 「蔵の片付けで古い帳面が出てきた。…古文書を読める人を探
// している」 asks for someone who reads old documents, not for tidying. The concepts of that clause
// are what the need asks for; the others are its situation (analyze.ts weighs them less).

import { foldCanonical } from '../util/normalize.js';

/** A verb that says the need looks for someone (「探している」, 「知らない」, 「来てもらえたら」). */
const LOOKS_FOR =
  /(?:探して|探しています|知らない|知りません|紹介して|つながりたい|繋がりたい|来てもらえ|来てほしい|来てくれる人|お願いしたい|頼みたい|頼める人|いないか)/g;

/**
 * …right after whom (「…人を」, 「弁理士さんを」, 「茶道の先生に」): 「何からやればいいか知らない」
 * looks for no one. Written as people write the words, folded as the text it reads is (katakana as
 * hiragana: 「ガイド」 is matched as がいど).
 */
const SOMEONE = new RegExp(
  foldCanonical(
    '(?:人|方|先生|業者|屋さん|さん|士|会社|ところ|所|店|専門家|工場|蔵|農家|職人|ガイド)[をにがとは]?$',
  ),
);

/** Where a clause begins. */
const CLAUSE_BREAK = /[。、！？!?\n」]/g;

interface Hit {
  concept: string;
  start: number;
  end: number;
}

export interface LookedFor {
  /** The concepts the clauses name. */
  concepts: string[];
  /** Where the clauses are in the normalized text: [start, end). */
  clauses: Array<[number, number]>;
}

/**
 * The clauses of a Japanese text that say whom the need looks for, and the concepts they name, from
 * the text's concept hits (positions in the normalized text). A clause that names no concept
 * counts too: its words are the ask. English is not read this way: "looking for …" lost more right
 * helpers than it kept wrong ones away.
 */
export function lookedFor(normalized: string, hits: readonly Hit[]): LookedFor {
  const found: LookedFor = { concepts: [], clauses: [] };
  for (const verb of normalized.matchAll(LOOKS_FOR)) {
    const before = normalized.slice(0, verb.index);
    if (!SOMEONE.test(before)) continue;
    let from = 0;
    for (const brk of before.matchAll(CLAUSE_BREAK)) from = brk.index + 1;
    found.clauses.push([from, verb.index]);
    for (const hit of hits) if (hit.start >= from && hit.end <= verb.index) found.concepts.push(hit.concept);
  }
  return found;
}
