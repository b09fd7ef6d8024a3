// Reading commands: list, show, suggest, unmatched, due, brief, report, review.
import { inYen, type Messages, n, takes, type Value } from './types.js';

/** The letters of a proposal (records/lifecycle.ts LETTER_NAMES), as a sentence names them. */
const LETTER_WORDS: Record<string, { ja: string; en: string }> = {
  'ask-owner': { ja: '持ち主への打診の手紙', en: 'the ask to the owner' },
  'ask-helper': { ja: '助け手への打診の手紙', en: 'the ask to the helper' },
  introduction: { ja: '紹介の手紙', en: 'the introduction' },
};

/** An amount in a Japanese sentence: 300,000円 in a yen folder, else 300,000 USD. */
const amountJa = (value: Value, currency: Value) => (inYen(currency) ? `${value}円` : `${value} ${currency}`);

export const reports = {
  'list.empty': takes<'kind'>({
    ja: (p) => `${p.kind}はまだありません`,
    en: (p) => `no ${p.kind} records yet`,
  }),
  'list.count': takes<'count'>({ ja: (p) => `${p.count} 件`, en: (p) => n(p.count, 'record') }),
  'show.referenced-by': { ja: '参照しているレコード', en: 'referred to by' },
  'show.also': takes<'kind' | 'command'>({
    ja: (p) => `同じ ID の${p.kind}もあります: ${p.command}`,
    en: (p) => `a ${p.kind} has the same id: ${p.command}`,
  }),
  'suggest.none': {
    ja: '条件に合う組み合わせはありません',
    en: 'no pairing matches',
  },
  'hint.suggest-none': {
    ja: '--min-score を下げるか、mixer unmatched で手がかりのない課題を確認してください',
    en: 'lower --min-score, or see mixer unmatched for needs with no candidate',
  },
  'suggest.footer': takes<'count' | 'min'>({
    ja: (p) => `${p.count} 件（最低スコア ${p.min}）`,
    en: (p) => `${n(p.count, 'pairing')} (minimum score ${p.min})`,
  }),
  'hint.propose': takes<'command'>({
    ja: (p) => `提案を作るには: ${p.command}`,
    en: (p) => `to write a proposal: ${p.command}`,
  }),
  'suggest.for-need': takes<'title' | 'id' | 'owner'>({
    ja: (p) => `課題「${p.title}」（${p.id}、${p.owner}）への候補`,
    en: (p) => `candidates for "${p.title}" (${p.id}, ${p.owner})`,
  }),
  'unmatched.none': {
    ja: 'すべての未解決の課題に候補があります',
    en: 'every open need has at least one candidate',
  },
  'unmatched.header': takes<'count'>({
    ja: (p) => `候補のない課題: ${p.count} 件`,
    en: (p) => `open needs with no candidate: ${p.count}`,
  }),
  'unmatched.no-space': { ja: '（スペースなし）', en: '(no space)' },
  'review.no-base': takes<'base'>({
    ja: (p) => `比較の基準 ${p.base} が見つかりません（浅いクローンかもしれません）`,
    en: (p) => `the base ${p.base} is not here (a shallow clone?)`,
  }),
  'review.unrelated-base': takes<'base'>({
    ja: (p) => `${p.base} はこのブランチと共通のコミットがないため、比べられません`,
    en: (p) => `${p.base} shares no commit with this branch, so there is nothing to compare with`,
  }),
  'hint.review-unrelated': {
    ja: 'このブランチの元になったブランチ（たとえば --base main）を指定してください',
    en: 'name the branch this one was started from (for example --base main)',
  },
  'review.unknown-base': takes<'base'>({
    ja: (p) => `比較の基準 ${p.base} というブランチもコミットもありません`,
    en: (p) => `there is no branch or commit ${p.base} to compare with`,
  }),
  'hint.review-unknown-base': takes<'command'>({
    ja: (p) =>
      `ブランチは git branch -a で確認できます。リモートにだけあるなら ${p.command} で取得してください`,
    en: (p) => `git branch -a lists the branches; one that is only on the remote comes with ${p.command}`,
  }),
  'hint.review-branches': {
    ja: 'ブランチは git branch -a で確認できます',
    en: 'git branch -a lists the branches',
  },
  'hint.review-commits': {
    ja: 'このブランチにあるコミットは git log --oneline で確認できます',
    en: 'git log --oneline lists the commits this branch has',
  },
  'hint.review-fetch': takes<'command'>({
    ja: (p) => `${p.command} で取得してから、もう一度実行してください`,
    en: (p) => `fetch it with ${p.command}, then run it again`,
  }),
  'review.not-repo': takes<'dir'>({
    ja: (p) => `${p.dir} は git リポジトリの中にないため、何が変わったかを比べられません`,
    en: (p) => `${p.dir} is not in a git repository, so there is nothing to compare with`,
  }),
  'hint.review-not-repo': {
    ja: 'mixer review はブランチの変更を読みます。git init と最初のコミットをしてから、ブランチで変えて実行してください',
    en: 'mixer review reads the changes of a branch: run git init and a first commit, then run it on a branch',
  },
  'due.none': { ja: '期限を過ぎたものはありません', en: 'nothing is overdue' },
  'review.title': { ja: 'mixer レビュー', en: 'mixer review' },
  'review.summary': takes<'base' | 'added' | 'changed' | 'removed'>({
    ja: (p) => `${p.base} からの変更: 追加 ${p.added}・変更 ${p.changed}・削除 ${p.removed}`,
    en: (p) => `changes since ${p.base}: ${p.added} added, ${p.changed} changed, ${p.removed} removed`,
  }),
  'review.none': { ja: 'レコードの変更はありません', en: 'no records changed' },
  'review.records': { ja: 'レコード', en: 'Records' },
  'review.problems': { ja: '変更したファイルの問題', en: 'Problems in the changed files' },
  'review.no-problems': { ja: '問題はありません', en: 'no problems' },
  'review.pairings': { ja: 'この変更で生まれる組み合わせ', en: 'Pairings this change makes possible' },
  'review.no-pairings': { ja: '新しい組み合わせはありません', en: 'no new pairings' },
  'review.proposals': { ja: '提案の進み', en: 'Proposals that moved' },
  'review.added': takes<'name'>({ ja: (p) => `${p.name}: 追加`, en: (p) => `${p.name}: added` }),
  'review.removed': takes<'name'>({ ja: (p) => `${p.name}: 削除`, en: (p) => `${p.name}: removed` }),
  'review.list-added': takes<'name' | 'field' | 'value'>({
    ja: (p) => `${p.name}: ${p.field}に『${p.value}』を追加`,
    en: (p) => `${p.name}: "${p.value}" added to ${p.field}`,
  }),
  'review.list-removed': takes<'name' | 'field' | 'value'>({
    ja: (p) => `${p.name}: ${p.field}から『${p.value}』を削除`,
    en: (p) => `${p.name}: "${p.value}" removed from ${p.field}`,
  }),
  'review.list-changed': takes<'name' | 'field' | 'value' | 'keys'>({
    ja: (p) => `${p.name}: ${p.field}の『${p.value}』を変更（${p.keys}）`,
    en: (p) => `${p.name}: "${p.value}" in ${p.field} changed (${p.keys})`,
  }),
  'review.field-set': takes<'name' | 'field' | 'value'>({
    ja: (p) => `${p.name}: ${p.field}を『${p.value}』に設定`,
    en: (p) => `${p.name}: ${p.field} set to "${p.value}"`,
  }),
  'review.field-changed': takes<'name' | 'field' | 'old' | 'value'>({
    ja: (p) => `${p.name}: ${p.field}を『${p.old}』から『${p.value}』に変更`,
    en: (p) => `${p.name}: ${p.field} changed from "${p.old}" to "${p.value}"`,
  }),
  'review.field-removed': takes<'name' | 'field' | 'old'>({
    ja: (p) => `${p.name}: ${p.field}（『${p.old}』）を削除`,
    en: (p) => `${p.name}: ${p.field} ("${p.old}") removed`,
  }),
  'review.outcome-value': takes<'outcome' | 'value' | 'currency'>({
    ja: (p) => `${p.outcome}（${amountJa(p.value, p.currency)}）`,
    en: (p) => `${p.outcome} (${p.value} ${p.currency})`,
  }),
  'review.outcome-no-value': takes<'outcome'>({
    ja: (p) => `${p.outcome}（金額の記録なし）`,
    en: (p) => `${p.outcome} (no value recorded)`,
  }),
  'review.moved': takes<'id' | 'from' | 'to'>({
    ja: (p) => `${p.id}: ${p.from} → ${p.to}`,
    en: (p) => `${p.id}: ${p.from} → ${p.to}`,
  }),
  'review.for-need': takes<'title'>({
    ja: (p) => `新しい課題『${p.title}』`,
    en: (p) => `new need "${p.title}"`,
  }),
  'review.for-helper': takes<'name'>({
    ja: (p) => `${p.name}の新しい強み`,
    en: (p) => `new strengths of ${p.name}`,
  }),
  'due.space-never': takes<'space'>({
    ja: (p) => `${p.space}: まだ訪問していません`,
    en: (p) => `${p.space}: never visited`,
  }),
  'due.space-only-later': takes<'space' | 'date'>({
    ja: (p) =>
      `${p.space}: 訪問の記録は今日より後の ${p.date} だけです（日付の誤りなら訪問のファイルを直してください）`,
    en: (p) =>
      `${p.space}: its only visit is dated ${p.date}, after today (if the date is wrong, correct the visit's file)`,
  }),
  'due.space-late': takes<'space' | 'last' | 'days' | 'every'>({
    ja: (p) => `${p.space}: 前回 ${p.last}、${p.days} 日超過（${p.every} 日ごと）`,
    en: (p) => `${p.space}: last ${p.last}, ${p.days} days late (every ${p.every} days)`,
  }),
  'due.proposal-waiting': takes<'id' | 'status' | 'age' | 'days'>({
    ja: (p) => `${p.id}: 「${p.status}」のまま ${p.age} 日（${p.days} 日超過）`,
    en: (p) => `${p.id}: ${p.status} for ${p.age} days (${p.days} days late)`,
  }),
  'due.proposal-do-not-contact': takes<'id' | 'party' | 'command'>({
    ja: (p) => `${p.id}: ${p.party} は連絡しない設定です。閉じてください（${p.command}）`,
    en: (p) => `${p.id}: ${p.party} is marked do_not_contact; close it (${p.command})`,
  }),
  'due.proposal-need-closed': takes<'id' | 'status' | 'command'>({
    ja: (p) => `${p.id}: 課題は「${p.status}」になっています。閉じてください（${p.command}）`,
    en: (p) => `${p.id}: the need is ${p.status}; close it (${p.command})`,
  }),
  'brief.close-barred': takes<'party' | 'command'>({
    ja: (p) => `${p.party} は連絡しない設定です。閉じてください（${p.command}）`,
    en: (p) => `${p.party} is marked do_not_contact; close it (${p.command})`,
  }),
  'brief.close-need': takes<'status' | 'command'>({
    ja: (p) => `課題は「${p.status}」になっています。閉じてください（${p.command}）`,
    en: (p) => `the need is ${p.status}; close it (${p.command})`,
  }),
  'due.letter-unsent': takes<'id' | 'status' | 'age' | 'days' | 'letter' | 'command'>({
    ja: (p) =>
      `${p.id}: 「${p.status}」のまま ${p.age} 日（${p.days} 日超過）。用意した${LETTER_WORDS[p.letter]?.ja ?? p.letter}を送ったら、次のコマンドで記録してください（${p.command}）`,
    en: (p) =>
      `${p.id}: ${p.status} for ${p.age} days (${p.days} days late); send ${LETTER_WORDS[p.letter]?.en ?? p.letter}, then record it (${p.command})`,
  }),
  'due.met-no-outcome': takes<'id' | 'age' | 'days'>({
    ja: (p) => `${p.id}: 顔合わせから ${p.age} 日、結果が未記録（${p.days} 日超過）`,
    en: (p) => `${p.id}: met ${p.age} days ago, no outcome yet (${p.days} days late)`,
  }),
  'due.covered-by': takes<'mixers'>({ ja: (p) => `担当: ${p.mixers}`, en: (p) => `covered by ${p.mixers}` }),
  'due.nobody': { ja: 'なし', en: 'nobody' },
  'due.heading-spaces': { ja: '訪問の時期', en: 'Visits due' },
  'due.heading-close': { ja: '閉じる提案', en: 'Proposals to close' },
  'due.heading-proposals': {
    ja: '手紙・返事・結果を待つ提案',
    en: 'Proposals waiting (a letter to send, an answer, an outcome)',
  },
  'brief.title': takes<'space' | 'date'>({
    ja: (p) => `${p.space} 訪問の準備（${p.date}）`,
    en: (p) => `Brief for ${p.space} (${p.date})`,
  }),
  'brief.visits': { ja: '最近の訪問', en: 'Recent visits' },
  'brief.no-visits': { ja: 'まだ訪問していません', en: 'no visits yet' },
  'brief.needs': { ja: '未解決の課題（古い順）', en: 'Open needs, oldest first' },
  'brief.no-needs': { ja: '未解決の課題はありません', en: 'no open needs' },
  'brief.proposals': { ja: '進行中の提案', en: 'Proposals in flight' },
  'brief.no-proposals': { ja: '進行中の提案はありません', en: 'no proposals in flight' },
  'brief.questions': {
    ja: '候補のない課題（聞いてみること）',
    en: 'Needs with no candidate yet: questions to ask',
  },
  'brief.no-questions': { ja: 'すべての課題に候補があります', en: 'every need has a candidate' },
  'brief.pairings': { ja: '他のスペースとの組み合わせ', en: 'Best pairings with other spaces' },
  'brief.no-pairings': { ja: '組み合わせはまだありません', en: 'no pairings yet' },
  'report.title': takes<'range'>({
    ja: (p) => `活動報告（${p.range}）`,
    en: (p) => `Activity report (${p.range})`,
  }),
  'report.headline': takes<'count' | 'value' | 'currency'>({
    ja: (p) => `成約・協業 ${p.count} 件、金額 ${amountJa(p.value, p.currency)}`,
    en: (p) => `Deals and collaborations: ${p.count}, worth ${p.value} ${p.currency}`,
  }),
  // A deal with no value recorded is not worth 0: the headline says how many have none.
  'report.headline-some-unvalued': takes<'count' | 'value' | 'currency' | 'unvalued'>({
    ja: (p) =>
      `成約・協業 ${p.count} 件、金額 ${amountJa(p.value, p.currency)}（うち ${p.unvalued} 件は金額の記録がありません）`,
    en: (p) =>
      `Deals and collaborations: ${p.count}, worth ${p.value} ${p.currency} (${p.unvalued} with no value recorded)`,
  }),
  'report.headline-unvalued': takes<'count'>({
    ja: (p) => `成約・協業 ${p.count} 件（金額の記録はありません）`,
    en: (p) => `Deals and collaborations: ${p.count} (no value recorded)`,
  }),
  'report.all-time': takes<'end'>({
    ja: (p) => `全期間、${p.end} まで`,
    en: (p) => `all time, up to ${p.end}`,
  }),
  'report.dated-later': takes<'count' | 'today'>({
    ja: (p) =>
      `今日（${p.today}）より後の日付は数えていません（その日付のある記録 ${p.count} 件）。数えるには --until に日付を指定してください。`,
    en: (p) =>
      `Dates after today (${p.today}) are not counted (${n(p.count, 'record')} ${p.count === 1 ? 'holds' : 'hold'} one); give --until a date to count them.`,
  }),
  // A column of amounts names its unit: 円 in a Japanese report of a yen folder.
  'report.amount-column': takes<'column' | 'currency'>({
    ja: (p) => `${p.column}（${inYen(p.currency) ? '円' : p.currency}）`,
    en: (p) => `${p.column} (${p.currency})`,
  }),
  'report.total': { ja: '合計', en: 'Total' },
  'report.visits-by-mixer': { ja: 'ミキサー別の訪問', en: 'Visits by mixer' },
  'report.visits-by-space': { ja: 'スペース別の訪問', en: 'Visits by space' },
  'report.learned': { ja: '聞き取った内容', en: 'What was learned' },
  'report.learned-line': takes<'needs' | 'members' | 'strengths'>({
    ja: (p) => `新しい課題 ${p.needs} 件、会ったメンバー ${p.members} 人（その強み ${p.strengths} 件）`,
    en: (p) =>
      `${n(p.needs, 'new need')}, ${n(p.members, 'member')} met (with ${n(p.strengths, 'strength')})`,
  }),
  // (said whenever the folder has a member kept in the team: commands/report.ts PUBLIC_CROWD)
  'report.private-note': takes<'crowd'>({
    ja: (p) =>
      `非公開のメンバー（share: mixers）は、その課題と強みも、公開のメンバーやスペースが ${p.crowd} 件以上いっしょに数えられるときだけ数えます。そうでないときは数に入れず、数字から非公開の人のことがわからないようにしています。非公開の課題や強みも、だれのものでも同じように数えます。非公開のメンバーが関わる提案は件数には入りますが、スペースの図には描きません。`,
    en: (p) =>
      `Members not made public (share: mixers), with their needs and strengths, are counted only together with at least ${p.crowd} public members or spaces; otherwise they are left out, so that no figure tells anything about one of them. A need or a strength not made public is counted the same way, whoever's it is. Proposals with such a member are counted, but never drawn in the graph of spaces.`,
  }),
  'report.funnel': { ja: '提案の段階と移行率', en: 'Proposals by stage, and conversion' },
  'report.funnel-note': {
    ja: '段階の件数は、この期間に作られた提案が期間の終わりまでにどこまで進んだかです（辞退・成果なしで終了はそこで止まったもの）。「次の段階へ」は、その段階まで進んだ提案のうち、次の段階にも進んだものの割合です。冒頭の成約・協業は、この期間に結果が記録された提案から数えるため、成約・協業の段階の件数と違うことがあります。',
    en: 'The stages count the proposals made in this period and how far each got by its end (declined, and closed with no result: where they stopped). The column "to next stage" is the share of the proposals that reached a stage that went on to the next one. The deals and collaborations at the top count the proposals whose outcome was recorded in this period, so the two can differ.',
  },
  'report.deals': { ja: '成約・協業', en: 'Deals and collaborations' },
  'report.no-deals': {
    ja: 'この期間の成約・協業はありません。',
    en: 'No deals or collaborations in this period.',
  },
  'report.cross': takes<'cross' | 'total' | 'share'>({
    ja: (p) => `スペースをまたぐ提案: ${p.cross} / ${p.total}（${p.share}）`,
    en: (p) => `Proposals across spaces: ${p.cross} of ${p.total} (${p.share})`,
  }),
  'report.graph': { ja: '提案でつながったスペース', en: 'Spaces joined by proposals' },
  'report.graph-legend': {
    ja: '矢印は課題の持ち主のスペースから助け手のスペースへ向かい、数字はその間の提案の件数です。',
    en: "Each arrow goes from the space of a need's owner to the helper's space; its number is how many proposals joined them.",
  },
  // (said only when the graph has a thick arrow)
  'report.graph-legend-deals': {
    ja: '太い矢印は、成約・協業に至った提案を含むものです。',
    en: 'A thick arrow includes a proposal that became a deal or a collaboration.',
  },
  // Proposals with a member not made public are never drawn: an arrow could tell where they are.
  'report.graph-hidden': takes<'count'>({
    ja: (p) =>
      `非公開のメンバーが関わる提案 ${p.count} 件は、スペースをまたぐ提案の件数には含みますが、図には描いていません。`,
    en: (p) =>
      `${n(p.count, 'proposal')} with a member not made public ${p.count === 1 ? 'is' : 'are'} counted among the proposals across spaces but not drawn.`,
  }),
  'report.no-graph-drawn': {
    ja: 'この期間に、公開のメンバーやスペースどうしでスペースをまたいだ提案はありません。',
    en: 'No proposal between public members or spaces joined two spaces in this period.',
  },
  'report.no-graph': {
    ja: 'この期間にスペースをまたいだ提案はありません。',
    en: 'No proposal joined two spaces in this period.',
  },
} satisfies Messages;
