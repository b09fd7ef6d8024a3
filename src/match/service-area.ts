// Service areas. A strength that says it serves one place only (「除雪（札幌市内のみ）」, 「（茨城県内）」,
// 「熊本県内限定」, "Sapporo area only") cannot answer a need from elsewhere, however well its
// words fit. Places are the glossary's places in Japan (regions.yaml: regions, prefectures and
// their cities); a limit to a city (「上越市内のみ」) is also compared by the city's name. A need
// is where its text says and where its owner is: its spaces' areas, or for a party whose spaces
// say nowhere (an online space), the places its name or summary names. What is not known never
// excludes. Pure.
import { type ConceptHit, type ConceptIndex, PLACES } from './concepts.js';

export { PLACES };

/** A service area read in an offer, with its words as written (「札幌市内のみ」). */
export interface AreaLimit {
  /**
   * The place, or '': the helper's own area (「市内のみ」 names none), or with `city`, a city known
   * by its name only (「行橋市内のみ」).
   */
  place: string;
  words: string;
  /** The city, town or village the limit names (「上越市内のみ」: 上越市), if it names one. */
  city?: string;
}

/** One place where a party or a need is: as the glossary's places, and as written. */
export interface Whereabouts {
  places: string[];
  /** 「新潟県上越市」, 「伊豆大島」, 「札幌」: for cities, islands and reasons. */
  area: string;
}

// Not 「だけでなく」「のみならず」「だけの話」 (not only).
const NOT_ONLY = '(?!で(?:は)?な|じゃな|ならず|の話)';
// After a place: an administrative suffix (a city and its ward: 仙台市青葉区), 内/近郊/エリア…,
// then のみ/だけ/限定. (A closing parenthesis that holds only places is read too: see PLACE_LIST.)
const AFTER_JA = new RegExp(
  String.raw`^(市|町|村|県|府|都|道|郡|島|本島)?(?:[^\s・、,（()]{1,5}?[区町村])?\s*(内|近郊|周辺|エリア|地域|圏|近辺|界隈)?\s*に?(のみ|だけ|限定|限り)${NOT_ONLY}`,
);
const AFTER_EN = /^(?:\s+(?:city|prefecture|area|region))?\s+only\b/;
// Before a place: "only in", "only within the".
const BEFORE_EN = /\bonly\s+(?:in|within|around|near)\s+(?:the\s+)?$/;
// Between the places of one list (「福岡・佐賀のみ」, "Fukuoka and Saga only").
const BETWEEN = /^(?:市|町|村|県|府|都|道)?\s*内?\s*(?:・|、|,|と|及び|and|or|\/)\s*$/;
// A limit that names no place: the helper's own (「市内のみ」, 「県内限定」, 「島内のみ」), where
// no name is written just before it (「妙高市内のみ」 names a city the glossary may not know).
const OWN = new RegExp(
  String.raw`(?:^|[\s（(、,・])(市内|県内|府内|都内|道内|町内|村内|区内|島内|近隣)(?:のみ|だけ|限定|限り)${NOT_ONLY}`,
);
// A limit to cities, towns or villages named (「行橋市内のみ」, 「北九州市内・中間市のみ」, 「福岡県行橋市
// のみ」), whether or not the glossary knows them: compared by name, each read after its prefecture
// and county (`cityIn`). Not a limited edition (「行橋市限定のお土産」), nor a word that only ends
// like a city (大都市, 朝市, 城下町, 市町村, 農村: `NOT_A_CITY`).
const CITY_NAME = String.raw`[\u4e00-\u9fff\u3005\u30f6]{1,10}?[市町村]`;
const NAMED_CITY = new RegExp(
  String.raw`((?:${CITY_NAME}\s*内?\s*[・、,と]\s*)*${CITY_NAME})\s*(内|近郊|周辺|エリア)?\s*に?(のみ|だけ|限定|限り)${NOT_ONLY}`,
);
const NOT_A_CITY =
  /(?:(?<!京)都市|朝市|夜市|陶器市|骨董市|見本市|蚤の市|作り市|ボロ市|ぼろ市|古本市|植木市|城下町|門前町|宿場町|港町|下町|市町村|市町|町村|農村|漁村|山村)$/;
