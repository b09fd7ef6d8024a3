// Every sentence a person reads, in Japanese and English. Keys are grouped by where they are used.
import type { Lang } from '../util/lang.js';

export type { Lang };

type Params = Record<string, string | number>;

/** `1 file`, `2 files`: English counts. */
const n = (count: unknown, word: string) => `${count} ${word}${Number(count) === 1 ? '' : 's'}`;
type Text = string | ((p: Params) => string);

const catalogue = {
  // --- problems found while loading and checking a data folder ---------------------------
  'problem.yaml-syntax': {
    ja: (p) => `YAML の書式エラー: ${p.detail}`,
    en: (p) => `YAML syntax error: ${p.detail}`,
  },
  'problem.duplicate-key': {
    ja: (p) => `キー「${p.key}」が二度書かれています`,
    en: (p) => `the key "${p.key}" is written twice`,
  },
  'hint.duplicate-key': { ja: '片方を消してください', en: 'remove one of them' },
  'problem.bom': { ja: 'ファイル先頭に BOM があります', en: 'the file starts with a byte order mark (BOM)' },
  'hint.bom': {
    ja: 'BOM なしの UTF-8 で保存するか mixer fmt を実行してください',
    en: 'save as UTF-8 without BOM, or run mixer fmt',
  },
  'problem.crlf': { ja: '改行が CRLF です', en: 'lines end with CRLF' },
  'hint.crlf': {
    ja: '改行を LF にするか mixer fmt を実行してください',
    en: 'use LF line ends, or run mixer fmt',
  },
  'problem.tab': { ja: 'インデントにタブ文字があります', en: 'a tab character is used for indentation' },
  'hint.tab': { ja: 'インデントは半角スペース2つです', en: 'indent with two spaces' },
  'problem.not-utf8': { ja: 'UTF-8 として読めません', en: 'the file is not valid UTF-8' },
  'hint.not-utf8': { ja: 'UTF-8 で保存し直してください', en: 'save it again as UTF-8' },
  'problem.alias-bomb': {
    ja: 'エイリアスの展開が多すぎます（エイリアス爆弾の疑い）',
    en: 'too many alias expansions (possible alias bomb)',
  },
  'hint.alias-bomb': {
    ja: 'アンカーとエイリアス（& と *）を使わずに書いてください',
    en: 'write the values out without anchors and aliases (& and *)',
  },
  'problem.not-mapping': {
    ja: 'レコードはキーと値の組（マップ）でなければなりません',
    en: 'a record must be a mapping of keys to values',
  },
  'problem.empty-file': { ja: 'ファイルが空です', en: 'the file is empty' },
  'problem.outside-kinds': {
    ja: 'どの種類のフォルダにも入っていない YAML ファイルです',
    en: 'a YAML file outside the kind folders',
  },
  'hint.outside-kinds': {
    ja: (p) => `${p.kinds} のどれかに移してください`,
    en: (p) => `move it into one of ${p.kinds}`,
  },
  'problem.yml-extension': { ja: '拡張子が .yml です', en: 'the file name ends in .yml' },
  'hint.yml-extension': { ja: '.yaml に名前を変えてください', en: 'rename it to .yaml' },
  'problem.symlink-outside': {
    ja: (p) => `データフォルダの外を指すシンボリックリンクです（${p.target}）`,
    en: (p) => `a symbolic link pointing out of the data folder (${p.target})`,
  },
  'hint.symlink-outside': {
    ja: 'ファイルをフォルダ内にコピーしてください',
    en: 'copy the file into the folder instead',
  },
  'problem.unreadable': { ja: (p) => `読めません: ${p.detail}`, en: (p) => `cannot be read: ${p.detail}` },
  'problem.bad-id': {
    ja: (p) => `ファイル名「${p.id}」は ID として使えません`,
    en: (p) => `the file name "${p.id}" is not a valid id`,
  },
  'hint.bad-id': {
    ja: '英小文字・数字・ハイフンで 64 文字まで（例: hakata-garage）',
    en: 'lower-case letters, digits and hyphens, at most 64 characters (e.g. hakata-garage)',
  },
  'problem.duplicate-id': {
    ja: (p) => `ID「${p.id}」は ${p.other} でも使われています`,
    en: (p) => `the id "${p.id}" is also used by ${p.other}`,
  },
  'hint.duplicate-id': {
    ja: 'スペース・メンバー・ミキサーの ID は全体で一意です。どちらかの名前を変えてください',
    en: 'space, member and mixer ids are unique across all three; rename one file',
  },
  'problem.dangling': {
    ja: (p) => `「${p.id}」という${p.kind}はありません`,
    en: (p) => `no ${p.kind} with the id "${p.id}"`,
  },
  'problem.history-date': {
    ja: (p) => `履歴の日付が前の項目（${p.prev}）より前です`,
    en: (p) => `this history date is earlier than the entry before it (${p.prev})`,
  },
  'problem.history-move': {
    ja: (p) => `「${p.from}」から「${p.to}」へは進めません`,
    en: (p) => `a proposal cannot move from "${p.from}" to "${p.to}"`,
  },
  'hint.history-move': {
    ja: (p) => `次に進めるのは ${p.next}。訂正なら note を「[forced]」で始めてください`,
    en: (p) => `allowed next: ${p.next}; for a correction start the note with "[forced]"`,
  },
  'problem.history-start': { ja: '履歴は draft から始まります', en: 'the history starts with draft' },
  'problem.outcome-status': {
    ja: 'outcome は状態が deal か closed のときだけ書けます',
    en: 'an outcome belongs only to a proposal that is deal or closed',
  },
  'problem.glossary-unknown': {
    ja: (p) => `概念「${p.id}」は用語集にありません`,
    en: (p) => `no concept "${p.id}" in the glossary`,
  },
  'problem.glossary-term-twice': {
    ja: (p) => `用語「${p.term}」は概念「${p.other}」にもあります`,
    en: (p) => `the term "${p.term}" also belongs to the concept "${p.other}"`,
  },
  'problem.glossary-cycle': {
    ja: (p) => `broader が循環しています（${p.path}）`,
    en: (p) => `broader links form a cycle (${p.path})`,
  },
  // zod issues, translated
  'schema.required': { ja: '必須の項目がありません', en: 'required field is missing' },
  'schema.type': {
    ja: (p) => `${p.expected} であるべきところが ${p.received} です`,
    en: (p) => `expected ${p.expected}, got ${p.received}`,
  },
  'schema.unknown-key': { ja: (p) => `知らない項目「${p.key}」`, en: (p) => `unknown field "${p.key}"` },
  'hint.did-you-mean': { ja: (p) => `もしかして「${p.key}」?`, en: (p) => `did you mean "${p.key}"?` },
  'hint.allowed-keys': { ja: (p) => `使える項目: ${p.keys}`, en: (p) => `allowed: ${p.keys}` },
  'schema.enum': {
    ja: (p) => `次のどれかにしてください: ${p.values}`,
    en: (p) => `must be one of: ${p.values}`,
  },
  'schema.id': {
    ja: 'ID は英小文字・数字・ハイフンで書きます',
    en: 'an id is lower-case letters, digits and hyphens',
  },
  'schema.date': {
    ja: '日付は YYYY-MM-DD の形の実在する日です',
    en: 'a date is a real day written YYYY-MM-DD',
  },
  'schema.empty': { ja: '空にはできません', en: 'must not be empty' },
  'schema.too-small': { ja: (p) => `${p.min} 以上にしてください`, en: (p) => `must be at least ${p.min}` },
  'schema.too-big': { ja: (p) => `${p.max} 以下にしてください`, en: (p) => `must be at most ${p.max}` },
  'schema.strength': {
    ja: '強みは文字列か { text, tags, share } です',
    en: 'a strength is a string or { text, tags, share }',
  },
  'schema.integer': { ja: '整数にしてください', en: 'must be a whole number' },
  'schema.invalid': {
    ja: (p) => `値が正しくありません: ${p.detail}`,
    en: (p) => `invalid value: ${p.detail}`,
  },
  'type.string': { ja: '文字列', en: 'a string' },
  'type.number': { ja: '数値', en: 'a number' },
  'type.boolean': { ja: 'true/false', en: 'true or false' },
  'type.array': { ja: 'リスト', en: 'a list' },
  'type.object': { ja: 'マップ', en: 'a mapping' },
  'type.null': { ja: '空の値', en: 'an empty value' },
  'kind.spaces': { ja: 'スペース', en: 'space' },
  'kind.members': { ja: 'メンバー', en: 'member' },
  'kind.needs': { ja: '課題', en: 'need' },
  'kind.visits': { ja: '訪問', en: 'visit' },
  'kind.mixers': { ja: 'ミキサー', en: 'mixer' },
  'kind.proposals': { ja: '提案', en: 'proposal' },
  'kind.party': { ja: 'スペース・メンバー', en: 'space or member' },
  'kind.anyparty': { ja: 'スペース・メンバー・ミキサー', en: 'space, member or mixer' },

  // --- validate -----------------------------------------------------------------------------
  'validate.ok': {
    ja: (p) => `✓ ${p.dir}: ${p.count} 件のレコードに問題はありません`,
    en: (p) => `✓ ${p.dir}: ${n(p.count, 'record')}, no problems`,
  },
  'validate.failed': {
    ja: (p) => `✗ ${p.problems} 件の問題（${p.files} ファイル）`,
    en: (p) => `✗ ${n(p.problems, 'problem')} in ${n(p.files, 'file')}`,
  },
  'validate.next': {
    ja: '直したら mixer validate をもう一度実行してください',
    en: 'fix them and run mixer validate again',
  },
  'load.problems': {
    ja: (p) => `データフォルダに ${p.count} 件の問題があります。mixer validate で一覧できます`,
    en: (p) => `the data folder has ${n(p.count, 'problem')}; mixer validate lists them`,
  },

  // --- locating the folder, usage -------------------------------------------------------------
  'data.missing': {
    ja: (p) => `データフォルダ ${p.dir} がありません`,
    en: (p) => `the data folder ${p.dir} does not exist`,
  },
  'hint.data-missing': {
    ja: '--data DIR か MIXER_DATA でフォルダを指定してください',
    en: 'name the folder with --data DIR or MIXER_DATA',
  },
  'usage.unknown-kind': {
    ja: (p) => `種類「${p.kind}」はありません`,
    en: (p) => `there is no kind "${p.kind}"`,
  },
  'hint.kinds': { ja: (p) => `使える種類: ${p.kinds}`, en: (p) => `kinds: ${p.kinds}` },
  'usage.bad-lang': { ja: '--lang は ja か en です', en: '--lang takes ja or en' },
  'usage.bad-number': {
    ja: (p) =>
      `${p.flag} には${p.integer ? '整数' : '数値'}を指定してください${p.range ? `（${p.range}）` : ''}。「${p.value}」は使えません`,
    en: (p) =>
      `${p.flag} takes ${p.integer ? 'a whole number' : 'a number'}${p.range ? ` (${p.range})` : ''}, not "${p.value}"`,
  },
  'usage.help': { ja: 'mixer --help で使い方を表示します', en: 'mixer --help shows the usage' },
  'hint.similar': { ja: (p) => `似た ID: ${p.ids}`, en: (p) => `similar ids: ${p.ids}` },
  'hint.list': { ja: 'mixer list <種類> で ID を確認できます', en: 'mixer list <kind> shows the ids' },
  'error.unexpected': {
    ja: (p) => `予期しないエラー: ${p.detail}`,
    en: (p) => `unexpected error: ${p.detail}`,
  },
  'hint.report': {
    ja: 'MIXER_DEBUG=1 で詳細を表示できます。再現手順と一緒に報告してください',
    en: 'MIXER_DEBUG=1 shows details; please report it with the steps to reproduce',
  },

  'unknown.need': { ja: (p) => `課題「${p.id}」はありません`, en: (p) => `no need with the id "${p.id}"` },
  'unknown.helper': {
    ja: (p) => `スペースかメンバー「${p.id}」はありません`,
    en: (p) => `no space or member with the id "${p.id}"`,
  },
  'unknown.space': {
    ja: (p) => `スペース「${p.id}」はありません`,
    en: (p) => `no space with the id "${p.id}"`,
  },
  'unknown.proposal': {
    ja: (p) => `提案「${p.id}」はありません`,
    en: (p) => `no proposal with the id "${p.id}"`,
  },
  'unknown.record': {
    ja: (p) => `ID「${p.id}」のレコードはありません`,
    en: (p) => `no record with the id "${p.id}"`,
  },

  // --- list / show ------------------------------------------------------------------------------
  'list.empty': { ja: (p) => `${p.kind}はまだありません`, en: (p) => `no ${p.kind} records yet` },
  'list.count': { ja: (p) => `${p.count} 件`, en: (p) => n(p.count, 'record') },
  'col.id': { ja: 'ID', en: 'id' },
  'col.name': { ja: '名前', en: 'name' },
  'col.kind': { ja: '種別', en: 'kind' },
  'col.spaces': { ja: 'スペース', en: 'spaces' },
  'col.area': { ja: '地域', en: 'area' },
  'col.strengths': { ja: '強み', en: 'strengths' },
  'col.owner': { ja: '持ち主', en: 'owner' },
  'col.title': { ja: '課題', en: 'need' },
  'col.status': { ja: '状態', en: 'status' },
  'col.space': { ja: 'スペース', en: 'space' },
  'col.date': { ja: '日付', en: 'date' },
  'col.mixer': { ja: 'ミキサー', en: 'mixer' },
  'col.met': { ja: '会った人', en: 'met' },
  'col.need': { ja: '課題', en: 'need' },
  'col.helper': { ja: '助け手', en: 'helper' },
  'col.age': { ja: '経過日数', en: 'age (days)' },
  'col.score': { ja: 'スコア', en: 'score' },
  'col.reason': { ja: '理由', en: 'reason' },
  'show.referenced-by': { ja: '参照しているレコード', en: 'referred to by' },
  'show.file': { ja: 'ファイル', en: 'file' },

  // --- suggest / unmatched ------------------------------------------------------------------------
  'suggest.none': {
    ja: '条件に合う組み合わせはありません',
    en: 'no pairing matches',
  },
  'hint.suggest-none': {
    ja: '--min-score を下げるか、mixer unmatched で手がかりのない課題を確認してください',
    en: 'lower --min-score, or see mixer unmatched for needs with no candidate',
  },
  'suggest.footer': {
    ja: (p) => `${p.count} 件（最低スコア ${p.min}）。mixer propose <課題> <助け手> で提案を作れます`,
    en: (p) =>
      `${n(p.count, 'pairing')} (minimum score ${p.min}). mixer propose <need> <helper> writes a proposal`,
  },
  'unmatched.none': {
    ja: 'すべての未解決の課題に候補があります',
    en: 'every open need has at least one candidate',
  },
  'unmatched.header': {
    ja: (p) => `候補のない課題: ${p.count} 件`,
    en: (p) => `open needs with no candidate: ${p.count}`,
  },
  'unmatched.no-space': { ja: '（スペースなし）', en: '(no space)' },
  'reason.concept-same': {
    ja: (p) => `課題『${p.need}』に対して『${p.strength}』が得意（${p.concept}）`,
    en: (p) => `need "${p.need}" ↔ strength "${p.strength}" (${p.concept})`,
  },
  'reason.concept-solves': {
    ja: (p) => `課題『${p.need}』に対して『${p.strength}』が得意（${p.path}）`,
    en: (p) => `need "${p.need}" ↔ strength "${p.strength}" (${p.path})`,
  },
  'reason.text': {
    ja: (p) => `課題『${p.need}』と強み『${p.strength}』の言葉が重なる（${p.words}）`,
    en: (p) => `need "${p.need}" and strength "${p.strength}" share words (${p.words})`,
  },
  'reason.mutual': {
    ja: (p) => `相互: ${p.owner}の『${p.strength}』が${p.helper}の課題『${p.need}』に役立つ`,
    en: (p) => `both gain: ${p.owner}'s "${p.strength}" can help ${p.helper} with "${p.need}"`,
  },
  'reason.cross-space': {
    ja: (p) => `別スペース: ${p.a} × ${p.b}`,
    en: (p) => `across spaces: ${p.a} × ${p.b}`,
  },
  'reason.private': { ja: '（非公開の情報）', en: '(private)' },

  // --- writing records ----------------------------------------------------------------------------
  'write.exists': {
    ja: (p) => `${p.file} はすでにあります。上書きはしません`,
    en: (p) => `${p.file} already exists; it is not overwritten`,
  },
  'hint.write-exists': {
    ja: '別の ID を --id で指定するか、既存のファイルを編集してください',
    en: 'choose another id with --id, or edit the existing file',
  },
  'write.invalid': {
    ja: (p) => `この変更を書くとデータが検査に通りません（${p.count} 件の問題）。何も書いていません`,
    en: (p) => `the change would not validate (${n(p.count, 'problem')}); nothing was written`,
  },
  'hint.write-invalid': {
    ja: '上の問題を直してからもう一度実行してください',
    en: 'fix the problems above and run it again',
  },
  'write.done': {
    ja: (p) => `${p.count} 件のファイルを書きました`,
    en: (p) => `wrote ${n(p.count, 'file')}`,
  },
  'write.created': { ja: '作成', en: 'created' },
  'write.edited': { ja: '更新', en: 'edited' },
  'write.summary': { ja: '書き込むファイル:', en: 'files to write:' },
  'write.confirm': { ja: 'この内容で書き込みますか?', en: 'write these files?' },
  'write.cancelled': { ja: '取りやめました。何も書いていません', en: 'cancelled; nothing was written' },
  'git.not-repo': {
    ja: (p) => `${p.dir} は git リポジトリの中にありません`,
    en: (p) => `${p.dir} is not inside a git repository`,
  },
  'hint.git-not-repo': {
    ja: 'git init するか、--commit と --branch を外してください',
    en: 'run git init there, or leave out --commit and --branch',
  },
  'git.failed': {
    ja: (p) => `git ${p.step} に失敗しました: ${p.detail}`,
    en: (p) => `git ${p.step} failed: ${p.detail}`,
  },
  'git.branch-exists': {
    ja: (p) => `ブランチ ${p.branch} はすでにあります`,
    en: (p) => `the branch ${p.branch} already exists`,
  },
  'hint.git-branch-exists': {
    ja: '別の名前を --branch に指定してください',
    en: 'give --branch another name',
  },
  'git.committed': { ja: (p) => `コミットしました: ${p.message}`, en: (p) => `committed: ${p.message}` },

  // --- fmt ----------------------------------------------------------------------------------------
  'fmt.rewritten': {
    ja: (p) => `${p.count} 件のファイルを整形しました`,
    en: (p) => `formatted ${n(p.count, 'file')}`,
  },
  'fmt.clean': { ja: 'すべて整形済みです', en: 'every file is already formatted' },
  'fmt.differs': {
    ja: (p) => `${p.count} 件のファイルが整形されていません`,
    en: (p) => `not formatted: ${n(p.count, 'file')}`,
  },
  'hint.fmt': { ja: 'mixer fmt で整形できます', en: 'mixer fmt formats them' },
  'fmt.skipped': {
    ja: (p) => `${p.file} は YAML として読めないので整形しません`,
    en: (p) => `${p.file} is not readable YAML; left as it is`,
  },

  // --- add commands --------------------------------------------------------------------------------
  'usage.missing-flag': {
    ja: (p) => `${p.flag} が必要です（端末でないので質問できません）`,
    en: (p) => `${p.flag} is required when not running interactively`,
  },
  'usage.bad-pair': {
    ja: (p) => `${p.flag} は「ID:テキスト」の形です（「${p.value}」）`,
    en: (p) => `${p.flag} takes ID:TEXT (got "${p.value}")`,
  },
  'usage.bad-date': {
    ja: (p) => `${p.flag} は YYYY-MM-DD の日付です`,
    en: (p) => `${p.flag} takes a date as YYYY-MM-DD`,
  },
  'usage.bad-id': {
    ja: (p) => `「${p.id}」は ID に使えません（英小文字・数字・ハイフン）`,
    en: (p) => `"${p.id}" is not a valid id (lower-case letters, digits, hyphens)`,
  },
  'usage.bad-choice': {
    ja: (p) => `${p.flag} は ${p.choices} のどれかです`,
    en: (p) => `${p.flag} takes one of ${p.choices}`,
  },
  'usage.no-id-from-name': {
    ja: (p) => `名前「${p.name}」から ID を作れません。--id を指定してください`,
    en: (p) => `no id can be made from the name "${p.name}"; give --id`,
  },
  'usage.unknown-ref': {
    ja: (p) => `${p.flag}: 「${p.id}」という${p.kind}はありません`,
    en: (p) => `${p.flag}: no ${p.kind} with the id "${p.id}"`,
  },
  'usage.id-taken': {
    ja: (p) => `ID「${p.id}」はすでに使われています`,
    en: (p) => `the id "${p.id}" is already taken`,
  },
  'usage.not-met': {
    ja: (p) => `${p.flag}: 「${p.id}」はこの訪問で会った人（--met）にもスペースにもいません`,
    en: (p) => `${p.flag}: "${p.id}" is neither among the members met (--met) nor the space`,
  },
  'ask.space': { ja: 'どのスペースを訪問しましたか?', en: 'Which space did you visit?' },
  'ask.new-space': { ja: '＋ 新しいスペースを登録する', en: '+ register a new space' },
  'ask.space-id': {
    ja: '新しいスペースの ID（例: kitakami-base）',
    en: 'id of the new space (e.g. kitakami-base)',
  },
  'ask.space-name': { ja: 'スペースの名前', en: 'name of the space' },
  'ask.date': { ja: '訪問日（YYYY-MM-DD）', en: 'date of the visit (YYYY-MM-DD)' },
  'ask.mixer': { ja: '訪問したミキサー', en: 'Which mixer visited?' },
  'ask.mode': { ja: '形態', en: 'mode' },
  'ask.format': { ja: '形式', en: 'format' },
  'ask.attendees': { ja: '参加人数', en: 'number of attendees' },
  'ask.cost': { ja: 'ドロップイン料金（空欄で省略）', en: 'drop-in fee (empty to skip)' },
  'ask.notes': { ja: 'メモ（空欄で省略）', en: 'notes (empty to skip)' },
  'ask.met': {
    ja: '会ったメンバー（選び終えたら「完了」）',
    en: 'members met (choose "done" when finished)',
  },
  'ask.met-done': { ja: '✓ 完了', en: '✓ done' },
  'ask.new-member': { ja: '＋ 新しいメンバーを登録する', en: '+ register a new member' },
  'ask.member-id': {
    ja: '新しいメンバーの ID（例: tanaka-design）',
    en: 'id of the new member (e.g. tanaka-design)',
  },
  'ask.member-name': { ja: 'メンバーの名前', en: 'name of the member' },
  'ask.member-kind': { ja: 'メンバーの種別', en: 'kind of member' },
  'ask.next': { ja: '次に記録するもの', en: 'What next?' },
  'ask.add-need': { ja: '課題を追加する', en: 'add a need' },
  'ask.add-strength': { ja: '強みを追加する', en: 'add a strength' },
  'ask.finish': { ja: '終わる', en: 'finish' },
  'ask.need-owner': { ja: '課題の持ち主', en: 'whose need is it?' },
  'ask.need-title': { ja: '課題（一行で）', en: 'the need, in one line' },
  'ask.need-detail': { ja: '詳しく（空欄で省略）', en: 'details (empty to skip)' },
  'ask.need-share': { ja: '公開範囲', en: 'who may see it' },
  'ask.need-id': {
    ja: '課題の ID（タイトルから作れませんでした）',
    en: 'id of the need (none could be made from the title)',
  },
  'ask.strength-member': { ja: '強みを追加するメンバー', en: 'whose strength?' },
  'ask.strength-text': { ja: '強み', en: 'the strength' },
  'ask.member-space': { ja: '所属スペース', en: 'space' },
  'ask.no-space': { ja: '（なし）', en: '(none)' },
  'ask.strengths': {
    ja: '強み（「、」区切り、空欄で省略）',
    en: 'strengths (separated by commas, empty to skip)',
  },
  'ask.id': { ja: 'ID', en: 'id' },
  'ask.name': { ja: '名前', en: 'name' },
  'ask.kind': { ja: '種別', en: 'kind' },
  'ask.owner': { ja: '持ち主（メンバーかスペースの ID）', en: 'owner (member or space id)' },
  'ask.title': { ja: '課題（一行で）', en: 'the need, in one line' },
  'share.public': { ja: '公開（紹介文に書いてよい）', en: 'public (may appear in letters)' },
  'share.mixers': { ja: 'ミキサーだけ', en: 'mixers only' },
  'invalid.date': { ja: 'YYYY-MM-DD の形で入力してください', en: 'write it as YYYY-MM-DD' },
  'invalid.id': {
    ja: '英小文字・数字・ハイフンで入力してください',
    en: 'use lower-case letters, digits and hyphens',
  },
  'invalid.number': { ja: '数値を入力してください', en: 'enter a number' },
  'invalid.empty': { ja: '空にはできません', en: 'must not be empty' },
  'invalid.taken': { ja: 'その ID はすでに使われています', en: 'that id is already taken' },
  'commit.visit': {
    ja: (p) => `visit: ${p.space} ${p.date}${p.extra}`,
    en: (p) => `visit: ${p.space} ${p.date}${p.extra}`,
  },

  // --- letters, propose, status ----------------------------------------------------------------------
  'letter.no-template': {
    ja: (p) => `テンプレート ${p.lang}/${p.name}.md が見つかりません`,
    en: (p) => `no template ${p.lang}/${p.name}.md found`,
  },
  'letter.template-error': {
    ja: (p) => `${p.file}:${p.line}:${p.col}  ${p.detail}`,
    en: (p) => `${p.file}:${p.line}:${p.col}  ${p.detail}`,
  },
  'hint.template-error': {
    ja: 'テンプレートが使える変数は README の「Letters」にあります',
    en: 'the variables a template may use are listed in the README under "Letters"',
  },
  'letter.member-of': { ja: (p) => `${p.space}のメンバーの方`, en: (p) => `a member of ${p.space}` },
  'letter.a-member': { ja: 'あるメンバーの方', en: 'a member of our network' },
  'letter.strengths': { ja: (p) => `得意なこと: ${p.list}`, en: (p) => `Strengths: ${p.list}` },
  'letter.neutral-need': { ja: '先日伺ったご相談', en: 'what you told me you are looking for' },
  'propose.not-open': {
    ja: (p) => `課題「${p.id}」は ${p.status} です。提案できるのは open の課題だけです`,
    en: (p) => `the need "${p.id}" is ${p.status}; only open needs can be proposed`,
  },
  'propose.do-not-contact': {
    ja: (p) => `「${p.id}」は連絡しない（do_not_contact）ことになっています`,
    en: (p) => `"${p.id}" is marked do_not_contact`,
  },
  'propose.same-party': {
    ja: '課題の持ち主を助け手にはできません',
    en: 'the owner of a need cannot be its helper',
  },
  'propose.open-exists': {
    ja: (p) => `この組み合わせにはすでに進行中の提案 ${p.id}（${p.status}）があります`,
    en: (p) => `this pair already has an open proposal ${p.id} (${p.status})`,
  },
  'hint.propose-open-exists': {
    ja: (p) => `mixer status ${p.id} <状態> で進めてください`,
    en: (p) => `move it along with mixer status ${p.id} <status>`,
  },
  'propose.no-mixer': {
    ja: '--mixer が必要です（git の user.email に一致するミキサーがいません）',
    en: '--mixer is required (no mixer has git user.email as email)',
  },
  'commit.propose': {
    ja: (p) => `propose: ${p.need} × ${p.helper}`,
    en: (p) => `propose: ${p.need} × ${p.helper}`,
  },
  'status.bad-move': {
    ja: (p) => `「${p.from}」から「${p.to}」へは進めません`,
    en: (p) => `a proposal cannot move from "${p.from}" to "${p.to}"`,
  },
  'hint.status-next': {
    ja: (p) => `次に進めるのは: ${p.next}（誤りの訂正なら --force）`,
    en: (p) => `allowed next: ${p.next} (to correct a mistake, --force)`,
  },
  'status.final': { ja: 'この提案は終わっています', en: 'this proposal has ended' },
  'status.outcome-needs-end': {
    ja: '--outcome と --value は deal か closed のときだけ使えます',
    en: '--outcome and --value go only with deal or closed',
  },
  'status.solve-need': {
    ja: (p) => `課題「${p.title}」を解決済み（solved）にしますか?`,
    en: (p) => `mark the need "${p.title}" as solved?`,
  },
  'status.forced': { ja: '訂正', en: 'correction' },
  'commit.status': { ja: (p) => `status: ${p.id} → ${p.status}`, en: (p) => `status: ${p.id} → ${p.status}` },

  // --- init, review, due, brief, report --------------------------------------------------------------
  'init.exists': {
    ja: (p) => `${p.count} 件のファイルがすでにあります（${p.files}）。上書きはしません`,
    en: (p) => `${n(p.count, 'file')} already there (${p.files}); nothing is overwritten`,
  },
  'hint.init-exists': { ja: '空のフォルダを指定してください', en: 'name an empty folder' },
  'init.done': {
    ja: (p) => `データリポジトリを作りました: ${p.dir}`,
    en: (p) => `data repository ready: ${p.dir}`,
  },
  'hint.init-next': {
    ja: 'mixer add-space と mixer add-mixer から始めましょう',
    en: 'start with mixer add-space and mixer add-mixer',
  },
  'review.no-base': {
    ja: (p) => `比較の基準 ${p.base} が見つかりません（浅いクローンかもしれません）`,
    en: (p) => `the base ${p.base} is not here (a shallow clone?)`,
  },
  'hint.review-fetch': {
    ja: (p) => `git fetch origin ${p.base} --depth=50 などで取得してから、もう一度実行してください`,
    en: (p) => `fetch it, e.g. git fetch origin ${p.base} --depth=50, and run again`,
  },
  'review.not-repo': { ja: 'git リポジトリの中で実行してください', en: 'run it inside a git repository' },
  'due.none': { ja: '期限を過ぎたものはありません', en: 'nothing is overdue' },
  'usage.bad-by': { ja: '--by は mixer か space です', en: '--by takes mixer or space' },

  'review.title': { ja: 'mixer レビュー', en: 'mixer review' },
  'review.summary': {
    ja: (p) => `${p.base} からの変更: 追加 ${p.added}・変更 ${p.changed}・削除 ${p.removed}`,
    en: (p) => `changes since ${p.base}: ${p.added} added, ${p.changed} changed, ${p.removed} removed`,
  },
  'review.none': { ja: 'レコードの変更はありません', en: 'no records changed' },
  'review.records': { ja: 'レコード', en: 'Records' },
  'review.problems': { ja: '変更したファイルの問題', en: 'Problems in the changed files' },
  'review.no-problems': { ja: '問題はありません', en: 'no problems' },
  'review.pairings': { ja: 'この変更で生まれる組み合わせ', en: 'Pairings this change makes possible' },
  'review.no-pairings': { ja: '新しい組み合わせはありません', en: 'no new pairings' },
  'review.proposals': { ja: '提案の進み', en: 'Proposals that moved' },
  'review.added': { ja: (p) => `${p.name}: 追加`, en: (p) => `${p.name}: added` },
  'review.removed': { ja: (p) => `${p.name}: 削除`, en: (p) => `${p.name}: removed` },
  'review.list-added': {
    ja: (p) => `${p.name}: ${p.field}に『${p.value}』を追加`,
    en: (p) => `${p.name}: "${p.value}" added to ${p.field}`,
  },
  'review.list-removed': {
    ja: (p) => `${p.name}: ${p.field}から『${p.value}』を削除`,
    en: (p) => `${p.name}: "${p.value}" removed from ${p.field}`,
  },
  'review.field-set': {
    ja: (p) => `${p.name}: ${p.field}を『${p.value}』に設定`,
    en: (p) => `${p.name}: ${p.field} set to "${p.value}"`,
  },
  'review.field-changed': {
    ja: (p) => `${p.name}: ${p.field}を『${p.old}』から『${p.value}』に変更`,
    en: (p) => `${p.name}: ${p.field} changed from "${p.old}" to "${p.value}"`,
  },
  'review.field-removed': {
    ja: (p) => `${p.name}: ${p.field}（『${p.old}』）を削除`,
    en: (p) => `${p.name}: ${p.field} ("${p.old}") removed`,
  },
  'review.moved': { ja: (p) => `${p.id}: ${p.from} → ${p.to}`, en: (p) => `${p.id}: ${p.from} → ${p.to}` },
  'review.for-need': { ja: (p) => `新しい課題『${p.title}』`, en: (p) => `new need "${p.title}"` },
  'review.for-helper': { ja: (p) => `${p.name}の新しい強み`, en: (p) => `new strengths of ${p.name}` },
  'field.strengths': { ja: '強み', en: 'strengths' },
  'field.spaces': { ja: 'スペース', en: 'spaces' },
  'field.met': { ja: '会った人', en: 'members met' },
  'field.tags': { ja: 'タグ', en: 'tags' },
  'field.status': { ja: '状態', en: 'status' },
  'field.title': { ja: '課題', en: 'title' },
  'field.name': { ja: '名前', en: 'name' },
  'field.summary': { ja: '紹介', en: 'summary' },
  'field.share': { ja: '公開範囲', en: 'share' },
  'field.history': { ja: '履歴', en: 'history' },

  'due.space-never': {
    ja: (p) => `${p.space}: まだ訪問していません`,
    en: (p) => `${p.space}: never visited`,
  },
  'due.space-late': {
    ja: (p) => `${p.space}: 前回 ${p.last}、${p.days} 日超過（${p.every} 日ごと）`,
    en: (p) => `${p.space}: last ${p.last}, ${p.days} days late (every ${p.every} days)`,
  },
  'due.proposal-waiting': {
    ja: (p) => `${p.id}: ${p.status} のまま ${p.age} 日（${p.days} 日超過）`,
    en: (p) => `${p.id}: ${p.status} for ${p.age} days (${p.days} days late)`,
  },
  'due.met-no-outcome': {
    ja: (p) => `${p.id}: 顔合わせから ${p.age} 日、結果が未記録（${p.days} 日超過）`,
    en: (p) => `${p.id}: met ${p.age} days ago, no outcome yet (${p.days} days late)`,
  },
  'due.covered-by': { ja: (p) => `担当: ${p.mixers}`, en: (p) => `covered by ${p.mixers}` },
  'due.nobody': { ja: '担当なし', en: 'nobody' },
  'due.heading-spaces': { ja: '訪問の時期', en: 'Visits due' },
  'due.heading-proposals': { ja: '返事・結果待ちの提案', en: 'Proposals waiting' },
  'brief.title': {
    ja: (p) => `${p.space} 訪問の準備（${p.date}）`,
    en: (p) => `Brief for ${p.space} (${p.date})`,
  },
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
  'report.title': { ja: (p) => `活動報告 ${p.range}`, en: (p) => `Activity report ${p.range}` },
  'report.headline': {
    ja: (p) => `成約・協業 ${p.count} 件、金額 ${p.value} ${p.currency}`,
    en: (p) => `Deals and collaborations: ${p.count}, worth ${p.value} ${p.currency}`,
  },
  'report.all-time': { ja: '（全期間）', en: '(all time)' },
  'report.visits-by-mixer': { ja: 'ミキサー別の訪問', en: 'Visits by mixer' },
  'report.visits-by-space': { ja: 'スペース別の訪問', en: 'Visits by space' },
  'report.learned': { ja: '聞き取った内容', en: 'What was learned' },
  'report.learned-line': {
    ja: (p) => `新しい課題 ${p.needs} 件、会ったメンバー ${p.members} 人（その強み ${p.strengths} 件）`,
    en: (p) => `${p.needs} new needs, ${p.members} members met (with ${p.strengths} strengths)`,
  },
  'report.funnel': { ja: '提案の段階と移行率', en: 'Proposals by stage, and conversion' },
  'report.deals': { ja: '成約・協業', en: 'Deals and collaborations' },
  'report.no-deals': {
    ja: 'この期間の成約・協業はありません',
    en: 'no deals or collaborations in this period',
  },
  'report.cross': {
    ja: (p) => `スペースをまたぐ提案: ${p.cross} / ${p.total}（${p.share}）`,
    en: (p) => `proposals across spaces: ${p.cross} of ${p.total} (${p.share})`,
  },
  'report.graph': { ja: '提案でつながったスペース', en: 'Spaces joined by proposals' },
  'col.visits': { ja: '訪問', en: 'visits' },
  'col.cost': { ja: '費用', en: 'cost' },
  'col.stage': { ja: '段階', en: 'stage' },
  'col.count': { ja: '件数', en: 'count' },
  'col.conversion': { ja: '次の段階へ', en: 'to next stage' },
  'col.outcome': { ja: '結果', en: 'outcome' },
  'col.value': { ja: '金額', en: 'value' },
  'col.since': { ja: 'いつから', en: 'since' },
  'col.notes': { ja: 'メモ', en: 'notes' },
  'usage.bad-range': {
    ja: '--since は --until より前の日付にしてください',
    en: '--since must come before --until',
  },

  // --- help: commands and options ------------------------------------------------------------------
  'help.validate': {
    ja: 'データフォルダのすべてのレコードと参照を検査する（問題があれば終了コード 1）',
    en: 'check every record and reference in the data folder (exit 1 on problems)',
  },
  'help.list': {
    ja: '種類ごとにレコードを一覧する（spaces members needs visits mixers proposals）',
    en: 'list the records of one kind (spaces members needs visits mixers proposals)',
  },
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
  'help.status.--outcome': {
    ja: '結果（deal | collaboration | none）',
    en: 'outcome (deal | collaboration | none)',
  },
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
} satisfies Record<string, { ja: Text; en: Text }>;

export type MessageKey = keyof typeof catalogue;

export function t(lang: Lang, key: MessageKey, params: Params = {}): string {
  const entry: Text = catalogue[key][lang];
  return typeof entry === 'function' ? entry(params) : entry;
}

export function isMessageKey(key: string): key is MessageKey {
  return key in catalogue;
}

export function isLang(value: unknown): value is Lang {
  return value === 'ja' || value === 'en';
}

/** The language from the environment (`LANG`, `LC_ALL`), when no flag or setting chose one. */
export function langFromEnv(env: NodeJS.ProcessEnv): Lang | undefined {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  if (/^ja/i.test(value)) return 'ja';
  if (/^en/i.test(value)) return 'en';
  return undefined;
}
