// What a need says it does not want: a concept it rules out is not what it asks for (「ジュース以外に」,
// 「英語ではなく」, "rather than English"). The words that named it stay where the need only turns
// from what it has (「佃煮以外で売りたい」: a maker of 佃煮 still knows the trade), and go where it
// turns one away (「ホームページはいらない」, 「英語ではなく」) or says the other side lacks it beside
// another of its kind (「相手は英語が得意ではなく、ドイツ語ができる人」). Pure.
import type { ConceptHit, ConceptIndex } from './concepts.js';

/**
 * After a concept, in the normalised text: forms that rule it out whoever speaks. 「以外」 but not
 * 「以外も」 (besides it, as well); 「ではなく」, 「じゃなく」, 「でなく」, 「でもなく」 but not 「がでなくなった」
 * (stopped coming out) nor 「〜なくらい」; 「でもない」 (not that either), but not 「でもないと」 nor
 * 「でもないけど」 (「住める状態じゃない」 describes a state, and stays); 「いらない」, 「必要ない」 but not 「要らなくなった」 (one has it to give
 * away); a 「より」 that compares (「英語より母国語の方が」), not a formal one that means from
 * (「ホームページより予約」); 「には断られた」 (「車の整備工場には断られた」: that kind of helper was
 * asked already and said no).
 */
const RULED_OUT_AFTER =
  /^(?:(?:工場|屋さん|屋|業者|店|さん)?(?:に|には|にも|では|でも|から)断られ|以外(?!も|にも)|(?:じゃ|では|で)(?:も)?なく(?!なっ|なる|らい)|でもない(?!と|か|けど|けれど|が)|[がは]?(?:必要|要ら|いら)(?:なく|ない)(?!なっ|なる|らい)|より(?:も)?(?=[^。、,.!?]{0,16}(?:の?方が|のほうが|がいい|が良い|がよい)))/;
/** The forms of `RULED_OUT_*` that turn from what the need has rather than turn it away. */
const OTHER_THAN = /^以外/;
const OTHER_THAN_BEFORE = /\b(?:other than|except(?: for)?)(?: (?:in|into|a|an|the))? $/;

/**
 * A term that says a thing is needed (「許可がいる」, 「人手が要る」) read in the negative, where its
 * own last kana is the stem of いる or 要る: the need says it is not needed (「許可がいらない範囲で」).
 */
const NOT_NEEDED_STEM = /(?:いら|要ら)$/;
const NOT_NEEDED_AFTER = /^(?:ない|なく)(?!なっ|なる)/;
/** Before a concept, in English: "rather than English", "other than in English", "except for a website". */
const RULED_OUT_BEFORE =
  /\b(?:other than|rather than|instead of|except(?: for)?)(?: (?:in|into|a|an|the))? $/;

/**
 * Forms that say someone lacks a thing rather than that it is not wanted: 「相手は英語が得意ではなく」
 * asks for another language, 「スタッフは英語が得意ではなく」 for English. They rule a concept out only
 * when the same sentence names another member of its exclusive family (「…ドイツ語ができる人が必要」,
 * "Portuguese, not English").
 */
const LACKS_AFTER = /^[がは](?:得意|上手)(?:じゃ|では|で)(?:なく|ない)/;
/**
 * 「英語もあまり話せない」, 「英語も通じない」: not that one either; 「英語しかできない」: that one only.
 * It rules the concept out when the need names another member of its family anywhere
 * (「タガログ語で話せる人がほしい」, 「ポルトガル語の訳も頼まれた」) that it does not say is lacking too.
 */
const LACKS_ALSO =
  /^(?:も(?:あまり|ほとんど|まったく|全然|ぜんぜん)?|しか)(?:話せ|しゃべれ|喋れ|でき|通じ|わから|分から|読め)(?:ない(?!と|では|じゃ|のは|く)|なく(?!は|ても|て困)|ず)/;
const LACKS_BEFORE = /\bnot(?: (?:in|into|a|an|the))? $/;

