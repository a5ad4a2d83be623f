// Posts. Post k of account n has an ID that carries (n, k); lilyachty's two newest posts are the documented
// example videos, and the newest post of @tiktok is the Scavio docs' one. Post times fall strictly with k, so lists
// of posts can page by time.
import { ANCHOR_COMMENT, ANCHOR_VIDEOS, LILYACHTY, SCAVIO_EXAMPLE_VIDEO } from './anchors.js';
import { WORLD_NOW, type WorldConfig } from './config.js';
import { challengeJson, hashtagOfVideo } from './hashtags.js';
import { decodeId, encodeId, joinPayload, splitPayload } from './ids.js';
import { makeList, type List } from './list.js';
import { imageUrl, shareUrl, videoUrl } from './media.js';
import { musicJson, musicOfVideo } from './music.js';
import { hash32, Rng } from './random.js';
import { captionOpeners, emojis, hashtagNames } from './text.js';
import { identity, isUser, postCount, userJson, userStats } from './users.js';
import type { VideoRef } from './video-ref.js';

export type { VideoRef } from './video-ref.js';

/** Every documented example video, with its author. */
const anchorVideos: readonly { id: string; author: number; k: number; createTime: number }[] = [
  ...ANCHOR_VIDEOS.map((v) => ({ ...v, author: LILYACHTY.index })),
  SCAVIO_EXAMPLE_VIDEO,
];

function anchorAt(ref: VideoRef) {
  return anchorVideos.find((v) => v.author === ref.author && v.k === ref.k);
}

export function videoId(ref: VideoRef): string {
  return anchorAt(ref)?.id ?? encodeId('video', joinPayload(ref.author, ref.k, 7));
}

export function findVideo(w: WorldConfig, id: string): VideoRef | undefined {
  const anchor = anchorVideos.find((v) => v.id === id);
  if (anchor) return { author: anchor.author, k: anchor.k };
  const payload = decodeId('video', id);
  if (payload === undefined) return undefined;
  const [author, k] = splitPayload(payload, 7);
  if (!isUser(author) || k >= postCount(w, author)) return undefined;
  if (anchorAt({ author, k })) return undefined;
  return { author, k };
}

export function sameVideo(a: VideoRef, b: VideoRef): boolean {
  return a.author === b.author && a.k === b.k;
}

/** When a post was made (seconds); strictly decreasing in k for each account. */
export function videoTime(w: WorldConfig, ref: VideoRef): number {
  const { author, k } = ref;
  if (author === LILYACHTY.index) {
    const anchor = ANCHOR_VIDEOS.find((v) => v.k === k);
    if (anchor) return anchor.createTime;
    const last = ANCHOR_VIDEOS[ANCHOR_VIDEOS.length - 1]?.createTime ?? WORLD_NOW;
    const gap = Math.max(2, Math.floor((last - LILYACHTY.createTime) / Math.max(1, postCount(w, author))));
    return last - (k - ANCHOR_VIDEOS.length + 1) * gap - (hash32(w.seed, 'jitter', author, k) % gap);
  }
  if (author === SCAVIO_EXAMPLE_VIDEO.author && k === SCAVIO_EXAMPLE_VIDEO.k) return SCAVIO_EXAMPLE_VIDEO.createTime;
  const newest =
    author === SCAVIO_EXAMPLE_VIDEO.author
      ? SCAVIO_EXAMPLE_VIDEO.createTime
      : WORLD_NOW - 3600 - (hash32(w.seed, 'newest', author) % (30 * 86_400));
  const gap = 43_200 + (hash32(w.seed, 'gap', author) % (4 * 86_400));
  return newest - k * gap - (hash32(w.seed, 'jitter', author, k) % gap);
}

/** An account's posts, newest first. */
export function postsOf(w: WorldConfig, n: number): List<VideoRef> {
  return makeList(
    postCount(w, n),
    (k) => ({ author: n, k }),
    (k) => videoTime(w, { author: n, k }),
  );
}

/** How many comments a post has: the documented example video has many. */
export function commentCount(w: WorldConfig, ref: VideoRef): number {
  return ref.author === LILYACHTY.index && ref.k === ANCHOR_COMMENT.videoK ? w.sizes.anchorComments : w.sizes.lists;
}

function caption(w: WorldConfig, ref: VideoRef, tag: string | undefined) {
  const rng = new Rng(w.seed, 'caption', ref.author, ref.k);
  const text = `${rng.pick(captionOpeners)} ${rng.pick(emojis)}`;
  if (!tag) return { desc: text, textExtra: [] as unknown[] };
  const start = text.length + 1;
  return {
    desc: `${text} #${tag}`,
    textExtra: [
      {
        awemeId: '',
        start,
        end: start + tag.length + 1,
        hashtagName: tag,
        hashtagId: '',
        type: 1,
        userId: '',
        isCommerce: false,
        userUniqueId: '',
        secUid: '',
        subType: 0,
      },
    ],
  };
}

/** A post as TikTok's web API shows it (an "item"). */
export function itemJson(w: WorldConfig, ref: VideoRef) {
  const id = videoId(ref);
  const rng = new Rng(w.seed, 'video', ref.author, ref.k);
  const hashtag = hashtagOfVideo(w, ref);
  const tag = hashtag === undefined ? undefined : hashtagNames[hashtag];
  const { desc, textExtra } = caption(w, ref, tag);
  if (textExtra[0] && hashtag !== undefined) (textExtra[0] as { hashtagId: string }).hashtagId = challengeJson(w, hashtag).id;
  const cover = imageUrl('cover', id);
  const play = videoUrl(id, rng);
  const playCount = rng.popular(200, 50_000_000);
  return {
    id,
    desc,
    createTime: videoTime(w, ref),
    video: {
      id,
      height: 1024,
      width: 576,
      duration: rng.int(6, 180),
      ratio: '720p',
      cover,
      originCover: cover,
      dynamicCover: cover,
      playAddr: play,
      downloadAddr: play,
      shareCover: [''],
      reflowCover: cover,
      bitrate: rng.int(400_000, 2_500_000),
      encodedType: 'normal',
      format: 'mp4',
      videoQuality: 'normal',
      codecType: 'h264',
      definition: '720p',
    },
    author: userJson(w, ref.author),
    music: musicJson(w, musicOfVideo(w, ref)),
    challenges: hashtag === undefined ? [] : [challengeJson(w, hashtag)],
    stats: {
      diggCount: Math.round(playCount * rng.next() * 0.2),
      shareCount: Math.round(playCount * rng.next() * 0.01),
      commentCount: commentCount(w, ref),
      playCount,
      collectCount: Math.round(playCount * rng.next() * 0.02),
    },
    duetInfo: { duetFromId: '0' },
    originalItem: false,
    officalItem: false,
    textExtra,
    secret: false,
    forFriend: false,
    digged: false,
    itemCommentStatus: 0,
    showNotPass: false,
    vl1: false,
    itemMute: false,
    authorStats: userStats(w, ref.author),
    privateItem: false,
    duetEnabled: true,
    stitchEnabled: true,
    shareEnabled: true,
    isAd: false,
    collected: false,
    locationCreated: 'US',
    shareUrl: shareUrl(`@${identity(w, ref.author).uniqueId}/video/${id}`),
  };
}
