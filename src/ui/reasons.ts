// The matcher's reasons in words a mixer can forward, in Japanese and English.

import type { Lang } from '../util/lang.js';
import type { ConceptLabel, Reason } from '../util/reason.js';

type Of<K extends Reason['kind']> = Extract<Reason, { kind: K }>;

const label = (c: ConceptLabel, lang: Lang) => c[lang];

/**
 * A concept's label inside a sentence. English labels are written to stand alone ("Translation and
 * interpreting"); inside a sentence one starts lower-case ("a kind of translation and
 * interpreting"), unless it begins with a proper noun, as the glossary says (`proper`: English,
 * Hokkaido, Google Maps), or with a word that has capitals past its first letter (IT, DIY, MCs, IoT,
 * UI/UX). A label at the start of a sentence keeps its capital: use `label` there.
 */
export function labelInSentence(c: ConceptLabel, lang: Lang): string {
  const text = label(c, lang);
  if (lang !== 'en' || c.proper) return text;
  const first = /^[^\s/,(]+/.exec(text)?.[0] ?? '';
  if (/\p{Lu}/u.test(first.slice(1))) return text;
  return text.replace(/^\p{Lu}/u, (capital) => capital.toLowerCase());
}

/**
 * The helper's words a reason quotes: one of its strengths, or its name (「名前『佐藤写真館』」;
 * in English without an article, which the sentence supplies).
 */
function offer(r: { strength: string; from?: 'name' }, lang: Lang): string {
  if (lang === 'ja') return `${r.from === 'name' ? '名前' : '強み'}『${r.strength}』`;
  return `${r.from === 'name' ? 'name' : 'strength'} "${r.strength}"`;
}

function concept(r: Of<'concept'>, lang: Lang): string {
  const need = r.needWords || label(r.needConcept, lang);
  const o = lang === 'ja' ? offer(r, lang) : `the ${offer(r, lang)}`;
  const n = labelInSentence(r.needConcept, lang);
  const h = labelInSentence(r.helperConcept, lang);
  if (lang === 'ja')
    switch (r.relation) {
      case 'same':
        return `『${need}』に${o}が合う（どちらも${n}）`;
      case 'solves':
      case 'solves-broader':
        return `『${need}』には${o}が効く（${h} → ${n}）`;
      case 'broader':
        return `『${need}』に${o}（${n}は${h}の一種）`;
      case 'narrower':
        return `『${need}』に${o}（${h}は${n}の一種）`;
      case 'sibling':
        return `『${need}』と${o}は近い分野（${n} と ${h}）`;
    }
  switch (r.relation) {
    case 'same':
      return `"${need}" matches ${o} (both: ${n})`;
    case 'solves':
    case 'solves-broader':
      return `${o} helps with "${r.needWords || n}" (${h} → ${n})`;
    case 'broader':
      return `"${need}" ⇔ ${o} (${n} is a kind of ${h})`;
    case 'narrower':
      return `"${need}" ⇔ ${o} (${h} is a kind of ${n})`;
    case 'sibling':
      return `"${need}" and ${o} are related fields (${n}, ${h})`;
  }
}

function words(r: Of<'words'>, lang: Lang): string {
  const items = r.words.map((w) => {
    const [open, close] = lang === 'ja' ? ['『', '』'] : ['"', '"'];
    return w.via === 'same'
      ? `${open}${w.need}${close}`
      : `${open}${w.need}${close} ≈ ${open}${w.helper}${close}`;
  });
  return lang === 'ja'
    ? `${items.join('、')}が重なる（${offer(r, 'ja')}）`
    : `shares ${items.join(', ')} (${offer(r, 'en')})`;
}

function differs(r: Of<'differs'>, lang: Lang): string {
  const need = r.needWords || labelInSentence(r.need, lang);
  const helper = r.helperWords || labelInSentence(r.helper, lang);
  return lang === 'ja'
    ? `課題は『${need}』、強みは『${helper}』: ${label(r.family, 'ja')}の種類が違う`
    : `the need asks for "${need}", the strength names "${helper}": a different kind of ${labelInSentence(r.family, 'en')}`;
}

function outOfArea(r: Of<'out-of-area'>, lang: Lang): string {
  return lang === 'ja'
    ? `強みの対応は『${r.limit}』、課題は『${r.needArea}』: 対応地域の外`
    : `the strength serves "${r.limit}", the need is in "${r.needArea}": outside its area`;
}

function elsewhere(r: Of<'elsewhere'>, lang: Lang): string {
  return lang === 'ja'
    ? `課題が求める場所は『${r.needArea}』、この相手は『${r.helperArea}』: 場所が違う`
    : `the need asks for someone in "${r.needArea}", this helper is in "${r.helperArea}": elsewhere`;
}

function farAway(r: Of<'far-away'>, lang: Lang): string {
  return lang === 'ja'
    ? `課題は『${r.needArea}』、この相手は『${r.helperArea}』: ${label(r.concept, 'ja')}には遠い`
    : `the need is in "${r.needArea}", this helper in "${r.helperArea}": far for ${labelInSentence(r.concept, 'en')}`;
}

function tooSmall(r: Of<'too-small'>, lang: Lang): string {
  return lang === 'ja'
    ? `人数は『${r.needWords}』、強みは『${r.helperWords}』: 人数が合わない`
    : `the need is for "${r.needWords}", the strength takes "${r.helperWords}": too few`;
}

function unanswered(r: Of<'unanswered'>, lang: Lang): string {
  const need = r.needWords || labelInSentence(r.concept, lang);
  return lang === 'ja'
    ? `課題の『${need}』（${label(r.concept, 'ja')}）に応える強みはだれにもない: ほかの点で合うだけ`
    : `nobody here offers "${need}" (${labelInSentence(r.concept, 'en')}), the need's main ask: this answers only the rest`;
}

function missesAsked(r: Of<'misses-asked'>, lang: Lang): string {
  const need = r.needWords || labelInSentence(r.concept, lang);
  return lang === 'ja'
    ? `課題が求める『${need}』（${label(r.concept, 'ja')}）はこの強みにない: ほかの点で合うだけ`
    : `the need asks for "${need}" (${labelInSentence(r.concept, 'en')}), which this helper does not name: this answers only the rest`;
}

function history(r: Of<'history'>, lang: Lang): string {
  const c = labelInSentence(r.concept, lang);
  if (lang === 'ja') {
    const parts = [
      r.successes ? `成約 ${r.successes} 件` : '',
      r.failures ? `不成立 ${r.failures} 件` : '',
    ].filter(Boolean);
    return `同じ種類の紹介（${c}）で過去に${parts.join('・')}`;
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const parts = [
    r.successes ? plural(r.successes, 'deal') : '',
    r.failures ? `${plural(r.failures, 'introduction')} without result` : '',
  ].filter(Boolean);
  return `similar introductions (${c}) before: ${parts.join(', ')}`;
}

/** One reason in words. */
export function wordReason(r: Reason, lang: Lang): string {
  switch (r.kind) {
    case 'concept':
      return concept(r, lang);
    case 'words':
      return words(r, lang);
    case 'differs':
      return differs(r, lang);
    case 'out-of-area':
      return outOfArea(r, lang);
    case 'elsewhere':
      return elsewhere(r, lang);
    case 'far-away':
      return farAway(r, lang);
    case 'too-small':
      return tooSmall(r, lang);
    case 'unanswered':
      return unanswered(r, lang);
    case 'misses-asked':
      return missesAsked(r, lang);
    case 'history':
      return history(r, lang);
    case 'mutual':
      return lang === 'ja'
        ? `相互: ${r.owner}の『${r.ownerStrength}』が${r.helper}の課題『${r.helperNeed}』に役立つ`
        : `both gain: ${r.owner}'s "${r.ownerStrength}" can help ${r.helper} with "${r.helperNeed}"`;
    case 'cross-space':
      return lang === 'ja'
        ? `別スペース: ${r.ownerSpace} × ${r.helperSpace}`
        : `across spaces: ${r.ownerSpace} × ${r.helperSpace}`;
  }
}

export function wordReasons(reasons: Reason[], lang: Lang): string[] {
  return reasons.map((r) => wordReason(r, lang));
}

/**
 * A score as a table shows it, two decimals cut rather than rounded: 0.297 is 0.29, never
 * 0.30, which would read as passing a minimum of 0.3 that it does not pass.
 */
export function scoreText(score: number): string {
  const thousandths = Math.round(score * 1000);
  return (Math.floor(thousandths / 10) / 100).toFixed(2);
}