/**
 * 「英語版はあるけど」, 「英語ならできる」: the need has that one already. It rules the concept out when the
 * need names another member of its family anywhere (「…韓国語でないと響かない」).
 */
const HAS_ALREADY = /^(?:版|の?もの)?(?:は|なら)(?:ある|あります|できる|できます|作った|作りました)/;

/** The particles a piece of a gapped term may end in (concepts.ts cuts terms after them). */
const PIECE_PARTICLE = /^[がをにでもへ]$/;

/** A window of text after a hit wide enough for every form above. */
const AFTER = 24;
const BEFORE = 20;
/** Where a sentence ends, for the family test of `LACKS_*`. */
const SENTENCE_END = /[。．.!?！？\n]/;

/**
 * The hits of `norm` (one text, normalised) that it rules out, each with where the words it turns
 * away end (the hit's end, or for a term read across a gap the end of the piece the form follows),
 * or null when it only turns from them (「以外」, "other than") and they stay.
 */
export function ruledOutHits(
  index: ConceptIndex,
  norm: string,
  hits: ConceptHit[],
  japanese: boolean,
  /** Concepts the need names in its other parts (title, detail), and does not say lacking there. */
  elsewhere: Iterable<string> = [],
): Map<ConceptHit, number | null> {
  const out = new Map<ConceptHit, number | null>();
  const lacksToo = lackingToo(norm, hits);
  const named = [...hits.filter((h) => !lacksToo.has(h)).map((h) => h.concept), ...elsewhere];
  for (const hit of hits) {
    const after = norm.slice(hit.end, hit.end + AFTER);
    const before = japanese ? '' : norm.slice(Math.max(0, hit.start - BEFORE), hit.start);
    // Where a form that rules the term out starts: after the term, or after a piece of a term read
    // across a gap (「英語で|返事」 in 「英語ではなくタイ語で返事」); a piece's own particle may start
    // it (「中国語で|もなく」). The words before it go with the concept, unless it only turns from them.
    const formAt = [hit.end, ...(hit.spans ?? []).slice(0, -1).map(([, end]) => end)]
      .map((end) => (PIECE_PARTICLE.test(norm[end - 1] ?? '') ? end - 1 : end))
      .find((end) => RULED_OUT_AFTER.test(norm.slice(end, end + AFTER)));
    const notNeeded = NOT_NEEDED_STEM.test(norm.slice(hit.start, hit.end)) && NOT_NEEDED_AFTER.test(after);
    if (notNeeded || RULED_OUT_BEFORE.test(before))
      out.set(hit, OTHER_THAN_BEFORE.test(before) ? null : hit.end);
    else if (formAt !== undefined) out.set(hit, OTHER_THAN.test(norm.slice(formAt)) ? null : formAt);
    else if (
      (lacksToo.has(hit) || HAS_ALREADY.test(after)) &&
      named.some((other) => anotherMember(index, hit.concept, other))
    )
      out.set(hit, hit.end);
    else if (
      (LACKS_AFTER.test(after) || LACKS_BEFORE.test(before)) &&
      hits.some((other) => sameSentence(norm, hit, other) && anotherMember(index, hit.concept, other.concept))
    )
      out.set(hit, hit.end);
  }
  return out;
}

/** The hits a text says will not do either (「英語もあまり話せない」: `LACKS_ALSO`). */
export function lackingToo(norm: string, hits: ConceptHit[]): Set<ConceptHit> {
  return new Set(hits.filter((h) => LACKS_ALSO.test(norm.slice(h.end, h.end + AFTER))));
}

function sameSentence(norm: string, a: ConceptHit, b: ConceptHit): boolean {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  return !SENTENCE_END.test(norm.slice(first.end, second.start));
}

/** Whether `b` is another member of an exclusive family that `a` is in (German beside English). */
function anotherMember(index: ConceptIndex, a: string, b: string): boolean {
  const families = index.families(b);
  return index
    .families(a)
    .some(({ family, member }) => families.some((f) => f.family === family && f.member !== member));
}
