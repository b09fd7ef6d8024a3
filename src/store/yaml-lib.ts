// The yaml library, loaded on first use: a run whose files all come from the record cache never
// needs it, and loading it is a good part of a short command's time.
import { createRequire } from 'node:module';

type Yaml = typeof import('yaml');
let lib: Yaml | undefined;

export function yaml(): Yaml {
  lib ??= createRequire(import.meta.url)('yaml') as Yaml;
  return lib;
}
