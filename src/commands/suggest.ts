// mixer suggest: strength–need pairings, best first, as a table or as JSON.
import type { Context } from '../context.js';
import { Matcher } from '../match/engine.js';
import {
  DEFAULT_LIMIT,
  DEFAULT_MIN_SCORE,
  DEFAULT_PER_HELPER,
  DEFAULT_PER_NEED,
  type MatchOptions,
} from '../match/types.js';
import type { DataFolder } from '../store/folder.js';
import { partyName } from '../store/folder.js';
import { wordReason, wordReasons } from '../ui/reasons.js';
import { renderTable } from '../ui/table.js';
import { matchInput } from './match-input.js';

export interface SuggestFlags {
  need?: string;
  helper?: string;
  space?: string;
  limit?: number;
  minScore?: number;
  perHelper?: number;
  all?: boolean;
  json?: boolean;
}

/** Loads the folder for matching; records that did not load are left out, with a warning. */
export async function loadForMatching(ctx: Context): Promise<DataFolder> {
  const folder = await ctx.load();
  if (folder.problems.length)
    ctx.io.stderr(ctx.io.color.yellow(`! ${ctx.t('load.problems', { count: folder.problems.length })}`));
  return folder;
}

export function matchOptions(ctx: Context, folder: DataFolder, flags: SuggestFlags): MatchOptions {
  const { records } = folder;
  if (flags.need && !records.needs.has(flags.need))
    throw ctx.unknownId('unknown.need', flags.need, records.needs.keys());
  if (flags.helper && !records.members.has(flags.helper) && !records.spaces.has(flags.helper))
    throw ctx.unknownId('unknown.helper', flags.helper, [
      ...records.members.keys(),
      ...records.spaces.keys(),
    ]);
  if (flags.space && !records.spaces.has(flags.space))
    throw ctx.unknownId('unknown.space', flags.space, records.spaces.keys());
  return {
    needs: flags.need ? [flags.need] : undefined,
    helper: flags.helper,
    space: flags.space,
    minScore: flags.minScore ?? DEFAULT_MIN_SCORE,
    limit: flags.limit ?? DEFAULT_LIMIT,
    perHelper: flags.perHelper ?? DEFAULT_PER_HELPER,
    perNeed: DEFAULT_PER_NEED,
    all: flags.all ?? false,
  };
}

/**
 * A score as a bar of ten. ASCII on purpose: block characters are "ambiguous width" and take two
 * columns in many Japanese terminals, which would break the table's alignment.
 */
function bar(score: number): string {
  const filled = Math.round(score * 10);
  return `${'#'.repeat(filled)}${'.'.repeat(10 - filled)} ${score.toFixed(2)}`;
}

export async function run(ctx: Context, flags: SuggestFlags): Promise<number> {
  const folder = await loadForMatching(ctx);
  const options = matchOptions(ctx, folder, flags);
  const suggestions = new Matcher(matchInput(folder)).suggest(options);
  if (flags.json) {
    // `reasons` in words for people, `evidence` as data for scripts
    ctx.json(
      suggestions.map((s) => ({ ...s, reasons: wordReasons(s.reasons, ctx.lang), evidence: s.reasons })),
    );
    return 0;
  }
  if (suggestions.length === 0) {
    ctx.io.stderr(ctx.t('suggest.none'));
    ctx.io.stderr(`  → ${ctx.t('hint.suggest-none')}`);
    return 0;
  }
  const columns = [
    { header: ctx.t('col.need'), max: 30 },
    { header: ctx.t('col.owner'), max: 18 },
    { header: ctx.t('col.helper'), max: 18 },
    { header: ctx.t('col.score'), max: 16 },
    { header: ctx.t('col.reason'), max: 70 },
  ];
  const rows = suggestions.map((s) => [
    `${s.need}`,
    partyName(folder, s.owner),
    `${partyName(folder, s.helper)}`,
    bar(s.score),
    s.reasons[0] ? wordReason(s.reasons[0], ctx.lang) : '',
  ]);
  ctx.io.stdout(renderTable(columns, rows, (h) => ctx.io.color.bold(h)));
  ctx.io.stderr(
    ctx.io.color.dim(ctx.t('suggest.footer', { count: suggestions.length, min: options.minScore })),
  );
  return 0;
}
