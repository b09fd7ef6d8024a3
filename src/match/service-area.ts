// Service areas. A strength that says it serves one place only (「除雪（札幌市内のみ）」,
// 「熊本県内限定」, "Sapporo area only") cannot answer a need from elsewhere, however well its
// words fit. Places are the glossary's places in Japan (regions.yaml: regions, prefectures and
// their cities); a need is where its text says, else where its owner is: its spaces' areas, or
// for a party whose spaces say nowhere (an online space), the places its name or summary names.
// Pure.
import type { ConceptHit, ConceptIndex } from './concepts.js';

/** The glossary's family of places in Japan. */
export const PLACES = 'japan-regions';

/** A service area read in an offer, with its words as written (「札幌市内のみ」). */
export interface AreaLimit {
  /** The place, or '' for the helper's own area (「市内のみ」 names none). */
  place: string;
  words: string;
}

// After a place: an administrative suffix, 内/近郊/エリア…, then のみ/だけ/限定.
const AFTER_JA =
  /^(?:市|県|府|都|道|区|町|村|郡|島)?(?:内|近郊|周辺|エリア|地域|圏|近辺|界隈)?(?:に)?(?:のみ|だけ|限定|限り)/;
const AFTER_EN = /^(?:\s+(?:city|prefecture|area|region))?\s+only\b/;
// Before a place: "only in", "only within the".
const BEFORE_EN = /\bonly\s+(?:in|within|around|near)\s+(?:the\s+)?$/;
// Between the places of one list (「福岡・佐賀のみ」, "Fukuoka and Saga only").
const BETWEEN = /^(?:市|県|府|都|道)?\s*(?:・|、|,|と|及び|and|or|\/)\s*$/;
// A limit that names no place: the helper's own (「市内のみ」, 「県内限定」, 「島内のみ」).
const OWN = /(?:市内|県内|府内|都内|道内|町内|村内|区内|島内|近隣)(?:のみ|だけ|限定|限り)/;
// Anything that could be a limit (most texts have none and are not looked at further).
const MARKER = /のみ|だけ|限定|限り|only/;

/** Whether a concept is a place in Japan (not the family itself). */
export function isPlace(index: ConceptIndex, concept: string): boolean {
  return concept !== PLACES && index.ancestors(concept).includes(PLACES);
}

/**
 * The service areas a text states. `normalized` and `hits` are the concept index's reading of
 * the text; `shown` is the text as written, of the same length (for the words).
 */
export function readLimits(
  index: ConceptIndex,
  normalized: string,
  hits: ConceptHit[],
  shown: string,
): AreaLimit[] {
  if (!MARKER.test(normalized)) return [];
  const places = hits.filter((h) => isPlace(index, h.concept)).sort((a, b) => a.start - b.start);
  const limits: AreaLimit[] = [];
  // From the last place back, so that a list takes the limit that follows its last member.
  let next: { start: number; limitEnd: number } | undefined;
  for (let i = places.length - 1; i >= 0; i--) {
    const hit = places[i]!;
    const after = normalized.slice(hit.end);
    const written = AFTER_JA.exec(after) ?? AFTER_EN.exec(after);
    let end = -1;
    let start = hit.start;
    if (written) end = hit.end + written[0].length;
    else if (next && next.limitEnd >= 0 && BETWEEN.test(normalized.slice(hit.end, next.start)))
      end = next.limitEnd;
    else {
      const before = BEFORE_EN.exec(normalized.slice(0, hit.start));
      if (before) {
        start = before.index;
        end = hit.end;
      }
    }
    if (end >= 0) limits.push({ place: hit.concept, words: shown.slice(start, end) });
    next = { start: hit.start, limitEnd: end };
  }
  if (!limits.length) {
    const own = OWN.exec(normalized);
    if (own) limits.push({ place: '', words: shown.slice(own.index, own.index + own[0].length) });
  }
  return limits.reverse();
}

/** Whether a place lies in, or contains, one of the others (a need in 札幌 is in 北海道). */
export function overlaps(index: ConceptIndex, place: string, others: Iterable<string>): boolean {
  for (const other of others)
    if (other === place || index.ancestors(other).includes(place) || index.ancestors(place).includes(other))
      return true;
  return false;
}
