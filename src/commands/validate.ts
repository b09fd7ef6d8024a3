// mixer validate: every problem of the folder, all at once; exit 1 when there are any.
import type { Context } from '../context.js';
import { EXIT_FAILED, EXIT_OK } from '../errors.js';
import { recordCount } from '../store/folder.js';
import { oneLineEndProblem } from '../store/line-ends.js';
import { wordProblem } from '../ui/words.js';

export async function run(ctx: Context, options: { json?: boolean }): Promise<number> {
  const folder = await ctx.load({ quiet: true });
  const problems = folder.problems.map((p) => wordProblem(ctx.lang, p));
  if (options.json) {
    ctx.json('validate', problems);
    return problems.length ? EXIT_FAILED : EXIT_OK;
  }
  if (problems.length === 0) {
    ctx.io.stderr(ctx.io.color.green(ctx.t('validate.ok', { dir: folder.dir, count: recordCount(folder) })));
    return EXIT_OK;
  }
  const c = ctx.io.color;
  // CRLF files are one line, with the fix: counted as the one problem printed, in every file it names.
  const printed = oneLineEndProblem(folder.problems).map((p) => wordProblem(ctx.lang, p));
  for (const p of printed) {
    const field = p.field ? `  ${p.field}` : '';
    const hint = p.hint ? `  ${c.dim(`(${p.hint})`)}` : '';
    ctx.io.stdout(`${c.bold(`${p.file}:${p.line}:${p.col}`)}${field}  ${p.message}${hint}`);
  }
  const files = new Set(problems.map((p) => p.file)).size;
  ctx.io.stderr(c.red(ctx.t('validate.failed', { problems: printed.length, files })));
  ctx.io.stderr(`  → ${ctx.t('validate.next')}`);
  return EXIT_FAILED;
}
