/**
 * What the pages of one run have seen (requested positions, item identities): key -> depth of the page that first
 * had it. The pages of a run share one append-only map, and each page's view shows only the entries of the pages
 * before it, so a page stays plain data that later pages never change, and no page copies the history (which would
 * cost time and memory growing with the run). A view that is extended a second time (the same page fetched again)
 * gets a copy of what it shows, so the two branches never see each other's entries.
 */
export class RunHistory implements ReadonlyMap<string, number> {
  readonly #entries: Map<string, number>;
  /** The deepest view made on `#entries`; only that one may add to it in place. */
  readonly #tip: { depth: number };
  /** The view shows the entries below this depth. */
  readonly #depth: number;

  private constructor(entries: Map<string, number>, tip: { depth: number }, depth: number) {
    this.#entries = entries;
    this.#tip = tip;
    this.#depth = depth;
  }

  /**
   * The history after the page at `depth` (whose run saw `before`): `before` plus each of `keys` not in it yet, as
   * first had by that page, and `first` as had by the run's first page (depth 0) when it is not in it yet. The
   * result shows the entries below `depth + 1`.
   */
  static after(before: ReadonlyMap<string, number>, depth: number, keys: readonly string[], first?: string): RunHistory {
    const shared = before instanceof RunHistory && before.#depth === depth && before.#tip.depth === depth ? before : undefined;
    // In place, only this page's own entries may be added: an older one would show in the views before it.
    const inPlace = shared !== undefined && (first === undefined || depth === 0 || shared.#entries.has(first));
    const entries = inPlace ? shared.#entries : new Map(before);
    const tip = inPlace ? shared.#tip : { depth };
    if (first !== undefined && !entries.has(first)) entries.set(first, 0);
    for (const key of keys) if (!entries.has(key)) entries.set(key, depth);
    tip.depth = depth + 1;
    return new RunHistory(entries, tip, depth + 1);
  }

  get(key: string): number | undefined {
    const value = this.#entries.get(key);
    return value !== undefined && value < this.#depth ? value : undefined;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  get size(): number {
    let size = 0;
    for (const value of this.#entries.values()) if (value < this.#depth) size++;
    return size;
  }

  *entries(): MapIterator<[string, number]> {
    for (const [key, value] of this.#entries) if (value < this.#depth) yield [key, value];
  }

  *keys(): MapIterator<string> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<number> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }

  forEach(callback: (value: number, key: string, map: ReadonlyMap<string, number>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this);
  }

  get [Symbol.toStringTag](): string {
    return 'Map';
  }
}
