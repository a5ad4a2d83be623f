// Comments and replies. A comment ID carries a hash of its video and its position, so (media_id, comment_id)
// pairs are checked without storing anything. Comment 7109185042560680750 is the example video's first, and
// 7350811234567890123 the first on the Scavio docs' example video.
import { ANCHOR_COMMENTS } from './anchors.js';
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

/** The documented example comment on this video, if it has one. */
function anchorOn(video: VideoRef) {
  return ANCHOR_COMMENTS.find((c) => c.author === video.author && c.videoK === video.k);
}

/** The documented example comment this (top-level) comment is, if it is one. */
function anchorOf(ref: CommentRef) {
  const anchor = ref.parent === undefined ? anchorOn(ref.video) : undefined;
  return anchor?.index === ref.index ? anchor : undefined;
}

export function commentId(ref: CommentRef): string {
  const vid = videoId(ref.video);
  if (ref.parent === undefined) {
    const anchor = anchorOf(ref);
    if (anchor) return anchor.id;
    return encodeId('comment', joinPayload(hash32('comment-of', vid), ref.index, 7));
  }
  return encodeId('reply', joinPayload(hash32('reply-of', vid, ref.parent), ref.index, 7));
}

/** The top-level comment with this ID on this video. */
export function findComment(w: WorldConfig, video: VideoRef, id: string): CommentRef | undefined {
  const anchor = anchorOn(video);
  if (anchor?.id === id) return { video, index: anchor.index };
  const payload = decodeId('comment', id);
  if (payload === undefined) return undefined;
  const [key, index] = splitPayload(payload, 7);
  if (key !== hash32('comment-of', videoId(video)) || index >= commentCount(w, video)) return undefined;
  if (anchor?.index === index) return undefined;
  return { video, index };
}

/** Whether an ID could be a comment the sandbox handed out (used where no video is given). */
export function looksLikeComment(id: string): boolean {
  return ANCHOR_COMMENTS.some((c) => c.id === id) || decodeId('comment', id) !== undefined || decodeId('reply', id) !== undefined;
}

export function commentsOf(w: WorldConfig, video: VideoRef): List<CommentRef> {
  return makeList(commentCount(w, video), (index) => ({ video, index }));
}

/** How many replies a comment has: the documented example comment has a full list. */
export function replyCount(w: WorldConfig, comment: CommentRef): number {
  if (anchorOf(comment)) return w.sizes.lists;
  return hash32(w.seed, 'replies', videoId(comment.video), comment.index) % (Math.min(w.sizes.lists, 12) + 1);
}

export function repliesOf(w: WorldConfig, comment: CommentRef): List<CommentRef> {
  return makeList(replyCount(w, comment), (index) => ({ video: comment.video, index, parent: comment.index }));
}

function commentTime(w: WorldConfig, ref: CommentRef): number {
  const posted = videoTime(w, ref.video);
  const anchor = anchorOf(ref);
  if (anchor) return anchor.createTime;
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
