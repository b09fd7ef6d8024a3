// Every sentence a person reads, in Japanese and English. Keys are grouped by where they are used.
export type Lang = 'ja' | 'en';
type Params = Record<string, string | number>;
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
    en: (p) => `✓ ${p.dir}: ${p.count} records, no problems`,
  },
  'validate.failed': {
    ja: (p) => `✗ ${p.problems} 件の問題（${p.files} ファイル）`,
    en: (p) => `✗ ${p.problems} problems in ${p.files} files`,
  },
  'validate.next': {
    ja: '直したら mixer validate をもう一度実行してください',
    en: 'fix them and run mixer validate again',
  },
  'load.problems': {
    ja: (p) => `データフォルダに ${p.count} 件の問題があります。mixer validate で一覧できます`,
    en: (p) => `the data folder has ${p.count} problems; mixer validate lists them`,
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
    ja: (p) => `${p.flag} には数値を指定してください（「${p.value}」）`,
    en: (p) => `${p.flag} takes a number (got "${p.value}")`,
  },
  'usage.help': { ja: 'mixer --help で使い方を表示します', en: 'mixer --help shows the usage' },
  'show.unknown': {
    ja: (p) => `ID「${p.id}」のレコードはありません`,
    en: (p) => `no record with the id "${p.id}"`,
  },
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

  // --- list / show ------------------------------------------------------------------------------
  'list.empty': { ja: (p) => `${p.kind}はまだありません`, en: (p) => `no ${p.kind} records yet` },
  'list.count': { ja: (p) => `${p.count} 件`, en: (p) => `${p.count} records` },
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
      `${p.count} pairings (minimum score ${p.min}). mixer propose <need> <helper> writes a proposal`,
  },
  'suggest.unknown-need': {
    ja: (p) => `課題「${p.id}」はありません`,
    en: (p) => `no need with the id "${p.id}"`,
  },
  'suggest.unknown-helper': {
    ja: (p) => `スペースかメンバー「${p.id}」はありません`,
    en: (p) => `no space or member with the id "${p.id}"`,
  },
  'suggest.unknown-space': {
    ja: (p) => `スペース「${p.id}」はありません`,
    en: (p) => `no space with the id "${p.id}"`,
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
} satisfies Record<string, { ja: Text; en: Text }>;

export type MessageKey = keyof typeof catalogue;

export function t(lang: Lang, key: MessageKey, params: Params = {}): string {
  const entry: Text = catalogue[key][lang];
  return typeof entry === 'function' ? entry(params) : entry;
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
