// mixer schema: one JSON Schema per kind, generated from the zod schemas.
import fs from 'node:fs';
import path from 'node:path';
import type { Context } from '../context.js';
import { jsonSchemas } from '../records/json-schema.js';
import { writeFileAtomic } from '../store/atomic.js';

export async function run(ctx: Context, flags: { out?: string; json?: boolean }): Promise<number> {
  const schemas = jsonSchemas();
  if (flags.json) {
    ctx.json(Object.fromEntries(schemas.map((s) => [s.file, s.schema])));
    return 0;
  }
  const out = path.resolve(ctx.io.cwd, flags.out ?? path.join(ctx.dir, 'schemas'));
  fs.mkdirSync(out, { recursive: true });
  for (const s of schemas) {
    writeFileAtomic(path.join(out, s.file), `${JSON.stringify(s.schema, null, 2)}\n`);
    ctx.io.stdout(path.join(out, s.file));
  }
  ctx.io.stderr(ctx.t('write.done', { count: schemas.length }));
  return 0;
}
