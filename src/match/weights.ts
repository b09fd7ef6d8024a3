// Every weight and threshold of matching, in one place.
//
// How a helper H scores for a need N (each step is one function in scoring.ts):
//
//   concept  = 1 − Π over N's concepts c of (1 − CONCEPT · w_N(c) · rarity(c) · relation(c, H))
//   words    = 1 − Π over N's words t of (1 − WORDS · w_N(t) · rare(t) · long(t) · kind(t) · offer(H))
//   relevance = (1 − (1 − concept) · (1 − words)) · differs · outside · size · history · unasked
//   score    = relevance · (BASE + MUTUAL · mutual + CROSS · cross-space), rounded to 0.001
//
// - w_N: how central the concept or word is to the need: the title counts 1, the detail
//   DETAIL, tags TAGS; in a Japanese title the last concept named weighs most (POSITION_*),
//   a concept that describes the owner itself counts OWN_DOMAIN; when the need says whom it
//   looks for (「公認会計士を探している」, asks.ts), that clause's concepts weigh 1 and the others
//   SITUATION of their weight.
// - rarity(c): 1 for a concept few helpers answer, down to 1 − CONCEPT_RARITY for one that
//   every helper answers.
// - relation(c, H): RELATION[same | solves | narrower | broader | sibling] × LEVEL per level
//   beyond the first between narrower and broader × BREADTH's discount when c is broad and
//   named as such (修理 with its kinds below) × CONTEXT when c says whom or where rather
//   than what (children, a region) × USUAL_ONLY when c is an exclusive family named in general
//   and H names a member other than its usual one (French, not English, for 「外国語対応」) × how
//   firmly H's strength names its concept × the offer's weight (a strength 1, a summary SUMMARY,
//   a party's name NAME, tags TAGS). A member marked `apart` (Japanese for non-native speakers)
//   does not answer its family named in general at all.
// - rare(t): BM25's idf of the word among the folder's helpers, relative to a word only one
//   helper has, computed as if the folder had at least RARITY_FLOOR_HELPERS helpers (a tiny
//   folder must not make every word rare); words of the generic vocabulary count GENERIC_WORD.
// - long(t): how much a word says by its length and script (LENGTH_SAYS): a kanji compound of
//   three characters 0.85, of two 0.6; katakana and ASCII need more letters.
// - kind(t): the same word (or one inside a longer compound) counts 1, a spelling variant
//   from the synonym dictionary VARIANT, a near synonym SYNONYM, an ambiguous dictionary
//   word AMBIGUOUS of that; a part of a compound that does not match whole counts PART.
// - differs: DIFFERS when the need names one member of an exclusive family (Korean) and the
//   helper only other members (English); 1 otherwise.
// - outside: OUT_OF_AREA when every strength that gives the pairing evidence serves one area
//   only (「札幌市内のみ」, "Kumamoto only") and the need is outside all of them: by prefecture,
//   by city, by island (service-area.ts); also when the need asks for its helper in a place
//   (「宮城県内の蔵で」, 「新潟市内で」) and the helper is known to be elsewhere; FAR_AWAY when the
//   need's answer is a place one goes to (a venue: `nearby` in the glossary), the need names no
//   place, and the helper is known to be in another prefecture than the need and its owner; 1
//   otherwise.
// - size: TOO_SMALL when every strength that gives the pairing evidence takes fewer people
//   (「50人まで」, 「定員30名」) than the need brings (「100人くらい」, "for 120 people")
//   (headcount.ts); 1 otherwise.
// - history: outcomes of the folder's own closed proposals for this helper and the need's
//   concept (each concept of the closed need that weighs at least HISTORY_CONCEPT_SHARE of its
//   heaviest): each success adds HISTORY_UP of what is missing to 1, each failure multiplies
//   by HISTORY_DOWN (at most HISTORY_MAX of each count).
// - unasked: UNANSWERED when no helper of the folder answers the need's main concept at all (the
//   heaviest, weighing at least UNANSWERED_MAIN, with no kinds below it: 「カラスにやられる」 where
//   nobody names wildlife damage), so that whatever answers the need answers only its other
//   parts; UNANSWERED_ASKED when the need says it looks for that (「公認会計士を探している」), or
//   when it names a member of an exclusive family nobody offers (Thai, thatch) as a main
//   concept, or where it says whom it looks for, whatever else weighs as much (unless it names
//   another member of that family that someone offers: 「タイ語か英語で」); MISSES_ASKED when the
//   need says it looks for such a member (「ドイツ語で案内できるガイドを探している」) that others offer
//   and this helper does not name (a guide who names no language); 1 otherwise.
// - mutual: how well the owner can help the helper in turn (concept evidence only), 0–1.
//
// The scale: one shared rare word alone gives about 0.45, one concept named by both sides
// about 0.5–0.7, several kinds of evidence together 0.8 and more. The default minimum
// (DEFAULT_MIN_SCORE below) was chosen from a precision/recall measurement (README).

