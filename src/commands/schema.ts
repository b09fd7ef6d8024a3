// mixer schema: one JSON Schema per kind, generated from the zod schemas.
import path from 'node:path';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { jsonSchemas } from '../records/json-schema.js';
import { fsError } from '../store/change.js';
import { notAFolderOnTheWay, writeFiles } from '../store/files.js';
import { printableLine } from '../util/printable.js';

export async function run(ctx: Context, flags: { out?: string; json?: boolean }): Promise<number> {
  const schemas = jsonSchemas();
  if (flags.json) {
    ctx.json('schema', { schemas });
    return 0;
  }
  const out = path.resolve(ctx.io.cwd, flags.out ?? path.join(ctx.dir, 'schemas'));
  // A file (or a file on the way) where the folder should be: bad usage, said so, not a crash.
  const blocking = notAFolderOnTheWay(out);
  if (blocking)
    throw new UsageError(
      ctx.t('usage.out-not-folder', { out: printableLine(blocking) }),
      ctx.t('hint.out-folder'),
    );
  let written: string[];
  try {
    written = writeFiles(
      out,
      Object.fromEntries(schemas.map((s) => [s.file, `${JSON.stringify(s.schema, null, 2)}\n`])),
    );
  } catch (error) {
    throw fsError(error, printableLine(path.relative(ctx.io.cwd, out) || '.'));
  }
  for (const file of written) ctx.io.stdout(file);
  ctx.io.stderr(ctx.t('write.done', { count: schemas.length }));
  return 0;
}
