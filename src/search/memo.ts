// Memos for pure functions of question text. Questions are unbounded, so a memo forgets everything once it
// reaches its bound: simpler than LRU, and the words real questions share are back after a few questions.

export const MAX_REMEMBERED = 10_000;

export class Memo<V> {
  private readonly values = new Map<string, V>();

  constructor(private readonly max = MAX_REMEMBERED) {}

  get(key: string, compute: (key: string) => V): V {
    const known = this.values.get(key);
    if (known !== undefined || this.values.has(key)) return known as V;
    const value = compute(key);
    if (this.values.size >= this.max) this.values.clear();
    this.values.set(key, value);
    return value;
  }

  get size(): number {
    return this.values.size;
  }
}
