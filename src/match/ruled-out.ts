// What a need says it does not want: a concept it rules out is not what it asks for (「ジュース以外に」,
// 「英語ではなく」, "rather than English"). Its words stay (a shared word says little on its own). Pure.
import type { ConceptHit, ConceptIndex } from './concepts.js';

/**
 * After a concept, in the normalised text: forms that rule it out whoever speaks. 「以外」 but not
 * 「以外も」 (besides it, as well); 「ではなく」, 「じゃなく」, 「でなく」 but not 「がでなくなった」 (stopped
 * coming out) nor 「〜なくらい」; 「いらない」, 「必要ない」 but not 「要らなくなった」 (one has it to give
 * away); a 「より」 that compares (「英語より母国語の方が」), not a formal one that means from
 * (「ホームページより予約」).
 */
const RULED_OUT_AFTER =
  /^(?:以外(?!も|にも)|(?:じゃ|では|で)なく(?!なっ|なる|らい)|[がは]?(?:必要|要ら|いら)(?:なく|ない)(?!なっ|なる|らい)|より(?:も)?(?=[^。、,.!?]{0,16}(?:の?方が|のほうが|がいい|が良い|がよい)))/;
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
 * 「英語もあまり話せない」, 「英語も通じない」: not that one either. It rules the concept out when the
 * need names another member of its family anywhere (「タガログ語で話せる人がほしい」) that it does
 * not say is lacking too.
 */
const LACKS_ALSO =
  /^も(?:あまり|ほとんど|まったく|全然|ぜんぜん)?(?:話せ|しゃべれ|喋れ|でき|通じ|わから|分から|読め)(?:ない(?!と|では|じゃ|のは|く)|なく(?!は|ても|て困)|ず)/;
const LACKS_BEFORE = /\bnot(?: (?:in|into|a|an|the))? $/;

/** A window of text after a hit wide enough for every form above. */
const AFTER = 24;
const BEFORE = 20;
/** Where a sentence ends, for the family test of `LACKS_*`. */
const SENTENCE_END = /[。．.!?！？\n]/;

/** The hits of `norm` (one text, normalised) that it rules out. */
export function ruledOutHits(
  index: ConceptIndex,
  norm: string,
  hits: ConceptHit[],
  japanese: boolean,
  /** Concepts the need names in its other parts (title, detail), and does not say lacking there. */
  elsewhere: Iterable<string> = [],
): Set<ConceptHit> {
  const out = new Set<ConceptHit>();
  const lacksToo = lackingToo(norm, hits);
  const named = [...hits.filter((h) => !lacksToo.has(h)).map((h) => h.concept), ...elsewhere];
  for (const hit of hits) {
    const after = norm.slice(hit.end, hit.end + AFTER);
    const before = japanese ? '' : norm.slice(Math.max(0, hit.start - BEFORE), hit.start);
    if (RULED_OUT_AFTER.test(after) || RULED_OUT_BEFORE.test(before)) out.add(hit);
    else if (lacksToo.has(hit) && named.some((other) => anotherMember(index, hit.concept, other)))
      out.add(hit);
    else if (
      (LACKS_AFTER.test(after) || LACKS_BEFORE.test(before)) &&
      hits.some((other) => sameSentence(norm, hit, other) && anotherMember(index, hit.concept, other.concept))
    )
      out.add(hit);
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
