// mixer schema: one JSON Schema per kind, generated from the zod schemas.
import fs from 'node:fs';
import path from 'node:path';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { jsonSchemas } from '../records/json-schema.js';
import { fsError } from '../store/change.js';
import { writeFiles } from '../store/files.js';
import { printableLine } from '../util/printable.js';

export async function run(ctx: Context, flags: { out?: string; json?: boolean }): Promise<number> {
  const schemas = jsonSchemas();
  if (flags.json) {
    ctx.json('schema', { schemas });
    return 0;
  }
  const out = path.resolve(ctx.io.cwd, flags.out ?? path.join(ctx.dir, 'schemas'));
  // A file (or a file on the way) where the folder should be: bad usage, said so, not a crash.
  for (let at = out; ; at = path.dirname(at)) {
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(at);
    } catch {
      // (nothing there, or a file on the way, which a later step names)
    }
    if (stat && !stat.isDirectory())
      throw new UsageError(
        ctx.t('usage.out-not-folder', { out: printableLine(at) }),
        ctx.t('hint.out-folder'),
      );
    if (stat || path.dirname(at) === at) break;
  }
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
