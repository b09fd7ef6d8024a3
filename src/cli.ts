// Declares the command line. Each command's module is loaded only when it runs, so `mixer --help`
// stays fast.
import { Command, InvalidArgumentError, Option } from 'commander';
import { Context, type GlobalOptions } from './context.js';
import type { Lang } from './ui/messages.js';
import type { Io } from './ui/output.js';

type Bilingual = { ja: string; en: string };

/** Help text per command: description and examples, in both languages. */
const HELP: Record<string, { about: Bilingual; examples: string[] }> = {
  validate: {
    about: {
      ja: 'データフォルダのすべてのレコードと参照を検査する（問題があれば終了コード 1）',
      en: 'check every record and reference in the data folder (exit 1 on problems)',
    },
    examples: ['mixer validate', 'mixer validate --json', 'mixer --data ~/team-data validate'],
  },
  list: {
    about: {
      ja: '種類ごとにレコードを一覧する（spaces members needs visits mixers proposals）',
      en: 'list the records of one kind (spaces members needs visits mixers proposals)',
    },
    examples: ['mixer list members', 'mixer list needs --json', 'mixer list proposals --status asked'],
  },
  show: {
    about: {
      ja: 'ひとつのレコードと、それを参照しているレコードを表示する',
      en: 'show one record and the records that refer to it',
    },
    examples: ['mixer show hakata-garage', 'mixer show tanaka-design --json'],
  },
  suggest: {
    about: {
      ja: '強みと課題の組み合わせを良い順に提案する',
      en: 'strength–need pairings, best first',
    },
    examples: [
      'mixer suggest',
      'mixer suggest --need cafe-mori-web --limit 5',
      'mixer suggest --space hakata-garage --json',
      'mixer suggest --min-score 0.2 --all',
    ],
  },
  'add-visit': {
    about: {
      ja: '訪問を記録する（会った人、課題、強みもあわせて）。端末では質問形式',
      en: 'record a visit, with the members met, their needs and strengths; asks in a terminal',
    },
    examples: [
      'mixer add-visit',
      'mixer add-visit --space kitakami-base --date 2026-08-12 --mixer mx-sato --met hirano-cafe --need "hirano-cafe:ロゴを作り直したい" --yes',
      'mixer add-visit --space morioka-hub --strength "kato-photo:ドローン撮影" --branch visit/morioka --commit',
    ],
  },
  'add-space': {
    about: { ja: 'スペースを登録する', en: 'add a space' },
    examples: ['mixer add-space --id hanamaki-lab --name 花巻ラボ --kind physical --area 岩手県花巻市'],
  },
  'add-member': {
    about: {
      ja: 'メンバー（人・会社・コミュニティ・団体）を登録する',
      en: 'add a member (person, company, community, organization)',
    },
    examples: [
      'mixer add-member --id sato-design --name 佐藤デザイン --kind company --space kitakami-base --strength ロゴ制作',
    ],
  },
  'add-need': {
    about: { ja: '課題を登録する', en: 'add a need' },
    examples: ['mixer add-need --owner hirano-cafe --title 英語のメニューを作りたい --share public'],
  },
  'add-mixer': {
    about: { ja: 'ミキサーを登録する', en: 'add a mixer' },
    examples: ['mixer add-mixer --id mx-ito --name 伊藤 学 --email manabu@example.jp --space kitakami-base'],
  },
  propose: {
    about: {
      ja: '提案を作り、双方への打診メールと紹介メールをテンプレートから書く',
      en: 'write a proposal and its letters (an ask to each side, the introduction) from templates',
    },
    examples: [
      'mixer propose gudon-ramen-menu miller-english',
      'mixer propose tanaka-inn-photos kato-photo --note "12月中にお会いできれば" --commit',
      'mixer --lang en propose tanaka-inn-photos kato-photo --stdout',
    ],
  },
  status: {
    about: {
      ja: '提案を次の状態へ進める（draft → asked → accepted | declined → introduced → met → deal | closed）',
      en: 'move a proposal along (draft → asked → accepted | declined → introduced → met → deal | closed)',
    },
    examples: [
      'mixer status 2026-11-gudon-ramen-menu-miller-english asked --note "両者にメールで打診"',
      'mixer status 2026-10-iwate-craft-overseas-miller-english met',
      'mixer status 2026-10-iwate-craft-overseas-miller-english deal --value 120000 --solve',
    ],
  },
  init: {
    about: {
      ja: 'チームのデータリポジトリを作る（設定、種類のフォルダ、README、GitHub のワークフロー、スキーマ）',
      en: "create a team's data repository (settings, kind folders, README, GitHub workflow, schemas)",
    },
    examples: ['mixer init team-data', 'mixer --lang en init .'],
  },
  schema: {
    about: {
      ja: '種類ごとの JSON Schema を書き出す（zod のスキーマから生成）',
      en: 'write a JSON Schema per kind, generated from the zod schemas',
    },
    examples: ['mixer schema', 'mixer schema --out schemas'],
  },
  review: {
    about: {
      ja: 'プルリクエストのレビュー用に、変更を言葉で要約する（Markdown）',
      en: 'describe what a pull request changes, in words, for review (Markdown)',
    },
    examples: [
      'mixer review --base main',
      'mixer review --base origin/main >> "$GITHUB_STEP_SUMMARY"',
      'mixer review --json',
    ],
  },
  due: {
    about: {
      ja: '期限を過ぎたもの: 訪問の時期が来たスペース、返事や結果を待つ提案',
      en: 'what is late: spaces due for a visit, proposals waiting for an answer or an outcome',
    },
    examples: ['mixer due', 'MIXER_TODAY=2026-12-01 mixer due --json'],
  },
  brief: {
    about: { ja: 'スペース訪問の準備メモ（Markdown）', en: 'what to bring to a visit of a space (Markdown)' },
    examples: ['mixer brief kitakami-base'],
  },
  report: {
    about: {
      ja: '期間の活動報告: 訪問と費用、聞き取り、提案の段階と移行率、成約、スペースのつながり（Mermaid）',
      en: 'activity report: visits and costs, what was learned, proposal stages and conversion, deals, a Mermaid graph',
    },
    examples: ['mixer report --since 2026-09-01 --until 2026-11-30', 'mixer report --by space --json'],
  },
  fmt: {
    about: {
      ja: 'レコードを正規の形に整形する（コメントは保つ）。--check は差分のあるファイルを一覧して終了コード 1',
      en: 'rewrite records in canonical form, keeping comments; --check lists the files that differ (exit 1)',
    },
    examples: ['mixer fmt', 'mixer fmt --check'],
  },
  unmatched: {
    about: {
      ja: '候補がひとつもない未解決の課題をスペースごとに一覧する',
      en: 'open needs that have no candidate, by space',
    },
    examples: ['mixer unmatched', 'mixer unmatched --json'],
  },
};