/** How much one fully matched concept contributes. */
export const CONCEPT = 0.85;
/** How much one fully matched rare word contributes. */
export const WORDS = 0.55;

/** A need's detail says less about it than its title; tags are the mixer's own labels. */
export const DETAIL = 0.7;
export const TAGS = 0.7;
/** A summary says what a party is, not quite what it offers. */
export const SUMMARY = 0.6;
/** A party's name often says its trade (「佐藤写真館」, 「〇〇シェアキッチン」), often not (「カレーひぐま」): weaker still. */
export const NAME = 0.35;

/** In a Japanese title each concept named before the last weighs this much less… */
export const POSITION_EARLIER = 0.75;
/** …but never less than this. */
export const POSITION_LEAST = 0.6;
/** A word followed by 「の」 modifies the next one (「セミナーの参加者」 is about participants). */
export const MODIFIER = 0.8;
/** A concept that describes the need's owner itself is context, not what is needed. */
export const OWN_DOMAIN = 0.4;
/**
 * When a need says whom it looks for (「古文書を読める人を探している」), the concepts of that
 * clause weigh 1 and the need's other concepts, its situation (the 片付け it was doing), this much
 * of their weight.
 */
export const SITUATION = 0.5;

/** How much less a concept that every helper answers counts than one only a few answer. */
export const CONCEPT_RARITY = 0.4;
/** How much a relation between a strength's concept and a need's concept says. */
export const RELATION = {
  same: 1,
  solves: 0.92,
  'solves-broader': 0.72,
  narrower: 0.78,
  broader: 0.6,
  /** Two kinds of one thing that are not alternatives (SEO and online ads under web marketing). */
  sibling: 0.3,
  /** The helper names an exclusive family in general (翻訳全般) and the need one of its members. */
  family: 0.85,
} as const;
/** Each further level between a narrower and a broader concept multiplies the relation by this. */
export const LEVEL = 0.6;
/**
 * A member of an exclusive family for a need that names the family in general (「外国語対応」,
 * 「言葉の壁」), when the family has a usual member (glossary `usual`: English) and this is another.
 */
export const USUAL_ONLY = 0.9;
/** A broad concept (repair, with its kinds below) counts less, per doubling of its kinds. */
export const BREADTH = 0.15;
/** A concept that says whom or where (children, Hokkaido), not what: both naming it says little. */
export const CONTEXT = 0.3;
/** A `solves` link into a goal that many things serve counts less, per doubling of its solvers (the members of an exclusive family count as one). */
export const GENERALITY = 0.2;

/**
 * long(t): how much a word says by its length and script, by its length in characters (the last
 * entry for any longer word). Katakana and ASCII letters carry less than kanji each; the commonest
 * English words are left out altogether (vocabulary.ts).
 */
export const LENGTH_SAYS = {
  kanji: [0.6, 0.6, 0.6, 0.85, 1],
  kana: [0.4, 0.4, 0.4, 0.5, 0.7, 0.85, 1],
  ascii: [0.6, 0.6, 0.6, 0.6, 0.85, 0.85, 0.85, 0.85, 1],
} as const;
/** A noun of one kanji standing alone (牛, 窯, 漆) says less than any compound. */
export const SINGLE_KANJI_SAYS = 0.5;
/** A compound of kanji and katakana together (ゴム製品, 冷凍ピザ) says this much per character, up to 1. */
export const MIXED_LETTER_SAYS = 0.25;
/** A verb or adjective the dictionary knows, compared by its base form (直したい as 直す). */
export const VERB_SAYS = 0.5;

/** Word rarity is computed as if the folder had at least this many helpers. */
export const RARITY_FLOOR_HELPERS = 30;
/** Words of the generic vocabulary (相談, 地元, 作る) count this much of their rarity. */
export const GENERIC_WORD = 0.25;
/** A spelling variant, abbreviation or translation from the synonym dictionary. */
export const VARIANT = 0.9;
/** A near synonym from the dictionary (補助金 and 助成金). */
export const SYNONYM = 0.7;
/** A dictionary word Sudachi marks as ambiguous (バイト: job or byte) counts this much of that. */
export const AMBIGUOUS = 0.8;
/** Parts of a compound that match when the whole does not (「地域活性化支援」 against 「地域活性化」). */
export const PART = 0.8;

