// Text normalisation for matching: width, case, kana and long-vowel variants folded, so that
// 「ホームページ」「ﾎｰﾑﾍﾟｰｼﾞ」「ほーむぺーじ」 and "Homepage" compare equal where they should.

/** Marks written for ー; NFKC turns the full-width ones into ASCII '-' and '~'. */
const LONG_VOWEL_VARIANTS = /[-~－−‐―─━〜～]/g;

/** Katakana to hiragana (ァ..ヶ → ぁ..ゖ); the long-vowel mark ー stays. */
function foldKana(text: string): string {
  return KATAKANA.test(text) ? text.replace(KATAKANA_ALL, toHiragana) : text;
}

const KATAKANA = /[\u30a1-\u30f6]/;
const KATAKANA_ALL = /[\u30a1-\u30f6]/g;
const toHiragana = (ch: string) => String.fromCharCode(ch.charCodeAt(0) - 0x60);

/** NFKC and lower case only: what segmentation sees (the segmenter knows katakana words). */
export function canonical(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/**
 * Folds an already canonical text for matching, character for character (same length, so that
 * positions still point into the canonical text): long-vowel variants after kana become ー, kana
 * is folded, white space becomes a plain space.
 */
export function foldCanonical(canon: string): string {
  const marks = canon.replace(LONG_VOWEL_VARIANTS, (mark, offset: number, whole: string) =>
    isKana(whole.charCodeAt(offset - 1)) ? 'ー' : mark,
  );
  return foldKana(marks).replace(/\s/g, ' ');
}

/** Full normalisation: canonical, folded, white space collapsed. */
export function normalize(text: string): string {
  return foldCanonical(canonical(text)).replace(/ +/g, ' ').trim();
}

function isKana(code: number): boolean {
  return (code >= 0x3041 && code <= 0x309f) || (code >= 0x30a0 && code <= 0x30ff);
}

export function isKanji(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || code === 0x3005;
}

export function isKatakana(code: number): boolean {
  return code >= 0x30a0 && code <= 0x30ff;
}

export function hasJapanese(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isKana(c) || isKanji(c)) return true;
  }
  return false;
}
