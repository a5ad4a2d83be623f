// Comments and replies in Scavio's shape: the world's comments (same `cid`s, texts, times), `is_author_digged` as 0/1.
import { commentJson, type CommentRef } from '../world/comments.js';
import type { WorldConfig } from '../world/config.js';

export function scavioComment(w: WorldConfig, ref: CommentRef) {
  const comment = commentJson(w, ref);
  return {
    cid: comment.cid,
    text: comment.text,
    aweme_id: comment.aweme_id,
    create_time: comment.create_time,
    digg_count: comment.digg_count,
    reply_comment_total: comment.reply_comment_total,
    reply_id: comment.reply_id,
    user: comment.user,
    is_author_digged: comment.is_author_digged ? 1 : 0,
  };
}
