#!/usr/bin/env node
// Build step after `tsc`: compiles the data mixer ships into `dist/data/`, so that a command
// reads small JSON/text files instead of parsing YAML or a 14 MB dictionary at run time.
//
// - glossary.json: every `glossary/*.yaml`, checked with the zod schema and merged, without
//   the terms, which are in glossary-term-lists.json by concept (most commands never read them);
//   glossary-terms.json: the terms compiled for lookup (src/match/concepts.ts `compileTerm`);
//   concept-index.tsv: the concept index's lookup lists made from them (`prepareTerms`).
// - synonyms.tsv: the part of Sudachi's synonym dictionary (sudachi-synonyms-dictionary,
//   Apache-2.0) that matching can use: one line per normalised word, sorted, with the
//   groups it belongs to as `group.vocabulary` (same vocabulary = a spelling variant,
//   abbreviation or translation; same group only = a near synonym). A key starting with `~` is
//   a word Sudachi does not expand from (ambiguous, like バイト: part-time job or byte): it
//   meets the other words of its group but never another `~` word. Names of companies,
//   people, universities and the like are left out.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist', 'data');
const { normalize } = await import(path.join(root, 'dist', 'util', 'normalize.js'));
const { glossary: glossarySchema } = await import(path.join(root, 'dist', 'records', 'schemas.js'));
const { compileTerm, packTerm, prepareTerms, writePreparedTerms } = await import(
  path.join(root, 'dist', 'match', 'concepts.js')
);
fs.mkdirSync(out, { recursive: true });

/** Writes a file whole or not at all. */
function writeAtomic(file, text) {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}

// --- glossary ---------------------------------------------------------------------------------
const glossaryDir = path.join(root, 'glossary');
const glossary = {};
/** The concepts of glossary/languages.yaml, whose countries are read in more forms (below). */
const languageConcepts = [];
for (const name of fs
  .readdirSync(glossaryDir)
  .filter((n) => n.endsWith('.yaml'))
  .sort()) {
  const result = glossarySchema.safeParse(parse(fs.readFileSync(path.join(glossaryDir, name), 'utf8')));
  if (!result.success) {
    console.error(
      `glossary/${name}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
    process.exit(1);
  }
  for (const [id, concept] of Object.entries(result.data)) {
    if (glossary[id]) {
      console.error(`glossary/${name}: the concept ${id} is defined twice`);
      process.exit(1);
    }
    glossary[id] = concept;
    if (name === 'languages.yaml') languageConcepts.push(concept);
  }
}
// Where people come from names the language they speak, and so does a counterpart in business
// there or word from there (glossary/languages.yaml): each country a language names as 「Xから来」
// is also read in these forms, written out here once rather than for every country.
const COUNTRY_FORMS = [
  'のバイヤー',
  'の取引先',
  'の業者',
  // 「Xの人」 and 「Xの会社」 only before a particle: not 中国の人口, 韓国の人気, アメリカの会社員
  ...['の人が', 'の人に', 'の人と', 'の人を', 'の人は', 'の人も', 'の人たち', 'の人向け', 'の人から'],
  ...['の会社から', 'の会社と'],
  ...['から問い合わせ', 'から連絡', 'からメール'],
];
/** Forms that mean something else: 中国 is also a region of Japan (中国地方の業者). */
const NOT_A_COUNTRY_FORM = new Set(['中国の業者']);
for (const concept of languageConcepts) {
  const countries = concept.terms
    .filter((t) => t.endsWith('から来'))
    .map((t) => t.slice(0, -'から来'.length));
  for (const country of countries)
    for (const form of COUNTRY_FORMS) {
      const term = country + form;
      if (!NOT_A_COUNTRY_FORM.has(term) && !concept.terms.includes(term)) concept.terms.push(term);
    }
}
const concepts = {};
const termLists = {};
for (const [id, { terms, ...concept }] of Object.entries(glossary)) {
  concepts[id] = concept;
  termLists[id] = terms;
}
writeAtomic(path.join(out, 'glossary.json'), JSON.stringify(concepts));
writeAtomic(path.join(out, 'glossary-term-lists.json'), JSON.stringify(termLists));
// Its terms compiled for lookup, so that a command does not normalise thousands of them again.
const compiled = {};
for (const concept of Object.values(glossary))
  for (const term of concept.terms) {
    if (compiled[term] !== undefined) continue;
    const c = compileTerm(term);
    compiled[term] = c && packTerm(c);
  }
writeAtomic(path.join(out, 'glossary-terms.json'), JSON.stringify(compiled));
// And its lookup lists, so that a command with no glossary of its own does not make them again.
writeAtomic(path.join(out, 'concept-index.tsv'), writePreparedTerms(prepareTerms(glossary, compiled)));

// --- synonyms ---------------------------------------------------------------------------------
const require = createRequire(import.meta.url);
// The package exports only its loader; the JSON sits beside its package.json.
const dictionaryFile = path.join(
  path.dirname(require.resolve('sudachi-synonyms-dictionary')),
  'sudachi-synonyms-dictionary.json',
);
const SKIP_FIELDS = new Set([
  '企業名',
  '旧企業名',
  '人名',
  '大学名',
  '組織名',
  '旧組織名',
  '店名',
  'キャラ',
  '不快',
]);
const groups = JSON.parse(fs.readFileSync(dictionaryFile, 'utf8'));
/** @type {Map<string, Set<string>>} */
const byWord = new Map();
let kept = 0;
for (const group of groups) {
  const words = [];
  for (const item of group.items) {
    // 1: not a trigger of expansion (ambiguous words), 2: kept only as a deletion record
    if (item.expandControl === 2 || item.bunya.some((b) => SKIP_FIELDS.has(b))) continue;
    const word = normalize(item.midashi);
    const ascii = /^[\x20-\x7e]+$/.test(word);
    if (word.length < (ascii ? 3 : 2) || /^[0-9\s]+$/.test(word) || word.includes('\t')) continue;
    const key = `${Number(group.id).toString(36)}.${(item.vocabularyNumber ?? 0).toString(36)}`;
    words.push([word, item.expandControl === 1 ? `~${key}` : key]);
  }
  // A group of one word relates it to nothing.
  if (new Set(words.map(([w]) => w)).size < 2) continue;
  kept++;
  for (const [word, key] of words) {
    if (!byWord.has(word)) byWord.set(word, new Set());
    byWord.get(word).add(key);
  }
}
const lines = [...byWord]
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([word, keys]) => `${word}\t${[...keys].join(',')}`);
writeAtomic(path.join(out, 'synonyms.tsv'), `${lines.join('\n')}\n`);
const licence = path.join(path.dirname(dictionaryFile), 'LICENSE');
fs.copyFileSync(licence, path.join(out, 'SUDACHI-SYNONYMS-LICENSE'));
console.log(
  `dist/data: ${Object.keys(glossary).length} concepts; ${lines.length} words in ${kept} synonym groups`,
);
