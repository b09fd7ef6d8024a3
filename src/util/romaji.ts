// Reading kana as the Latin letters an id is written in, so that a list searched by typing finds
// 盛岡ハブ (morioka-hub) from もりおか, typed before the input method turns it into kanji. Ids
// are written in whatever romanisation their author chose (shinbashi, shimbashi, sinbasi; tokyo,
// toukyou), so both sides are folded to one loose form before they are compared.

// biome-ignore format: a table of kana reads best in rows
const MORAE: Record<string, string> = {
  あ: 'a', い: 'i', う: 'u', え: 'e', お: 'o',
  か: 'ka', き: 'ki', く: 'ku', け: 'ke', こ: 'ko',
  さ: 'sa', し: 'si', す: 'su', せ: 'se', そ: 'so',
  た: 'ta', ち: 'ti', つ: 'tu', て: 'te', と: 'to',
  な: 'na', に: 'ni', ぬ: 'nu', ね: 'ne', の: 'no',
  は: 'ha', ひ: 'hi', ふ: 'hu', へ: 'he', ほ: 'ho',
  ま: 'ma', み: 'mi', む: 'mu', め: 'me', も: 'mo',
  や: 'ya', ゆ: 'yu', よ: 'yo',
  ら: 'ra', り: 'ri', る: 'ru', れ: 're', ろ: 'ro',
  わ: 'wa', ゐ: 'i', ゑ: 'e', を: 'o', ん: 'n',
  が: 'ga', ぎ: 'gi', ぐ: 'gu', げ: 'ge', ご: 'go',
  ざ: 'za', じ: 'zi', ず: 'zu', ぜ: 'ze', ぞ: 'zo',
  だ: 'da', ぢ: 'zi', づ: 'zu', で: 'de', ど: 'do',
  ば: 'ba', び: 'bi', ぶ: 'bu', べ: 'be', ぼ: 'bo',
  ぱ: 'pa', ぴ: 'pi', ぷ: 'pu', ぺ: 'pe', ぽ: 'po',
  ゔ: 'bu',
  ぁ: 'a', ぃ: 'i', ぅ: 'u', ぇ: 'e', ぉ: 'o', ゎ: 'wa',
};

/** The consonant a small ゃ, ゅ or ょ (or ぁ… after a kana of another row) attaches to. */
const SMALL_Y: Record<string, string> = { ゃ: 'ya', ゅ: 'yu', ょ: 'yo' };
const SMALL_VOWEL: Record<string, string> = { ぁ: 'a', ぃ: 'i', ぅ: 'u', ぇ: 'e', ぉ: 'o' };

/** Whether a text is kana only (hiragana, or katakana folded to it), with ー and spaces. */
export function isKanaOnly(text: string): boolean {
  return /^[\u3041-\u3096ー ]+$/.test(text) && /[\u3041-\u3096]/.test(text);
}

/**
 * The loose romanisation of a hiragana text (katakana folded already, see foldKana): one letter
 * form for every romanisation of the same sound, as `looseLatin` folds an id.
 */
export function kanaToLoose(kana: string): string {
  let out = '';
  for (let i = 0; i < kana.length; i++) {
    const ch = kana[i] as string;
    const next = kana[i + 1] ?? '';
    if (ch === 'っ') {
      // A doubled consonant: the first letter of what follows.
      const following = MORAE[next] ?? '';
      out += /^[a-z]/.test(following) && !/^[aiueon]/.test(following) ? (following[0] as string) : '';
      continue;
    }
    if (ch === 'ー' || ch === ' ') continue;
    const mora = MORAE[ch];
    if (mora === undefined) continue;
    if (SMALL_Y[next] && mora.length === 2 && mora.endsWith('i')) {
      out += mora[0] + (SMALL_Y[next] as string);
      i++;
      continue;
    }
    if (SMALL_VOWEL[next] && (mora.length === 2 || ch === 'う')) {
      // The consonant with the small vowel, as an id spells it: ふぁ fa, てぃ ti, うぃ wi, and after
      // a kana of the i row with its y, as looseLatin reads she and che (しぇ sye, ちぇ tye).
      const consonant =
        ch === 'ふ' ? 'f' : ch === 'う' ? 'w' : mora.endsWith('i') ? `${mora[0]}y` : (mora[0] as string);
      out += consonant + (SMALL_VOWEL[next] as string);
      i++;
      continue;
    }
    out += mora;
  }
  return foldVowels(out);
}

/**
 * Latin letters in one loose form: Hepburn spellings as the kunrei ones (shi si, chi ti, tsu tu,
 * fu hu, ji zi, sha sya), m before b or p as n, and long vowels as one (tokyo, toukyou, tookyoo).
 */
export function looseLatin(text: string): string {
  const letters = text
    .toLowerCase()
    .replace(/[^a-z]+/g, '')
    .replace(/tch/g, 'tty')
    .replace(/shi/g, 'si')
    .replace(/sh/g, 'sy')
    .replace(/chi/g, 'ti')
    .replace(/ch/g, 'ty')
    .replace(/tsu/g, 'tu')
    .replace(/fu/g, 'hu')
    .replace(/ji/g, 'zi')
    .replace(/j/g, 'zy')
    .replace(/m(?=[bp])/g, 'n');
  return foldVowels(letters);
}

const foldVowels = (letters: string) => letters.replace(/ou/g, 'o').replace(/([aiueo])\1+/g, '$1');
