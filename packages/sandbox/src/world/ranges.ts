// Popular sounds and hashtags each own a block of accounts: the newest post of account j of block b uses
// sound (or hashtag) b. So a sound's post list and each post's `music` always agree, in both directions.
import type { WorldConfig } from './config.js';

const SPAN = 100_000;
const MUSIC_BASE = 1_000_000;
const HASHTAG_BASE = 5_000_000;

export type RangeKind = 'music' | 'hashtag';

function base(kind: RangeKind): number {
  return kind === 'music' ? MUSIC_BASE : HASHTAG_BASE;
}

/** How many posts a popular sound or hashtag lists. */
export function rangeSize(w: WorldConfig): number {
  return Math.min(w.sizes.lists, SPAN);
}

/** The author of the j-th post of block b (that post is the author's newest, k = 0). */
export function rangeAuthor(kind: RangeKind, b: number, j: number): number {
  return base(kind) + b * SPAN + j;
}

/** The block whose list holds post k of account n, if any. */
export function rangeOwner(w: WorldConfig, kind: RangeKind, n: number, k: number, blocks: number): number | undefined {
  if (k !== 0) return undefined;
  const offset = n - base(kind);
  if (offset < 0) return undefined;
  const b = Math.floor(offset / SPAN);
  return b < blocks && offset % SPAN < rangeSize(w) ? b : undefined;
}
