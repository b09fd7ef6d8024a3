// Bad usage, unknown ids, prompt validation, and the errors of the entry point.
import { formsEn, formsJa, inYen, type Messages, takes } from './types.js';

export const usage = {
  'data.missing': takes<'dir'>({
    ja: (p) => `データフォルダ ${p.dir} がありません`,
    en: (p) => `the data folder ${p.dir} does not exist`,
  }),
  'data.not-folder': takes<'dir'>({
    ja: (p) => `${p.dir} はデータフォルダではなくファイルです`,
    en: (p) => `${p.dir} is a file, not a data folder`,
  }),
  'hint.data-file': takes<'source'>({
    ja: (p) => `${p.source} にはファイルではなく、mixer.yaml のあるフォルダを指定してください`,
    en: (p) => `${p.source} names the folder that holds mixer.yaml, not a file in it`,
  }),
  'hint.data-missing': takes<'source' | 'dir'>({
    ja: (p) =>
      `${p.source} が指すパスを確かめてください（そこにデータフォルダを新しく作るなら mixer init ${p.dir}）`,
    en: (p) => `check the path ${p.source} names (to make a new data folder there: mixer init ${p.dir})`,
  }),
  'hint.data-none': {
    ja: 'mixer.yaml のあるフォルダで実行するか、--data DIR か MIXER_DATA で指定してください（新しく作るなら mixer init DIR）',
    en: 'run it in a folder with a mixer.yaml, or name one with --data DIR or MIXER_DATA (mixer init DIR makes a new one)',
  },
  'usage.flag-empty': takes<'flag'>({
    ja: (p) => `${p.flag} が空です`,
    en: (p) => `${p.flag} is empty`,
  }),
  'usage.flag-needs': takes<'flag' | 'needed'>({
    ja: (p) =>
      `${p.flag} は ${p.needed} と一緒に指定してください（${p.needed} がないと記録する場所がありません）`,
    en: (p) => `${p.flag} goes with ${p.needed} (without ${p.needed} there is nowhere to record it)`,
  }),
  'usage.version-alone': takes<'arg'>({
    ja: (p) => `--version はほかの引数と一緒には使えません（「${p.arg}」）`,
    en: (p) => `--version takes nothing else (got "${p.arg}")`,
  }),
  'hint.version-alone': {
    ja: 'バージョンは mixer --version だけで表示します',
    en: 'mixer --version alone prints the version',
  },
  'hint.version-or-help': {
    ja: 'バージョンは mixer --version、使い方は mixer --help で表示します',
    en: 'mixer --version alone prints the version, mixer --help the usage',
  },
  'usage.flag-line-break': takes<'flag'>({
    ja: (p) => `${p.flag} に改行があります。${p.flag} は 1 行で書きます`,
    en: (p) => `${p.flag} has a line break; it takes one line`,
  }),
  'hint.flag-line-break': takes<'more'>({
    ja: (p) => (p.more ? `改行を消してください。長い説明は ${p.more} に書けます` : '改行を消してください'),
    en: (p) => (p.more ? `remove the line break; longer text goes in ${p.more}` : 'remove the line break'),
  }),
  'usage.flag-control-char': takes<'flag' | 'char' | 'escaped' | 'at'>({
    ja: (p) => `${p.flag} の ${p.at} 文字目に制御文字 ${p.char}（${p.escaped}）があります`,
    en: (p) => `${p.flag} has a control character ${p.char} (${p.escaped}) at character ${p.at}`,
  }),
  'usage.flag-too-long': takes<'flag' | 'length' | 'max'>({
    ja: (p) => `${p.flag} が長すぎます（${p.length} 文字、最大 ${p.max} 文字）`,
    en: (p) => `${p.flag} is too long: ${p.length} characters, at most ${p.max}`,
  }),
  'usage.out-not-folder': takes<'out'>({
    ja: (p) => `--out の ${p.out} はフォルダではありません（同じ名前のファイルがあります）`,
    en: (p) => `--out ${p.out} is not a folder (a file has that name)`,
  }),
  'hint.out-folder': {
    ja: '別のフォルダを指定してください（例: mixer schema --out schemas）',
    en: 'name another folder (for example mixer schema --out schemas)',
  },
  'usage.stdout-json': {
    ja: '--stdout と --json は一緒に使えません（--stdout は手紙そのものを出力し、何も書きません）',
    en: '--stdout and --json do not go together (--stdout prints the letter itself and writes nothing)',
  },
  'hint.stdout-json': {
    ja: '手紙を見るなら --stdout だけ、書いたファイルを JSON で知るなら --json だけを付けてください',
    en: 'use --stdout alone to see the letter, or --json alone to get the files written as JSON',
  },
  'usage.unknown-kind': takes<'kind'>({
    ja: (p) => `種類「${p.kind}」はありません`,
    en: (p) => `there is no kind "${p.kind}"`,
  }),
  'usage.status-kind': takes<'kind'>({
    ja: (p) => `--status は needs と proposals の一覧だけに使えます（${p.kind} には状態がありません）`,
    en: (p) => `--status is for needs and proposals only (${p.kind} have no status)`,
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
  'usage.bad-line': { ja: 'コマンドラインを読めません', en: 'the command line cannot be read' },
  'error.unexpected': takes<'detail'>({
    ja: (p) => `予期しないエラー: ${p.detail}`,
    en: (p) => `unexpected error: ${p.detail}`,
  }),
  'hint.report': {
    ja: 'MIXER_DEBUG=1 で詳細を表示できます。再現手順と一緒に報告してください',
    en: 'MIXER_DEBUG=1 shows details; please report it with the steps to reproduce',
  },
  'usage.unknown-id': takes<'flag' | 'kind' | 'id'>({
    ja: (p) => `${p.flag ? `${p.flag}: ` : ''}${p.kind}「${p.id}」はありません`,
    en: (p) => `${p.flag ? `${p.flag}: ` : ''}no ${p.kind} with the id "${p.id}"`,
  }),
  'usage.id-of-other-kind': takes<'flag' | 'id' | 'is' | 'wanted'>({
    ja: (p) =>
      `${p.flag ? `${p.flag}: ` : ''}「${p.id}」は${p.is}の ID です。ここには${p.wanted}の ID を指定してください`,
    en: (p) => `${p.flag ? `${p.flag}: ` : ''}"${p.id}" is a ${p.is}'s id; this takes a ${p.wanted}'s id`,
  }),
  'hint.id-of-name': takes<'ids'>({
    ja: (p) => `名前ではなく ID で指定してください: ${p.ids}`,
    en: (p) => `give the id, not the name: ${p.ids}`,
  }),
  'hint.unknown-id': takes<'similar' | 'command'>({
    ja: (p) =>
      p.similar ? `もしかして: ${p.similar}（一覧は ${p.command}）` : `一覧は ${p.command} で確認できます`,
    en: (p) =>
      p.similar ? `did you mean: ${p.similar}? (${p.command} lists them)` : `${p.command} lists them`,
  }),
  'hint.command-help': takes<'command'>({
    ja: (p) => `${p.command} --help で使い方を表示します`,
    en: (p) => `${p.command} --help shows the usage`,
  }),
  'hint.closest': takes<'values'>({
    ja: (p) => `もしかして: ${p.values}`,
    en: (p) => `did you mean ${p.values}?`,
  }),
  'usage.bad-pair': takes<'flag' | 'value'>({
    ja: (p) => `${p.flag} は「ID:テキスト」の形です（「${p.value}」）`,
    en: (p) => `${p.flag} takes ID:TEXT (got "${p.value}")`,
  }),
  'hint.bad-pair': takes<'flag'>({
    ja: (p) => `例: ${p.flag} "hirano-cafe:看板を新しくしたい"（全角の「：」も使えます）`,
    en: (p) => `for example ${p.flag} "hirano-cafe:a new shop sign"`,
  }),
  'input.owner-do-not-contact': takes<'id'>({
    ja: (p) => `${p.id} は連絡しない設定です。課題は記録しますが、この課題に提案はできません`,
    en: (p) => `${p.id} is marked do_not_contact: the need is recorded, but no proposal can be made for it`,
  }),
  'input.visit-recorded': takes<'file'>({
    ja: (p) =>
      `同じ日・同じスペース・同じミキサーの訪問が ${p.file} に記録済みです。同じ訪問なら、書かずにそのファイルを直してください`,
    en: (p) =>
      `a visit of this space on this day by this mixer is recorded already in ${p.file}; if it is the same visit, edit that file instead`,
  }),
  'input.future-date': takes<'date'>({
    ja: (p) => `${p.date} は今日より後の日付です。このまま記録します（違っていたらファイルを直してください）`,
    en: (p) => `${p.date} is after today; it is recorded as given (correct the file if it is wrong)`,
  }),
  'usage.date-weekday': takes<'flag' | 'value' | 'date' | 'weekday'>({
    ja: (p) => `${p.flag} の「${p.value}」: ${p.date} は${p.weekday}です`,
    en: (p) => `${p.flag}: "${p.value}": ${p.date} is a ${p.weekday}`,
  }),
  'hint.date-weekday': {
    ja: '日付か曜日のどちらかが違っています。正しい日付を書いてください（曜日は省略できます）',
    en: 'the date or the weekday is wrong; write the right date (the weekday may be left out)',
  },
  'usage.bad-date': takes<'flag' | 'value'>({
    ja: (p) => `${p.flag} の「${p.value}」は日付として読めません`,
    en: (p) => `${p.flag}: "${p.value}" is not a date`,
  }),
  'hint.date-forms': {
    ja: '2026-11-20、2026/11/20、2026年11月20日、11/20、11月20日、今日、昨日 の形で書けます',
    en: 'write it as 2026-11-20, 2026/11/20, 11/20, today or yesterday',
  },
  'usage.bad-amount': takes<'flag' | 'value'>({
    ja: (p) => `${p.flag} の「${p.value}」は金額として読めません`,
    en: (p) => `${p.flag}: "${p.value}" is not an amount`,
  }),
  'usage.too-large': takes<'flag' | 'value' | 'max'>({
    ja: (p) => `${p.flag} の「${p.value}」は大きすぎます（${p.max} まで）`,
    en: (p) => `${p.flag}: "${p.value}" is too large (at most ${p.max})`,
  }),
  'hint.amount-forms': takes<'currency'>({
    ja: (p) =>
      inYen(p.currency)
        ? '30000、30,000、3万、1.5万、¥30,000、30,000円 の形で書けます（小数は 2 桁まで）'
        : `${formsJa(p.currency)} の形で書けます（${p.currency}、小数は 2 桁まで）`,
    en: (p) =>
      inYen(p.currency)
        ? 'write it as 30000, 30,000 or ¥30,000 (at most two decimals)'
        : `write it as ${formsEn(p.currency)} (in ${p.currency}, at most two decimals)`,
  }),
  'usage.amount-other-currency': takes<'flag' | 'value' | 'written' | 'currency'>({
    ja: (p) =>
      `${p.flag} の「${p.value}」は ${p.written} の書き方です。このフォルダの金額は ${p.currency} です`,
    en: (p) =>
      `${p.flag}: "${p.value}" is written in ${p.written}; this folder's amounts are in ${p.currency}`,
  }),
  'input.read-as': takes<'flag' | 'input' | 'value'>({
    ja: (p) => `${p.flag} 「${p.input}」→ ${p.value}`,
    en: (p) => `${p.flag} "${p.input}" → ${p.value}`,
  }),
  'usage.bad-id': takes<'id'>({
    ja: (p) => `「${p.id}」は ID に使えません（英小文字・数字・ハイフン）`,
    en: (p) => `"${p.id}" is not a valid id (lower-case letters, digits, hyphens)`,
  }),
  'hint.id-form': { ja: '例: hirano-cafe、mx-sato', en: 'for example hirano-cafe or mx-sato' },
  'usage.bad-choice': takes<'flag' | 'value' | 'choices'>({
    ja: (p) => `${p.flag} に「${p.value}」は使えません。使えるのは ${p.choices}`,
    en: (p) => `${p.flag} does not take "${p.value}"; it takes ${p.choices}`,
  }),
  'invalid.count': { ja: '0 以上の整数を入力してください（全角も可）', en: 'enter a whole number' },
  'invalid.amount': takes<'currency'>({
    ja: (p) =>
      inYen(p.currency)
        ? '金額を入力してください（30000、3万、¥30,000 など）'
        : `${p.currency} の金額を入力してください（${formsJa(p.currency)} など）`,
    en: (p) =>
      inYen(p.currency)
        ? 'enter an amount (30000, 30,000 …)'
        : `enter an amount in ${p.currency} (${formsEn(p.currency)})`,
  }),
  'invalid.too-large': takes<'max'>({
    ja: (p) => `大きすぎます（${p.max} まで）`,
    en: (p) => `too large (at most ${p.max})`,
  }),
  'usage.missing-argument': takes<'name'>({
    ja: (p) => `引数 ${p.name} が足りません`,
    en: (p) => `missing the argument ${p.name}`,
  }),
  'usage.option-missing-argument': takes<'flag'>({
    ja: (p) => `${p.flag} の値がありません`,
    en: (p) => `${p.flag} needs a value`,
  }),
  'usage.unknown-option': takes<'flag'>({
    ja: (p) => `${p.flag} というオプションはありません`,
    en: (p) => `there is no option ${p.flag}`,
  }),
  'usage.too-many-arguments': takes<'expected' | 'got' | 'extra'>({
    ja: (p) => `引数が多すぎます（${p.expected} 個のところ ${p.got} 個）。余分なもの: ${p.extra}`,
    en: (p) =>
      `too many arguments (${p.got} where ${p.expected} ${Number(p.expected) === 1 ? 'is' : 'are'} taken); the extra: ${p.extra}`,
  }),
  // (a value with a space typed without quotes, `--name 山田 太郎`, is the usual cause)
  'hint.too-many-arguments': takes<'command'>({
    ja: (p) =>
      `空白を含む値は "山田 太郎" のように引用符で囲んでください。使い方は ${p.command} --help で表示します`,
    en: (p) => `quote a value that holds a space ("Taro Yamada"); ${p.command} --help shows the usage`,
  }),
  'usage.unknown-command': takes<'name'>({
    ja: (p) => `${p.name} というコマンドはありません`,
    en: (p) => `there is no command ${p.name}`,
  }),
  'usage.missing-flag': takes<'flag'>({
    ja: (p) => `${p.flag} が必要です（端末でないので質問できません）`,
    en: (p) => `${p.flag} is required when not running interactively`,
  }),
  'usage.missing-flags': takes<'flags' | 'count'>({
    ja: (p) => `${p.flags} が必要です（端末でないので質問できません）`,
    en: (p) => `${p.flags} ${Number(p.count) === 1 ? 'is' : 'are'} required when not running interactively`,
  }),
  'usage.flag-list': takes<'first' | 'last'>({
    ja: (p) => `${p.first} と ${p.last}`,
    en: (p) => `${p.first} and ${p.last}`,
  }),
  'usage.flag-list-separator': { ja: '、', en: ', ' },
  'hint.missing-flags': takes<'example' | 'command'>({
    ja: (p) => `例: ${p.example}（使い方は ${p.command} --help）`,
    en: (p) => `for example: ${p.example} (${p.command} --help shows the usage)`,
  }),
  'usage.no-id-from-name': takes<'name'>({
    ja: (p) => `名前「${p.name}」から ID を作れません。--id を指定してください`,
    en: (p) => `no id can be made from the name "${p.name}"; give --id`,
  }),
  'usage.id-taken': takes<'id'>({
    ja: (p) => `ID「${p.id}」はすでに使われています`,
    en: (p) => `the id "${p.id}" is already taken`,
  }),
  'usage.not-met': takes<'flag' | 'id'>({
    ja: (p) => `${p.flag}: 「${p.id}」はこの訪問で会った人（--met）にもスペースにもいません`,
    en: (p) => `${p.flag}: "${p.id}" is neither among the members met (--met) nor the space`,
  }),
  'invalid.date': {
    ja: '日付を入力してください（2026-11-20、11/20、今日 など）',
    en: 'enter a date (2026-11-20, 11/20, today …)',
  },
  'invalid.id': {
    ja: '英小文字・数字・ハイフンで入力してください',
    en: 'use lower-case letters, digits and hyphens',
  },
  'input.one-line': takes<'question' | 'lines'>({
    ja: (p) =>
      `「${p.question}」は 1 行で答えます。貼り付けた ${p.lines} 行を 1 行につないだので、直して Enter（そのままでもかまいません）`,
    en: (p) =>
      `"${p.question}" takes one line: the ${p.lines} pasted lines are joined into one below; edit them or press Enter`,
  }),
  'invalid.empty': { ja: '空にはできません', en: 'must not be empty' },
  'invalid.taken': { ja: 'その ID はすでに使われています', en: 'that id is already taken' },
  'usage.since-after-today': takes<'since' | 'today'>({
    ja: (p) => `--since（${p.since}）が今日（${p.today}）より後です`,
    en: (p) => `--since (${p.since}) is after today (${p.today})`,
  }),
  'hint.since-after-today': {
    ja: '今日より後の日付を数えるには --until も指定してください',
    en: 'to count dates after today, give --until as well',
  },
  'usage.bad-range': {
    ja: '--since は --until より前の日付にしてください',
    en: '--since must come before --until',
  },
} satisfies Messages;
