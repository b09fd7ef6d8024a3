// Where parties and needs are, for service areas (service-area.ts): a party is where its spaces'
// areas say, or, when its spaces say nowhere (an online space), where its name or summary says; a
// need is where its text says and where its owner is. What is read here goes through the matcher's
// memo, so that a warm run reads no text.
import { unpackConceptIds, unpackStringPairs } from './analysis-pack.js';
import { type Analysis, asWritten } from './analyze.js';
import type { ConceptIndex } from './concepts.js';
import type { NeedDoc } from './docs.js';
import type { Whereabouts } from './service-area.js';
import type { PartyInput } from './types.js';

/** What the locator reads through: the matcher's concepts, memo and analyses, and its parties. */
export interface LocatorSources {
  concepts: ConceptIndex;
  recall<T>(
    key: string,
    unpack: (packed: unknown) => T | undefined,
    pack: (value: T) => unknown,
    make: () => T,
  ): T;
  analyzeOffer(text: string, tags: string[]): Analysis;
  party(id: string): PartyInput | undefined;
}

export class Locator {
  private readonly spaces = new Map<string, Whereabouts>();
  private readonly needs = new Map<NeedDoc, Whereabouts[]>();

  /** `spaceAreas`: where each space is (its `area`, 「青森県弘前市」). */
  constructor(
    private readonly from: LocatorSources,
    spaceAreas: Iterable<[string, string]>,
  ) {
    for (const [space, area] of spaceAreas) {
      const places = this.areaPlaces(area);
      if (places.length) this.spaces.set(space, { places, area });
    }
  }

  /**
   * Where a party is: the places of its spaces; for one whose spaces say nowhere (an online
   * space), the places its name or summary names (「八丈島 観光ボランティアの会」). None: not known.
   */
  party(party: PartyInput): Whereabouts[] {
    const found = party.spaces.flatMap((s) => this.spaces.get(s) ?? []);
    if (found.length) return found;
    const named = this.namePlaces(party.name);
    if (named.length) return named.map(([place, area]) => ({ places: [place], area }));
    const summary = party.offers.find((o) => o.summary);
    return summary ? this.placesOf(this.from.analyzeOffer(summary.text, summary.tags)) : [];
  }

  /**
   * Where a need is: the places its text names and where its owner is (an incidental mention,
   * 「東京の取引先が来る前に」, does not move it away from its owner). None: not known.
   */
  need(doc: NeedDoc): Whereabouts[] {
    let found = this.needs.get(doc);
    if (!found) {
      const owner = this.from.party(doc.need.owner);
      found = [...this.placesOf(doc.analysis), ...(owner ? this.party(owner) : [])];
      this.needs.set(doc, found);
    }
    return found;
  }

  /** The places an analysis names, each with the words that name it. */
  private placesOf(analysis: Analysis): Whereabouts[] {
    return [...analysis.concepts.keys()]
      .filter((c) => this.from.concepts.isPlace(c))
      .map((c) => ({ places: [c], area: analysis.evidence.get(c) ?? '' }));
  }

  /** The places an area names (「青森県弘前市」: Aomori). */
  private areaPlaces(area: string): string[] {
    const { concepts } = this.from;
    return this.from.recall(
      `area\u0000${area}`,
      unpackConceptIds,
      (ids) => ids,
      () =>
        [...new Set(concepts.find(area).hits.map((hit) => hit.concept))].filter((c) => concepts.isPlace(c)),
    );
  }

  /** The places a name names, each with its words (「八丈島 観光ボランティアの会」: 八丈島). */
  private namePlaces(name: string): Array<[string, string]> {
    const { concepts } = this.from;
    return this.from.recall(
      `name-places\u0000${name}`,
      unpackStringPairs,
      (pairs) => pairs,
      () => {
        const shown = asWritten(name);
        return concepts
          .find(name)
          .hits.filter((hit) => concepts.isPlace(hit.concept))
          .map((hit): [string, string] => [
            hit.concept,
            // (an island keeps its 島: 「八丈」 is read, 「八丈島」 is meant)
            shown.slice(hit.start, shown[hit.end] === '島' ? hit.end + 1 : hit.end),
          ]);
      },
    );
  }
}
