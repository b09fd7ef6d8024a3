// mixer validate: every problem of the folder, all at once; exit 1 when there are any.
import type { Context } from '../context.js';
import { EXIT_FAILED, EXIT_OK, formatProblem } from '../errors.js';
import { recordCount } from '../store/folder.js';

export async function run(ctx: Context, options: { json?: boolean }): Promise<number> {
  const folder = await ctx.load();
  const { problems } = folder;
  if (options.json) {
    ctx.json(problems);
    return problems.length ? EXIT_FAILED : EXIT_OK;
  }
  if (problems.length === 0) {
    ctx.io.stderr(ctx.io.color.green(ctx.t('validate.ok', { dir: folder.dir, count: recordCount(folder) })));
    return EXIT_OK;
  }
  const c = ctx.io.color;
  for (const p of problems)
    ctx.io.stdout(
      formatProblem(p)
        .replace(`${p.file}:${p.line}:${p.col}`, c.bold(`${p.file}:${p.line}:${p.col}`))
        .replace(p.hint ? `(${p.hint})` : '\u0000', c.dim(`(${p.hint})`)),
    );
  const files = new Set(problems.map((p) => p.file)).size;
  ctx.io.stderr(c.red(ctx.t('validate.failed', { problems: problems.length, files })));
  ctx.io.stderr(`  → ${ctx.t('validate.next')}`);
  return EXIT_FAILED;
}
