// Display width in a terminal, and the characters a person sees, without starting Unicode
// segmentation when no character needs it.
//
// string-width measures a text grapheme by grapheme (Intl.Segmenter) and gives each the width of
// its first code point from the East Asian Width tables (get-east-asian-width), emoji two columns
// and marks, controls and ignorable characters none. Creating any Intl segmenter starts ICU, about
// 10 ms: as long as the rest of `mixer --help`. Most text mixer lays out is plain (PLAIN_RULE below:
// letters, digits, punctuation and symbols of Latin, kana, kanji and common script, no mark, no
// emoji, nothing ignorable): there every code point is a grapheme of its own, so string-width's
// answer is the sum of get-east-asian-width over the code points, and that is what is computed.
// Any other text is measured by string-width itself, loaded when first needed: a CommonJS copy
// made at build time (scripts/bundle.mjs), so that it loads synchronously. A test checks every
// plain code point, and random strings, against string-width.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { eastAsianWidth } from 'get-east-asian-width';
import { ROOT } from './package.js';

/** The rule: text whose code points are each a grapheme of its own, none an emoji, a mark or ignorable. */
export const PLAIN_RULE =
  '^[[[\\p{L}\\p{N}\\p{P}\\p{S}\\p{Zs}]&&[\\p{sc=Latin}\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Common}]]' +
  '--[\\p{Grapheme_Extend}\\p{Extended_Pictographic}\\p{RI}\\p{Emoji_Modifier}\\p{Default_Ignorable_Code_Point}]]*$';
let plain: RegExp | undefined;

/**
 * Printable ASCII, kana, kanji, Japanese punctuation, full-width forms and the common symbols of
 * a table (→ ⇔ … ※ ○): plain by the rule (a test checks each code point), and nearly all of a
 * Japanese text. Tried first, as one plain character class: the rule's expression costs about a
 * millisecond to make and runs slowly until V8 has compiled it, which the help, say, never gives
 * it time to do.
 */
const COMMON_PLAIN: ReadonlyArray<readonly [number, number]> = [
  [0x20, 0x7e],
  [0xd7, 0xd7], // ×
  [0xf7, 0xf7], // ÷
  [0x2010, 0x2027], // dashes, quotes, •, …
  [0x2030, 0x203b], // ‰, ′, ※
  [0x2190, 0x2193], // ←↑→↓
  [0x21d0, 0x21d4], // ⇐⇑⇒⇓⇔ (the suggest table's)
  [0x25a0, 0x25a1], // ■□
  [0x25b2, 0x25b3], // ▲△
  [0x25bc, 0x25bd], // ▼▽
  [0x25c6, 0x25c7], // ◆◇
  [0x25cb, 0x25cf], // ○◎●
  [0x3000, 0x3003], // ideographic space, 、。〃
  [0x3005, 0x3007], // 々〆〇
  [0x3008, 0x301f], // 〈〉《》「」『』【】〒〔〕〜 …
  [0x3041, 0x3096], // hiragana
  [0x30a1, 0x30fe], // katakana, ・ and ー
  [0x4e00, 0x9fff], // kanji
  [0xff01, 0xff65], // full-width forms of ASCII, half-width 。「」、・
];

const hex = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;
const COMMON_TEXT = new RegExp(
  `^[${COMMON_PLAIN.map(([from, to]) => `${hex(from)}-${hex(to)}`).join('')}]*$`,
);

/** Whether a code point is one of the common plain ones. */
export function commonPlain(code: number): boolean {
  return COMMON_PLAIN.some(([from, to]) => code >= from && code <= to);
}

/** Whether a text is plain: measured without string-width and segmented by code point. */
export function isPlain(text: string): boolean {
  if (COMMON_TEXT.test(text)) return true;
  plain ??= new RegExp(PLAIN_RULE, 'v');
  return plain.test(text);
}

/** The copy of string-width that the build makes (see the top of this file). */
const STRING_WIDTH = new URL('dist/bundle/string-width.cjs', ROOT);
let stringWidth: ((text: string) => number) | undefined;

/** string-width itself, for text that is not plain. */
export function fullWidth(text: string): number {
  stringWidth ??= (
    createRequire(import.meta.url)(fileURLToPath(STRING_WIDTH)) as { default: typeof stringWidth }
  ).default;
  return stringWidth!(text);
}

/** Colours and bold (SGR escapes): no width, as string-width strips them. */
const SGR = /\x1b\[[0-9;]*m/g;

/** The width string-width gives a text, computed without it when the text is plain. */
export function textWidth(text: string): number {
  // (a table pads cells after colouring them)
  const bare = text.includes('\x1b') ? text.replace(SGR, '') : text;
  if (!isPlain(bare)) return fullWidth(text);
  let width = 0;
  for (const ch of bare) width += eastAsianWidth(ch.codePointAt(0)!);
  return width;
}

// Made when first needed: creating a segmenter starts ICU (see above).
let graphemes: Intl.Segmenter | undefined;

/** The characters a person sees (an emoji with its modifiers is one). */
export function characters(text: string): string[] {
  if (isPlain(text)) return Array.from(text);
  graphemes ??= new Intl.Segmenter('ja', { granularity: 'grapheme' });
  return Array.from(graphemes.segment(text), (s) => s.segment);
}
