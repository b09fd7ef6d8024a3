// A pairing as every --json output prints it (suggest, brief, review): `reasons` in words for
// people, `evidence` the same reasons as data for scripts (docs/json.md, "suggestion").
import type { Suggestion } from '../match/types.js';
import { wordReasons } from '../ui/reasons.js';
import type { Lang } from '../util/lang.js';

export function pairingJson(s: Suggestion, lang: Lang) {
  return { ...s, reasons: wordReasons(s.reasons, lang), evidence: s.reasons };
}
