// What each field of the data format means, in Japanese and English, with an example: for the
// JSON Schemas (editors show it on hover) and for docs/format.md. Keyed by the schema's name and the
// field's path (`history[].date`; `*` for the concepts of glossary.yaml); `shared` holds the fields
// several kinds have alike. A test requires an entry for every field the zod schemas declare.

export interface FieldDoc {
  ja: string;
  en: string;
  /** A value as it would be written in the record. */
  example: unknown;
}

/** What a whole file is, by schema name. */
export const FILE_DOCS: Record<string, Omit<FieldDoc, 'example'>> = {
  space: {
    ja: 'コワーキングスペース（実在またはオンライン）。ファイル名が ID です。',
    en: 'A coworking space, real or virtual. The file name is its id.',
  },
  member: {
    ja: 'スペースを使う人、会社、コミュニティ、団体。ファイル名が ID です。',
    en: 'A person, company, community or organisation using the spaces. The file name is its id.',
  },
  need: {
    ja: 'メンバーかスペースのひとつの課題。ファイル名が ID です。',
    en: 'One need of a member or a space. The file name is its id.',
  },
  visit: {
    ja: 'ミキサーのスペース訪問ひとつ。ファイル名が ID です。',
    en: 'One visit of a mixer to a space. The file name is its id.',
  },
  mixer: {
    ja: 'ミキサー（このリポジトリを共有する人）。ファイル名が ID です。',
    en: 'A mixer (one of the people who share this repository). The file name is its id.',
  },
  proposal: {
    ja: '強みと課題の組み合わせの提案ひとつと、その経過。ファイル名が ID です。',
    en: 'One proposed pairing of a strength and a need, and its history. The file name is its id.',
  },
  settings: {
    ja: 'このデータフォルダの設定（mixer.yaml）。',
    en: 'The settings of this data folder (mixer.yaml).',
  },
  glossary: {
    ja: '組み込みの用語集に加える概念（glossary.yaml）。キーが概念の ID です。',
    en: "Concepts that extend mixer's built-in glossary (glossary.yaml), keyed by concept id.",
  },
};

const shared: Record<string, FieldDoc> = {
  name: { ja: '名前', en: 'The name', example: '北上ベース' },
  tags: { ja: '分類のためのタグ', en: 'Tags, for grouping', example: ['飲食', 'food'] },
  notes: {
    ja: 'ミキサー向けのメモ（手紙には出ません）',
    en: 'Notes for the mixers (never printed in a letter)',
    example: '平日の午後が空いている',
  },
  strengths: {
    ja: '強み: 文字列、または {text, tags, share}',
    en: 'Strengths: a string, or {text, tags, share}',
    example: ['ロゴ制作', { text: '英語の翻訳', share: 'public' }],
  },
  'strengths[].text': { ja: '強みの内容', en: 'What the strength is', example: '英語の翻訳' },
  'strengths[].tags': { ja: 'この強みのタグ', en: "This strength's tags", example: ['翻訳'] },
  'strengths[].share': {
    ja: 'この強みを手紙に書いてよいか（public）、ミキサーの間だけか（mixers）',
    en: 'Whether this strength may appear in letters (public) or stays among the mixers (mixers)',
    example: 'public',
  },
  share: {
    ja: '手紙に書いてよいか（public）、ミキサーの間だけか（mixers）',
    en: 'May appear in letters (public), or stays among the mixers (mixers)',
    example: 'public',
  },
  do_not_contact: {
    ja: 'true なら連絡しない（提案の候補にもなりません）',
    en: 'When true, never contacted (and never proposed)',
    example: true,
  },
  visit_every_days: {
    ja: '訪問の間隔（日）',
    en: 'Days between visits',
    example: 14,
  },
  spaces: {
    ja: '所属するスペースの ID',
    en: 'The ids of the spaces it belongs to',
    example: ['kitakami-base'],
  },
  email: { ja: 'メールアドレス', en: 'Email address', example: 'hello@example.jp' },
  phone: { ja: '電話番号', en: 'Phone number', example: '0197-00-0000' },
  url: { ja: 'ウェブサイトの URL', en: 'Website URL', example: 'https://example.jp' },
};

