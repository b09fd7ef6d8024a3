// Letters, proposals and their status.
import { formsJa, inYen, type Messages, takes } from './types.js';

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
  'hint.template-include': {
    ja: 'テンプレートが読み込めるのは、同じフォルダと mixer の templates/ の中のファイルだけです',
    en: "a template may include only files of its own folder and of mixer's templates/",
  },
  'hint.template-limit': {
    ja: 'テンプレートが長すぎるか、繰り返しが多すぎます（手紙は数 KB です）',
    en: 'the template is too long or loops too much (a letter is a few kilobytes)',
  },
  'letter.no-template-dir': takes<'dir'>({
    ja: (p) => `--template のフォルダ ${p.dir} がありません`,
    en: (p) => `--template: no folder ${p.dir}`,
  }),
  'letter.empty-template-dir': takes<'dir' | 'lang'>({
    ja: (p) =>
      `--template のフォルダ ${p.dir} にテンプレートがありません（${p.lang}/ask.md か ${p.lang}/introduction.md を探しました）`,
    en: (p) =>
      `--template: the folder ${p.dir} holds no template (looked for ${p.lang}/ask.md and ${p.lang}/introduction.md)`,
  }),
  'hint.template-dir': {
    ja: 'mixer の templates/ を写して書き換え、そのフォルダを指定してください（--template を付けなければ標準のテンプレートを使います）',
    en: "copy mixer's templates/ folder, edit it and give that folder (without --template the built-in ones are used)",
  },
  'letter.front-matter-key': takes<'file' | 'key'>({
    ja: (p) => `${p.file}: 前付け（front matter）の「${p.key}」は使えません`,
    en: (p) => `${p.file}: the front matter may not set "${p.key}"`,
  }),
  'hint.front-matter': {
    ja: 'テンプレートが決めるのは subject と cc だけです。宛先（to・bcc）と差出人は記録から mixer が決めます',
    en: 'a template sets only subject and cc; mixer sets the sender and the recipients (to, bcc) from the records',
  },
  'letter.no-email': takes<'name' | 'file'>({
    ja: (p) => `${p.name} の連絡先（email）がありません。${p.file} は宛先を書き足してから送ってください`,
    en: (p) => `${p.name} has no contact e-mail: add the recipient to ${p.file} before sending it`,
  }),
  'letter.their-language': takes<'names' | 'lang' | 'flag'>({
    ja: (p) => `${p.names}の記録は${p.lang}です。${p.lang}で書くには ${p.flag}`,
    en: (p) => `the records of ${p.names} are in ${p.lang}: ${p.flag} writes the letter in ${p.lang}`,
  }),
  'letter.no-email-printed': takes<'name'>({
    ja: (p) => `${p.name} の連絡先（email）がありません。宛先を書き足してから送ってください`,
    en: (p) => `${p.name} has no contact e-mail: add the recipient before sending the letter`,
  }),
  'next.send': takes<'file' | 'id' | 'status'>({
    ja: (p) => `次は ${p.file} を送り、送ったら: mixer status ${p.id} ${p.status}`,
    en: (p) => `next, send ${p.file}; once sent: mixer status ${p.id} ${p.status}`,
  }),
  'next.answer': takes<'id' | 'yes' | 'no'>({
    ja: (p) => `返事が来たら: mixer status ${p.id} ${p.yes}（お断りなら ${p.no}）`,
    en: (p) => `when the answer comes: mixer status ${p.id} ${p.yes} (or ${p.no})`,
  }),
  // After the meeting, how it ended: a deal with its value, or a collaboration or nothing.
  'next.outcome': takes<'id'>({
    ja: (p) =>
      `次は結果を: 成約なら mixer status ${p.id} deal（金額は --value）、協業なら mixer status ${p.id} closed --outcome collaboration、成果がなければ mixer status ${p.id} closed --outcome none`,
    en: (p) =>
      `next, the outcome: a deal, mixer status ${p.id} deal (its value with --value); a collaboration, mixer status ${p.id} closed --outcome collaboration; nothing came of it, mixer status ${p.id} closed --outcome none`,
  }),
  'next.step': takes<'id' | 'next'>({
    ja: (p) => `次は: mixer status ${p.id} ${p.next}`,
    en: (p) => `next: mixer status ${p.id} ${p.next}`,
  }),
  'propose.not-open': takes<'id' | 'status'>({
    ja: (p) => `課題「${p.id}」は${p.status}です。提案できるのは未解決の課題だけです`,
    en: (p) => `the need "${p.id}" is ${p.status}; only open needs can be proposed`,
  }),
  'status.need-flags': takes<'flags'>({
    ja: (p) => `${p.flags} は提案を進めるときのものです。課題の状態を変えるときには使えません`,
    en: (p) => `${p.flags}: for moving a proposal, not for setting a need's status`,
  }),
  'status.need-already': takes<'id' | 'status'>({
    ja: (p) => `課題「${p.id}」はもう${p.status}です。何も書きませんでした`,
    en: (p) => `the need "${p.id}" is ${p.status} already; nothing was written`,
  }),
  'status.need-proposal-open': takes<'id'>({
    ja: (p) => `  → この課題の提案 ${p.id} はまだ開いています。閉じるには: mixer status ${p.id} closed`,
    en: (p) =>
      `  → the proposal ${p.id} for this need is still open; to close it: mixer status ${p.id} closed`,
  }),
  'status.need-proposal-introduced': takes<'id' | 'status' | 'next'>({
    ja: (p) =>
      `  → この課題の提案 ${p.id} は「${p.status}」のまま開いています。結果が出たら: mixer status ${p.id} ${p.next}`,
    en: (p) =>
      `  → the proposal ${p.id} for this need is still open (${p.status}); once it ends: mixer status ${p.id} ${p.next}`,
  }),
  'status.need-not-open': takes<'id' | 'status'>({
    ja: (p) => `課題「${p.id}」は${p.status}です。この課題のための打診や紹介はもうしません`,
    en: (p) => `the need "${p.id}" is ${p.status}; nobody is asked or introduced for it any more`,
  }),
  'hint.propose-open-needs': takes<'command'>({
    ja: (p) => `未解決の課題は ${p.command} で確認できます`,
    en: (p) => `${p.command} lists the open needs`,
  }),
  'hint.propose-owner-barred': {
    ja: 'この持ち主の課題には提案できません（ほかの課題は mixer list needs --status open）',
    en: "none of this owner's needs can be proposed (other needs: mixer list needs --status open)",
  },
  'hint.propose-another': takes<'command'>({
    ja: (p) => `ほかの助け手は ${p.command} で探せます`,
    en: (p) => `${p.command} finds other helpers`,
  }),
  'propose.do-not-contact': takes<'id'>({
    ja: (p) => `「${p.id}」は連絡しない（do_not_contact）ことになっています`,
    en: (p) => `"${p.id}" is marked do_not_contact`,
  }),
  'contact.unknown-party': takes<'id'>({
    ja: (p) => `「${p.id}」の記録がないため、手紙を書けません`,
    en: (p) => `there is no record of "${p.id}", so no letter can be written to it`,
  }),
  'hint.status-need-closed': takes<'id' | 'need'>({
    ja: (p) =>
      `この提案は閉じてください: mixer status ${p.id} closed（課題がまだ解決していないなら: mixer status ${p.need} open）`,
    en: (p) =>
      `close this proposal instead: mixer status ${p.id} closed (or, if the need is open after all: mixer status ${p.need} open)`,
  }),
  'hint.status-close': takes<'id'>({
    ja: (p) => `この提案は閉じてください: mixer status ${p.id} closed`,
    en: (p) => `close this proposal instead: mixer status ${p.id} closed`,
  }),
  'propose.proposed-before': takes<'id' | 'status' | 'date' | 'note'>({
    ja: (p) =>
      `この組み合わせは以前にも提案しています: ${p.id} は ${p.date} に「${p.status}」で終わりました${p.note}`,
    en: (p) => `this pair was proposed before: ${p.id} ended ${p.status} on ${p.date}${p.note}`,
  }),
  'propose.same-party': {
    ja: '課題の持ち主を助け手にはできません',
    en: 'the owner of a need cannot be its helper',
  },
  'propose.open-exists': takes<'id' | 'status'>({
    ja: (p) => `この組み合わせにはすでに進行中の提案 ${p.id}（${p.status}）があります`,
    en: (p) => `this pair already has an open proposal ${p.id} (${p.status})`,
  }),
  'hint.propose-open-exists': takes<'id' | 'next'>({
    ja: (p) => `mixer status ${p.id} ${p.next} で進めてください`,
    en: (p) => `move it along with mixer status ${p.id} ${p.next}`,
  }),
  'propose.no-mixer': {
    ja: '--mixer が必要です（git の user.email に一致するミキサーがいません）',
    en: '--mixer is required (no mixer has git user.email as email)',
  },
  'hint.propose-mixers': takes<'ids' | 'command'>({
    ja: (p) => `--mixer で選んでください: ${p.ids}（一覧は ${p.command}）`,
    en: (p) => `choose one with --mixer: ${p.ids} (${p.command} lists them)`,
  }),
  'propose.no-mixers': { ja: 'ミキサーが登録されていません', en: 'no mixer is recorded in this folder' },
  'hint.propose-add-mixer': {
    ja: 'mixer add-mixer で登録してください',
    en: 'add one with mixer add-mixer',
  },
  'status.bad-move': takes<'from' | 'to'>({
    ja: (p) => `「${p.from}」から「${p.to}」へは進めません`,
    en: (p) => `a proposal cannot move from "${p.from}" to "${p.to}"`,
  }),
  'hint.status-next': takes<'next'>({
    ja: (p) => `次に進めるのは: ${p.next}（誤りの訂正なら --force）`,
    en: (p) => `allowed next: ${p.next} (to correct a mistake, --force)`,
  }),
  'ask.outcome': { ja: 'どんな結果になりましたか?', en: 'What came of it?' },
  'ask.value': takes<'currency'>({
    ja: (p) =>
      inYen(p.currency)
        ? `金額（${p.currency}、3万・¥30,000 なども可、空欄で省略）`
        : `金額（${p.currency}、${formsJa(p.currency)} なども可、空欄で省略）`,
    en: (p) => `Value in ${p.currency} (empty to skip)`,
  }),
  'ask.mixer-propose': { ja: '担当するミキサー', en: 'Which mixer proposes it?' },
  'status.final': {
    ja: 'この提案は終わっています（記録の誤りの訂正なら --force）',
    en: 'this proposal has ended (to correct a mistake in the record, --force)',
  },
  'status.deal-none': {
    ja: 'deal（成約）の結果を none（成果なし）にはできません',
    en: 'a deal cannot have the outcome none',
  },
  'hint.deal-none': takes<'id'>({
    ja: (p) => `成果なく終わったなら mixer status ${p.id} closed --outcome none です`,
    en: (p) => `one that ended with nothing is mixer status ${p.id} closed --outcome none`,
  }),
  'status.success-not-introduced': takes<'status'>({
    ja: (p) => `この提案はまだ紹介していません（${p.status}）。成約・協業は紹介の後にしか記録できません`,
    en: (p) =>
      `this proposal was never introduced (${p.status}); a deal or a collaboration comes only after the introduction`,
  }),
  'hint.success-not-introduced': takes<'id'>({
    ja: (p) =>
      `紹介の記録が抜けていただけなら、同じコマンドに --force を付けると訂正として記録します。紹介せずに終わったなら mixer status ${p.id} closed --outcome none です`,
    en: (p) =>
      `if only the introduction went unrecorded, the same command with --force records it as a correction; one that ended without an introduction is mixer status ${p.id} closed --outcome none`,
  }),
  'status.outcome-needs-end': {
    ja: '--outcome と --value は deal か closed のときだけ使えます',
    en: '--outcome and --value go only with deal or closed',
  },
  'status.date-before-last': takes<'date'>({
    ja: (p) => `--date は ${p.date} 以降にしてください`,
    en: (p) => `--date must be on or after ${p.date} (the proposal's last step)`,
  }),
  'hint.date-before-last': takes<'date' | 'status' | 'id'>({
    ja: (p) =>
      `この提案の最後の段階は ${p.date} の ${p.status}です（履歴は mixer show ${p.id} で確認できます）`,
    en: (p) => `the proposal's last step is ${p.status} on ${p.date} (mixer show ${p.id} shows its history)`,
  }),
  'status.today-before-last': takes<'today' | 'date'>({
    ja: (p) => `今日（${p.today}）は提案の最後の段階の日付（${p.date}）より前です`,
    en: (p) => `today (${p.today}) is before the proposal's last step (${p.date})`,
  }),
  'hint.today-before-last': takes<'date'>({
    ja: (p) => `--date で ${p.date} 以降の日付を指定してください`,
    en: (p) => `give --date on or after ${p.date}`,
  }),
  'status.need-left-open': takes<'title' | 'file'>({
    ja: (p) =>
      `課題「${p.title}」は未解決のままです。解決したなら ${p.file} に status: solved と書いてください（次からは --solve で同時に記録できます）`,
    en: (p) =>
      `the need "${p.title}" stays open; if it is solved, write status: solved in ${p.file} (next time, --solve records both at once)`,
  }),
  'status.solve-need': takes<'title'>({
    ja: (p) => `課題「${p.title}」を解決済みにしますか?`,
    en: (p) => `mark the need "${p.title}" as solved?`,
  }),
  'status.forced': { ja: '訂正', en: 'correction' },
  'hint.status-legacy': takes<'status' | 'next'>({
    ja: (p) => `「${p.status}」は、両方に一度に打診していた頃の状態です。次に進めるのは: ${p.next}`,
    en: (p) => `"${p.status}" is from when both sides were asked at once; allowed next: ${p.next}`,
  }),
  'status.letter-exists': takes<'file'>({
    ja: (p) => `${p.file} はすでにあるので、書き直しません`,
    en: (p) => `${p.file} already exists and is left as it is`,
  }),
} satisfies Messages;
