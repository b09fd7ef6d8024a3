// The running n-th best score of a stream: how a list over many needs skips pairings that could
// no longer enter its head, without changing what the head holds.

/** A min-heap of the `n` best scores seen so far. */
export class TopScores {
  private readonly heap: number[] = [];

  constructor(private readonly n: number) {}

  add(score: number): void {
    const heap = this.heap;
    if (heap.length < this.n) {
      heap.push(score);
      let i = heap.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (heap[parent]! <= heap[i]!) break;
        [heap[parent], heap[i]] = [heap[i]!, heap[parent]!];
        i = parent;
      }
      return;
    }
    if (score <= heap[0]!) return;
    heap[0] = score;
    for (let i = 0; ; ) {
      const left = 2 * i + 1;
      const right = left + 1;
      let least = i;
      if (left < heap.length && heap[left]! < heap[least]!) least = left;
      if (right < heap.length && heap[right]! < heap[least]!) least = right;
      if (least === i) break;
      [heap[least], heap[i]] = [heap[i]!, heap[least]!];
      i = least;
    }
  }

  /**
   * The n-th best score so far (0 until n were seen). It only rises, and never passes the n-th best
   * of the whole stream: a pairing below it can be left out of the n best.
   */
  get threshold(): number {
    return this.heap.length < this.n ? 0 : this.heap[0]!;
  }
}
