// Credits per API key, for providers that bill every request: each key starts with the same number, every success
// answer spends one, and a key with none left is refused (402) until the sandbox restarts.
export class CreditLedger {
  readonly #start: number;
  readonly #left = new Map<string, number>();

  constructor(start: number) {
    this.#start = start;
  }

  left(key: string): number {
    return this.#left.get(key) ?? this.#start;
  }

  /** Spends one credit of `key` and returns what is left; undefined (nothing spent) when none is left. */
  spend(key: string): number | undefined {
    const left = this.left(key);
    if (left <= 0) return undefined;
    this.#left.set(key, left - 1);
    return left - 1;
  }
}
