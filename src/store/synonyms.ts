// The synonym table mixer ships, compiled at build time from Sudachi's synonym dictionary
// (scripts/build-data.mjs): the text of `dist/data/synonyms.tsv`, read once per process.
import fs from 'node:fs';
import { ROOT } from '../util/package.js';

const TABLE = new URL('dist/data/synonyms.tsv', ROOT);
let cached: string | undefined;

export function synonymTableText(): string {
  cached ??= fs.readFileSync(TABLE, 'utf8');
  return cached;
}
