// Loads a whole data folder, each file the record cache does not hold checked with the zod
// schemas (docs/format.md). The loading itself is load-core.ts, which loads no zod.
import type { z } from 'zod';
import { FILE_SCHEMAS } from '../records/schemas.js';
import type { DataFolder } from './folder.js';
import { type Checks, type LoadOptions, loadChecked } from './load-core.js';
import { schemaProblems } from './schema-issues.js';

export type { LoadOptions } from './load-core.js';

/** The checks of the data format: a value's schema by its kind, its problems worded from zod's issues. */
const formatChecks: Checks = {
  check(kind, value, source) {
    const schema: z.ZodType = FILE_SCHEMAS[kind];
    const parsed = schema.safeParse(value);
    return parsed.success
      ? { data: parsed.data }
      : { problems: schemaProblems(parsed.error.issues, value, schema, source) };
  },
};

/** Loads a data folder. */
export function loadDataFolder(dir: string, options: LoadOptions = {}): DataFolder {
  return loadChecked(dir, options, formatChecks);
}
