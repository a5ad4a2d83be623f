// The knobs of the sandbox's world: its seed and how long its finite lists are.

/** How many items the world's finite lists hold. */
export interface ListSizes {
  /** Posts of lilyachty (the documented example account). Default 1000. */
  lilyachtyPosts: number;
  /** Comments on video 7109178205151464746 (the documented example video). Default 5000. */
  anchorComments: number;
  /**
   * Every other list: other accounts' posts, likes, followers and playlists, replies, music and hashtag
   * posts, search and discover results, conversations, messages, notifications, live lists... Default 50.
   */
  lists: number;
}

export interface WorldConfig {
  /** Changes texts, counts and which accounts fill the lists; IDs, usernames and list sizes stay the same. */
  readonly seed: number;
  readonly sizes: ListSizes;
}

export const defaultSizes: ListSizes = { lilyachtyPosts: 1000, anchorComments: 5000, lists: 50 };

/** Lower bounds: the documented example videos, comment, playlist and conversation always exist. */
export const MIN_SIZES: ListSizes = { lilyachtyPosts: 2, anchorComments: 1, lists: 1 };

/** Upper bounds the ID scheme can address. */
export const MAX_SIZES: ListSizes = { lilyachtyPosts: 9_999_999, anchorComments: 9_999_999, lists: 100_000 };

/** The world's "now" (2024-06-01): data never depends on the real clock. */
export const WORLD_NOW = 1_717_200_000;

export function resolveSizes(given: Partial<ListSizes> | undefined): ListSizes {
  const out = { ...defaultSizes };
  for (const name of Object.keys(defaultSizes) as (keyof ListSizes)[]) {
    const value = given?.[name];
    if (value === undefined) continue;
    if (!Number.isInteger(value) || value < MIN_SIZES[name] || value > MAX_SIZES[name]) {
      throw new RangeError(
        `sizes.${name} must be an integer from ${MIN_SIZES[name]} to ${MAX_SIZES[name]} (got ${String(value)}).`,
      );
    }
    out[name] = value;
  }
  return out;
}
