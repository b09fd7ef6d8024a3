// Display widths without string-width for plain text (src/util/width.ts): the same answer as
// string-width on every plain code point and on random strings of every kind of character, and the
// same characters as Unicode's grapheme segmentation.
import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { characters, commonPlain, fullWidth, isPlain, PLAIN_RULE, textWidth } from '../src/util/width.js';

const segmenter = new Intl.Segmenter('ja', { granularity: 'grapheme' });
const graphemes = (text: string) => Array.from(segmenter.segment(text), (s) => s.segment);

/** Pieces of every kind a record or a message may hold. */
const PIECES = [
  'a',
  'Z',
  '7',
  ' ',
  '-',
  'é',
  'e\u0301', // e and a combining accent
  'あ',
  'ア',
  'ｱ',
  'ｶﾞ', // half-width ka and its voiced mark, one character
  'ー',
  '・',
  '漢',
  '𠀋', // a kanji outside the basic plane
  '々',
  '、',
  '。',
  '「',
  '」',
  '（',
  '→',
  '⇔',
  '↔', // an emoji character drawn as text
  '©',
  '😀',
  '👍🏽', // with a skin tone
  '👨‍👩‍👧', // joined by zero-width joiners
  '🇯🇵', // a flag: two regional indicators
  '1\uFE0F\u20E3', // a keycap
  '한',
  '\u1100\u1161', // Hangul jamo, one syllable
  '\u200B', // zero-width space
  '\u00AD', // soft hyphen
  '\x1B[31m', // an ANSI colour
  '\t',
  'Ω',
  'ß',
];

describe('display widths', () => {
  it('equal string-width on every plain code point', () => {
    let plain = 0;
    const differ: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (!isPlain(ch)) continue;
      plain++;
      if (textWidth(ch) !== stringWidth(ch)) differ.push(cp.toString(16));
    }
    expect(differ).toEqual([]);
    // letters, kana, kanji: most of what is written
    expect(plain).toBeGreaterThan(100_000);
  });

  it('take as plain by code alone only what the rule takes', () => {
    const rule = new RegExp(PLAIN_RULE, 'v');
    const wrong: string[] = [];
    for (let cp = 0; cp <= 0xffff; cp++)
      if (commonPlain(cp) && !rule.test(String.fromCharCode(cp))) wrong.push(cp.toString(16));
    expect(wrong).toEqual([]);
  });

  it('equal string-width, and graphemes, on random text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(textWidth(text)).toBe(stringWidth(text));
        expect(fullWidth(text)).toBe(stringWidth(text));
        expect(characters(text)).toEqual(graphemes(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('take Japanese and English as plain, emoji and marks not', () => {
    for (const text of ['課題「和太鼓」の候補 3 件（最低スコア 0.3）', 'Cafe Hana ⇔ 北上ベース', 'ｱｲｳ']) {
      expect(isPlain(text), text).toBe(true);
    }
    for (const text of ['ラーメン🍜', 'e\u0301', 'ｶﾞ', '한국어', 'a↔b', '\x1B[1mbold']) {
      expect(isPlain(text), text).toBe(false);
    }
  });
});