// The whole country, as a service area (全国対応, 全国どこでも), which no limit then narrows.
const NATIONWIDE = /対応|どこでも|発送|配送|nationwide|anywhere/;
// Anything that could be a limit (texts without one, most of them, are not looked at further).
const MARKER = /のみ|だけ|限定|限り|only|[）)]\s*$/;
// A strength done where the client is (a visit, a local delivery, a pick-up, work at the
// client's place) that ends in a parenthesis holding only places says where it is done:
// 「訪問看護（松江市・安来市）」, 「ピアノの調律(浜松市・磐田市)」, 「利用者さんの送迎（五條市内）」. Each
// member is a place of the glossary or a city, town or village, with at most a part of it after
// (内, 周辺, 西部, 中央区). Anything else in it (「（300人まで）」, 「（石見焼）」, a route 「（房総から
// 都内へ）」, 「（松江市以外）」) and it is not read. Where clients come to the helper (「貸し会議室
// （仙台市内）」, 「古民家の宿で農業体験（長野県内）」, a class, a shop), where the work is remote or
// shipped (代行, オンライン, 配送), or where a career is told (「介護施設で勤務」), such a parenthesis
// says where the helper is, not whom it serves: not read either. The words are a strength's
// short wording, so a false limit, which pushes a helper down, is what they guard against.
const PLACE_LIST = /[（(]([^（）()]{1,40})[）)]\s*$/;
// (not と: it begins names, ときがわ町, and a folded katakana ト)
const PLACE_ITEM_SEPARATOR = /\s*[・、,／/]\s*/;
// (`REACHES` in scoring.ts asks something else of a strength: whether it travels at all, online
// included; a strength that reaches a need elsewhere is not counted out there.)
const ON_SITE =
  /訪問|出張|往診|配達|送迎|派遣|回収|収集|巡回|出前|移動販売|付き添い|清掃|片付け|片づけ|引っ越し|引越し|除雪|雪下ろし|草刈り|剪定|駆除|捕獲|見回り|調律|ヘルパー|デイサービス|\b(?:home visits?|visiting|on-site|house calls|home care|pick-?ups?|removals?)\b/i;
const HOSTED =
  /教室|スクール|店|ショップ|サロン|工房|受け入れ|受入|見学|体験|施設で|勤務|勤め|経験|オンライン|リモート|全国|代行|配送|宅配|発送|\b(?:online|remote|nationwide|shop|salon|class(?:es)?|school|workshop|welcome|studio)\b/i;
// 「松江市以外」, 「札幌市を除く」, 「市外」: a place left out, not the only one.
const LEFT_OUT = /以外|除|外の|市外|県外|区外/;
const PART_OF_PLACE =
  /^[都道府県市町村]?(?:[^\s\d・、,（()]{1,4}区)?(?:内|周辺|近郊|一帯|全域|エリア|地域|地方|沿岸|中心部|[東西南北]部)?$/;

// A need that asks for its helper in a place: a place, an administrative suffix and 内/近郊/周辺,
// then either で and a request (「新潟市内で、プロジェクターがあれば」, 「新潟市内で探している」,
// a text that ends there) or の, a few characters naming what is asked for, and で (「宮城県内の蔵で」,
// 「山形市内の教室で」). Not what only says where the need is (「宮城県内の農家です」, 「仙台市内に
// 店を構えています」, 「宮城県内で一番古い」).
const NEED_AREA =
  /^(市|町|村|県|府|都|道)?\s*(?:内|近郊|周辺)(?=で(?!一番)(?:\s*[、,。.]?\s*$|[^。]{0,20}?(?:探|借り|頼|ほしい|欲しい|あれば|してくれ|できる|できない|入る|やりたい|したい|開きたい|見つから|いない|ない))|の[^\s、。でにをがは]{1,6}で(?!す))/;

/**
 * The places a need says its helper must be in (「宮城県内の蔵で」: Miyagi), with their words and
 * the city they name; not where the need merely is (「畑は秩父市内。」).
 */
export function readNeedAreas(
  index: ConceptIndex,
  normalized: string,
  hits: ConceptHit[],
  shown: string,
): AreaLimit[] {
  if (!/(?:内|近郊|周辺)[での]/.test(normalized)) return [];
  const areas: AreaLimit[] = [];
  for (const hit of hits) {
    if (!index.isPlace(hit.concept)) continue;
    const found = NEED_AREA.exec(normalized.slice(hit.end));
    if (!found) continue;
    const suffix = found[1];
    const city =
      suffix === '市' || suffix === '町' || suffix === '村'
        ? `${shown.slice(hit.start, hit.end)}${suffix}`
        : undefined;
    areas.push({
      place: hit.concept,
      words: shown.slice(hit.start, hit.end + found[0].length),
      ...(city ? { city } : {}),
    });
  }
  return areas;
}

/**
 * The service areas a text states. `normalized` and `hits` are the concept index's reading of
 * the text; `shown` is the text as written, of the same length (for the words). A text that also
 * names the whole country (全国対応) states none.
 */
