// Writing records: the add commands and their questions, fmt, init, git.
import { inYen, type Messages, n, takes } from './types.js';

export const writing = {
  'write.exists': takes<'file'>({
    ja: (p) => `${p.file} はすでにあります。上書きはしません`,
    en: (p) => `${p.file} already exists; it is not overwritten`,
  }),
  'hint.write-exists': {
    ja: '別の ID を --id で指定するか、既存のファイルを編集してください',
    en: 'choose another id with --id, or edit the existing file',
  },
  'hint.write-exists-file': {
    ja: 'ほかの人かスクリプトがいま書いたのかもしれません。そのファイルを確かめてから、もう一度実行してください',
    en: 'someone or a script may have just written it; look at that file, then run the command again',
  },
  'write.invalid': takes<'count'>({
    ja: (p) => `この変更を書くとデータが検査に通りません（${p.count} 件の問題）。何も書いていません`,
    en: (p) => `the change would not validate (${n(p.count, 'problem')}); nothing was written`,
  }),
  'hint.write-invalid': {
    ja: '上の問題を直してからもう一度実行してください',
    en: 'fix the problems above and run it again',
  },
  'write.done': takes<'count'>({
    ja: (p) => `${p.count} 件のファイルを書きました`,
    en: (p) => `wrote ${n(p.count, 'file')}`,
  }),
  'write.done-and-removed': takes<'count' | 'removed'>({
    ja: (p) => `${p.count} 件のファイルを書き、${p.removed} 件を削除しました`,
    en: (p) => `wrote ${n(p.count, 'file')} and removed ${p.removed}`,
  }),
  'write.done-removed': takes<'removed'>({
    ja: (p) => `${p.removed} 件のファイルを削除しました`,
    en: (p) => `removed ${n(p.removed, 'file')}`,
  }),
  // What to do after an add command wrote its record.
  'next.suggest-need': takes<'id'>({
    ja: (p) => `次は: mixer suggest --need ${p.id} で、この課題を助けられそうな人を探せます`,
    en: (p) => `next: mixer suggest --need ${p.id} finds who could help with this need`,
  }),
  'next.suggest-needs': takes<'count'>({
    ja: (p) => `次は: mixer suggest で、聞いた ${p.count} 件の課題を助けられそうな人を探せます`,
    en: (p) => `next: mixer suggest finds who could help with the ${p.count} needs heard`,
  }),
  'next.suggest-helper': takes<'id'>({
    ja: (p) => `次は: mixer suggest --helper ${p.id} で、この強みが役立ちそうな課題を探せます`,
    en: (p) => `next: mixer suggest --helper ${p.id} finds needs these strengths could answer`,
  }),
  'next.add-visit': takes<'id'>({
    ja: (p) => `次は: 訪問したら mixer add-visit --space ${p.id} で記録します`,
    en: (p) => `next: after a visit, record it with mixer add-visit --space ${p.id}`,
  }),
  'next.commit': {
    ja: 'まだコミットしていません。git add と git commit で共有を（--commit でも可）',
    en: 'not committed yet: git add and git commit to share it (or --commit next time)',
  },
  'write.created': { ja: '作成', en: 'created' },
  // (before writing: what will be done to each file)
  'write.will-create': { ja: '作成', en: 'new' },
  'write.will-edit': { ja: '更新', en: 'edit' },
  'write.will-remove': { ja: '削除', en: 'remove' },
  'write.edited': { ja: '更新', en: 'edited' },
  'write.summary': { ja: '書き込むファイル:', en: 'files to write:' },
  'write.confirm': { ja: 'この内容で書き込みますか?', en: 'write these files?' },
  'write.cancelled': { ja: '取りやめました。何も書いていません', en: 'Cancelled. Nothing was written.' },
  'prompt.navigate': { ja: '移動', en: 'navigate' },
  'prompt.select': { ja: '決定', en: 'select' },
  'prompt.no-results': { ja: '見つかりません（別の言葉で探してください）', en: 'No results found' },
  'prompt.invalid': { ja: '入力を確かめてください', en: 'You must provide a valid value' },
  'prompt.disabled': { ja: 'これは選べません', en: 'This option cannot be selected.' },
  'prompt.yes': { ja: 'はい', en: 'Yes' },
  'prompt.no': { ja: 'いいえ', en: 'No' },
  'prompt.yes-or-no': takes<'yes' | 'no'>({
    ja: (p) => `「${p.yes}」か「${p.no}」で答えてください（y / n も使えます）`,
    en: (p) => `answer "${p.yes}" or "${p.no}"`,
  }),
  'prompt.hint-yes': { ja: '（Enter で はい、n で いいえ）', en: '(Y/n)' },
  'prompt.hint-no': { ja: '（Enter で いいえ、y で はい）', en: '(y/N)' },
  'answers.title': { ja: 'この内容で書き込みます:', en: 'About to write:' },
  'answers.none': { ja: '（なし）', en: '(none)' },
  'answers.question': { ja: 'よろしいですか?', en: 'Is this right?' },
  'answers.write': { ja: '✓ この内容で書き込む', en: '✓ write it' },
  'answers.fix': takes<'label'>({ ja: (p) => `直す: ${p.label}`, en: (p) => `change: ${p.label}` }),
  'answers.cancel': { ja: '× やめる（何も書かない）', en: '× cancel (write nothing)' },
  'git.not-repo': takes<'dir'>({
    ja: (p) => `${p.dir} は git リポジトリの中にありません`,
    en: (p) => `${p.dir} is not inside a git repository`,
  }),
  'hint.git-not-repo': {
    ja: 'git init するか、--commit と --branch を外してください',
    en: 'run git init there, or leave out --commit and --branch',
  },
  'git.failed': takes<'step' | 'detail'>({
    ja: (p) => `git ${p.step} に失敗しました: ${p.detail}`,
    en: (p) => `git ${p.step} failed: ${p.detail}`,
  }),
  'git.branch-exists': takes<'branch'>({
    ja: (p) => `ブランチ ${p.branch} はすでにあります`,
    en: (p) => `the branch ${p.branch} already exists`,
  }),
  'hint.git-branch-exists': {
    ja: '別の名前を --branch に指定してください',
    en: 'give --branch another name',
  },
  'git.committed': takes<'message'>({
    ja: (p) => `コミットしました: ${p.message}`,
    en: (p) => `committed: ${p.message}`,
  }),
  'fmt.rewritten': takes<'count'>({
    ja: (p) => `${p.count} 件のファイルを整形しました`,
    en: (p) => `formatted ${n(p.count, 'file')}`,
  }),
  'fmt.clean': { ja: 'すべて整形済みです', en: 'every file is already formatted' },
  'fmt.differs': takes<'count'>({
    ja: (p) => `${p.count} 件のファイルが整形されていません`,
    en: (p) => `not formatted: ${n(p.count, 'file')}`,
  }),
  'hint.fmt': { ja: 'mixer fmt で整形できます', en: 'mixer fmt formats them' },
  'fmt.unreadable': takes<'count'>({
    ja: (p) => `${p.count} 件のファイルは読めないため、整形も確認もできませんでした`,
    en: (p) => `${n(p.count, 'file')} could not be read, so not formatted or checked`,
  }),
  'fmt.link': takes<'file' | 'target'>({
    ja: (p) => `${p.file} は ${p.target} へのリンクです。リンクはそのままにし、${p.target} を整形します`,
    en: (p) => `${p.file} is a link to ${p.target}: left as it is; fmt formats ${p.target} itself`,
  }),
  'fmt.link-checked': takes<'file' | 'target'>({
    ja: (p) => `${p.file} は ${p.target} へのリンクです。そのままにしました（内容は整形済みです）`,
    en: (p) => `${p.file} is a link to ${p.target}: left as it is (its text is formatted)`,
  }),
  'fmt.link-differs': takes<'file' | 'target'>({
    ja: (p) =>
      `${p.file} は ${p.target} へのリンクで、内容が整形されていません。リンク越しには書き換えません`,
    en: (p) =>
      `${p.file} is a link to ${p.target}, whose text is not formatted; fmt does not write through a link`,
  }),
  'hint.fmt-link': takes<'target'>({
    ja: (p) => `${p.target} を手で整形するか、リンクの代わりにファイルそのものを置いてください`,
    en: (p) => `format ${p.target} by hand, or put the file itself in place of the link`,
  }),
  'fmt.skipped': takes<'where' | 'reason'>({
    ja: (p) => `${p.where} ${p.reason}（整形せずにそのままにします）`,
    en: (p) => `${p.where} ${p.reason} (left as it is)`,
  }),
  'ask.space': { ja: 'どのスペースを訪問しましたか?', en: 'Which space did you visit?' },
  'ask.new-space': { ja: '＋ 新しいスペースを登録する', en: '+ register a new space' },
  'ask.space-id': {
    ja: '新しいスペースの ID（例: kitakami-base）',
    en: 'ID of the new space (e.g. kitakami-base)',
  },
  'ask.space-name': { ja: 'スペースの名前', en: 'Name of the space' },
  'ask.date': {
    ja: '訪問日（2026-11-20、11/20、今日 など）',
    en: 'Date of the visit (2026-11-20, 11/20, today …)',
  },
  'ask.mixer': { ja: '訪問したミキサー', en: 'Which mixer visited?' },
  // (two questions in a row: each says what it asks, not 形態 then 形式)
  'ask.mode': { ja: 'どのように訪問しましたか?', en: 'How did you visit?' },
  'ask.format': { ja: 'どんな訪問でしたか?', en: 'What kind of visit was it?' },
  'ask.attendees': { ja: '参加人数（空欄で省略）', en: 'Number of attendees (empty to skip)' },
  'ask.cost': takes<'currency'>({
    ja: (p) =>
      inYen(p.currency) ? 'ドロップイン料金（空欄で省略）' : `ドロップイン料金（${p.currency}、空欄で省略）`,
    en: (p) =>
      inYen(p.currency) ? 'Drop-in fee (empty to skip)' : `Drop-in fee in ${p.currency} (empty to skip)`,
  }),
  'ask.notes': { ja: 'メモ（空欄で省略）', en: 'Notes (empty to skip)' },
  'ask.met': {
    ja: '会ったメンバー（選び終えたら「完了」）',
    en: 'Members met (choose "done" when finished)',
  },
  'ask.met-done': { ja: '✓ 完了', en: '✓ done' },
  'ask.new-member': { ja: '＋ 新しいメンバーを登録する', en: '+ register a new member' },
  'ask.member-id': {
    ja: '新しいメンバーの ID（例: tanaka-design）',
    en: 'ID of the new member (e.g. tanaka-design)',
  },
  'ask.member-name': { ja: 'メンバーの名前', en: 'Name of the member' },
  'ask.member-kind': { ja: 'メンバーの種別', en: 'Kind of member' },
  'ask.next': { ja: '次に記録するもの', en: 'What next?' },
  'ask.add-need': { ja: '課題を追加する', en: 'add a need' },
  'ask.add-strength': { ja: '強みを追加する', en: 'add a strength' },
  'ask.finish': { ja: '終わる', en: 'finish' },
  'ask.need-owner': { ja: '課題の持ち主', en: 'Whose need is it?' },
  'ask.need-title': { ja: '課題（一行で）', en: 'The need, in one line' },
  'ask.need-detail': { ja: '詳しく（空欄で省略）', en: 'Details (empty to skip)' },
  'ask.need-share': { ja: '公開範囲', en: 'Who may see it?' },
  'ask.strength-member': { ja: '強みを追加するメンバー', en: 'Whose strength?' },
  'ask.strength-text': { ja: '強み', en: 'The strength' },
  'ask.member-space': { ja: '所属スペース', en: 'Space' },
  'ask.no-space': { ja: '（なし）', en: '(none)' },
  'ask.strengths': {
    ja: '強み（「、」区切り、空欄で省略）',
    en: 'Strengths (separated by commas, empty to skip)',
  },
  'ask.id': {
    ja: 'ID（ファイル名になります。英小文字・数字・ハイフン）',
    en: 'ID (it names the file: lowercase letters, digits, hyphens)',
  },
  'field.space': { ja: 'スペース', en: 'space' },
  'field.date': { ja: '訪問日', en: 'date' },
  'field.mixer': { ja: 'ミキサー', en: 'mixer' },
  'field.cost': { ja: 'ドロップイン料金', en: 'drop-in fee' },
  'field.notes': { ja: 'メモ', en: 'notes' },
  'field.need-n': takes<'n'>({ ja: (p) => `課題 ${p.n}`, en: (p) => `need ${p.n}` }),
  'field.strength-n': takes<'n'>({ ja: (p) => `強み ${p.n}`, en: (p) => `strength ${p.n}` }),
  'field.more': { ja: '課題・強みを追加', en: 'more needs or strengths' },
  'field.more-count': takes<'needs' | 'strengths'>({
    ja: (p) => `いま課題 ${p.needs} 件・強み ${p.strengths} 件`,
    en: (p) => `${n(p.needs, 'need')} and ${n(p.strengths, 'strength')} so far`,
  }),
  'ask.met-change': { ja: '会ったメンバーをどうしますか?', en: 'Change the members met:' },
  'ask.met-add': { ja: '＋ 追加する', en: '+ add' },
  'ask.met-remove': takes<'name'>({ ja: (p) => `− 外す: ${p.name}`, en: (p) => `− remove ${p.name}` }),
  'ask.change-need': { ja: '課題のどこを直しますか?', en: 'What to change in this need?' },
  'ask.change-strength': { ja: '強みのどこを直しますか?', en: 'What to change in this strength?' },
  'ask.need-id-change': { ja: 'ID（ファイル名）', en: 'id (the file name)' },
  'ask.remove': { ja: '× 消す', en: '× remove' },
  'ask.area': {
    ja: '地域（例: 岩手県北上市、空欄で省略）',
    en: 'Area (e.g. Kitakami, Iwate; empty to skip)',
  },
  'ask.network': { ja: 'ネットワーク', en: 'Network' },
  'ask.url': { ja: 'URL', en: 'URL' },
  'ask.tags': { ja: 'タグ（「、」区切り）', en: 'Tags (separated by commas)' },
  'ask.summary': { ja: 'ひとこと紹介', en: 'Summary' },
  'ask.mixer-email': {
    ja: 'メールアドレス（git の user.email と同じものを、空欄で省略）',
    en: "Email (the same as git's user.email; empty to skip)",
  },
  'ask.github': { ja: 'GitHub のユーザー名', en: 'GitHub user' },
  'ask.name': { ja: '名前', en: 'Name' },
  'ask.kind': { ja: '種別', en: 'Kind' },
  'ask.owner': {
    ja: '誰の課題ですか?（名前か ID で探せます）',
    en: 'Whose need is it? (type a name or an id to search)',
  },
  // The labels of the summary before writing: what an answer is, without how to type it.
  'answer.owner': { ja: '持ち主', en: 'owner' },
  'answer.detail': { ja: '詳しく', en: 'details' },
  'answer.area': { ja: '地域', en: 'area' },
  'answer.mode': { ja: '訪問のしかた', en: 'onsite or online' },
  'answer.format': { ja: '訪問の種類', en: 'kind of visit' },
  'answer.attendees': { ja: '参加人数', en: 'attendees' },
  'answer.id': { ja: 'ID', en: 'id' },
  'answer.share': { ja: '公開範囲', en: 'who may see it' },
  'answer.member-space': { ja: '所属スペース', en: 'space' },
  'answer.network': { ja: 'ネットワーク', en: 'network' },
  'answer.github': { ja: 'GitHub のユーザー名', en: 'GitHub user' },
  'answer.need': takes<'title' | 'owner' | 'share'>({
    ja: (p) => `${p.title}（${p.owner}、${p.share}）`,
    en: (p) => `${p.title} (${p.owner}, ${p.share})`,
  }),
  'answer.strength': takes<'text' | 'member'>({
    ja: (p) => `${p.text}（${p.member}）`,
    en: (p) => `${p.text} (${p.member})`,
  }),
  'ask.title': { ja: '課題（一行で）', en: 'The need, in one line' },
  // Values in the example of a command run without a terminal that lacks a needed flag.
  'example.space-name': { ja: '花巻ラボ', en: 'Riverside Hub' },
  'example.member-name': { ja: '佐藤デザイン', en: 'Maria Lopez' },
  'example.mixer-name': { ja: '伊藤 学', en: 'Alex Kim' },
  'example.need-title': { ja: '英語のメニューを作りたい', en: 'A menu in English' },
  'commit.visit': takes<'space' | 'date' | 'extra'>({
    ja: (p) => `visit: ${p.space} ${p.date}${p.extra}`,
    en: (p) => `visit: ${p.space} ${p.date}${p.extra}`,
  }),
  'commit.propose': takes<'need' | 'helper'>({
    ja: (p) => `propose: ${p.need} × ${p.helper}`,
    en: (p) => `propose: ${p.need} × ${p.helper}`,
  }),
  'commit.status': takes<'id' | 'status'>({
    ja: (p) => `status: ${p.id} → ${p.status}`,
    en: (p) => `status: ${p.id} → ${p.status}`,
  }),
  'init.exists': takes<'count' | 'files'>({
    ja: (p) => `${p.count} 件のファイルがすでにあります（${p.files}）。上書きはしません`,
    en: (p) => `${n(p.count, 'file')} already there (${p.files}); nothing is overwritten`,
  }),
  'hint.init-exists': { ja: '空のフォルダを指定してください', en: 'name an empty folder' },
  'init.source-unreadable': takes<'file' | 'code'>({
    ja: (p) =>
      `mixer のパッケージ ${p.file} を読めません（${p.code}）。package-lock.json に完全性ハッシュなしでは書けません`,
    en: (p) =>
      `cannot read the mixer package ${p.file} (${p.code}); package-lock.json cannot be written without its integrity`,
  }),
  'hint.init-source': {
    ja: '--package-source に .tgz ファイルを、いまのフォルダからのパスか、作るリポジトリからの file: で指定してください（npm pack で作れます）',
    en: 'give --package-source the .tgz file, as a path from the current folder or as file: from the new repository (npm pack makes one)',
  },
  'init.inside-repository': takes<'root' | 'folder'>({
    ja: (p) =>
      `このフォルダは既存の git リポジトリ ${p.root} の中です。GitHub はリポジトリ直下の .github/workflows しか読まないため、${p.folder}/.github をリポジトリ直下に移し、各ステップに working-directory: ${p.folder} を足してください（またはフォルダを独立したリポジトリにしてください）`,
    en: (p) =>
      `this folder is inside the git repository ${p.root}; GitHub reads workflows only from the repository's own .github/workflows, so move ${p.folder}/.github there and add working-directory: ${p.folder} to its steps (or make the folder a repository of its own)`,
  }),
  'init.done': takes<'dir'>({
    ja: (p) => `データリポジトリを作りました: ${p.dir}`,
    en: (p) => `data repository ready: ${p.dir}`,
  }),
  // (neither --lang nor LANG said a language: Japanese was chosen, and a reader of English is told
  // in English too how to have it otherwise)
  'init.lang-default': {
    ja: 'メッセージ、紹介文、README は日本語です（--lang も LANG も言語を指定していません）。For English, make it again with mixer --lang en init (README included), or set lang: en in mixer.yaml',
    en: 'messages, letters and the README are in Japanese (neither --lang nor LANG names a language); for English, make it again with mixer --lang en init (README included), or set lang: en in mixer.yaml',
  },
  // (`dir` is empty when init made the repository in the current folder: no `cd`)
  'hint.init-next': takes<'dir'>({
    ja: (p) =>
      `${p.dir ? `cd ${p.dir} && ` : ''}npm install で mixer を入れ、package.json と package-lock.json も含めて最初のコミットを。続けて npx mixer add-space と npx mixer add-mixer から始めましょう`,
    en: (p) =>
      `${p.dir ? `cd ${p.dir} && ` : ''}npm install to install mixer, and commit package.json and package-lock.json with the rest; then start with npx mixer add-space and npx mixer add-mixer`,
  }),
} satisfies Messages;
