// The help of every command and option.
import { formsEn, formsJa, inYen, type Messages, takes } from './types.js';

export const help = {
  'help.validate': {
    ja: 'データフォルダのすべてのレコードと参照を検査する（問題があれば終了コード 1）',
    en: 'check every record and reference in the data folder (exit 1 on problems)',
  },
  'help.list': takes<'choices'>({
    ja: (p) => `種類ごとにレコードを一覧する（${p.choices}）`,
    en: (p) => `list the records of one kind (${p.choices})`,
  }),
  'help.show': {
    ja: 'ひとつのレコードと、それを参照しているレコードを表示する',
    en: 'show one record and the records that refer to it',
  },
  'help.suggest': {
    ja: '強みと課題の組み合わせを良い順に提案する',
    en: 'strength–need pairings, best first',
  },
  'help.add-visit': {
    ja: '訪問を記録する（会った人、課題、強みもあわせて）。端末では質問形式',
    en: 'record a visit, with the members met, their needs and strengths; asks in a terminal',
  },
  'help.add-space': { ja: 'スペースを登録する', en: 'add a space' },
  'help.add-member': {
    ja: 'メンバー（人・会社・コミュニティ・団体）を登録する',
    en: 'add a member (person, company, community, organization)',
  },
  'help.add-need': { ja: '課題を登録する', en: 'add a need' },
  'help.add-mixer': { ja: 'ミキサーを登録する', en: 'add a mixer' },
  'help.propose': {
    ja: '提案を作り、最初に打診する側（既定: 課題の持ち主）への打診メールをテンプレートから書く',
    en: 'write a proposal and the ask to the side asked first (default: the need’s owner) from a template',
  },
  'help.status': {
    ja: '提案を次の状態へ進め、その段階の手紙を書く（先の側の承諾でもう一方への打診、双方の承諾で紹介）',
    en: 'move a proposal along and write the letter of its step (the first yes: the other ask; the second: the introduction)',
  },

  'help.init': {
    ja: 'チームのデータリポジトリを作る（この版の mixer を入れる package.json、設定、種類のフォルダ、README、GitHub のワークフロー、スキーマ）',
    en: "create a team's data repository (a package.json that installs this mixer, settings, kind folders, README, GitHub workflow, schemas)",
  },
  'help.schema': {
    ja: '種類ごとの JSON Schema を書き出す（zod のスキーマから生成）',
    en: 'write a JSON Schema per kind, generated from the zod schemas',
  },
  'help.review': {
    ja: 'プルリクエストのレビュー用に、変更を言葉で要約する（Markdown）',
    en: 'describe what a pull request changes, in words, for review (Markdown)',
  },
  'help.due': {
    ja: '期限を過ぎたもの: 訪問の時期が来たスペース、返事や結果を待つ提案',
    en: 'what is late: spaces due for a visit, proposals waiting for an answer or an outcome',
  },
  'help.brief': {
    ja: 'スペース訪問の準備メモ（Markdown）',
    en: 'what to bring to a visit of a space (Markdown)',
  },
  'help.report': {
    ja: '期間の活動報告: 訪問と費用、聞き取り、提案の段階と移行率、成約、スペースのつながり（Mermaid）',
    en: 'activity report: visits and costs, what was learned, proposal stages and conversion, deals, a Mermaid graph',
  },
  'help.fmt': {
    ja: 'レコードを正規の形に整形する（コメントは保つ）。--check は差分のあるファイルを一覧して終了コード 1',
    en: 'rewrite records in canonical form, keeping comments; --check lists the files that differ (exit 1)',
  },
  'help.unmatched': {
    ja: '候補がひとつもない未解決の課題をスペースごとに一覧する',
    en: 'open needs that have no candidate, by space',
  },
  'placeholder.id': { ja: 'ID', en: 'id' },
  'placeholder.n': { ja: '数', en: 'n' },
  'placeholder.x': { ja: '数値', en: 'x' },
  'placeholder.date': { ja: '日付', en: 'date' },
  'placeholder.text': { ja: 'テキスト', en: 'text' },
  'placeholder.name': { ja: '名前', en: 'name' },
  'placeholder.kind': { ja: '種別', en: 'kind' },
  'placeholder.mode': { ja: '形態', en: 'mode' },
  'placeholder.format': { ja: '形式', en: 'format' },
  'placeholder.amount': { ja: '金額', en: 'amount' },
  'placeholder.owner:title': { ja: '持ち主:課題', en: 'owner:title' },
  'placeholder.member:text': { ja: 'メンバー:強み', en: 'member:text' },
  'placeholder.tag': { ja: 'タグ', en: 'tag' },
  'placeholder.url': { ja: 'URL', en: 'url' },
  'placeholder.email': { ja: 'メール', en: 'email' },
  'placeholder.phone': { ja: '電話', en: 'phone' },
  'placeholder.role': { ja: '役割', en: 'role' },
  'placeholder.share': { ja: '公開範囲', en: 'share' },
  'placeholder.user': { ja: 'ユーザー', en: 'user' },
  'placeholder.dir': { ja: 'フォルダ', en: 'dir' },
  'placeholder.ref': { ja: '参照', en: 'ref' },
  'placeholder.status': { ja: '状態', en: 'status' },
  'placeholder.what': { ja: '単位', en: 'what' },
  'placeholder.lang': { ja: '言語', en: 'lang' },
  'placeholder.need': { ja: '課題', en: 'need' },
  'placeholder.helper': { ja: '助け手', en: 'helper' },
  'placeholder.member': { ja: 'メンバー', en: 'member' },
  'placeholder.side': { ja: '側', en: 'side' },
  'placeholder.spec': { ja: '入手先', en: 'spec' },
  'placeholder.proposal': { ja: '提案', en: 'proposal' },
  'placeholder.space': { ja: 'スペース', en: 'space' },
  'placeholder.shell': { ja: 'シェル', en: 'shell' },
  'placeholder.area': { ja: '地域', en: 'area' },
  'placeholder.options': { ja: 'オプション', en: 'options' },
  'placeholder.command': { ja: 'コマンド', en: 'command' },
  'help.title.usage': { ja: '使い方:', en: 'Usage:' },
  'help.title.arguments': { ja: '引数:', en: 'Arguments:' },
  'help.title.options': { ja: 'オプション:', en: 'Options:' },
  'help.title.commands': { ja: 'コマンド:', en: 'Commands:' },
  'help.title.global': { ja: '共通オプション:', en: 'Global Options:' },
  'help.help-command': { ja: 'コマンドの使い方を表示する', en: 'show the help of a command' },
  'help.help-command.command': { ja: 'コマンドの名前', en: 'the name of a command' },
  'help.any.--wide': {
    ja: '端末の幅に合わせず、すべてを省略せずに表示する',
    en: 'show everything in full, whatever the width of the terminal',
  },
  'help.completion': {
    ja: 'シェルの補完スクリプトを出力する（コマンド、オプション、値、データフォルダの ID）',
    en: 'print a shell completion script (commands, options, values and the ids in the data folder)',
  },
  'help.version': { ja: 'バージョンを表示する', en: 'print the version' },
  'help.help': { ja: 'このヘルプを表示する', en: 'show this help' },
  'help.examples': { ja: '例:', en: 'Examples:' },
  'help.program': {
    ja: 'コミュニティミキサーのための道具: スペースをまたいで強みと課題をつなぐ',
    en: 'a tool for community mixers: connect strengths and needs across coworking spaces',
  },
  'help.global.--data': {
    ja: 'データフォルダ（既定: MIXER_DATA、mixer.yaml のある上位フォルダ、./data）',
    en: 'data folder (default: MIXER_DATA, the nearest folder upward with mixer.yaml, ./data)',
  },
  'help.global.--lang': {
    ja: 'メッセージと手紙の言語（手紙だけなら --letter-lang）',
    en: 'language of messages and letters (--letter-lang for letters alone)',
  },
  'help.global.--no-cache': {
    ja: 'キャッシュ（.mixer/cache: 検査済みレコードと文章の解析結果）を使わず、すべてを読み直す',
    en: 'read everything again, without the caches of checked records and text analyses (.mixer/cache)',
  },
  'help.any.json': { ja: '結果を JSON で出力する', en: 'print the result as JSON' },
  'help.list.--status': takes<'choices'>({
    ja: (p) => `この状態のものだけ（needs: ${p.choices}。proposals: mixer status --help の <状態>）`,
    en: (p) => `only this status (needs: ${p.choices}; proposals: the <status> of mixer status --help)`,
  }),
  'help.list.--space': { ja: 'このスペースに関わるものだけ', en: 'only records tied to this space' },
  'help.show.id': {
    ja: 'レコードの ID（ファイル名）。種類を添えるなら needs/ID',
    en: 'the record id (its file name); with its kind, needs/ID',
  },
  'help.suggest.--need': { ja: 'この課題への候補だけ', en: 'only pairings for this need' },
  'help.suggest.--helper': { ja: 'この助け手の候補だけ', en: 'only pairings with this helper' },
  'help.suggest.--space': {
    ja: 'どちらかがこのスペースに属するものだけ',
    en: 'only pairings where either side belongs to this space',
  },
  'help.suggest.--limit': { ja: '最大件数（既定 20）', en: 'at most this many (default 20)' },
  'help.suggest.--min-score': {
    ja: '最低スコア 0〜1（既定 0.3）',
    en: 'minimum score from 0 to 1 (default 0.3)',
  },
  'help.suggest.--per-helper': {
    ja: '一覧でひとりの助け手が出る上限（既定 3）',
    en: 'how often one helper may appear in a list (default 3)',
  },
  'help.suggest.--all': {
    ja: '提案済みの組み合わせも含める',
    en: 'include pairs that already have a proposal',
  },
  'help.unmatched.--min-score': {
    ja: '最低スコア 0〜1（既定 0.3）',
    en: 'minimum score from 0 to 1 (default 0.3)',
  },
  'help.write.--yes': {
    ja: '回答の確認と訂正を省いて書き込む',
    en: 'write without showing the answers to confirm or correct',
  },
  'help.write.--commit': {
    ja: '書いたファイルだけを git にコミットする',
    en: 'commit exactly the files written',
  },
  'help.write.--branch': {
    ja: '先にこの名前のブランチを作って切り替える',
    en: 'first create and switch to this branch',
  },
  'help.add-visit.--space': { ja: '訪問したスペース', en: 'the space visited' },
  'help.add-visit.--date': {
    ja: '訪問日（既定: 今日）。2026-11-20、11/20、2026年11月20日、昨日 なども可',
    en: 'date of the visit (default: today): 2026-11-20, 11/20, yesterday …',
  },
  'help.add-visit.--mixer': {
    ja: '訪問したミキサー（既定: git の user.email と同じ email のミキサー）',
    en: 'the mixer (default: the one whose email is git user.email)',
  },
  'help.add-visit.--attendees': { ja: '参加人数', en: 'number of attendees' },
  'help.add-visit.--cost': takes<'currency'>({
    ja: (p) =>
      inYen(p.currency)
        ? 'ドロップイン料金（1500、¥1,500、1,500円 なども可）'
        : `ドロップイン料金（${p.currency}。${formsJa(p.currency, 1500)} なども可）`,
    en: (p) =>
      inYen(p.currency)
        ? 'drop-in fee (1500, 1,500, ¥1,500 …)'
        : `drop-in fee in ${p.currency} (${formsEn(p.currency, 1500)})`,
  }),
  'help.add-visit.--notes': { ja: 'メモ', en: 'notes' },
  'help.add-visit.--met': { ja: '会ったメンバー（繰り返し可）', en: 'a member met (repeatable)' },
  'help.add-visit.--need': {
    ja: '聞いた課題「持ち主:課題」（全角の「：」も可、繰り返し可）',
    en: 'a need learned, OWNER:TITLE (repeatable)',
  },
  'help.add-visit.--strength': {
    ja: 'メンバーの強み「メンバー:強み」（繰り返し可）',
    en: "a member's strength, MEMBER:TEXT (repeatable)",
  },
  'help.add-space.--id': { ja: 'ID（既定: 英字の名前から）', en: 'id (default: made from an ASCII name)' },
  'help.add-space.--name': { ja: '名前', en: 'name' },
  'help.add-space.--area': { ja: '地域', en: 'area' },
  'help.add-space.--network': { ja: 'ネットワーク', en: 'network' },
  'help.add-space.--visit-every-days': { ja: '訪問間隔（日）', en: 'visit every N days' },
  'help.add-space.--strength': { ja: '強み（繰り返し可）', en: 'a strength (repeatable)' },
  'help.add-space.--tag': { ja: 'タグ（繰り返し可）', en: 'a tag (repeatable)' },
  'help.add-member.--id': { ja: 'ID（既定: 英字の名前から）', en: 'id (default: made from an ASCII name)' },
  'help.add-member.--name': { ja: '名前', en: 'name' },
  'help.add-member.--space': { ja: '所属スペース（繰り返し可）', en: 'a space (repeatable)' },
  'help.add-member.--summary': { ja: 'ひとこと紹介', en: 'summary' },
  'help.add-member.--strength': { ja: '強み（繰り返し可）', en: 'a strength (repeatable)' },
  'help.add-member.--tag': { ja: 'タグ（繰り返し可）', en: 'a tag (repeatable)' },
  'help.add-member.--phone': { ja: '電話', en: 'phone' },
  'help.add-member.--share': takes<'choices'>({
    ja: (p) =>
      `公開範囲（${p.choices}、既定: mixers。mixers なら手紙に強みと連絡先を書かず、名前も紹介まで伏せる）`,
    en: (p) =>
      `who may see the record (${p.choices}; default: mixers: no letter shows its strengths or contact details, nor its name before the introduction)`,
  }),
  'help.add.--email': { ja: 'メールアドレス', en: 'email' },
  'help.add-member.--consent': {
    ja: '手紙に名前を出すことに同意した日',
    en: 'the day they agreed to be named in letters',
  },
  'help.add-member.--consent-note': {
    ja: '同意についてのメモ（--consent と一緒に）',
    en: 'a note on the consent (with --consent)',
  },
  'help.add-space.--contact': { ja: '窓口の人の名前', en: "the contact's name" },
  'help.add-space.--contact-role': {
    ja: '窓口の人の役割（--contact と一緒に）',
    en: "the contact's role (with --contact)",
  },
  'help.add-space.--contact-email': {
    ja: '窓口の人のメール（--contact と一緒に）',
    en: "the contact's email (with --contact)",
  },
  'help.add-space.--contact-phone': {
    ja: '窓口の人の電話（--contact と一緒に）',
    en: "the contact's phone (with --contact)",
  },
  'help.add.--do-not-contact': {
    ja: '連絡しない（提案・手紙の相手にしない）',
    en: 'never contact (no proposal or letter to them)',
  },
  'help.add.--notes': { ja: 'チーム内のメモ', en: "the team's notes" },
  'help.add-need.--id': {
    ja: 'ID（既定: 持ち主とタイトルから）',
    en: 'id (default: made from owner and title)',
  },
  'help.add-need.--owner': { ja: '持ち主（メンバーかスペース）', en: 'owner (member or space)' },
  'help.add-need.--title': { ja: '課題（一行で）', en: 'the need, in one line' },
  'help.add-need.--detail': { ja: '詳しく', en: 'details' },
  'help.add-need.--tag': { ja: 'タグ（繰り返し可）', en: 'a tag (repeatable)' },
  'help.add-need.--since': {
    ja: 'いつからの課題か（既定: 今日）。2026-11-20、11/20、昨日 なども可',
    en: 'since when (default: today): 2026-11-20, 11/20, yesterday …',
  },
  'help.add-need.--visit': { ja: '聞いた訪問', en: 'the visit it was learned at' },
  'help.add-need.--share': takes<'choices'>({
    ja: (p) => `公開範囲（${p.choices}、既定: 持ち主の公開範囲と同じ）`,
    en: (p) => `who may see the need (${p.choices}; default: as its owner's record)`,
  }),
  'help.add-mixer.--id': { ja: 'ID（既定: 英字の名前から）', en: 'id (default: made from an ASCII name)' },
  'help.add-mixer.--name': { ja: '名前', en: 'name' },
  'help.add-mixer.--space': { ja: '担当スペース（繰り返し可）', en: 'a space covered (repeatable)' },
  'help.add-mixer.--strength': { ja: '強み（繰り返し可）', en: 'a strength (repeatable)' },
  'help.propose.need': { ja: '課題の ID', en: 'the need id' },
  'help.propose.helper': { ja: '助け手（メンバーかスペース）の ID', en: 'the helper id (member or space)' },
  'help.propose.--mixer': {
    ja: '担当するミキサー（既定: git の user.email と同じ email のミキサー。いなければ端末で選ぶ）',
    en: 'the mixer (default: the one whose email is git user.email; else chosen in a terminal)',
  },
  'help.propose.--note': { ja: '打診メールに添えるひとこと', en: 'a personal line for the ask' },
  'help.propose.--ask-first': takes<'choices'>({
    ja: (p) => `先に打診する側（${p.choices}、既定: owner）`,
    en: (p) => `the side asked first (${p.choices}; default: owner)`,
  }),
  'help.propose.--template': {
    ja: 'テンプレートのフォルダ（DIR/ja/ask.md など）',
    en: 'a folder of templates (DIR/en/ask.md …)',
  },
  'help.letters.--format': takes<'choices'>({
    ja: (p) => `手紙の形式（${p.choices}、既定: md。eml はメールソフトで下書きとして開けるファイル）`,
    en: (p) => `the letter's form (${p.choices}; default md; eml opens as a draft in a mail program)`,
  }),
  'help.letters.--letter-lang': takes<'choices'>({
    ja: (p) => `手紙の言語（${p.choices}、既定: メッセージと同じ）。相手が別の言語を読むときに指定します`,
    en: (p) =>
      `the letter's language (${p.choices}; default: as the messages), for a recipient who reads the other language`,
  }),
  'help.propose.--stdout': {
    ja: '書き込まず、打診メールを標準出力に出す',
    en: 'print the ask instead of writing anything',
  },
  'help.status.proposal': {
    ja: '提案の ID（課題の ID なら、その課題を solved・dropped・open にする）',
    en: "the proposal id (or a need's id, to set it solved, dropped or open)",
  },
  'help.status.--date': {
    ja: 'その状態になった日（既定: 今日）。2026-11-20、11/20、昨日 なども可',
    en: 'the day of the move (default: today): 2026-11-20, 11/20, yesterday …',
  },
  'help.status.--note': {
    ja: '記録に残すメモ（手紙には入りません）',
    en: 'a note for the history (never in a letter)',
  },
  'help.status.--force': {
    ja: '誤りの訂正として、順番に関係なく記録する',
    en: 'record a move out of order, as a correction',
  },
  'help.status.--outcome': takes<'choices'>({
    ja: (p) => `結果（${p.choices}）`,
    en: (p) => `outcome (${p.choices})`,
  }),
  'help.status.--value': takes<'currency'>({
    ja: (p) =>
      inYen(p.currency)
        ? '金額（フォルダの通貨。12万、¥120,000 なども可）'
        : `金額（${p.currency}。${formsJa(p.currency, 120000)} なども可）`,
    en: (p) =>
      inYen(p.currency)
        ? "value in the folder's currency (120000, 120,000 …)"
        : `value in ${p.currency} (${formsEn(p.currency, 120000)})`,
  }),
  'help.status.--solve': { ja: '課題も解決済みにする', en: 'also mark the need solved' },
  'help.status.--no-solve': { ja: '課題はそのままにする', en: 'leave the need open' },
  'help.init.dir': { ja: '作るフォルダ（既定: 今のフォルダ）', en: 'the folder (default: this one)' },
  'help.init.--package-source': {
    ja: 'package.json に書く mixer の入手先（パス、URL、git+https://…#タグ。既定: この版のリリース）',
    en: "where the team installs mixer from, for package.json (a path, a URL, git+https://…#tag; default: this version's release)",
  },
  'help.schema.--out': {
    ja: '書き出すフォルダ（既定: データフォルダの schemas/）',
    en: 'where to write (default: schemas/ in the data folder)',
  },
  'help.review.--base': { ja: '比べる基準（既定: main）', en: 'the base to compare with (default: main)' },
  'help.forget': {
    ja: '本人の求めに応じて、メンバーをすべての記録から消す（件数は匿名で残す）',
    en: 'remove a member from every record at their request (counts stay, anonymous)',
  },
  'help.forget.id': { ja: 'メンバーの ID', en: 'the member id' },
  'help.brief.space': { ja: 'スペースの ID', en: 'the space id' },
  'help.report.--since': {
    ja: 'この日から（既定: 最初の記録から）。2026-09-01、9/1 なども可',
    en: 'from this date (default: the first record): 2026-09-01, 9/1 …',
  },
  'help.report.--until': {
    ja: 'この日まで（省略すると今日まで）',
    en: 'up to this date (today if left out)',
  },
  'help.report.--by': takes<'choices'>({
    ja: (p) => `訪問の表を両方ではなくひとつだけ出す: ${p.choices}`,
    en: (p) => `one table of visits instead of both: ${p.choices}`,
  }),
  'help.fmt.--check': {
    ja: '書き換えずに、差分のあるファイルを一覧する（あれば終了コード 1）',
    en: 'list the files that differ without writing (exit 1 if any)',
  },
} satisfies Messages;
