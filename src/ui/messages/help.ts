// The help of every command and option.
import { type Messages, takes } from './types.js';

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
    ja: '提案を作り、双方への打診メールと紹介メールをテンプレートから書く',
    en: 'write a proposal and its letters (an ask to each side, the introduction) from templates',
  },
  'help.status': {
    ja: '提案を次の状態へ進める（draft → asked → accepted | declined → introduced → met → deal | closed）',
    en: 'move a proposal along (draft → asked → accepted | declined → introduced → met → deal | closed)',
  },
  'help.init': {
    ja: 'チームのデータリポジトリを作る（設定、種類のフォルダ、README、GitHub のワークフロー、スキーマ）',
    en: "create a team's data repository (settings, kind folders, README, GitHub workflow, schemas)",
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
  'help.global.--lang': { ja: 'メッセージの言語', en: 'language of messages' },
  'help.any.json': { ja: '結果を JSON で出力する', en: 'print the result as JSON' },
  'help.list.--status': {
    ja: '状態で絞り込む（needs と proposals）',
    en: 'only this status (needs and proposals)',
  },
  'help.list.--space': { ja: 'このスペースに関わるものだけ', en: 'only records tied to this space' },
  'help.show.id': { ja: 'レコードの ID（ファイル名）', en: 'the record id (its file name)' },
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
  'help.write.--yes': { ja: '確認せずに書き込む', en: 'write without asking for confirmation' },
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
    ja: '訪問日 YYYY-MM-DD（既定: 今日）',
    en: 'date of the visit, YYYY-MM-DD (default: today)',
  },
  'help.add-visit.--mixer': {
    ja: '訪問したミキサー（既定: git の user.email と同じ email のミキサー）',
    en: 'the mixer (default: the one whose email is git user.email)',
  },
  'help.add-visit.--attendees': { ja: '参加人数', en: 'number of attendees' },
  'help.add-visit.--cost': { ja: 'ドロップイン料金', en: 'drop-in fee' },
  'help.add-visit.--notes': { ja: 'メモ', en: 'notes' },
  'help.add-visit.--met': { ja: '会ったメンバー（繰り返し可）', en: 'a member met (repeatable)' },
  'help.add-visit.--need': { ja: '聞いた課題（繰り返し可）', en: 'a need learned (repeatable)' },
  'help.add-visit.--strength': { ja: 'メンバーの強み（繰り返し可）', en: "a member's strength (repeatable)" },
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
  'help.add-need.--id': {
    ja: 'ID（既定: 持ち主とタイトルから）',
    en: 'id (default: made from owner and title)',
  },
  'help.add-need.--owner': { ja: '持ち主（メンバーかスペース）', en: 'owner (member or space)' },
  'help.add-need.--title': { ja: '課題（一行で）', en: 'the need, in one line' },
  'help.add-need.--detail': { ja: '詳しく', en: 'details' },
  'help.add-need.--tag': { ja: 'タグ（繰り返し可）', en: 'a tag (repeatable)' },
  'help.add-need.--since': { ja: 'いつからの課題か（既定: 今日）', en: 'since when (default: today)' },
  'help.add-need.--visit': { ja: '聞いた訪問', en: 'the visit it was learned at' },
  'help.add-mixer.--id': { ja: 'ID（既定: 英字の名前から）', en: 'id (default: made from an ASCII name)' },
  'help.add-mixer.--name': { ja: '名前', en: 'name' },
  'help.add-mixer.--space': { ja: '担当スペース（繰り返し可）', en: 'a space covered (repeatable)' },
  'help.add-mixer.--strength': { ja: '強み（繰り返し可）', en: 'a strength (repeatable)' },
  'help.propose.need': { ja: '課題の ID', en: 'the need id' },
  'help.propose.helper': { ja: '助け手（メンバーかスペース）の ID', en: 'the helper id (member or space)' },
  'help.propose.--mixer': {
    ja: '担当するミキサー（既定: git の user.email と同じ email のミキサー）',
    en: 'the mixer (default: the one whose email is git user.email)',
  },
  'help.propose.--note': { ja: '手紙に添えるひとこと', en: 'a personal line for the letters' },
  'help.propose.--template': {
    ja: 'テンプレートのフォルダ（DIR/ja/ask.md など）',
    en: 'a folder of templates (DIR/en/ask.md …)',
  },
  'help.propose.--stdout': {
    ja: '書き込まず、手紙を標準出力に出す',
    en: 'print the letters instead of writing anything',
  },
  'help.status.proposal': { ja: '提案の ID', en: 'the proposal id' },
  'help.status.--date': { ja: '日付（既定: 今日）', en: 'date (default: today)' },
  'help.status.--note': { ja: 'メモ', en: 'a note' },
  'help.status.--force': {
    ja: '誤りの訂正として、順番に関係なく記録する',
    en: 'record a move out of order, as a correction',
  },
  'help.status.--outcome': takes<'choices'>({
    ja: (p) => `結果（${p.choices}）`,
    en: (p) => `outcome (${p.choices})`,
  }),
  'help.status.--value': { ja: '金額（フォルダの通貨）', en: "value in the folder's currency" },
  'help.status.--solve': { ja: '課題も解決済みにする', en: 'also mark the need solved' },
  'help.status.--no-solve': { ja: '課題はそのままにする', en: 'leave the need open' },
  'help.init.dir': { ja: '作るフォルダ（既定: 今のフォルダ）', en: 'the folder (default: this one)' },
  'help.schema.--out': {
    ja: '書き出すフォルダ（既定: データフォルダの schemas/）',
    en: 'where to write (default: schemas/ in the data folder)',
  },
  'help.review.--base': { ja: '比べる基準（既定: main）', en: 'the base to compare with (default: main)' },
  'help.brief.space': { ja: 'スペースの ID', en: 'the space id' },
  'help.report.--since': { ja: 'この日から', en: 'from this date' },
  'help.report.--until': { ja: 'この日まで', en: 'up to this date' },
  'help.fmt.--check': {
    ja: '書き換えずに、差分のあるファイルを一覧する（あれば終了コード 1）',
    en: 'list the files that differ without writing (exit 1 if any)',
  },
} satisfies Messages;
