// How Japanese verbs and adjectives change their endings, as far as matching needs it: a glossary
// term that ends in one is read in its other forms (辞める also reads 辞めて), and a word of a
// record is compared by its base form (直し → 直す).
import { isKanji } from '../util/normalize.js';

/** The rows of kana a godan verb's ending moves along (か行: 書か, 書き, 書く, 書け, 書こ). */
const ROWS = [
  'わいうえお',
  'かきくけこ',
  'がぎぐげご',
  'さしすせそ',
  'たちつてと',
  'なにぬねの',
  'ばびぶべぼ',
  'まみむめも',
  'らりるれろ',
];

/** The u-row kana a godan verb ends in, by the kana its other forms show (し → す). */
const U_ROW = new Map(ROWS.flatMap((row) => [...row].map((kana): [string, string] => [kana, row[2]!])));

export function isHiragana(ch: string | undefined): boolean {
  return ch !== undefined && ch >= 'ぁ' && ch <= 'ゟ';
}

/** Whether every character of `text` is hiragana (true for an empty text). */
export function isHiraganaOnly(text: string): boolean {
  for (const ch of text) if (!isHiragana(ch)) return false;
  return true;
}

/**
 * The stem of a phrase that ends in a verb or adjective, and the kana that may follow it (`*`:
 * any): 来ない → 来な + いくかけ, 古い → 古 + いくかけさ, 辞める → 辞め + any, 減る → 減 + らりるれろっ.
 */
export function inflection(piece: string): { stem: string; next: string } | undefined {
  if (piece.length < 2) return undefined;
  const last = piece.at(-1)!;
  const before = piece.at(-2)!;
  const afterKanji = isKanji(before.charCodeAt(0));
  if (piece.endsWith('ない') || piece.endsWith('たい') || (last === 'い' && afterKanji))
    return { stem: piece.slice(0, -1), next: 'いくかけさ' };
  if (last === 'る' && 'いきしちにひみりえけせてねへめれぎじびべげぜで'.includes(before))
    return { stem: piece.slice(0, -1), next: '*' };
  const row = ROWS.find((r) => r[2] === last);
  if (row && afterKanji) return { stem: piece.slice(0, -1), next: `${row}っんい` };
  return undefined;
}

/**
 * Base forms a conjugated verb may have (直し → 直す, 辞め → 辞める, 叩け → 叩く), kept only where
 * `known` says the word exists. `word` starts with kanji and ends in hiragana (or is kanji alone,
 * when the segmenter cut the ending off: 探|し|て).
 */
export function baseForms(word: string, known: (base: string) => boolean): string[] {
  let k = 0;
  while (k < word.length && isKanji(word.charCodeAt(k))) k++;
  const stem = word.slice(0, k);
  const next = word[k];
  const candidates = new Set<string>();
  if (next) {
    const u = U_ROW.get(next);
    if (u) candidates.add(stem + u);
    candidates.add(`${stem}${next}る`);
    if (next === 'っ' || next === 'ん' || next === 'い')
      for (const end of 'うつるむぶぬく') candidates.add(stem + end);
  } else
    for (const end of ['る', 'す', 'く', 'う', 'む', 'つ', 'ぶ', 'ぐ', 'める', 'れる', 'える', 'ける'])
      candidates.add(stem + end);
  return [...candidates].filter((c) => c !== word && known(c));
}
