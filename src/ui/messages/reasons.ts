// Why a pairing was suggested: the matcher returns the parts, these sentences word them.
import { type Messages, takes } from './types.js';

export const reasons = {
  'reason.concept-same': takes<'need' | 'strength' | 'concept'>({
    ja: (p) => `課題『${p.need}』に対して『${p.strength}』が得意（${p.concept}）`,
    en: (p) => `need "${p.need}" ↔ strength "${p.strength}" (${p.concept})`,
  }),
  'reason.concept-solves': takes<'need' | 'strength' | 'path'>({
    ja: (p) => `課題『${p.need}』に対して『${p.strength}』が得意（${p.path}）`,
    en: (p) => `need "${p.need}" ↔ strength "${p.strength}" (${p.path})`,
  }),
  'reason.text': takes<'need' | 'strength' | 'words'>({
    ja: (p) => `課題『${p.need}』と強み『${p.strength}』の言葉が重なる（${p.words}）`,
    en: (p) => `need "${p.need}" and strength "${p.strength}" share words (${p.words})`,
  }),
  'reason.mutual': takes<'owner' | 'strength' | 'helper' | 'need'>({
    ja: (p) => `相互: ${p.owner}の『${p.strength}』が${p.helper}の課題『${p.need}』に役立つ`,
    en: (p) => `both gain: ${p.owner}'s "${p.strength}" can help ${p.helper} with "${p.need}"`,
  }),
  'reason.cross-space': takes<'a' | 'b'>({
    ja: (p) => `別スペース: ${p.a} × ${p.b}`,
    en: (p) => `across spaces: ${p.a} × ${p.b}`,
  }),
} satisfies Messages;
