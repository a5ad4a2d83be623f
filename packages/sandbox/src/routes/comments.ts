import { tiktokFailure } from '../failures.js';
import { commentJson, commentsOf, findComment, looksLikeComment, type CommentRef, repliesOf } from '../world/comments.js';
import { WORLD_NOW } from '../world/config.js';
import { encodeId } from '../world/ids.js';
import { hash32 } from '../world/random.js';
import { appUserJson } from '../world/users.js';
import { videoId } from '../world/videos.js';
import { type Call, paged, resolveVideo, type Route, success, text } from './context.js';

const app = { status_code: 0, extra: { now: WORLD_NOW * 1000 }, log_pb: { impr_id: 'sandbox' } };

function comment(call: Call, name = 'comment_id'): CommentRef {
  const video = resolveVideo(call, 'media_id');
  const found = findComment(call.world, video, text(call, name) ?? '');
  if (!found) throw tiktokFailure(10224);
  return found;
}

function list(call: Call) {
  const video = resolveVideo(call, 'media_id');
  const all = commentsOf(call.world, video);
  return paged(all, (ref) => commentJson(call.world, ref), {
    root: { ...app, total: all.size, reply_style: 2, alias_comment_deleted: false, top_gifts: [] },
  });
}

function replies(call: Call) {
  const all = repliesOf(call.world, comment(call));
  return paged(all, (ref) => commentJson(call.world, ref), { root: { ...app, total: all.size } });
}

function post(call: Call) {
  const video = resolveVideo(call, 'media_id');
  const replyTo = text(call, 'reply_comment_id');
  if (replyTo !== undefined) comment(call, 'reply_comment_id');
  const body = text(call, 'text') ?? '';
  const vid = videoId(video);
  return success({
    ...app,
    status_msg: 'Comment sent successfully',
    comment: {
      cid: encodeId('created', BigInt(hash32('comment', vid, body, replyTo ?? '')) * 1000n + 1n),
      text: body,
      aweme_id: vid,
      create_time: WORLD_NOW,
      digg_count: 0,
      reply_id: replyTo ?? '0',
      reply_to_reply_id: '0',
      reply_comment: [],
      text_extra: [],
      status: 7,
      user_digged: 0,
      user: appUserJson(call.world, call.account),
    },
  });
}

export const commentRoutes: Readonly<Record<string, Route>> = {
  'public.commentsList': list,
  'public.commentRepliesList': replies,
  'user.posts.comments.list': list,
  'user.posts.comments.replies': replies,
  'user.posts.comments.post': post,
  'user.posts.comments.like': (call) => {
    comment(call);
    return success({ ...app, status_msg: '', is_digg: 1 });
  },
  'user.posts.comments.unlike': (call) => {
    comment(call);
    return success({ ...app, status_msg: '', is_digg: 0 });
  },
  'user.posts.comments.delete': (call) => {
    if (!looksLikeComment(text(call, 'comment_id') ?? '')) throw tiktokFailure(10224);
    return success({ ...app, msg: 'success' });
  },
  'user.posts.like': (call) => {
    resolveVideo(call, 'media_id');
    return success({ ...app, is_digg: 1 });
  },
  'user.posts.unlike': (call) => {
    resolveVideo(call, 'media_id');
    return success({ ...app, is_digg: 0 });
  },
};