export function readLimits(
  index: ConceptIndex,
  normalized: string,
  hits: ConceptHit[],
  shown: string,
): AreaLimit[] {
  const nationwide = (h: ConceptHit) =>
    h.concept === PLACES && NATIONWIDE.test(normalized.slice(h.start, h.end + 4));
  if (!MARKER.test(normalized) || hits.some(nationwide)) return [];
  const places = hits.filter((h) => index.isPlace(h.concept)).sort((a, b) => a.start - b.start);
  const limits: AreaLimit[] = [];
  const cityOf = (hit: ConceptHit, suffix: string | undefined) =>
    suffix === '市' || suffix === '町' || suffix === '村'
      ? `${shown.slice(hit.start, hit.end)}${suffix}`
      : undefined;
  // From the last place back, so that a list takes the limit that follows its last member.
  let next: { start: number; limitEnd: number } | undefined;
  for (let i = places.length - 1; i >= 0; i--) {
    const hit = places[i]!;
    const after = normalized.slice(hit.end);
    const ja = AFTER_JA.exec(after);
    // 「北海道限定のお菓子」, 「沖縄県限定の」 are limited editions, not areas (「市内限定の」 is one)
    const edition = ja && !ja[2] && ja[3] === '限定' && after[ja[0].length] === 'の';
    const written = (edition ? null : ja) ?? AFTER_EN.exec(after);
    let end = -1;
    let start = hit.start;
    let city: string | undefined;
    if (written) {
      end = hit.end + written[0].length;
      city = cityOf(hit, written === ja ? ja[1] : undefined);
    } else if (next && next.limitEnd >= 0) {
      const between = normalized.slice(hit.end, next.start);
      if (BETWEEN.test(between)) {
        end = next.limitEnd;
        city = cityOf(hit, between[0]);
      }
    }
    if (end < 0) {
      const before = BEFORE_EN.exec(normalized.slice(0, hit.start));
      if (before) {
        start = before.index;
        end = hit.end;
      }
    }
    if (end >= 0)
      limits.push({ place: hit.concept, words: shown.slice(start, end), ...(city ? { city } : {}) });
    next = { start: hit.start, limitEnd: end };
  }
  // "only in Kumamoto and Nagasaki": the places after one read as "only in" take its limit.
  limits.reverse();
  for (let i = 0; i + 1 < places.length; i++) {
    const limit = limits.find((l) => l.place === places[i]!.concept);
    const following = places[i + 1]!;
    if (!limit || limits.some((l) => l.place === following.concept)) continue;
    if (BETWEEN.test(normalized.slice(places[i]!.end, following.start)) && /^only\b/.test(limit.words))
      limits.push({ place: following.concept, words: shown.slice(following.start, following.end) });
  }
  // Cities by name, those the glossary does not know among them.
  for (const city of namedCities(shown))
    if (!limits.some((l) => l.city === city.city)) limits.push({ place: '', ...city });
  if (!limits.length) limits.push(...placeList(normalized, places, shown));
  if (!limits.length) {
    const own = OWN.exec(normalized);
    if (own) {
      const at = own.index + own[0].indexOf(own[1]!);
      limits.push({ place: '', words: shown.slice(at, own.index + own[0].length) });
    }
  }
  return limits;
}

/**
 * The places of the closing parenthesis of a strength done on site (`PLACE_LIST`), each a limit
 * with the places as written; none when any member is not a place.
 */
function placeList(normalized: string, places: ConceptHit[], shown: string): AreaLimit[] {
  const list = PLACE_LIST.exec(normalized);
  if (!list || LEFT_OUT.test(list[1]!)) return [];
  const before = shown.slice(0, list.index);
  if (!ON_SITE.test(before) || HOSTED.test(before)) return [];
  // (the places as written, without the parenthesis: 「浜松市・磐田市」)
  const words = shown.slice(list.index + 1, list.index + 1 + list[1]!.length);
  const limits: AreaLimit[] = [];
  let at = list.index + 1;
  for (const item of list[1]!.split(PLACE_ITEM_SEPARATOR)) {
    if (!item) return [];
    const start = normalized.indexOf(item, at);
    at = start + item.length;
    // A city, town or village by its name as written (ニセコ町, not the folded にせこ町), with at
    // most a part of it after; compared by name only (福島町 is in Hokkaido, not in 福島県).
    const written = shown.slice(start, at);
    const city = cityIn(written);
    const afterCity = city ? written.slice(written.indexOf(city) + city.length) : '';
    if (city && !NOT_A_CITY.test(city) && PART_OF_PLACE.test(afterCity)) {
      limits.push({ place: '', words, city });
      continue;
    }
    // Else a place of the glossary from the member's first letter (静岡県西部, 房総, 三陸), with at
    // most a part of it after: the glossary's place for it, a prefecture or a region.
    const hit = places.find((h) => h.start === start && PART_OF_PLACE.test(normalized.slice(h.end, at)));
    if (!hit) return [];
    limits.push({ place: hit.concept, words });
  }
  return limits;
}

