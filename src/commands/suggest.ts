// mixer suggest: strength–need pairings, best first, as a table or as JSON.

import type { Context } from '../context.js';
import type { MatchOptions, Suggestion } from '../match/types.js';
import { DEFAULT_LIMIT, DEFAULT_MIN_SCORE, DEFAULT_PER_HELPER, DEFAULT_PER_NEED } from '../match/weights.js';
import type { DataFolder } from '../store/folder.js';
import { partyName } from '../store/folder.js';
import { scoreText, wordReasons } from '../ui/reasons.js';
import { type Cell, type Column, renderTable } from '../ui/table.js';
import type { Lang } from '../util/lang.js';
import { printableCell } from '../util/printable.js';
import { checkRef } from './flags.js';
import { folderMatcher } from './match-input.js';
import { pairingJson } from './pairing-json.js';

export interface SuggestFlags {
  need?: string;
  helper?: string;
  space?: string;
  limit?: number;
  minScore?: number;
  perHelper?: number;
  all?: boolean;
  wide?: boolean;
  json?: boolean;
}

/** Loads the folder for matching; records that did not load are left out, with a warning (ctx.load). */
export async function loadForMatching(ctx: Context): Promise<DataFolder> {
  return ctx.load();
}

export function matchOptions(ctx: Context, folder: DataFolder, flags: SuggestFlags): MatchOptions {
  const need = flags.need && checkRef(ctx, folder, 'needs', flags.need, '--need');
  const helper = flags.helper && checkRef(ctx, folder, 'owner', flags.helper, '--helper');
  const space = flags.space && checkRef(ctx, folder, 'spaces', flags.space, '--space');
  return {
    needs: need ? [need] : undefined,
    helper: helper || undefined,
    space: space || undefined,
    minScore: flags.minScore ?? DEFAULT_MIN_SCORE,
    limit: flags.limit ?? DEFAULT_LIMIT,
    perHelper: flags.perHelper ?? DEFAULT_PER_HELPER,
    perNeed: DEFAULT_PER_NEED,
    all: flags.all ?? false,
  };
}

/**
 * The words that met, from both sides: `英語のメニュー ⇔ 英語への翻訳` (the need's words, then the
 * helper's), from the matcher's reasons; without any, the helper's strength that answers the need.
 * (⇔, not ↔: ↔ is an emoji character, which string-width counts two columns and terminals draw in
 * one.)
 */
export function matchedWords(s: Pick<Suggestion, 'reasons' | 'strength'>, lang: Lang = 'ja'): string {
  const pairs: string[] = [];
  const said = new Set<string>();
  const add = (need: string, helper: string) => {
    // (a shared word already said as one side of a concept's pair: 「案内できる人 ⇔ ガイド」, not again 「ガイド」)
    if ([need, helper].every((w) => !w || said.has(w))) return;
    pairs.push(sides(need, helper));
    for (const w of [need, helper]) if (w) said.add(w);
  };
  for (const r of s.reasons) {
    if (r.kind === 'concept' && (r.needWords || r.helperWords)) add(r.needWords, r.helperWords);
    if (r.kind === 'words') for (const w of r.words) add(w.need, w.helper);
  }
  // (`add` says each word once, so no pair comes twice)
  if (pairs.length) return pairs.join(lang === 'ja' ? '、' : ', ');
  return s.strength ? `⇔ ${s.strength}` : '';
}

const sides = (need: string, helper: string) =>
  !need ? `⇔ ${helper}` : !helper || need === helper ? need : `${need} ⇔ ${helper}`;

export async function run(ctx: Context, flags: SuggestFlags): Promise<number> {
  const folder = await loadForMatching(ctx);
  const options = matchOptions(ctx, folder, flags);
  const suggestions = folderMatcher(folder).suggest(options);
  if (flags.json) {
    ctx.json(
      'suggest',
      suggestions.map((s) => pairingJson(s, ctx.lang)),
    );
    return 0;
  }
  if (suggestions.length === 0) {
    ctx.io.stderr(ctx.t('suggest.none'));
    ctx.io.stderr(`  → ${ctx.t('hint.suggest-none')}`);
    return 0;
  }
  const c = ctx.io.color;
  const oneNeed = options.needs?.length === 1;
  if (oneNeed) {
    // The same need on every row: said once, above the table.
    const need = folder.records.needs.get(options.needs![0]!)!;
    ctx.io.stdout(
      ctx.t('suggest.for-need', {
        title: need.data.title,
        id: need.id,
        owner: partyName(folder, need.data.owner),
      }),
    );
  }
  const named = (name: string, id: string): Cell =>
    name === id ? [{ text: id, keep: true }] : [name, { text: id, keep: true, style: c.dim }];
  const columns: Array<Column & { cell: (s: Suggestion, rank: number) => Cell }> = [
    { header: '#', align: 'right', cell: (_, rank) => String(rank) },
    ...(oneNeed
      ? []
      : [
          {
            header: ctx.t('col.need'),
            fit: 'cut' as const,
            stack: true,
            stackHeader: ctx.t('col.id-of', { column: ctx.t('col.need') }),
            min: 12,
            cell: (s: Suggestion) => named(folder.records.needs.get(s.need)?.data.title ?? s.need, s.need),
          },
        ]),
    ...(flags.wide
      ? [
          {
            header: ctx.t('col.owner'),
            fit: 'cut' as const,
            cell: (s: Suggestion) => partyName(folder, s.owner),
          },
        ]
      : []),
    {
      header: ctx.t('col.helper'),
      fit: 'cut',
      stack: true,
      stackHeader: ctx.t('col.id-of', { column: ctx.t('col.helper') }),
      min: 10,
      cell: (s) => named(partyName(folder, s.helper), s.helper),
    },
    { header: ctx.t('col.score'), align: 'right', cell: (s) => scoreText(s.score) },
    { header: ctx.t('col.words'), fit: 'wrap', min: 16, priority: 2, cell: (s) => matchedWords(s, ctx.lang) },
    ...(flags.wide
      ? [
          {
            header: ctx.t('col.reason'),
            fit: 'wrap' as const,
            cell: (s: Suggestion) => wordReasons(s.reasons, ctx.lang),
          },
        ]
      : []),
  ];
  // (what a record holds is shown, never acted on: util/printable.ts)
  const rows = suggestions.map((s, i) => columns.map((column) => printableCell(column.cell(s, i + 1))));
  ctx.io.stdout(renderTable(columns, rows, { width: ctx.width(flags.wide), header: c.bold }));
  const first = suggestions[0]!;
  ctx.io.stderr(c.dim(ctx.t('suggest.footer', { count: suggestions.length, min: options.minScore })));
  ctx.io.stderr(`  → ${ctx.t('hint.propose', { command: `mixer propose ${first.need} ${first.helper}` })}`);
  return 0;
}
