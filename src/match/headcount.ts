// How many people: a need that says how many come (「100人くらい入る所」, "a room for 120 people")
// and a strength that says how many it takes (「50人まで入るホール」, 「宴会場（100人まで）」, 「定員
// 30名」). A room for 50 does not answer a gathering of 100, however well its words fit. Pure.

/** A number of people as a text says it, with its words (「100人くらい」). */
export interface Headcount {
  count: number;
  words: string;
}

// Full-width digits are made ASCII by NFKC before these run; 1,200 is read whole.
const NUMBER = String.raw`(?<![\d,])(\d{1,3}(?:,\d{3})+|\d{1,5})`;
const PEOPLE = String.raw`${NUMBER}\s*(?:人|名)`;
/** A meal, counted in people served (「30人分のお弁当」, 「ケータリング（30人分まで）」). */
const MEAL = '(?:お?弁当|料理|食事|ケータリング|仕出し|オードブル|軽食|まかない|給食|おにぎり|ランチ)';
// What a strength takes: 「80人まで」, 「30人ほどの」, 「100人規模」, 「1,200人収容」, 「定員30名」,
// 「大広間（80人）」, "up to 30 people", "seats 50", "capacity 40"; not the staff it sends
// (「最大2人で伺います」, 「講師派遣（2名）」) nor a smallest group (「10人ほどから」).
const CAPACITY_JA = new RegExp(
  String.raw`(?<!派遣|講師|スタッフ)(?:(?:定員|最大)\s*${PEOPLE}|${PEOPLE}\s*(?:まで|ほど|程度|くらい|ぐらい|規模|収容|以下)|[（(]\s*${PEOPLE}\s*[）)])(?!\s*で伺|\s*で訪|[^、。）)]{0,6}から)`,
  'g',
);
// A meal for so many, at most: 「お弁当30人分まで」, 「ケータリング（30人分まで）」 (not 「名刺100人分まで」).
const CAPACITY_MEAL = new RegExp(
  String.raw`(?<=${MEAL}[^、。]{0,12}?)${NUMBER}\s*(?:人|名)分\s*(?:まで|ほど|程度|くらい|ぐらい|以下)`,
  'g',
);
const CAPACITY_EN =
  /\b(?:up to|for up to)\s+(\d{1,3}(?:,\d{3})+|\d{1,5})\s+(?:people|guests|persons|participants)\b|\b(?:seats|seating for|capacity(?: of)?)\s+(\d{1,3}(?:,\d{3})+|\d{1,5})\b/g;
// How many a need brings: a number of people that come together (「100人くらい入る所」, 「120人
// 集まれる部屋」, 「20人の団体」, 「40人くらいでやりたい」, 「参加者は100人」, "for 120 people"); not a
// count of staff or members (「従業員は15人」, 「会員200名」) nor of visitors in a year.
const GATHERING_AFTER = String.raw`(?:くらい|ぐらい|ほど|程度|前後|以上|近く|超)?\s*(?:が?入る|入れる|が?集ま|の団体|の会(?!社)|の宴会|の研修|のイベント|の集まり|規模|が?参加|が?座れ|が?泊ま|を?呼|を?招|が?来る|で(?:やり|使|開|集ま|泊))`;
const NEED_JA = new RegExp(
  String.raw`(?:(?:参加者|来場者|参加人数|人数)(?:は|が)?\s*(?:約|およそ)?\s*${PEOPLE}(くらい|ぐらい|ほど|程度|前後|以上)?)|(?:${PEOPLE}(?=${GATHERING_AFTER})(くらい|ぐらい|ほど|程度|前後|以上|近く)?)`,
  'g',
);
// People who do something at once (「1クラス30人が、一度に」, 「40人で一斉に」), unless they are the
// owner's staff (「従業員の2人が同時に辞めた」).
const NEED_AT_ONCE = new RegExp(
  String.raw`(?<!(?:従業員|社員|スタッフ|職員|会員|パート|アルバイト)(?:の|は|が)?\s*(?:約)?\s*)${PEOPLE}(?:くらい|ぐらい|ほど|程度|前後|以上|近く)?(?=[がで]?、?\s*(?:一度に|同時に|一斉に|いっぺんに))`,
  'g',
);
// A meal for so many at one time (「50人分のお弁当」), not over a year or a month (「年間500人分」).
const NEED_MEAL = new RegExp(
  String.raw`(?<!(?:年間|毎月|月に|月間|週に|毎週|毎日|累計|合計)\s*(?:約)?\s*)${NUMBER}\s*(?:人|名)分(?=の?${MEAL})`,
  'g',
);
const NEED_EN =
  /\b(?:for|about|around|bring|host)\s+(\d{1,3}(?:,\d{3})+|\d{1,5})\s+(?:people|guests|participants|attendees|persons)\b/g;

const count = (digits: string | undefined) => Number((digits ?? '').replaceAll(',', ''));

function largest(found: Headcount[]): Headcount | undefined {
  let best: Headcount | undefined;
  for (const h of found) if (h.count > 0 && (!best || h.count > best.count)) best = h;
  return best;
}

/** The most people a strength says it takes, if it says. */
export function capacityOf(text: string): Headcount | undefined {
  const t = text.normalize('NFKC');
  // (most strengths say no number at all: the patterns are not worth running on them)
  if (!/\d/.test(t)) return undefined;
  const found: Headcount[] = [];
  for (const m of t.matchAll(CAPACITY_JA))
    found.push({ count: count(m[1] ?? m[2] ?? m[3]), words: m[0].replace(/^[（(]\s*|\s*[）)]$/g, '') });
  for (const m of t.matchAll(CAPACITY_MEAL)) found.push({ count: count(m[1]), words: m[0] });
  for (const m of t.toLowerCase().matchAll(CAPACITY_EN))
    found.push({ count: count(m[1] ?? m[2]), words: m[0] });
  return largest(found);
}

/** The most people a need says come together, if it says. */
export function headcountOf(texts: string[]): Headcount | undefined {
  const found: Headcount[] = [];
  for (const text of texts) {
    const t = text.normalize('NFKC');
    if (!/\d/.test(t)) continue;
    for (const m of t.matchAll(NEED_JA)) found.push({ count: count(m[1] ?? m[3]), words: m[0] });
    for (const regex of [NEED_AT_ONCE, NEED_MEAL])
      for (const m of t.matchAll(regex)) found.push({ count: count(m[1]), words: m[0] });
    for (const m of t.toLowerCase().matchAll(NEED_EN)) found.push({ count: count(m[1]), words: m[0] });
  }
  return largest(found);
}
