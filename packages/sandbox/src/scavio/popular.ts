// An account's posts most played first (user/posts with sort_type "1"); ties keep the newest first.
import type { WorldConfig } from '../world/config.js';
import { makeList, type List } from '../world/list.js';
import { itemJson, postsOf, type VideoRef } from '../world/videos.js';

const cache = new Map<string, readonly number[]>();
const MAX_CACHED = 64;

function order(w: WorldConfig, n: number): readonly number[] {
  const key = `${w.seed}:${w.sizes.lilyachtyPosts}:${w.sizes.lists}:${n}`;
  const known = cache.get(key);
  if (known) return known;
  const posts = postsOf(w, n);
  const plays = Array.from({ length: posts.size }, (_, k) => itemJson(w, posts.at(k)).stats.playCount);
  const ranked = plays.map((_, k) => k).sort((a, b) => (plays[b] ?? 0) - (plays[a] ?? 0) || a - b);
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(key, ranked);
  return ranked;
}

export function popularPostsOf(w: WorldConfig, n: number): List<VideoRef> {
  const ranked = order(w, n);
  return makeList(ranked.length, (i) => ({ author: n, k: ranked[i] ?? 0 }));
}
