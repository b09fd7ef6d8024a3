// The Japanese word segmenter, made at the first text read: creating it costs about 10 ms (ICU's
// Japanese dictionary), which a run whose analyses all come from the cache does not pay.
let segmenter: Intl.Segmenter | undefined;

export function words(text: string): Intl.Segments {
  segmenter ??= new Intl.Segmenter('ja', { granularity: 'word' });
  return segmenter.segment(text);
}

/**
 * Where the words of a text start, as the segmenter cuts it: インストラクター is one word (so
 * トラクター inside it is not), ネットショップ two (ネット|ショップ).
 */
export function wordStarts(text: string): Set<number> {
  const starts = new Set<number>();
  for (const seg of words(text)) starts.add(seg.index);
  return starts;
}
