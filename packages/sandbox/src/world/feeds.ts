// Lists of posts and accounts that are not an account's own posts: likes, followers, explore, related...
// Each is a finite list of distinct entities drawn from a seeded sequence.
import { exploreCategories } from './text.js';
import type { WorldConfig } from './config.js';
import { makeList, type List } from './list.js';
import { hash32 } from './random.js';
import { postCount, userAt } from './users.js';
import type { VideoRef } from './video-ref.js';

/** A list of posts by distinct accounts, one post each. */
export function postsByOthers(w: WorldConfig, seedParts: readonly (string | number)[], size: number): List<VideoRef> {
  return makeList(size, (i) => {
    const author = userAt(w, seedParts, i);
    return { author, k: hash32(w.seed, 'pick-post', ...seedParts, i) % postCount(w, author) };
  });
}

export function accountsList(w: WorldConfig, seedParts: readonly (string | number)[], size: number): List<number> {
  return makeList(size, (i) => userAt(w, seedParts, i));
}

export const likesOf = (w: WorldConfig, n: number) => postsByOthers(w, ['likes', n], w.sizes.lists);
export const savedOf = (w: WorldConfig, n: number) => postsByOthers(w, ['saved', n], w.sizes.lists);
export const followingPostsOf = (w: WorldConfig, n: number) => postsByOthers(w, ['following-posts', n], w.sizes.lists);
export const followersOf = (w: WorldConfig, n: number) => accountsList(w, ['followers', n], w.sizes.lists);
export const followingOf = (w: WorldConfig, n: number) => accountsList(w, ['following', n], w.sizes.lists);

export function explorePosts(w: WorldConfig, session: string, country: string, count: number): List<VideoRef> {
  return postsByOthers(w, ['explore', session, country], count);
}

export function exploreCategoryPosts(w: WorldConfig, category: number): List<VideoRef> {
  return postsByOthers(w, ['explore-category', category], w.sizes.lists);
}

export function isExploreCategory(category: number): boolean {
  return exploreCategories[category] !== undefined;
}

export function relatedPosts(w: WorldConfig, videoId: string, personal: string): List<VideoRef> {
  return postsByOthers(w, ['related', videoId, personal], Math.min(16, w.sizes.lists));
}
