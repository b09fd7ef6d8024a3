// The integrity npm records for a file, apart from own-package.ts: the command line reads the
// version from there on every run and should not load node:crypto for it.
import { createHash } from 'node:crypto';
import fs from 'node:fs';

/** The integrity npm records for a file (sha512, base64); throws the error of a file it cannot read. */
export function fileIntegrity(file: string): string {
  return `sha512-${createHash('sha512').update(fs.readFileSync(file)).digest('base64')}`;
}
