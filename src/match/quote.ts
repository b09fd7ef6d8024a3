// What a reason quotes of the words a glossary term found in a need: whole words, as the
// segmenter cuts them. A term may start with a particle (「を直したい」, 「では狭すぎ」), hold the stem
// of a verb (「ときどき止ま」, 減, 辞め) or begin inside a word (家 of 民家); the reason quotes
// 『直したい』, 『ときどき止まる』, 『お客さんが減ってきた』, 『民家を直す』. Pure.
import { isKanji, isKatakana } from '../util/normalize.js';
import { isHiragana, isHiraganaOnly } from './inflection.js';
import { words } from './segmenter.js';

/** Words after a verb that end the quote of it: particles, conjunctions and nouns of grammar. */
const CLAUSE_ENDS = new Set(
  (
    'が を に は で と も や へ の ので から けど けれど のに ため より まで し ' +
    'では には とは でも のみ だけ など なんて とも という ような よう ところ こと ことに ことが ' +
    'ときに ときには です について'
  ).split(' '),
);

/** Particles a glossary term may start with before what it names (「を直したい」, 「では狭すぎ」). */
const LEADING_PARTICLE = /^(?:では|とは|には|でも|[をがはにでとも](?=[\u4e00-\u9fff\u3005\u30a1-\u30fa]))/;

/**
 * The span to quote for the words a glossary term matched from `start` to `end` in `text` (the
 * need's text in canonical form): without a particle the term starts with, widened to the whole
 * words it begins or ends inside where those are kanji or katakana (民家 for 家), and to the end of
 * a verb whose stem it ends with.
 */
export function quotedSpan(text: string, start: number, end: number): [number, number] {
  const segments = words(text);
  // A particle only before kanji or katakana (を直す): とうふ and もも農家 are words of their own.
  const particle = LEADING_PARTICLE.exec(text.slice(start, end))?.[0].length ?? 0;
  let from = start + (particle < end - start ? particle : 0);
  if (from === start) {
    const word = segments.containing(start);
    if (word && word.index < start && compoundLetters(text, word.index, start)) from = word.index;
  }
  const last = segments.containing(end - 1);
  const lastEnd = last ? last.index + last.segment.length : end;
  // (a noun widened to its word takes no endings: 『福岡県内』, not 『福岡県内のみ』)
  if (lastEnd > end && compoundLetters(text, end, lastEnd)) return [from, lastEnd];
  return [from, inflectedEnd(text, end, segments)];
}

/**
 * Where to end the quote of words that stop on the stem of an inflected word: to the end of the
 * word it ends inside (止ま|る), then through the hiragana words that follow, up to the particle
 * or word of grammar that ends the clause (減っ|て|きた; 買い|たい, not …という).
 */
function inflectedEnd(text: string, end: number, segments: Intl.Segments): number {
  if (end <= 0 || end >= text.length || !isHiragana(text[end])) return end;
  if (!isKanji(text.charCodeAt(end - 1)) && !isHiragana(text[end - 1])) return end;
  let stop = end;
  const inside = segments.containing(end);
  if (inside && inside.index < end) {
    const insideEnd = inside.index + inside.segment.length;
    if (!isHiraganaOnly(text.slice(end, insideEnd))) return end;
    stop = insideEnd;
  }
  for (let next = segments.containing(stop); next && next.index === stop; next = segments.containing(stop)) {
    if (!isHiraganaOnly(next.segment) || CLAUSE_ENDS.has(next.segment)) break;
    stop += next.segment.length;
  }
  return stop;
}

/** Whether `text` from `a` to `b` is all kanji or katakana (not 「・」, which separates a list). */
function compoundLetters(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x30fb || !(isKanji(c) || isKatakana(c))) return false;
  }
  return b > a;
}
