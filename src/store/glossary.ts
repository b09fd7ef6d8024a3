// The concept glossary: the built-in one shipped with mixer, plus a data folder's additions.
import fs from 'node:fs';
import type { Problem, Said } from '../errors.js';
import type { Glossary } from '../records/schemas.js';
import { normalize } from '../util/normalize.js';
import { ROOT } from '../util/package.js';
import { fieldPath } from './field-path.js';
import { said } from './said.js';
import type { SourceFile } from './source.js';

// Compiled at build time from glossary/*.yaml (scripts/build-data.mjs), checked there with the
// zod schema: a command reads JSON, not YAML, and does not check it again. The concepts and their
// terms are in two files: a command that finds terms through the lookup lists made at build time
// (concept-index.tsv) never reads the terms, which are most of the glossary.
const DEFAULT_GLOSSARY = new URL('dist/data/glossary.json', ROOT);
let cached: Glossary | undefined;

const DEFAULT_TERM_LISTS = new URL('dist/data/glossary-term-lists.json', ROOT);
let cachedTermLists: Record<string, string[]> | undefined;

const termLists = () => {
  cachedTermLists ??= JSON.parse(fs.readFileSync(DEFAULT_TERM_LISTS, 'utf8')) as Record<string, string[]>;
  return cachedTermLists;
};

const DEFAULT_TERMS = new URL('dist/data/glossary-terms.json', ROOT);
let cachedTerms: Record<string, unknown> | undefined;

const DEFAULT_INDEX = new URL('dist/data/concept-index.tsv', ROOT);
let cachedIndex: string | undefined;

/** The built-in glossary's lookup lists made at build time (the matcher's `writePreparedTerms`). */
export function defaultConceptIndexText(): string {
  cachedIndex ??= fs.readFileSync(DEFAULT_INDEX, 'utf8');
  return cachedIndex;
}

/** The built-in glossary's terms compiled for lookup at build time (the matcher's `compileTerm`). */
export function defaultGlossaryTerms(): Record<string, unknown> {
  cachedTerms ??= JSON.parse(fs.readFileSync(DEFAULT_TERMS, 'utf8')) as Record<string, unknown>;
  return cachedTerms;
}

/**
 * The built-in glossary: every `glossary/*.yaml`, one area of concepts each. Each concept's
 * `terms` are read from their own file the first time any concept's terms are asked for.
 */
export function defaultGlossary(): Glossary {
  if (!cached) {
    const concepts = JSON.parse(fs.readFileSync(DEFAULT_GLOSSARY, 'utf8')) as Record<string, object>;
    for (const [id, concept] of Object.entries(concepts))
      Object.defineProperty(concept, 'terms', { enumerable: true, get: () => termLists()[id] ?? [] });
    cached = concepts as Glossary;
  }
  return cached;
}

/** Whether a glossary is the built-in one, unchanged: then its index was made at build time. */
export function isBuiltInGlossary(glossary: Glossary): boolean {
  return cached !== undefined && glossary === cached;
}

/**
 * A folder's concept with a built-in id extends it (more terms and solves); a new id adds a concept.
 * With nothing to add, `base` itself (so a folder without concepts of its own has the built-in one).
 */
export function mergeGlossaries(base: Glossary, extra: Glossary): Glossary {
  if (Object.keys(extra).length === 0) return base;
  const merged: Glossary = { ...base };
  for (const [id, concept] of Object.entries(extra)) {
    const known = merged[id];
    merged[id] = known
      ? {
          label: concept.label,
          terms: [...new Set([...known.terms, ...concept.terms])],
          broader: concept.broader ?? known.broader,
          solves: [...new Set([...(known.solves ?? []), ...(concept.solves ?? [])])],
          exclusive: concept.exclusive ?? known.exclusive,
          context: concept.context ?? known.context,
          nearby: concept.nearby ?? known.nearby,
          proper: concept.proper ?? known.proper,
          apart: concept.apart ?? known.apart,
          usual: concept.usual ?? known.usual,
        }
      : concept;
  }
  return merged;
}

/**
 * Problems of a glossary: unknown ids in broader/solves, a term claimed by two concepts, broader
 * cycles. `own` are the concepts written in `source`; `all` is the merged glossary.
 */
export function glossaryProblems(
  own: Glossary,
  all: Glossary,
): Array<{ path: PropertyKey[]; message: Said; code: string }> {
  const found: Array<{ path: PropertyKey[]; message: Said; code: string }> = [];
  const owner = new Map<string, string>();
  for (const [id, concept] of Object.entries(all))
    for (const term of concept.terms) {
      const key = normalize(term);
      if (!owner.has(key)) owner.set(key, id);
    }
  for (const [id, concept] of Object.entries(own)) {
    if (concept.broader && !all[concept.broader])
      found.push({
        path: [id, 'broader'],
        message: said('problem.glossary-unknown', { id: concept.broader }),
        code: 'glossary.unknown',
      });
    concept.solves?.forEach((target, i) => {
      if (!all[target])
        found.push({
          path: [id, 'solves', i],
          message: said('problem.glossary-unknown', { id: target }),
          code: 'glossary.unknown',
        });
    });
    concept.terms.forEach((term, i) => {
      const other = owner.get(normalize(term));
      if (other && other !== id)
        found.push({
          path: [id, 'terms', i],
          message: said('problem.glossary-term-twice', { term, other }),
          code: 'glossary.term-twice',
        });
    });
    const chain = [id];
    for (let next = concept.broader; next && all[next]; next = all[next]!.broader) {
      if (chain.includes(next)) {
        found.push({
          path: [id, 'broader'],
          message: said('problem.glossary-cycle', { path: [...chain, next].join(' → ') }),
          code: 'glossary.cycle',
        });
        break;
      }
      chain.push(next);
    }
  }
  return found;
}

export function checkGlossary(own: Glossary, all: Glossary, source: SourceFile): Problem[] {
  return glossaryProblems(own, all).map(({ path, message, code }) => {
    const pos = source.positionAt(path);
    return {
      file: source.file,
      line: pos.line,
      col: pos.col,
      field: fieldPath(path),
      message,
      code,
    };
  });
}
