// Letters, proposals and their status.
import { type Messages, takes } from './types.js';

export const letters = {
  'letter.no-template': takes<'lang' | 'name'>({
    ja: (p) => `テンプレート ${p.lang}/${p.name}.md が見つかりません`,
    en: (p) => `no template ${p.lang}/${p.name}.md found`,
  }),
  'letter.template-error': takes<'file' | 'line' | 'col' | 'detail'>({
    ja: (p) => `${p.file}:${p.line}:${p.col}  ${p.detail}`,
    en: (p) => `${p.file}:${p.line}:${p.col}  ${p.detail}`,
  }),
  'hint.template-error': {
    ja: 'テンプレートが使える変数は README の「Letters」にあります',
    en: 'the variables a template may use are listed in the README under "Letters"',
  },
  'letter.member-of': takes<'space'>({
    ja: (p) => `${p.space}のメンバーの方`,
    en: (p) => `a member of ${p.space}`,
  }),
  'letter.a-member': { ja: 'あるメンバーの方', en: 'a member of our network' },
  'letter.strengths': takes<'list'>({
    ja: (p) => `得意なこと: ${p.list}`,
    en: (p) => `Strengths: ${p.list}`,
  }),
  'letter.neutral-need': { ja: '先日伺ったご相談', en: 'what you told me you are looking for' },
  'propose.not-open': takes<'id' | 'status'>({
    ja: (p) => `課題「${p.id}」は${p.status}です。提案できるのは未解決の課題だけです`,
    en: (p) => `the need "${p.id}" is ${p.status}; only open needs can be proposed`,
  }),
  'hint.propose-open-needs': takes<'command'>({
    ja: (p) => `未解決の課題は ${p.command} で確認できます`,
    en: (p) => `${p.command} lists the open needs`,
  }),
  'hint.propose-another': takes<'command'>({
    ja: (p) => `ほかの助け手は ${p.command} で探せます`,
    en: (p) => `${p.command} finds other helpers`,
  }),
  'propose.do-not-contact': takes<'id'>({
    ja: (p) => `「${p.id}」は連絡しない（do_not_contact）ことになっています`,
    en: (p) => `"${p.id}" is marked do_not_contact`,
  }),
  'propose.same-party': {
    ja: '課題の持ち主を助け手にはできません',
    en: 'the owner of a need cannot be its helper',
  },
  'propose.open-exists': takes<'id' | 'status'>({
    ja: (p) => `この組み合わせにはすでに進行中の提案 ${p.id}（${p.status}）があります`,
    en: (p) => `this pair already has an open proposal ${p.id} (${p.status})`,
  }),
  'hint.propose-open-exists': takes<'id'>({
    ja: (p) => `mixer status ${p.id} <状態> で進めてください`,
    en: (p) => `move it along with mixer status ${p.id} <status>`,
  }),
  'propose.no-mixer': {
    ja: '--mixer が必要です（git の user.email に一致するミキサーがいません）',
    en: '--mixer is required (no mixer has git user.email as email)',
  },
  'status.bad-move': takes<'from' | 'to'>({
    ja: (p) => `「${p.from}」から「${p.to}」へは進めません`,
    en: (p) => `a proposal cannot move from "${p.from}" to "${p.to}"`,
  }),
  'hint.status-next': takes<'next'>({
    ja: (p) => `次に進めるのは: ${p.next}（誤りの訂正なら --force）`,
    en: (p) => `allowed next: ${p.next} (to correct a mistake, --force)`,
  }),
  'ask.outcome': { ja: '結果', en: 'outcome' },
  'ask.value': takes<'currency'>({
    ja: (p) => `金額（${p.currency}、3万・¥30,000 なども可、空欄で省略）`,
    en: (p) => `value in ${p.currency} (empty to skip)`,
  }),
  'ask.mixer-propose': { ja: '担当するミキサー', en: 'Which mixer proposes it?' },
  'status.final': { ja: 'この提案は終わっています', en: 'this proposal has ended' },
  'status.outcome-needs-end': {
    ja: '--outcome と --value は deal か closed のときだけ使えます',
    en: '--outcome and --value go only with deal or closed',
  },
  'status.solve-need': takes<'title'>({
    ja: (p) => `課題「${p.title}」を解決済みにしますか?`,
    en: (p) => `mark the need "${p.title}" as solved?`,
  }),
  'status.forced': { ja: '訂正', en: 'correction' },
} satisfies Messages;
