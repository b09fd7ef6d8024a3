// Synonyms and spelling variants from Sudachi's synonym dictionary, compiled at build time into a
// sorted table (scripts/build-data.mjs): `word<TAB>key,key`, one normalised word a line. A key is
// `group.vocabulary`: two words of one group are synonyms, of one vocabulary in it variants of one
// word (spelling, abbreviation, translation). A key starting with `~` is an ambiguous word.
// Lookups are binary searches over the lines, so loading costs one read and one pass that notes
// where each line starts; both wait for the first lookup (a run whose analyses all come from the
// cache makes none).

export interface SynonymKey {
  group: string;
  /** `group.vocabulary`. */
  vocabulary: string;
  ambiguous: boolean;
}

/** A key as the table writes it: `group.vocabulary`, after `~` when the word is ambiguous. */
export function parseSynonymKey(raw: string): SynonymKey {
  const ambiguous = raw.startsWith('~');
  const vocabulary = ambiguous ? raw.slice(1) : raw;
  return { group: vocabulary.slice(0, vocabulary.indexOf('.')), vocabulary, ambiguous };
}

/** The inverse of `parseSynonymKey`. */
export function writeSynonymKey(key: SynonymKey): string {
  return key.ambiguous ? `~${key.vocabulary}` : key.vocabulary;
}

export class SynonymTable {
  private loaded?: { text: string; starts: Int32Array };
  private readonly cache = new Map<string, SynonymKey[]>();

  /** `source`: the table's text, or what reads it when it is first needed. */
  constructor(private readonly source: string | (() => string)) {}

  /** The text, and where each line starts in it. */
  private get table(): { text: string; starts: Int32Array } {
    this.loaded ??= SynonymTable.index(typeof this.source === 'string' ? this.source : this.source());
    return this.loaded;
  }

  private static index(text: string): { text: string; starts: Int32Array } {
    let count = 0;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
    const starts = new Int32Array(count + 1);
    let n = 0;
    for (let from = 0; from < text.length; ) {
      const end = text.indexOf('\n', from);
      if (end !== from) starts[n++] = from;
      if (end < 0) break;
      from = end + 1;
    }
    return { text, starts: starts.subarray(0, n) };
  }

  /** Line `i` without its line end. */
  private line(i: number): string {
    const { text, starts } = this.table;
    const start = starts[i]!;
    const end = text.indexOf('\n', start);
    return text.slice(start, end < 0 ? undefined : end);
  }

  static readonly empty = new SynonymTable('');

  get size(): number {
    return this.table.starts.length;
  }

  /** Whether the dictionary knows the (normalised) word. */
  has(word: string): boolean {
    return this.find(word) >= 0;
  }

  /** Whether the dictionary knows the (normalised) word, also as an ambiguous one. */
  knows(word: string): boolean {
    return this.has(word) || this.has(`~${word}`);
  }

  /** The groups of a normalised word; none when the dictionary does not know it. */
  keys(word: string): SynonymKey[] {
    let keys = this.cache.get(word);
    if (!keys) {
      const at = this.find(word);
      keys =
        at < 0
          ? []
          : this.line(at)
              .slice(word.length + 1)
              .split(',')
              .map(parseSynonymKey);
      this.cache.set(word, keys);
    }
    return keys;
  }

  private find(word: string): number {
    const { text, starts } = this.table;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const start = starts[mid]!;
      const key = text.slice(start, text.indexOf('\t', start));
      if (key === word) return mid;
      if (key < word) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}
