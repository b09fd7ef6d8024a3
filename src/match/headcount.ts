// How many people: a need that says how many come (「100人くらい入る所」, "a room for 120 people")
// and a strength that says how many it takes (「50人まで入るホール」, 「宴会場（100人まで）」, 「定員
// 30名」). A room for 50 does not answer a gathering of 100, however well its words fit. Pure.

/** A number of people as a text says it, with its words (「100人くらい」). */
export interface Headcount {
  count: number;
  words: string;
}

// Full-width digits are made ASCII by NFKC before these run.
const PEOPLE = String.raw`(\d{1,5})\s*(?:人|名)`;
// What a strength takes: 「80人まで」, 「30人ほどの」, 「20人程度」, 「100人規模」, 「定員30名」,
// 「大広間（80人）」, "up to 30 people", "seats 50", "capacity 40".
const CAPACITY_JA = new RegExp(
  String.raw`(?:定員|最大)\s*${PEOPLE}|${PEOPLE}\s*(?:まで|ほど|程度|くらい|ぐらい|規模|収容|以下)|[（(]\s*${PEOPLE}\s*[）)]`,
  'g',
);
const CAPACITY_EN = /\b(?:up to|seats|seating|capacity(?: of)?|for up to)\s+(\d{1,5})\b/g;
// How many a need brings: any number of people it names, but not a count of staff (従業員50人)
// nor an amount per person (300人分).
const NEED_JA = new RegExp(
  String.raw`(従業員|社員|職員|スタッフ|パート|社長)?(?:が|は)?\s*${PEOPLE}(?!分)(くらい|ぐらい|ほど|程度|前後|以上|近く)?`,
  'g',
);
const NEED_EN =
  /\b(?:for|about|around|bring|host|of)\s+(\d{1,5})\s+(?:people|guests|participants|attendees|persons|kids|children|students)\b/g;

function largest(found: Headcount[]): Headcount | undefined {
  let best: Headcount | undefined;
  for (const h of found) if (h.count > 0 && (!best || h.count > best.count)) best = h;
  return best;
}

/** The most people a strength says it takes, if it says. */
export function capacityOf(text: string): Headcount | undefined {
  const t = text.normalize('NFKC');
  const found: Headcount[] = [];
  for (const m of t.matchAll(CAPACITY_JA)) {
    const count = Number(m[1] ?? m[2] ?? m[3]);
    found.push({ count, words: m[0].replace(/^[（(]\s*|\s*[）)]$/g, '') });
  }
  for (const m of t.toLowerCase().matchAll(CAPACITY_EN)) found.push({ count: Number(m[1]), words: m[0] });
  return largest(found);
}

/** The most people a need says come, if it says (not its staff). */
export function headcountOf(texts: string[]): Headcount | undefined {
  const found: Headcount[] = [];
  for (const text of texts) {
    const t = text.normalize('NFKC');
    for (const m of t.matchAll(NEED_JA))
      if (!m[1]) found.push({ count: Number(m[2]), words: m[0].replace(/^[がは]\s*/, '') });
    for (const m of t.toLowerCase().matchAll(NEED_EN)) found.push({ count: Number(m[1]), words: m[0] });
  }
  return largest(found);
}
