// A strength that names an exclusive family only as done to one object (「硯の製作と修理」,
// 「ピアノの調律と修理」): it answers needs about that object, not every member of the family (an
// inkstone repairer does not mend a van's dent). Read from the strength's text: the family's
// word, and before it 「Xの」, or 「Xの」 and one more task joined by 「と」 or 「・」.
import { canonical } from '../util/normalize.js';
import { asWritten } from './analyze.js';
import type { ConceptIndex } from './concepts.js';

/** What a family concept of a strength is done to: its words as written there, and its concepts. */
export interface FamilyObject {
  words: string;
  concepts: string[];
}

/**
 * The families whose members are kinds of object an action is done to (repairs: of cars, boats,
 * instruments …), where 「Xの」 before the family's word names the object. Elsewhere it names a
 * member the glossary may not know (「サンバ・カポエイラのステージ」) or a subject (「契約書の翻訳」).
 */
const BY_OBJECT = new Set(['repair']);

// Kanji and katakana; 「・」 (U+30FB) is among them, so that 「時計・カメラの修理」 has both as its object.
const LETTERS = '\\u4e00-\\u9fff\\u3005\\u30a1-\\u30fc';
/**
 * A bracket of examples after the object (「工作機械（旋盤・フライス盤）」, in the canonical text's
 * ASCII brackets): a list, with 「・」, 「、」 or a comma between its items, and no sentence in it.
 * Any other bracket (「当社（出張対応）」) says something else, and no object is read across it.
 */
const EXAMPLES = '\\([^()。]*[・、,][^()。]*\\)';
/**
 * 「Xの」 right before the family's word, or before one more task and 「と」/「・」 (「硯の製作と」), or
 * before where it is done (「軽トラックの出張修理」); the object's examples count as the object.
 */
const OBJECT_BEFORE = new RegExp(
  `([${LETTERS}]{1,8})(${EXAMPLES})?の(?:[${LETTERS}\\u3041-\\u3093]{1,6}[と・]|出張|訪問|持ち込み|持込み)?$`,
);
/** Words before 「の」 that say how widely, where or for whom, not what (「各種の修理」, 「自宅の修理」). */
const SCOPE =
  /^(?:各種|全般|一般|色々|様々|諸々|地域|地元|近所|自宅|家庭|日常|日頃|会社|社内|店舗|現場|出張|客様|お客様|身の回り|その他|物|品)$/;

/** Whether the family's members are kinds of object an action is done to (repairs). */
export function isByObject(family: string): boolean {
  return BY_OBJECT.has(family);
}

/** Whether a text with these concepts could name a family as done to one object (cheap, before `familyObjects`). */
export function mayNameObject(concepts: Iterable<string>): boolean {
  for (const concept of concepts) if (BY_OBJECT.has(concept)) return true;
  return false;
}

/**
 * Whether a need is about an object: it names the object's words, or a kanji of them (「車」 of
 * 「自動車」), or two katakana in a row of them. Generous on purpose: the object only ever counts a
 * helper out, so when in doubt it does not.
 */
export function namesObject(needText: string, object: FamilyObject): boolean {
  if (needText.includes(object.words)) return true;
  for (const char of object.words) if (/[\u4e00-\u9fff]/.test(char) && needText.includes(char)) return true;
  for (let i = 0; i + 1 < object.words.length; i++) {
    const pair = object.words.slice(i, i + 2);
    if (/^[\u30a1-\u30fa]{2}$/.test(pair) && needText.includes(pair)) return true;
  }
  return false;
}

/** Family concept → its object, for each family the text names as done to one object. */
export function familyObjects(index: ConceptIndex, text: string): Map<string, FamilyObject> {
  const found = new Map<string, FamilyObject>();
  const { hits } = index.find(text);
  // (the hits' positions point into the canonical text too, where katakana is still katakana)
  const canon = canonical(text);
  for (const hit of hits) {
    if (!BY_OBJECT.has(hit.concept)) continue;
    // (room for the object, a bracket of examples and one more task: 「工作機械（旋盤・フライス盤・マシニング）の」)
    const from = Math.max(0, hit.start - 50);
    const m = OBJECT_BEFORE.exec(canon.slice(from, hit.start));
    if (!m) continue;
    if (SCOPE.test(m[1]!)) continue;
    const start = from + m.index;
    const end = start + m[1]!.length + (m[2]?.length ?? 0);
    const concepts = hits.filter((h) => h !== hit && h.start < end && h.end > start).map((h) => h.concept);
    // An object that is a member of the family itself (「英語の翻訳」, 「家電の修理」) is named as one.
    if (concepts.some((c) => index.families(c).some((f) => f.family === hit.concept))) continue;
    found.set(hit.concept, { words: asWritten(text, canon).slice(start, end), concepts });
  }
  return found;
}
