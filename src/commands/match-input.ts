// From a loaded data folder to the matcher's plain input, and the matcher with its cache.

import { hash } from 'node:crypto';
import { ConceptIndex, type PackedTerm, readPreparedTerms } from '../match/concepts.js';
import { Matcher } from '../match/engine.js';
import { SynonymTable } from '../match/synonyms.js';
import type { AnalysisMemo, MatchInput, Offer, Outcome, PartyInput } from '../match/types.js';
import { NAME as NAME_WEIGHT, SUMMARY as SUMMARY_WEIGHT, TAGS as TAGS_WEIGHT } from '../match/weights.js';
import { isSuccess } from '../records/lifecycle.js';
import { learnedStrengths, strengthParts, strengthsOf } from '../records/parties.js';
import type { Glossary, Proposal } from '../records/schemas.js';
import { SignedCache } from '../store/cache.js';
import { analysisFingerprint } from '../store/fingerprint.js';
import type { DataFolder } from '../store/folder.js';
import { defaultConceptIndexText, defaultGlossaryTerms, isBuiltInGlossary } from '../store/glossary.js';
import { synonymTableText } from '../store/synonyms.js';

/** What a party offers: its strengths, its summary, its tags and its name (which often says its trade). */
function offers(
  name: string,
  strengths: Parameters<typeof strengthParts>[0][] | undefined,
  summary?: string,
  tags?: string[],
): Offer[] {
  const list: Offer[] = (strengths ?? []).map((s) => {
    const part = strengthParts(s, 'mixers');
    return { text: part.text, tags: part.tags, weight: 1 };
  });
  if (summary?.trim()) list.push({ text: summary, tags: [], weight: SUMMARY_WEIGHT, summary: true });
  if (tags?.length) list.push({ text: '', tags, weight: TAGS_WEIGHT });
  list.push({ text: name, tags: [], weight: NAME_WEIGHT, summary: true, name: true });
  return list;
}

let table: SynonymTable | undefined;

/** The shipped synonym table, made once per process; its file is read at the first lookup. */
export function synonyms(): SynonymTable {
  table ??= new SynonymTable(synonymTableText);
  return table;
}

/** The built-in glossary's terms, compiled at build time by the matcher's own `compileTerm`. */
export function compiledTerms(): Record<string, PackedTerm | null> {
  return defaultGlossaryTerms() as Record<string, PackedTerm | null>;
}

let prepared: ReadonlyMap<string, string> | undefined;

/** The built-in glossary's lookup lists made at build time, read when first needed. */
const preparedTerms = () => {
  prepared ??= readPreparedTerms(defaultConceptIndexText());
  return prepared;
};

/**
 * How the concept index of a glossary is made quickest: from the lookup lists made at build time
 * when it is the built-in glossary as it is, else with the built-in terms compiled ahead.
 */
export function indexSource(
  glossary: Glossary,
):
  | { preparedTerms: () => ReadonlyMap<string, string> }
  | { compiledTerms: Record<string, PackedTerm | null> } {
  if (!isBuiltInGlossary(glossary)) return { compiledTerms: compiledTerms() };
  return { preparedTerms };
}

/** The concept index of a folder's glossary. */
export function conceptIndex(glossary: Glossary): ConceptIndex {
  const source = indexSource(glossary);
  const index =
    'preparedTerms' in source
      ? new ConceptIndex(glossary, {}, source.preparedTerms)
      : new ConceptIndex(glossary, source.compiledTerms);
  // (as the matcher reads a katakana compound, so that a need's id is made from the same concepts)
  index.knownWord = (word) => synonyms().knows(word);
  return index;
}

/**
 * The matcher of a folder. Unless the folder was loaded without caches (--no-cache), what it reads
 * in each text comes from the folder's analysis cache (store/cache.ts) when the same text was read
 * before by the same matcher with the same glossary, and what it reads anew is written to that
 * cache (`.mixer/cache/analyses.json`) before the matcher is returned.
 */
