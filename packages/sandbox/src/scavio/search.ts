// search/videos with its filters. Without them the list is TikAPI's search list for the keyword, unchanged.
// `publish_time` N: the newest posts, made within the last N days of the world's "now", of a seeded sequence of
// accounts (a keyword's own list, as a real search would give). `sort_type` "1": the most liked first.
import { WORLD_NOW, type WorldConfig } from '../world/config.js';
import { makeList, type List } from '../world/list.js';
import { searchVideos } from '../world/search.js';
import { userAt } from '../world/users.js';
import { itemJson, type VideoRef, videoTime } from '../world/videos.js';

const cache = new Map<string, readonly VideoRef[]>();
const MAX_CACHED = 64;
/** How many accounts are looked at per result wanted, and in all, at most: bounds the work for a narrow window
 * (which may then hold fewer results than the world's list length). */
const SCAN_FACTOR = 200;
const MAX_SCAN = 1_000_000;

function withinDays(w: WorldConfig, keyword: string, days: number): VideoRef[] {
  const since = WORLD_NOW - days * 86_400;
  const out: VideoRef[] = [];
  const wanted = w.sizes.lists;
  const limit = Math.min(wanted * SCAN_FACTOR, MAX_SCAN);
  for (let i = 0; out.length < wanted && i < limit; i++) {
    const ref = { author: userAt(w, ['search-videos-within', keyword.trim().toLowerCase(), days], i), k: 0 };
    if (videoTime(w, ref) >= since) out.push(ref);
  }
  return out;
}

function mostLikedFirst(w: WorldConfig, refs: readonly VideoRef[]): VideoRef[] {
  const likes = refs.map((ref) => itemJson(w, ref).stats.diggCount);
  return refs
    .map((ref, i) => ({ ref, i }))
    .sort((a, b) => (likes[b.i] ?? 0) - (likes[a.i] ?? 0) || a.i - b.i)
    .map(({ ref }) => ref);
}

export function filteredSearchVideos(w: WorldConfig, keyword: string, sortType = '0', publishTime = '0'): List<VideoRef> {
  const all = searchVideos(w, keyword);
  const days = Number(publishTime);
  if (sortType !== '1' && !(days > 0)) return all;
  const key = JSON.stringify([w.seed, w.sizes, keyword, sortType, days]);
  let refs = cache.get(key);
  if (!refs) {
    const base = days > 0 ? withinDays(w, keyword, days) : Array.from({ length: all.size }, (_, i) => all.at(i));
    refs = sortType === '1' ? mostLikedFirst(w, base) : base;
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(key, refs);
  }
  const picked = refs;
  return makeList(picked.length, (j) => picked[j] ?? { author: 0, k: 0 });
}
