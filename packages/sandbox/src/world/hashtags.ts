// Hashtags: a fixed vocabulary (4655293 is #lilyachty, hashtag 0; 229207 is #fyp, hashtag 1). The newest post of
// each account in a hashtag's block carries it, so a hashtag's posts and each post's `challenges` agree.
import { ANCHOR_HASHTAG_ID, FYP_HASHTAG_ID } from './anchors.js';
import type { WorldConfig } from './config.js';
import { makeList, type List } from './list.js';
import { imageUrl } from './media.js';
import { hash32, Rng } from './random.js';
import { rangeAuthor, rangeOwner, rangeSize } from './ranges.js';
import { hashtagNames } from './text.js';
import type { VideoRef } from './video-ref.js';

const documented: Readonly<Record<number, string>> = { 0: ANCHOR_HASHTAG_ID, 1: FYP_HASHTAG_ID };

const ids: readonly string[] = hashtagNames.map((_, h) => documented[h] ?? String(10_000 + (hash32('hashtag-id', h) % 90_000_000)));

export function hashtagId(h: number): string {
  return ids[h] ?? ANCHOR_HASHTAG_ID;
}

export function findHashtagById(id: string): number | undefined {
  const h = ids.indexOf(id);
  return h < 0 ? undefined : h;
}

export function findHashtagByName(name: string): number | undefined {
  const h = (hashtagNames as readonly string[]).indexOf(name.replace(/^#/, '').toLowerCase());
  return h < 0 ? undefined : h;
}

export function hashtagCount(): number {
  return hashtagNames.length;
}

export function hashtagOfVideo(w: WorldConfig, video: VideoRef): number | undefined {
  return rangeOwner(w, 'hashtag', video.author, video.k, hashtagNames.length);
}

export function hashtagPosts(w: WorldConfig, h: number): List<VideoRef> {
  return makeList(rangeSize(w), (j) => ({ author: rangeAuthor('hashtag', h, j), k: 0 }));
}

export function challengeJson(w: WorldConfig, h: number) {
  const name = hashtagNames[h] ?? hashtagNames[0];
  const cover = imageUrl('challenge', hashtagId(h));
  return {
    id: hashtagId(h),
    title: name,
    desc: `Posts tagged #${name} in the sandbox.`,
    profileThumb: cover,
    profileMedium: cover,
    profileLarger: cover,
    coverThumb: cover,
    coverMedium: cover,
    coverLarger: cover,
    isCommerce: false,
  };
}

export function challengeStats(w: WorldConfig, h: number) {
  const rng = new Rng(w.seed, 'hashtag-stats', h);
  return { videoCount: rangeSize(w), viewCount: rng.popular(100_000, 90_000_000_000) };
}