const FIELD_DOCS: Record<string, Record<string, FieldDoc>> = {
  space: {
    kind: {
      ja: '種類: physical（建物のある拠点）、virtual（オンラインだけ）、hybrid（両方）。既定は physical',
      en: 'Kind: physical (a place in a building), virtual (online only) or hybrid (both); default physical',
      example: 'physical',
    },
    network: { ja: '属するネットワーク', en: 'The network it belongs to', example: 'tohoku-coworking' },
    area: { ja: '所在地（市区町村など）', en: 'Where it is (city, prefecture)', example: '岩手県北上市' },
    contacts: {
      ja: '窓口の人（コミュニティマネージャーなど）',
      en: 'People to talk to (community managers…)',
      example: [{ name: '佐々木', role: 'コミュニティマネージャー' }],
    },
    'contacts[].name': { ja: '窓口の人の名前', en: "The contact's name", example: '佐々木' },
    'contacts[].role': { ja: '役割', en: 'Their role', example: 'コミュニティマネージャー' },
    'contacts[].email': shared.email!,
    'contacts[].phone': shared.phone!,
  },
  member: {
    kind: {
      ja: '種類: person、company、community、organization',
      en: 'Kind: person, company, community or organization',
      example: 'company',
    },
    summary: {
      ja: 'どんな人・会社か（照合にも使います）',
      en: 'Who they are (matching reads it too)',
      example: '北上駅前のカフェ。焼き菓子が人気',
    },
    contact: { ja: '連絡先', en: 'How to reach them', example: { email: 'hello@example.jp' } },
    'contact.email': shared.email!,
    'contact.phone': shared.phone!,
    'contact.url': shared.url!,
    'contact.share': {
      ja: 'この連絡先を手紙に書いてよいか（public）、ミキサーの間だけか（mixers）。既定はメンバーの share',
      en: "Whether these details may be printed in a letter (public) or stay among the mixers (mixers); the member's share by default",
      example: 'public',
    },
    share: {
      ja: '強みと課題の既定の公開範囲: public（手紙に書ける）か mixers（既定）',
      en: 'Default sharing of its strengths and needs: public (may appear in letters) or mixers (default)',
      example: 'public',
    },
    consent: {
      ja: '手紙に名前を出すことへの同意',
      en: 'Consent to be named in letters',
      example: { date: '2026-09-03', note: '口頭で確認' },
    },
    'consent.date': {
      ja: '同意を得た日（YYYY-MM-DD）',
      en: 'When consent was given (YYYY-MM-DD)',
      example: '2026-09-03',
    },
    'consent.note': { ja: '同意についてのメモ', en: 'A note on the consent', example: '口頭で確認' },
  },
  need: {
    owner: {
      ja: '課題を持つメンバーかスペースの ID',
      en: 'The id of the member or space that has the need',
      example: 'hirano-cafe',
    },
    title: { ja: '課題をひとことで', en: 'The need in a line', example: '英語のメニューを作りたい' },
    subject: {
      ja: '手紙で使う、課題を表す短い名詞句（なければ title から作ります）',
      en: 'The need as a short noun phrase for letters (made from the title when not given)',
      example: '英語のメニューづくり',
    },
    detail: { ja: '課題の詳しい説明', en: 'The need in detail', example: '海外からのお客さんが増えてきた' },
    status: {
      ja: '状態: open（未解決、既定）、solved、dropped',
      en: 'Status: open (default), solved or dropped',
      example: 'open',
    },
    share: {
      ja: '公開範囲（既定は持ち主の share）',
      en: "Sharing (default: the owner's share)",
      example: 'mixers',
    },
    visit: {
      ja: '課題を聞いた訪問の ID',
      en: 'The id of the visit where it was heard',
      example: '2026-09-03-kitakami-base',
    },
    since: {
      ja: '課題を聞いた日（YYYY-MM-DD）',
      en: 'When it was heard (YYYY-MM-DD)',
      example: '2026-09-03',
    },
  },
  visit: {
    space: { ja: '訪問したスペースの ID', en: 'The id of the space visited', example: 'kitakami-base' },
    date: { ja: '訪問した日（YYYY-MM-DD）', en: 'The day of the visit (YYYY-MM-DD)', example: '2026-09-03' },
    mixer: { ja: '訪問したミキサーの ID', en: 'The id of the mixer who visited', example: 'mx-sato' },
    mode: { ja: 'onsite（現地）か online', en: 'onsite or online', example: 'onsite' },
    format: { ja: 'interview（聞き取り）か event', en: 'interview or event', example: 'interview' },
    attendees: { ja: '参加者の数', en: 'How many attended', example: 12 },
    met: { ja: '会ったメンバーの ID', en: 'The ids of the members met', example: ['hirano-cafe'] },
    learned: {
      ja: 'この訪問で知ったメンバーの強み（メンバーのファイルではなく訪問のファイルに残すので、同時の記録がぶつかりません）',
      en: "Strengths of members learned at this visit (kept in the visit's file, not the member's, so that records made at once merge)",
      example: [{ member: 'hirano-cafe', strength: '季節のスコーン' }],
    },
    'learned[].member': { ja: 'メンバーの ID', en: "The member's id", example: 'hirano-cafe' },
    'learned[].strength': {
      ja: '強み: 文字列、または {text, tags, share}',
      en: 'The strength: a string, or {text, tags, share}',
      example: '季節のスコーン',
    },
    'learned[].strength.text': { ja: '強みの内容', en: 'What the strength is', example: '季節のスコーン' },
    'learned[].strength.tags': { ja: 'この強みのタグ', en: "This strength's tags", example: ['菓子'] },
    'learned[].strength.share': {
      ja: 'この強みを手紙に書いてよいか（public）、ミキサーの間だけか（mixers）',
      en: 'Whether this strength may appear in letters (public) or stays among the mixers (mixers)',
      example: 'public',
    },
    cost: {
      ja: 'ドロップイン料金など（フォルダの通貨）',
      en: "Drop-in fee and the like, in the folder's currency",
      example: 1000,
    },
  },
  mixer: {
    spaces: {
      ja: '担当するスペースの ID',
      en: 'The ids of the spaces it looks after',
      example: ['kitakami-base'],
    },
    github: { ja: 'GitHub のユーザー名', en: 'GitHub user name', example: 'misaki-sato' },
    email: {
      ja: 'メールアドレス（git config user.email と同じなら訪問の記録で既定になります）',
      en: 'Email address (when it is git config user.email, add-visit takes this mixer by default)',
      example: 'misaki.sato@example.jp',
    },
  },
  proposal: {
    need: { ja: '課題の ID', en: 'The id of the need', example: 'hirano-cafe-logo' },
    helper: {
      ja: '課題を解決できそうな相手（メンバーかスペース）の ID',
      en: 'The id of the party (member or space) who can help',
      example: 'ito-design',
    },
    mixer: { ja: '提案したミキサーの ID', en: 'The id of the mixer who proposed it', example: 'mx-sato' },
    ask_first: {
      ja: '先に打診する側: owner（課題の持ち主、既定）か helper',
      en: "The side asked first: owner (the need's owner, the default) or helper",
      example: 'helper',
    },
    score: { ja: '提案したときの点数（0〜1）', en: 'The score when proposed (0 to 1)', example: 0.72 },
    reasons: {
      ja: '提案したときの理由',
      en: 'The reasons when proposed',
      example: ['課題『ロゴを作りたい』に対して『ロゴ制作』が得意'],
    },
    history: {
      ja: '経過。最後の項目が今の状態',
      en: 'The history; the last entry is the current status',
      example: [
        { date: '2026-09-03', status: 'draft' },
        { date: '2026-09-04', status: 'asked-owner' },
      ],
    },
    'history[].date': {
      ja: 'その状態になった日（YYYY-MM-DD）',
      en: 'When it moved (YYYY-MM-DD)',
      example: '2026-09-03',
    },
    'history[].status': {
      ja: '状態: draft → asked-owner → owner-accepted → asked-helper → helper-accepted → introduced → met → deal | closed（ask_first: helper なら打診の順が逆。どこからでも closed。昔の asked、accepted、declined も有効）',
      en: 'Status: draft → asked-owner → owner-accepted → asked-helper → helper-accepted → introduced → met → deal | closed (the asks swap with ask_first: helper; closed from anywhere; the old asked, accepted, declined stay valid)',
      example: 'asked-owner',
    },
    'history[].note': { ja: 'メモ', en: 'A note', example: '両者にメールで打診' },
    outcome: {
      ja: '結果',
      en: 'How it ended',
      example: { kind: 'deal', value: 90000 },
    },
    'outcome.kind': {
      ja: 'deal（取引）、collaboration（協働）、none',
      en: 'deal, collaboration or none',
      example: 'deal',
    },
    'outcome.value': {
      ja: '金額（フォルダの通貨）',
      en: "The value, in the folder's currency",
      example: 90000,
    },
    'outcome.note': { ja: '結果についてのメモ', en: 'A note on the outcome', example: '春のメニューから' },
  },
  settings: {
    lang: {
      ja: 'メッセージと手紙の言語: ja か en',
      en: 'Language of messages and letters: ja or en',
      example: 'ja',
    },
    visit_every_days: {
      ja: '訪問の間隔の既定（日、既定 15）',
      en: 'Default days between visits (default 15)',
      example: 14,
    },
    currency: { ja: '金額の通貨（既定 JPY）', en: 'Currency of amounts (default JPY)', example: 'JPY' },
    follow_up_days: {
      ja: '返事を待つ日数（既定 14）。過ぎた提案は due に出ます',
      en: 'Days to wait for an answer (default 14); proposals waiting longer show in due',
      example: 14,
    },
  },
  glossary: {
    '*': {
      ja: '概念。キーが概念の ID',
      en: 'A concept, keyed by its id',
      example: { label: { ja: '酒造り', en: 'Sake brewing' }, terms: ['酒蔵', '日本酒', 'sake'] },
    },
    '*.label': { ja: '表示名', en: 'Its label', example: { ja: '酒造り', en: 'Sake brewing' } },
    '*.label.ja': { ja: '日本語の表示名', en: 'Japanese label', example: '酒造り' },
    '*.label.en': { ja: '英語の表示名', en: 'English label', example: 'Sake brewing' },
    '*.terms': {
      ja: 'この概念を表す言葉（どの言語でも）',
      en: 'Words and phrases, in any language, that mean this concept',
      example: ['酒蔵', '日本酒', 'sake'],
    },
    '*.broader': { ja: 'より広い概念の ID', en: 'The id of a broader concept', example: 'food' },
    '*.solves': {
      ja: 'この概念を持つ人が解決できる課題の概念の ID',
      en: "The ids of need-concepts this concept's holders can solve",
      example: ['customer-acquisition'],
    },
    '*.exclusive': {
      ja: 'true なら、より狭い概念どうしは互いの代わりになりません（言語、楽器など）',
      en: 'When true, its narrower concepts are alternatives: one does not answer another (languages, instruments)',
      example: true,
    },
    '*.context': {
      ja: 'true なら、この概念は何を提供・必要とするかではなく、誰か・どこか（子ども、高齢者、北海道など）を表します。照合ではあまり重く見ません',
      en: 'When true, it says whom or where (children, the elderly, Hokkaido), not what is offered or needed; matching weighs it little',
      example: true,
    },
    '*.nearby': {
      ja: 'true なら、この概念（と、false としないより狭い概念）は出向いて使う場所です（会場、貸しキッチンなど）。課題と別の都道府県にある助け手は低く見ます',
      en: 'When true, it and its narrower concepts (unless one says false) are places one goes to (venues, kitchens to rent): a helper in another prefecture than the need counts less',
      example: true,
    },
    '*.proper': {
      ja: 'true なら、英語の表示名は固有名詞（言語、地名、名前）で始まり、文の途中でも大文字のままにします（English、Hokkaido など）。ほかの表示名は文の途中では小文字で始めます',
      en: 'When true, its English label begins with a proper noun (a language, a place, a name) and keeps its capital inside a sentence (English, Hokkaido); other labels start lower-case there',
      example: true,
    },
    '*.apart': {
      ja: 'true なら、排他的な仲間（exclusive）の一員でも、仲間を一般に名指す課題（「外国語対応」「言葉の壁」）には答えません（外国人向けの日本語など）。この概念を名指す課題には答えます',
      en: 'When true, it is a member of an exclusive family that a need naming the family in general ("foreign languages", "a language barrier") does not ask for (Japanese for non-native speakers); a need that names it is still answered',
      example: true,
    },
    '*.usual': {
      ja: 'true なら、排他的な仲間（exclusive）のうち、仲間を一般に名指す課題（「外国語対応」）がたいてい求める一員です（英語など）。ほかの一員はそうした課題にいくらか低く見ます',
      en: 'When true, it is the member of an exclusive family that a need naming the family in general ("foreign languages") usually means (English); the other members count a little less for such a need',
      example: true,
    },
  },
};

/** The description of a field: the schema's own, else the shared one; undefined when none. */
export function fieldDoc(schema: string, path: string): FieldDoc | undefined {
  return FIELD_DOCS[schema]?.[path] ?? shared[path];
}