/** The cities a limit names (`NAMED_CITY`), each with the limit's words. */
function namedCities(shown: string): Array<{ words: string; city: string }> {
  const named = NAMED_CITY.exec(shown);
  if (!named) return [];
  // 「行橋市限定の…」: a limited edition
  if (named[3] === '限定' && !named[2] && shown[named.index + named[0].length] === 'の') return [];
  const cities: Array<{ words: string; city: string }> = [];
  for (const name of named[1]!.split(/\s*内?\s*[・、,と]\s*/)) {
    const city = cityIn(name);
    if (city && city.length >= 2 && !NOT_A_CITY.test(name) && !NOT_A_CITY.test(city))
      cities.push({ words: named[0], city });
  }
  return cities;
}

/** The prefecture a place is in (itself, for a prefecture), when it is no region. */
function prefectureOf(index: ConceptIndex, place: string): string | undefined {
  const chain = [place, ...index.ancestors(place)];
  const root = chain.indexOf(PLACES);
  // (the places: regions under the root, prefectures under them, anything a folder adds below)
  return root >= 2 ? chain[root - 2] : undefined;
}

/**
 * Whether a place shares a prefecture with one of the others, or one contains the other (a region
 * and a prefecture in it): two towns of one prefecture are near, even as places of their own.
 */
export function sharePrefecture(index: ConceptIndex, place: string, others: Iterable<string>): boolean {
  const prefecture = prefectureOf(index, place);
  for (const other of others)
    if (
      overlaps(index, place, [other]) ||
      (prefecture !== undefined && prefectureOf(index, other) === prefecture)
    )
      return true;
  return false;
}

/** Whether a place lies in, or contains, one of the others (a need in 札幌 is in 北海道). */
export function overlaps(index: ConceptIndex, place: string, others: Iterable<string>): boolean {
  for (const other of others)
    if (other === place || index.ancestors(other).includes(place) || index.ancestors(place).includes(other))
      return true;
  return false;
}

// A city, town or village as an area writes it (「新潟県上越市」: 上越市, after the prefecture and
// any county); one more 市 or 町 belongs to it when it follows at once (四日市市, 十日町市, 大町市).
const PREFECTURE = /^(?:北海道|東京都|京都府|大阪府|[^\s\d・、]{2,3}県)/;
const COUNTY = /^[^\s\d市町村・、]{1,4}郡/;
const CITY = /^[^\s\d（()、,・]{1,6}?[市町村][市町]?/;
// An island an area or a name says (「八丈島」, 「東京都八丈島八丈町」, 「熊毛郡屋久島町」), after the
// prefecture and any county; not a prefecture's or a city's name that ends in 島 (広島市, 福島).
const ISLAND = /^[^\s\d（()、,・のでに]{1,4}?島/;
const NOT_ISLANDS = new Set(['広島', '福島', '徳島', '鹿児島']);

/** The island an area or a name says, if any. */
export function islandIn(area: string): string | undefined {
  const island = ISLAND.exec(area.replace(PREFECTURE, '').replace(COUNTY, ''))?.[0];
  return island && !NOT_ISLANDS.has(island) ? island : undefined;
}

/** The city, town or village a place is in, as written (「新潟県上越市高田」 → 上越市). */
export function cityIn(area: string): string | undefined {
  return CITY.exec(area.replace(PREFECTURE, '').replace(COUNTY, ''))?.[0];
}

/** Whether a need at `where` is in a city: true when its city is not known. */
function inCity(city: string, where: Whereabouts): boolean {
  const needCity = cityIn(where.area);
  return needCity === undefined || needCity === city;
}

/** Whether a need at `where` lies inside a limit; `own` are the places of the helper. */
function insideLimit(index: ConceptIndex, limit: AreaLimit, own: Whereabouts[], where: Whereabouts): boolean {
  if (limit.place)
    return (
      overlaps(index, limit.place, where.places) && (limit.city === undefined || inCity(limit.city, where))
    );
  if (limit.city) return inCity(limit.city, where);
  if (!own.length) return true;
  return own.some((home) => {
    if (!home.places.some((p) => overlaps(index, p, where.places))) return false;
    if (limit.words.startsWith('島内')) {
      const island = islandIn(home.area);
      return island === undefined || where.area.includes(island);
    }
    const city = /^[市町村]内/.test(limit.words) ? cityIn(home.area) : undefined;
    return city === undefined || inCity(city, where);
  });
}

/**
 * Whether a need lies inside one of an offer's limits: any of the places it is at (its text's
 * and its owner's), inside any limit. `own` are the places of the helper (for 「市内のみ」,
 * 「島内のみ」). Prefectures and regions compare as places of the glossary, cities and islands by
 * name.
 */
export function inside(
  index: ConceptIndex,
  limits: AreaLimit[],
  own: Whereabouts[],
  where: Whereabouts[],
): boolean {
  return where.some((at) => limits.some((limit) => insideLimit(index, limit, own, at)));
}
