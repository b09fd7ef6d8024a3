// Bad usage, unknown ids, prompt validation, and the errors of the entry point.
import { type Messages, takes } from './types.js';

export const usage = {
  'data.missing': takes<'dir'>({
    ja: (p) => `データフォルダ ${p.dir} がありません`,
    en: (p) => `the data folder ${p.dir} does not exist`,
  }),
  'hint.data-missing': {
    ja: '--data DIR か MIXER_DATA でフォルダを指定してください',
    en: 'name the folder with --data DIR or MIXER_DATA',
  },
  'usage.unknown-kind': takes<'kind'>({
    ja: (p) => `種類「${p.kind}」はありません`,
    en: (p) => `there is no kind "${p.kind}"`,
  }),
  'hint.kinds': takes<'kinds'>({ ja: (p) => `使える種類: ${p.kinds}`, en: (p) => `kinds: ${p.kinds}` }),
  'usage.bad-number': takes<'flag' | 'integer' | 'range' | 'value'>({
    ja: (p) =>
      `${p.flag} には${p.integer ? '整数' : '数値'}を指定してください${p.range ? `（${p.range}）` : ''}。「${p.value}」は使えません`,
    en: (p) =>
      `${p.flag} takes ${p.integer ? 'a whole number' : 'a number'}${p.range ? ` (${p.range})` : ''}, not "${p.value}"`,
  }),
  'env.bad-date': takes<'name' | 'value'>({
    ja: (p) => `環境変数 ${p.name} は YYYY-MM-DD の形の実在する日付です（「${p.value}」）`,
    en: (p) => `the environment variable ${p.name} takes a real date as YYYY-MM-DD, not "${p.value}"`,
  }),
  'env.bad-switch': takes<'name' | 'value'>({
    ja: (p) => `環境変数 ${p.name} は 1 か 0（true か false）です（「${p.value}」）`,
    en: (p) => `the environment variable ${p.name} takes 1 or 0 (true or false), not "${p.value}"`,
  }),
  'env.bad-color': takes<'name' | 'value'>({
    ja: (p) => `環境変数 ${p.name} は 0〜3・true・false のどれかです（「${p.value}」）`,
    en: (p) => `the environment variable ${p.name} takes 0 to 3, true or false, not "${p.value}"`,
  }),
  'hint.env': takes<'name'>({
    ja: (p) => `${p.name} を直すか、unset ${p.name} で外してください`,
    en: (p) => `fix ${p.name}, or remove it with unset ${p.name}`,
  }),
  'usage.help': { ja: 'mixer --help で使い方を表示します', en: 'mixer --help shows the usage' },
  'error.unexpected': takes<'detail'>({
    ja: (p) => `予期しないエラー: ${p.detail}`,
    en: (p) => `unexpected error: ${p.detail}`,
  }),
  'hint.report': {
    ja: 'MIXER_DEBUG=1 で詳細を表示できます。再現手順と一緒に報告してください',
    en: 'MIXER_DEBUG=1 shows details; please report it with the steps to reproduce',
  },
  'unknown.need': takes<'id'>({
    ja: (p) => `課題「${p.id}」はありません`,
    en: (p) => `no need with the id "${p.id}"`,
  }),
  'unknown.helper': takes<'id'>({
    ja: (p) => `スペースかメンバー「${p.id}」はありません`,
    en: (p) => `no space or member with the id "${p.id}"`,
  }),
  'unknown.space': takes<'id'>({
    ja: (p) => `スペース「${p.id}」はありません`,
    en: (p) => `no space with the id "${p.id}"`,
  }),
  'unknown.proposal': takes<'id'>({
    ja: (p) => `提案「${p.id}」はありません`,
    en: (p) => `no proposal with the id "${p.id}"`,
  }),
  'unknown.record': takes<'id'>({
    ja: (p) => `ID「${p.id}」のレコードはありません`,
    en: (p) => `no record with the id "${p.id}"`,
  }),
  'usage.missing-flag': takes<'flag'>({
    ja: (p) => `${p.flag} が必要です（端末でないので質問できません）`,
    en: (p) => `${p.flag} is required when not running interactively`,
  }),
  'usage.bad-pair': takes<'flag' | 'value'>({
    ja: (p) => `${p.flag} は「ID:テキスト」の形です（「${p.value}」）`,
    en: (p) => `${p.flag} takes ID:TEXT (got "${p.value}")`,
  }),
  'usage.bad-date': takes<'flag'>({
    ja: (p) => `${p.flag} は YYYY-MM-DD の日付です`,
    en: (p) => `${p.flag} takes a date as YYYY-MM-DD`,
  }),
  'usage.bad-id': takes<'id'>({
    ja: (p) => `「${p.id}」は ID に使えません（英小文字・数字・ハイフン）`,
    en: (p) => `"${p.id}" is not a valid id (lower-case letters, digits, hyphens)`,
  }),
  'usage.bad-choice': takes<'flag' | 'choices'>({
    ja: (p) => `${p.flag} は ${p.choices} のどれかです`,
    en: (p) => `${p.flag} takes one of ${p.choices}`,
  }),
  'usage.no-id-from-name': takes<'name'>({
    ja: (p) => `名前「${p.name}」から ID を作れません。--id を指定してください`,
    en: (p) => `no id can be made from the name "${p.name}"; give --id`,
  }),
  'usage.unknown-ref': takes<'flag' | 'id' | 'kind'>({
    ja: (p) => `${p.flag}: 「${p.id}」という${p.kind}はありません`,
    en: (p) => `${p.flag}: no ${p.kind} with the id "${p.id}"`,
  }),
  'usage.id-taken': takes<'id'>({
    ja: (p) => `ID「${p.id}」はすでに使われています`,
    en: (p) => `the id "${p.id}" is already taken`,
  }),
  'usage.not-met': takes<'flag' | 'id'>({
    ja: (p) => `${p.flag}: 「${p.id}」はこの訪問で会った人（--met）にもスペースにもいません`,
    en: (p) => `${p.flag}: "${p.id}" is neither among the members met (--met) nor the space`,
  }),
  'invalid.date': { ja: 'YYYY-MM-DD の形で入力してください', en: 'write it as YYYY-MM-DD' },
  'invalid.id': {
    ja: '英小文字・数字・ハイフンで入力してください',
    en: 'use lower-case letters, digits and hyphens',
  },
  'invalid.number': { ja: '数値を入力してください', en: 'enter a number' },
  'invalid.empty': { ja: '空にはできません', en: 'must not be empty' },
  'invalid.taken': { ja: 'その ID はすでに使われています', en: 'that id is already taken' },
  'usage.bad-range': {
    ja: '--since は --until より前の日付にしてください',
    en: '--since must come before --until',
  },
} satisfies Messages;