function about(name: string, lang: Lang): string {
  return HELP[name]!.about[lang];
}

function examples(name: string, lang: Lang): string {
  const title = lang === 'ja' ? '例:' : 'Examples:';
  return `\n${title}\n${HELP[name]!.examples.map((e) => `  $ ${e}`).join('\n')}\n`;
}

function parseNumber(flag: string, { min, max, integer }: { min?: number; max?: number; integer?: boolean }) {
  return (value: string): number => {
    const n = Number(value);
    if (
      value.trim() === '' ||
      !Number.isFinite(n) ||
      (integer && !Number.isInteger(n)) ||
      (min !== undefined && n < min) ||
      (max !== undefined && n > max)
    ) {
      const range = [min !== undefined ? `>= ${min}` : '', max !== undefined ? `<= ${max}` : '']
        .filter(Boolean)
        .join(', ');
      throw new InvalidArgumentError(
        `${flag} takes ${integer ? 'a whole number' : 'a number'}${range ? ` (${range})` : ''}`,
      );
    }
    return n;
  };
}

// biome-ignore lint/suspicious/noExplicitAny: commander hands each command its own positional and option types.
type Runner = (ctx: Context, ...args: any[]) => Promise<number> | number;

export function buildProgram(io: Io, lang: Lang, setExit: (code: number) => void): Command {
  const program = new Command('mixer');
  program
    .description(
      lang === 'ja'
        ? 'コミュニティミキサーのための道具: スペースをまたいで強みと課題をつなぐ'
        : 'a tool for community mixers: connect strengths and needs across coworking spaces',
    )
    .option(
      '--data <dir>',
      lang === 'ja'
        ? 'データフォルダ（既定: MIXER_DATA、mixer.yaml のある上位フォルダ、./data）'
        : 'data folder (default: MIXER_DATA, the nearest folder upward with mixer.yaml, ./data)',
    )
    .addOption(
      new Option('--lang <lang>', lang === 'ja' ? 'メッセージの言語' : 'language of messages').choices([
        'ja',
        'en',
      ]),
    )
    .version('0.1.0')
    .exitOverride()
    .showHelpAfterError(false)
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s.trimEnd()),
    });

  const run =
    (loader: () => Promise<{ run: Runner }>) =>
    async (...args: unknown[]) => {
      const command = args[args.length - 1] as Command;
      const globals = program.opts() as GlobalOptions;
      const ctx = new Context(io, globals);
      const mod = await loader();
      // positional arguments, then the command's own options
      setExit(await mod.run(ctx, ...args.slice(0, -2), command.opts()));
    };

  const json = () =>
    new Option('--json', lang === 'ja' ? '結果を JSON で出力する' : 'print the result as JSON');
  const add = (name: string) =>
    program
      .command(name)
      .description(about(name, lang))
      .addHelpText('after', examples(name, lang))
      .exitOverride()
      .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s.trimEnd()) });

  add('validate')
    .addOption(json())
    .action(run(() => import('./commands/validate.js')));

  add('list')
    .argument('<kind>', 'spaces | members | needs | visits | mixers | proposals')
    .option(
      '--status <status>',
      lang === 'ja' ? '状態で絞り込む（needs と proposals）' : 'only this status (needs and proposals)',
    )
    .option(
      '--space <id>',
      lang === 'ja' ? 'このスペースに関わるものだけ' : 'only records tied to this space',
    )
    .addOption(json())
    .action(run(() => import('./commands/list.js')));

  add('show')
    .argument('<id>', lang === 'ja' ? 'レコードの ID（ファイル名）' : 'the record id (its file name)')
    .addOption(json())
    .action(run(() => import('./commands/show.js')));

  add('suggest')
    .option('--need <id>', lang === 'ja' ? 'この課題への候補だけ' : 'only pairings for this need')
    .option('--helper <id>', lang === 'ja' ? 'この助け手の候補だけ' : 'only pairings with this helper')
    .option(
      '--space <id>',
      lang === 'ja'
        ? 'どちらかがこのスペースに属するものだけ'
        : 'only pairings where either side belongs to this space',
    )
    .option(
      '--limit <n>',
      lang === 'ja' ? '最大件数（既定 20）' : 'at most this many (default 20)',
      parseNumber('--limit', { min: 1, integer: true }),
    )
    .option(
      '--min-score <x>',
      lang === 'ja' ? '最低スコア 0〜1（既定 0.3）' : 'minimum score from 0 to 1 (default 0.3)',
      parseNumber('--min-score', { min: 0, max: 1 }),
    )
    .option(
      '--per-helper <n>',
      lang === 'ja'
        ? '一覧でひとりの助け手が出る上限（既定 3）'
        : 'how often one helper may appear in a list (default 3)',
      parseNumber('--per-helper', { min: 1, integer: true }),
    )
    .option(
      '--all',
      lang === 'ja' ? '提案済みの組み合わせも含める' : 'include pairs that already have a proposal',
    )
    .addOption(json())
    .action(run(() => import('./commands/suggest.js')));

  add('unmatched')
    .option(
      '--min-score <x>',
      lang === 'ja' ? '最低スコア 0〜1（既定 0.3）' : 'minimum score from 0 to 1 (default 0.3)',
      parseNumber('--min-score', { min: 0, max: 1 }),
    )
    .addOption(json())
    .action(run(() => import('./commands/unmatched.js')));

  const writeOptions = (command: Command) =>
    command
      .option('--yes', lang === 'ja' ? '確認せずに書き込む' : 'write without asking for confirmation')
      .option(
        '--commit',
        lang === 'ja' ? '書いたファイルだけを git にコミットする' : 'commit exactly the files written',
      )
      .option(
        '--branch <name>',
        lang === 'ja' ? '先にこの名前のブランチを作って切り替える' : 'first create and switch to this branch',
      )
      .addOption(json());
  const list = (value: string, previous: string[] = []) => [...previous, value];
  const ja = lang === 'ja';

  writeOptions(
    add('add-visit')
      .option('--space <id>', ja ? '訪問したスペース' : 'the space visited')
      .option(
        '--date <date>',
        ja ? '訪問日 YYYY-MM-DD（既定: 今日）' : 'date of the visit, YYYY-MM-DD (default: today)',
      )
      .option(
        '--mixer <id>',
        ja
          ? '訪問したミキサー（既定: git の user.email と同じ email のミキサー）'
          : 'the mixer (default: the one whose email is git user.email)',
      )
      .option('--mode <mode>', 'onsite | online')
      .option('--format <format>', 'interview | event')
      .option(
        '--attendees <n>',
        ja ? '参加人数' : 'number of attendees',
        parseNumber('--attendees', { min: 0, integer: true }),
      )
      .option('--cost <amount>', ja ? 'ドロップイン料金' : 'drop-in fee', parseNumber('--cost', { min: 0 }))
      .option('--notes <text>', ja ? 'メモ' : 'notes')
      .option('--met <id>', ja ? '会ったメンバー（繰り返し可）' : 'a member met (repeatable)', list)
      .option('--need <owner:title>', ja ? '聞いた課題（繰り返し可）' : 'a need learned (repeatable)', list)
      .option(
        '--strength <member:text>',
        ja ? 'メンバーの強み（繰り返し可）' : "a member's strength (repeatable)",
        list,
      ),
  ).action(run(() => import('./commands/add-visit.js')));

  writeOptions(
    add('add-space')
      .option('--id <id>', ja ? 'ID（既定: 英字の名前から）' : 'id (default: made from an ASCII name)')
      .option('--name <name>', ja ? '名前' : 'name')
      .option('--kind <kind>', 'physical | virtual | hybrid')
      .option('--area <area>', ja ? '地域' : 'area')
      .option('--network <name>', ja ? 'ネットワーク' : 'network')
      .option('--url <url>', 'URL')
      .option(
        '--visit-every-days <n>',
        ja ? '訪問間隔（日）' : 'visit every N days',
        parseNumber('--visit-every-days', { min: 1, integer: true }),
      )
      .option('--strength <text>', ja ? '強み（繰り返し可）' : 'a strength (repeatable)', list)
      .option('--tag <tag>', ja ? 'タグ（繰り返し可）' : 'a tag (repeatable)', list),
  ).action(run(() => import('./commands/add-space.js')));

  writeOptions(
    add('add-member')
      .option('--id <id>', ja ? 'ID（既定: 英字の名前から）' : 'id (default: made from an ASCII name)')
      .option('--name <name>', ja ? '名前' : 'name')
      .option('--kind <kind>', 'person | company | community | organization')
      .option('--space <id>', ja ? '所属スペース（繰り返し可）' : 'a space (repeatable)', list)
      .option('--summary <text>', ja ? 'ひとこと紹介' : 'summary')
      .option('--strength <text>', ja ? '強み（繰り返し可）' : 'a strength (repeatable)', list)
      .option('--tag <tag>', ja ? 'タグ（繰り返し可）' : 'a tag (repeatable)', list)
      .option('--share <share>', 'public | mixers')
      .option('--email <email>', 'email')
      .option('--phone <phone>', ja ? '電話' : 'phone')
      .option('--url <url>', 'URL'),
  ).action(run(() => import('./commands/add-member.js')));

  writeOptions(
    add('add-need')
      .option(
        '--id <id>',
        ja ? 'ID（既定: 持ち主とタイトルから）' : 'id (default: made from owner and title)',
      )
      .option('--owner <id>', ja ? '持ち主（メンバーかスペース）' : 'owner (member or space)')
      .option('--title <text>', ja ? '課題（一行で）' : 'the need, in one line')
      .option('--detail <text>', ja ? '詳しく' : 'details')
      .option('--tag <tag>', ja ? 'タグ（繰り返し可）' : 'a tag (repeatable)', list)
      .option('--share <share>', 'public | mixers')
      .option('--since <date>', ja ? 'いつからの課題か（既定: 今日）' : 'since when (default: today)')
      .option('--visit <id>', ja ? '聞いた訪問' : 'the visit it was learned at'),
  ).action(run(() => import('./commands/add-need.js')));

  writeOptions(
    add('add-mixer')
      .option('--id <id>', ja ? 'ID（既定: 英字の名前から）' : 'id (default: made from an ASCII name)')
      .option('--name <name>', ja ? '名前' : 'name')
      .option('--email <email>', 'email')
      .option('--github <user>', 'GitHub')
      .option('--space <id>', ja ? '担当スペース（繰り返し可）' : 'a space covered (repeatable)', list)
      .option('--strength <text>', ja ? '強み（繰り返し可）' : 'a strength (repeatable)', list),
  ).action(run(() => import('./commands/add-mixer.js')));

  writeOptions(
    add('propose')
      .argument('<need>', ja ? '課題の ID' : 'the need id')
      .argument('<helper>', ja ? '助け手（メンバーかスペース）の ID' : 'the helper id (member or space)')
      .option(
        '--mixer <id>',
        ja
          ? '担当するミキサー（既定: git の user.email と同じ email のミキサー）'
          : 'the mixer (default: the one whose email is git user.email)',
      )
      .option('--note <text>', ja ? '手紙に添えるひとこと' : 'a personal line for the letters')
      .option(
        '--template <dir>',
        ja ? 'テンプレートのフォルダ（DIR/ja/ask.md など）' : 'a folder of templates (DIR/en/ask.md …)',
      )
      .option(
        '--stdout',
        ja ? '書き込まず、手紙を標準出力に出す' : 'print the letters instead of writing anything',
      ),
  ).action(run(() => import('./commands/propose.js')));

  writeOptions(
    add('status')
      .argument('<proposal>', ja ? '提案の ID' : 'the proposal id')
      .argument('<status>', 'draft | asked | accepted | declined | introduced | met | deal | closed')
      .option('--date <date>', ja ? '日付（既定: 今日）' : 'date (default: today)')
      .option('--note <text>', ja ? 'メモ' : 'a note')
      .option(
        '--force',
        ja ? '誤りの訂正として、順番に関係なく記録する' : 'record a move out of order, as a correction',
      )
      .option(
        '--outcome <kind>',
        ja ? '結果（deal | collaboration | none）' : 'outcome (deal | collaboration | none)',
      )
      .option(
        '--value <amount>',
        ja ? '金額（フォルダの通貨）' : "value in the folder's currency",
        parseNumber('--value', { min: 0 }),
      )
      .option('--solve', ja ? '課題も解決済みにする' : 'also mark the need solved')
      .option('--no-solve', ja ? '課題はそのままにする' : 'leave the need open'),
  ).action(run(() => import('./commands/status.js')));

  add('init')
    .argument('[dir]', ja ? '作るフォルダ（既定: 今のフォルダ）' : 'the folder (default: this one)')
    .addOption(json())
    .action(run(() => import('./commands/init.js')));

  add('schema')
    .option(
      '--out <dir>',
      ja
        ? '書き出すフォルダ（既定: データフォルダの schemas/）'
        : 'where to write (default: schemas/ in the data folder)',
    )
    .addOption(json())
    .action(run(() => import('./commands/schema.js')));

  add('review')
    .option('--base <ref>', ja ? '比べる基準（既定: main）' : 'the base to compare with (default: main)')
    .addOption(json())
    .action(run(() => import('./commands/review.js')));

  add('due')
    .addOption(json())
    .action(run(() => import('./commands/due.js')));

  add('brief')
    .argument('<space>', ja ? 'スペースの ID' : 'the space id')
    .addOption(json())
    .action(run(() => import('./commands/brief.js')));

  add('report')
    .option('--since <date>', ja ? 'この日から' : 'from this date')
    .option('--until <date>', ja ? 'この日まで' : 'up to this date')
    .option('--by <what>', 'mixer | space')
    .addOption(json())
    .action(run(() => import('./commands/report.js')));

  add('fmt')
    .option(
      '--check',
      ja
        ? '書き換えずに、差分のあるファイルを一覧する（あれば終了コード 1）'
        : 'list the files that differ without writing (exit 1 if any)',
    )
    .addOption(json())
    .action(run(() => import('./commands/fmt.js')));

  return program;
}
