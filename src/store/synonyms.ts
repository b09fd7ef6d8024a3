// The synonym table mixer ships, compiled at build time from Sudachi's synonym dictionary
// (scripts/build-data.mjs). Read once per process: one file read and one split.
import fs from 'node:fs';
import { SynonymTable } from '../match/synonyms.js';

const TABLE = new URL('../../dist/data/synonyms.tsv', import.meta.url);
let cached: SynonymTable | undefined;

export function loadSynonyms(): SynonymTable {
  cached ??= new SynonymTable(fs.readFileSync(TABLE, 'utf8'));
  return cached;
}
