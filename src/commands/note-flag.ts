// The text of a --note, which goes into a letter (propose) or a proposal's history (status) as it is
// typed. Apart from flags.ts, since it loads the schemas' text rules (and zod with them), which a
// run such as suggest that reads every record from the cache never needs.
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { forbiddenCharacter, TEXT_LIMITS } from '../records/text.js';
import { codePointName, escapeChar } from '../util/printable.js';

/**
 * Text of a flag that goes into a letter as it is, checked in no record (propose --note): no
 * character a record may not hold (an escape sequence, a bidirectional override; line feeds and
 * tabs are text), and no longer than a note of a record.
 */
export function refuseUnsafeText(ctx: Context, flag: string, value: string | undefined): void {
  if (value === undefined) return;
  const found = forbiddenCharacter(value, true);
  if (found) {
    const error = new UsageError(
      ctx.t('usage.flag-control-char', {
        flag,
        char: codePointName(found.char),
        escaped: escapeChar(found.char),
        at: found.index + 1,
      }),
      ctx.t('hint.control-char'),
    );
    error.code = 'usage.flag-control-char';
    throw error;
  }
  const length = [...value].length;
  if (length > TEXT_LIMITS.note) {
    const error = new UsageError(
      ctx.t('usage.flag-too-long', { flag, length, max: TEXT_LIMITS.note }),
      ctx.t('hint.command-help', { command: ctx.command }),
    );
    error.code = 'usage.flag-too-long';
    throw error;
  }
}
