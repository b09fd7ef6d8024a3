// TF-IDF vectors over words and bigrams, so that text outside the glossary still counts.

export type Vector = Map<string, number>;

export class Corpus {
  private readonly df = new Map<string, number>();
  private docs = 0;

  add(tokens: string[]): void {
    this.docs++;
    for (const token of new Set(tokens)) this.df.set(token, (this.df.get(token) ?? 0) + 1);
  }

  idf(token: string): number {
    const df = this.df.get(token) ?? 0;
    return Math.log(1 + (this.docs - df + 0.5) / (df + 0.5));
  }

  /** Whether a token is in so many documents that it cannot point to a candidate by itself. */
  isCommon(token: string, share: number, atLeast: number, atMost = Number.POSITIVE_INFINITY): boolean {
    return (this.df.get(token) ?? 0) > Math.min(atMost, Math.max(atLeast, share * this.docs));
  }

  /** A unit vector: sub-linear term frequency × idf; bigrams count half as much as words. */
  vector(tokens: string[]): Vector {
    const tf = new Map<string, number>();
    for (const token of tokens) tf.set(token, (tf.get(token) ?? 0) + 1);
    const vec: Vector = new Map();
    let norm = 0;
    for (const [token, n] of tf) {
      const w = (1 + Math.log(n)) * this.idf(token) * (token.startsWith('b:') ? 0.5 : 1);
      vec.set(token, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [token, w] of vec) vec.set(token, w / norm);
    return vec;
  }
}

/** Tokens both vectors hold, by weight, for reasons. */
export function sharedTokens(a: Vector, b: Vector, n = 3): string[] {
  return [...a.keys()]
    .filter((t) => b.has(t))
    .sort((x, y) => a.get(y)! * b.get(y)! - a.get(x)! * b.get(x)!)
    .slice(0, n);
}
