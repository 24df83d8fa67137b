// Memos for pure functions of question text. Questions are unbounded, so a memo forgets everything once it
// reaches its bound: simpler than LRU, and the words real questions share are back after a few questions.

export const MAX_REMEMBERED = 10_000;

/** Stands for a remembered `undefined` (most words have no correction): found in one lookup, not two. */
const NOTHING: unique symbol = Symbol('nothing');

export class Memo<V> {
  private readonly values = new Map<string, V | typeof NOTHING>();

  constructor(private readonly max = MAX_REMEMBERED) {}

  get(key: string, compute: (key: string) => V): V {
    const known = this.values.get(key);
    if (known !== undefined) return (known === NOTHING ? undefined : known) as V;
    const value = compute(key);
    if (this.values.size >= this.max) this.values.clear();
    this.values.set(key, value === undefined ? NOTHING : value);
    return value;
  }

  get size(): number {
    return this.values.size;
  }
}
