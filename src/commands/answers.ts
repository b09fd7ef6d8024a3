// Before a record is written in a terminal: every answer shown, any one of them asked again, as
// often as needed, then written or given up. Nobody types everything again for one wrong title.
import type { Context } from '../context.js';
import type { FileChange } from '../store/change.js';
import { displayWidth, padWidth, wrapWidth } from '../util/text.js';
import { plannedLabel } from './writing.js';

/** One answer that can be corrected. */
export interface Field {
  /** Unique among the fields shown together. */
  key: string;
  /** What the answer is (訪問日, 課題 1 …). */
  label: string;
  /** The answer as a person reads it; '' when there is none. */
  show: () => string;
  /** Asks again (the current answer as the default) and keeps the new answer. */
  ask: () => Promise<void>;
}

export const WRITE = '\u0000write';
export const CANCEL = '\u0000cancel';

/**
 * An answer's lines in the summary: wrapped to the terminal's width, every line after the first
 * indented to where the answers start (a long note must not run back under the labels). None for
 * an empty answer.
 */
function answerLines(answer: string, indent: number, columns: number): string[] {
  if (answer === '') return [];
  // (too narrow a terminal for labels and answers side by side: at least a short run of words)
  const room = Math.max(20, columns - indent);
  return wrapWidth(answer, room).map((line, i) => (i === 0 ? line : ' '.repeat(indent) + line));
}

/**
 * Shows the answers and the files they write, and lets the user correct any answer until they
 * write or cancel. True to write.
 */
export async function reviewAnswers(
  ctx: Context,
  fields: () => Field[],
  files: () => Promise<FileChange[]> | FileChange[],
  /** What the user should know before writing these answers (a visit already recorded …). */
  warnings: () => string[] = () => [],
): Promise<boolean> {
  const c = ctx.io.color;
  for (;;) {
    const list = fields();
    const width = Math.max(...list.map((f) => displayWidth(f.label)));
    ctx.io.stderr(c.bold(ctx.t('answers.title')));
    for (const f of list) {
      const [first, ...rest] = answerLines(f.show(), 2 + width + 2, ctx.width());
      ctx.io.stderr(`  ${padWidth(f.label, width)}  ${first ?? c.dim(ctx.t('answers.none'))}`);
      for (const line of rest) ctx.io.stderr(line);
    }
    ctx.io.stderr(c.bold(ctx.t('write.summary')));
    for (const change of await files()) ctx.io.stderr(`  ${plannedLabel(ctx, change)}`);
    for (const warning of warnings()) ctx.io.stderr(c.yellow(`! ${warning}`));
    const picked = await ctx.prompter.select(ctx.t('answers.question'), [
      { name: ctx.t('answers.write'), value: WRITE },
      ...list.map((f) => ({ name: ctx.t('answers.fix', { label: f.label }), value: f.key })),
      { name: ctx.t('answers.cancel'), value: CANCEL },
    ]);
    if (picked === WRITE) return true;
    if (picked === CANCEL) return false;
    await list.find((f) => f.key === picked)?.ask();
  }
}