export function folderMatcher(folder: DataFolder): Matcher {
  const cache =
    folder.cache &&
    SignedCache.open(folder.dir, folder.cache.env, 'analyses', analysisCachePrint(folder.glossary));
  // (keys hold whole texts: the file keeps their digests)
  const digest = (key: string) => hash('sha256', key, 'base64url');
  const memo: AnalysisMemo | undefined = cache && {
    get: (key) => cache.get(digest(key)),
    set: (key, packed) => cache.set(digest(key), packed),
  };
  const matcher = new Matcher({ ...matchInput(folder), memo });
  // Every text was read when the matcher was made: the cache keeps those and drops the rest.
  cache?.save();
  return matcher;
}

/**
 * The analysis cache's fingerprint: the matcher's (fixed at build time), the versions of ICU and
 * Unicode this Node brings (the word segmenter and the normaliser follow them), and the folder's
 * glossary when it is not the built-in one.
 */
function analysisCachePrint(glossary: Glossary): string {
  const { icu = '', unicode = '' } = process.versions;
  const glossaryText = isBuiltInGlossary(glossary) ? '' : JSON.stringify(glossary);
  return hash('sha256', [analysisFingerprint(), icu, unicode, glossaryText].join('\u0000'), 'hex');
}

export function matchInput(folder: DataFolder): MatchInput {
  const { records } = folder;
  const parties: PartyInput[] = [];
  for (const rec of records.spaces.values())
    parties.push({
      id: rec.id,
      name: rec.data.name,
      kind: 'space',
      spaces: [rec.id],
      offers: offers(rec.data.name, rec.data.strengths, undefined, rec.data.tags),
      doNotContact: rec.data.do_not_contact === true,
    });
  // What visits learned counts as the member's own strengths.
  const learned = learnedStrengths(records);
  for (const rec of records.members.values())
    parties.push({
      id: rec.id,
      name: rec.data.name,
      kind: 'member',
      spaces: rec.data.spaces ?? [],
      offers: offers(rec.data.name, strengthsOf(records, learned, rec.id), rec.data.summary, rec.data.tags),
      doNotContact: rec.data.do_not_contact === true,
    });
  const needs = [...records.needs.values()].map((rec) => ({
    id: rec.id,
    owner: rec.data.owner,
    title: rec.data.title,
    detail: rec.data.detail,
    tags: rec.data.tags ?? [],
    open: (rec.data.status ?? 'open') === 'open',
  }));
  const proposed = new Set([...records.proposals.values()].map((p) => `${p.data.need}|${p.data.helper}`));
  const spaceNames = new Map([...records.spaces.values()].map((s) => [s.id, s.data.name]));
  const spaceAreas = new Map(
    [...records.spaces.values()].flatMap((s) => (s.data.area ? [[s.id, s.data.area] as const] : [])),
  );
  const outcomes = [...records.proposals.values()].flatMap((p) => {
    const success = proposalSucceeded(p.data);
    return success === undefined ? [] : [{ need: p.data.need, helper: p.data.helper, success }];
  });
  return {
    needs,
    parties,
    proposed,
    spaceNames,
    spaceAreas,
    glossary: folder.glossary,
    ...indexSource(folder.glossary),
    synonyms: synonyms(),
    outcomes,
  };
}

/**
 * What a proposal says about its kind of pairing: a deal or collaboration is a success; an
 * outcome of none, or a decline, is not; a proposal still under way or closed for no stated
 * result says nothing.
 */
function proposalSucceeded(p: Proposal): Outcome['success'] | undefined {
  const last = p.history.at(-1)?.status;
  if (isSuccess(p.outcome?.kind) || last === 'deal') return true;
  // declined, owner-declined, helper-declined: either side said no
  if (p.outcome?.kind === 'none' || p.history.some((h) => h.status.endsWith('declined'))) return false;
  return undefined;
}
