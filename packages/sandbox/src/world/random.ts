// Deterministic randomness: every value in the sandbox's world is a pure function of the world seed and
// the entity it belongs to. Nothing here reads the clock or the platform's random source.

/** A 32-bit hash of the parts (FNV-1a over their text, then a murmur3-style finalizer). */
export function hash32(...parts: readonly (string | number | bigint)[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    const text = `${String(part)}\u0001`;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A small seeded generator (mulberry32) for drawing several values that belong to one entity. */
export class Rng {
  #state: number;

  constructor(...seedParts: readonly (string | number | bigint)[]) {
    this.#state = hash32(...seedParts);
  }

  /** A float in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(options: readonly T[]): T {
    const value = options[Math.floor(this.next() * options.length)];
    if (value === undefined) throw new Error('pick() from an empty list');
    return value;
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** A count that looks like TikTok's: mostly modest, sometimes huge (log-uniform between min and max). */
  popular(min: number, max: number): number {
    const low = Math.log(Math.max(1, min));
    const high = Math.log(Math.max(1, max));
    return Math.round(Math.exp(low + this.next() * (high - low)));
  }

  /** Lower-case hex text of the given length. */
  hex(length: number): string {
    let out = '';
    while (out.length < length) out += Math.floor(this.next() * 0x10000).toString(16).padStart(4, '0');
    return out.slice(0, length);
  }

  /** Text from the given alphabet. */
  chars(length: number, alphabet: string): string {
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[Math.floor(this.next() * alphabet.length)];
    return out;
  }
}
