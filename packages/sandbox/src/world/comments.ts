// Comments and replies. A comment ID carries a hash of its video and its position, so (media_id, comment_id)
// pairs are checked without storing anything. Comment 7109185042560680750 is the example video's first.
import { ANCHOR_COMMENT, LILYACHTY } from './anchors.js';
import type { WorldConfig } from './config.js';
import { decodeId, encodeId, joinPayload, splitPayload } from './ids.js';
import { makeList, type List } from './list.js';
import { hash32, Rng } from './random.js';
import { commentTexts, emojis, replyTexts } from './text.js';
import { appUserJson, userAt } from './users.js';
import { commentCount, type VideoRef, videoId, videoTime } from './videos.js';

/** Comment `index` on a video; `parent` set for replies (reply `index` to comment `parent`). */
export interface CommentRef {
  readonly video: VideoRef;
  readonly index: number;
  readonly parent?: number;
}

function isAnchorVideo(video: VideoRef): boolean {
  return video.author === LILYACHTY.index && video.k === ANCHOR_COMMENT.videoK;
}

export function commentId(ref: CommentRef): string {
  const vid = videoId(ref.video);
  if (ref.parent === undefined) {
    if (isAnchorVideo(ref.video) && ref.index === ANCHOR_COMMENT.index) return ANCHOR_COMMENT.id;
    return encodeId('comment', joinPayload(hash32('comment-of', vid), ref.index, 7));
  }
  return encodeId('reply', joinPayload(hash32('reply-of', vid, ref.parent), ref.index, 7));
}

/** The top-level comment with this ID on this video. */
export function findComment(w: WorldConfig, video: VideoRef, id: string): CommentRef | undefined {
  if (isAnchorVideo(video) && id === ANCHOR_COMMENT.id) return { video, index: ANCHOR_COMMENT.index };
  const payload = decodeId('comment', id);
  if (payload === undefined) return undefined;
  const [key, index] = splitPayload(payload, 7);
  if (key !== hash32('comment-of', videoId(video)) || index >= commentCount(w, video)) return undefined;
  if (isAnchorVideo(video) && index === ANCHOR_COMMENT.index) return undefined;
  return { video, index };
}

/** Whether an ID could be a comment the sandbox handed out (used where no video is given). */
export function looksLikeComment(id: string): boolean {
  return id === ANCHOR_COMMENT.id || decodeId('comment', id) !== undefined || decodeId('reply', id) !== undefined;
}

export function commentsOf(w: WorldConfig, video: VideoRef): List<CommentRef> {
  return makeList(commentCount(w, video), (index) => ({ video, index }));
}

/** How many replies a comment has: the documented example comment has a full list. */
export function replyCount(w: WorldConfig, comment: CommentRef): number {
  if (isAnchorVideo(comment.video) && comment.index === ANCHOR_COMMENT.index) return w.sizes.lists;
  return hash32(w.seed, 'replies', videoId(comment.video), comment.index) % (Math.min(w.sizes.lists, 12) + 1);
}

export function repliesOf(w: WorldConfig, comment: CommentRef): List<CommentRef> {
  return makeList(replyCount(w, comment), (index) => ({ video: comment.video, index, parent: comment.index }));
}

function commentTime(w: WorldConfig, ref: CommentRef): number {
  const posted = videoTime(w, ref.video);
  if (ref.parent === undefined && isAnchorVideo(ref.video) && ref.index === ANCHOR_COMMENT.index) {
    return ANCHOR_COMMENT.createTime;
  }
  const base = posted + 60 + (hash32(w.seed, 'comment-time', videoId(ref.video), ref.parent ?? -1) % 86_400);
  return base + ref.index * 37;
}

/** A comment as the API shows it (app style, snake_case). */
export function commentJson(w: WorldConfig, ref: CommentRef) {
  const vid = videoId(ref.video);
  const rng = new Rng(w.seed, 'comment', vid, ref.parent ?? -1, ref.index);
  const author = userAt(w, ['commenters', vid, ref.parent ?? -1], ref.index);
  const cid = commentId(ref);
  const parentId = ref.parent === undefined ? '0' : commentId({ video: ref.video, index: ref.parent });
  const text = ref.parent === undefined ? `${rng.pick(commentTexts)} ${rng.pick(emojis)}` : rng.pick(replyTexts);
  return {
    cid,
    text,
    aweme_id: vid,
    create_time: commentTime(w, ref),
    digg_count: rng.popular(1, 50_000),
    reply_comment_total: ref.parent === undefined ? replyCount(w, ref) : 0,
    reply_id: parentId,
    reply_to_reply_id: '0',
    status: 1,
    user_digged: 0,
    is_author_digged: false,
    text_extra: [],
    comment_language: 'en',
    user: appUserJson(w, author),
    share_info: { url: `https://www.tiktok.com/@/video/${vid}`, title: text },
  };
}
