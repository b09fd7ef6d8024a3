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

  return program;
}