/** A helper who names only other members of the need's exclusive family. */
export const DIFFERS = 0.25;
/** Evidence only from strengths that serve another area (「札幌市内のみ」 for a need in 弘前), or a
 * helper elsewhere than where the need asks (「宮城県内で」 for a brewery in 鶴岡). */
export const OUT_OF_AREA = 0.25;
/** A place one goes to (a venue) in another prefecture than the need: a tasting in 仙台 does not
 * go to a hall in 鶴岡 first. Milder than OUT_OF_AREA: the need did not say where. */
export const FAR_AWAY = 0.6;
/** Evidence only from strengths that take fewer people (「50人まで」) than the need brings (「100人くらい」). */
export const TOO_SMALL = 0.25;
/** A need whose main concept no helper of the folder answers: every helper answers only its other parts. */
export const UNANSWERED = 0.7;
/** …and when the need says in so many words that it looks for that (「公認会計士を探している」). */
export const UNANSWERED_ASKED = 0.5;
/**
 * A helper who answers a need that says it looks for a member of an exclusive family (「ドイツ語で案内
 * できるガイドを探している」) without naming that member, when others in the folder offer it.
 */
export const MISSES_ASKED = 0.4;
/** …its main concept: the heaviest, when it weighs this much (a title's last concept weighs 1). */
export const UNANSWERED_MAIN = 0.9;

/** Each past success of this helper on this kind of need adds this share of what is missing. */
export const HISTORY_UP = 0.15;
/** Each past decline or no-result multiplies relevance by this. */
export const HISTORY_DOWN = 0.75;
/** A closed proposal teaches about the need's concepts that weigh at least this share of its heaviest. */
export const HISTORY_CONCEPT_SHARE = 0.5;
/** At most this many outcomes of each kind count. */
export const HISTORY_MAX = 3;

/** Shares of the final score: relevance alone reaches BASE; the bonuses add the rest. */
export const BASE = 0.85;
export const MUTUAL = 0.1;
export const CROSS = 0.05;

/** In a glossary term, how many characters a `…` (and the gap after a particle) may stand for. */
export const TERM_GAP_MAX = 10;

// --- what is worth a reason ---------------------------------------------------------------------

/** Below this, "both gain" is not worth a reason. */
export const MUTUAL_REASON = 0.3;
/** A word's contribution below this is not worth naming in a reason. */
export const WORD_REASON = 0.08;
/** At most this many shared words are named in one reason. */
export const WORDS_NAMED = 3;

// --- the lists the commands show ------------------------------------------------------------------

/** `suggest`'s defaults: the minimum score, the list's length, and how often a helper or a need may appear. */
export const DEFAULT_MIN_SCORE = 0.3;
export const DEFAULT_LIMIT = 20;
export const DEFAULT_PER_HELPER = 3;
export const DEFAULT_PER_NEED = 3;
/** `brief`: the pairings across a space's border, and how often a helper or a need may appear. */
export const BRIEF_LIMIT = 10;
export const BRIEF_PER_PARTY = 2;
/** `review`: the pairings shown for each new need or new strength. */
export const REVIEW_LIMIT = 3;

// --- cost bounds (they change which pairings are looked at, never a score) ----------------------

/** How many helpers one need concept proposes as candidates (rotated among equals by need). */
export const CANDIDATES_PER_CONCEPT = 30;
/**
 * A word proposes candidates only when it could bring this share of the minimum relevance by
 * itself (a helper whose only evidence is several weaker words is not looked at).
 */
export const WORD_PROPOSES = 0.5;
/** A word proposes candidates only when at most this many helpers have it. */
export const CANDIDATE_WORD_MAX = 300;
/** The most characters of one text the matcher reads (a huge record cannot slow it down). */
export const TEXT_MAX = 2000;
/** A list over many needs is spread from a head of HEAD_FIRST × limit pairings, grown by HEAD_GROWTH. */
export const HEAD_FIRST = 2;
export const HEAD_GROWTH = 5;
/**
 * In a list over many needs each need keeps this many more pairings than it may show, to fill
 * places freed by the per-helper cap (a need whose first ones are all capped elsewhere gives up its
 * slot: rare, and cheaper).
 */
export const SPARE_PER_NEED = 2;
