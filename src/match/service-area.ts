// Service areas. A strength that says it serves one place only (「除雪（札幌市内のみ）」,
// 「熊本県内限定」, "Sapporo area only") cannot answer a need from elsewhere, however well its
// words fit. Places are the glossary's places in Japan (regions.yaml: regions, prefectures and
// their cities); a need is where its text says, else where its owner is: its spaces' areas, or
// for a party whose spaces say nowhere (an online space), the places its name or summary names.
// Pure.
import type { ConceptHit, ConceptIndex } from './concepts.js';
import type { Whereabouts } from './docs.js';

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

// A city, town or village as an area writes it (「新潟県上越市」: 上越市, after the prefecture and
// any county), and as a limit does (「上越市内のみ」).
const PREFECTURE = /^(?:北海道|東京都|京都府|大阪府|[^\s\d・、]{2,3}県)/;
const COUNTY = /^[^\s\d市町村・、]{1,4}郡/;
const CITY = /^[^\s\d（()、,・]{1,6}?[市町村]/;
const LIMIT_CITY = /([^\s\d（()、,・]{1,6}?[市町村])(?:内|近郊|周辺)?(?:のみ|だけ|限定|限り)/;

/** The city, town or village a place is in, as written (「新潟県上越市高田」 → 上越市). */
export function cityIn(text: string): string | undefined {
  return CITY.exec(text.replace(PREFECTURE, '').replace(COUNTY, ''))?.[0];
}

/**
 * Whether a need that is `where` lies inside one of an offer's limits; `own` is where the helper
 * is (for 「市内のみ」). Prefectures and regions compare as places of the glossary; a limit to a
 * city (「上越市内のみ」) also excludes a need from another city of the same prefecture. Whatever
 * is not known never excludes.
 */
export function inside(
  index: ConceptIndex,
  limits: AreaLimit[],
  own: Whereabouts | undefined,
  where: Whereabouts,
): boolean {
  return limits.some((limit) => {
    const places = limit.place ? [limit.place] : (own?.places ?? []);
    if (!places.length) return true;
    if (!places.some((p) => overlaps(index, p, where.places))) return false;
    const city = limit.place ? LIMIT_CITY.exec(limit.words)?.[1] : own && cityIn(own.words);
    const needCity = cityIn(where.words);
    // (the same city however written: 上越市 in 「新潟県上越市高田」, 福岡市 in 「福岡市中央区」)
    return !city || !needCity || needCity === city || where.words.includes(city.slice(0, -1));
  });
}
