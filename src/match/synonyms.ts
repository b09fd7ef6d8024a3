// Synonyms and spelling variants from Sudachi's synonym dictionary, compiled at build time into a
// sorted table (scripts/build-data.mjs): `word<TAB>key,key`, one normalised word a line. A key is
// `group.vocabulary`: two words of one group are synonyms, of one vocabulary in it variants of one
// word (spelling, abbreviation, translation). A key starting with `~` is an ambiguous word.
// Lookups are binary searches over the lines, so loading costs one read and one split.

export interface SynonymKey {
  group: string;
  /** `group.vocabulary`. */
  vocabulary: string;
  ambiguous: boolean;
}

export class SynonymTable {
  private readonly lines: string[];
  private readonly cache = new Map<string, SynonymKey[]>();

  constructor(text: string) {
    this.lines = text.split('\n').filter(Boolean);
  }

  static readonly empty = new SynonymTable('');

  get size(): number {
    return this.lines.length;
  }

  /** Whether the dictionary knows the (normalised) word. */
  has(word: string): boolean {
    return this.find(word) >= 0;
  }

  /** The groups of a normalised word; none when the dictionary does not know it. */
  keys(word: string): SynonymKey[] {
    let keys = this.cache.get(word);
    if (!keys) {
      const at = this.find(word);
      keys =
        at < 0
          ? []
          : this.lines[at]!.slice(word.length + 1)
              .split(',')
              .map((raw) => {
                const ambiguous = raw.startsWith('~');
                const vocabulary = ambiguous ? raw.slice(1) : raw;
                return { group: vocabulary.slice(0, vocabulary.indexOf('.')), vocabulary, ambiguous };
              });
      this.cache.set(word, keys);
    }
    return keys;
  }

  private find(word: string): number {
    let lo = 0;
    let hi = this.lines.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const line = this.lines[mid]!;
      const tab = line.indexOf('\t');
      const key = line.slice(0, tab);
      if (key === word) return mid;
      if (key < word) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}
