/**
 * Scores by passage ordinal: a dense array plus the order in which passages were first scored.
 * It behaves like a Map from passage to score (the same values, the same iteration order) without
 * hashing an id per addition; `clear` only touches what was set, so reuse costs what use cost.
 */
export class OrdinalScores {
  readonly value: Float64Array;
  readonly seen: Uint8Array;
  /** Ordinals in first-scored order; the first `size` entries are live. */
  readonly order: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.value = new Float64Array(capacity);
    this.seen = new Uint8Array(capacity);
    this.order = new Int32Array(capacity);
  }

  private touch(ord: number): void {
    if (this.seen[ord] === 0) {
      this.seen[ord] = 1;
      this.order[this.size++] = ord;
    }
  }

  /** Map semantics of `set(id, (get(id) ?? 0) + v)`. */
  add(ord: number, v: number): void {
    this.touch(ord);
    this.value[ord]! += v;
  }

  set(ord: number, v: number): void {
    this.touch(ord);
    this.value[ord] = v;
  }

  /** 0 when never scored, like `get(id) ?? 0`. */
  get(ord: number): number {
    return this.value[ord]!;
  }

  has(ord: number): boolean {
    return this.seen[ord] === 1;
  }

  clear(): void {
    for (let i = 0; i < this.size; i++) {
      const ord = this.order[i]!;
      this.value[ord] = 0;
      this.seen[ord] = 0;
    }
    this.size = 0;
  }
}
