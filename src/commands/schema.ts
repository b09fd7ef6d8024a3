// mixer schema: one JSON Schema per kind, generated from the zod schemas.
import path from 'node:path';
import type { Context } from '../context.js';
import { jsonSchemas } from '../records/json-schema.js';
import { writeFiles } from '../store/files.js';

export async function run(ctx: Context, flags: { out?: string; json?: boolean }): Promise<number> {
  const schemas = jsonSchemas();
  if (flags.json) {
    ctx.json('schema', { schemas });
    return 0;
  }
  const out = path.resolve(ctx.io.cwd, flags.out ?? path.join(ctx.dir, 'schemas'));
  const written = writeFiles(
    out,
    Object.fromEntries(schemas.map((s) => [s.file, `${JSON.stringify(s.schema, null, 2)}\n`])),
  );
  for (const file of written) ctx.io.stdout(file);
  ctx.io.stderr(ctx.t('write.done', { count: schemas.length }));
  return 0;
}
