// From a loaded data folder to the matcher's plain input.

import type { MatchInput, Offer, PartyInput } from '../match/types.js';
import { strengthParts } from '../records/schemas.js';
import type { DataFolder } from '../store/folder.js';

/** A summary says what a party is, not quite what it offers. */
const SUMMARY_WEIGHT = 0.6;
/** Tags of a whole record are a hint about it, not a stated strength. */
const TAGS_WEIGHT = 0.7;

function offers(
  strengths: Parameters<typeof strengthParts>[0][] | undefined,
  summary?: string,
  tags?: string[],
): Offer[] {
  const list: Offer[] = (strengths ?? []).map((s) => {
    const part = strengthParts(s, 'mixers');
    return { text: part.text, tags: part.tags, weight: 1 };
  });
  if (summary?.trim()) list.push({ text: summary, tags: [], weight: SUMMARY_WEIGHT });
  if (tags?.length) list.push({ text: '', tags, weight: TAGS_WEIGHT });
  return list;
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
      offers: offers(rec.data.strengths, undefined, rec.data.tags),
      doNotContact: rec.data.do_not_contact === true,
    });
  for (const rec of records.members.values())
    parties.push({
      id: rec.id,
      name: rec.data.name,
      kind: 'member',
      spaces: rec.data.spaces ?? [],
      offers: offers(rec.data.strengths, rec.data.summary, rec.data.tags),
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
  return { needs, parties, proposed, spaceNames, glossary: folder.glossary };
}
