// Segmentation: words from Intl.Segmenter (it knows Japanese), plus character bigrams of each run
// of kanji and katakana, so that compounds match even when the segmenter splits them differently.
import { canonical, foldKana, isKanji, isKatakana } from '../util/normalize.js';

const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });

/** Particles, auxiliaries and function words: they say nothing about what is offered or needed. */
const STOP_JA = new Set(
  (
    'の を が に は で と も や へ か な ね よ て た だ し から まで より など って ので けど けれど たり ' +
    'です ます する した して しく する される れる られる せる いる ある ない なる なっ おり こと もの ため よう ' +
    'これ それ あれ この その あの ここ そこ 方 的 等 い う え お く け さ す せ そ つ ぬ ふ へ ほ む め も ゆ ら り る れ ろ わ ん'
  ).split(' '),
);

const STOP_EN = new Set(
  'a an the of to for in on at by with and or our we us my i you your their they it its is are be been was this that these those from as into about some someone any can could would will'.split(
    ' ',
  ),
);

/** Words that tell an offer from a need: kept as tokens even where the segmenter splits them. */
const NEED_CUES = [
  'ほしい',
  '欲しい',
  'たい',
  '困',
  '探して',
  '探す',
  '必要',
  '足りない',
  '不足',
  'need',
  'want',
  'looking',
  'help',
];
const OFFER_CUES = [
  '得意',
  'できる',
  'できます',
  '提供',
  '支援',
  '代行',
  'サポート',
  'offer',
  'provide',
  'support',
  'expert',
];

function isHiraganaOnly(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!(c >= 0x3041 && c <= 0x309f) && c !== 0x30fc) return false;
  }
  return true;
}

/** A light English stem: plural and common verb endings, so "photos" meets "photo". */
function stemEnglish(word: string): string {
  let stem = word;
  if (stem.length > 4 && stem.endsWith('ies')) stem = `${stem.slice(0, -3)}y`;
  else if (stem.length > 5 && stem.endsWith('ing')) stem = stem.slice(0, -3);
  else if (stem.length > 4 && stem.endsWith('ed')) stem = stem.slice(0, -2);
  else if (stem.length > 3 && stem.endsWith('s') && !stem.endsWith('ss')) stem = stem.slice(0, -1);
  // "guide", "guides" and "guided" meet at "guid"
  return stem.length > 3 && stem.endsWith('e') ? stem.slice(0, -1) : stem;
}

/** Word tokens (prefixed `w:`) and bigram tokens (prefixed `b:`) of a text. */
export function tokenize(text: string): string[] {
  const base = canonical(text);
  const out: string[] = [];
  for (const seg of segmenter.segment(base)) {
    if (!seg.isWordLike) continue;
    const word = foldKana(seg.segment);
    if (/^[a-z0-9][a-z0-9'.+#-]*$/.test(word)) {
      if (STOP_EN.has(word) || word.length < 2) continue;
      out.push(`w:${stemEnglish(word)}`);
    } else {
      if (STOP_JA.has(word) || (word.length === 1 && isHiraganaOnly(word))) continue;
      out.push(`w:${word}`);
    }
  }
  // Cue words survive even where the segmenter splits them (「したい」 → 「し」「たい」).
  for (const cue of [...NEED_CUES, ...OFFER_CUES]) if (base.includes(cue)) out.push(`w:${foldKana(cue)}`);
  // Bigrams inside runs of kanji/katakana (hiragana is mostly grammar).
  let run = '';
  const flush = () => {
    const folded = foldKana(run);
    for (let i = 0; i + 1 < folded.length; i++) out.push(`b:${folded.slice(i, i + 2)}`);
    run = '';
  };
  for (const ch of base) {
    const c = ch.charCodeAt(0);
    if (isKanji(c) || isKatakana(c)) run += ch;
    else flush();
  }
  flush();
  return out;
}
