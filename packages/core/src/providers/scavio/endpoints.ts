import { defineEndpoint, requiredParam } from '../../endpoints/types.js';
import { countUpTo, cursor, hashtagId, keyword, secUserId, videoId } from './params.js';

// Paths are written out and parameters made with `requiredParam`, not spreads or templates: a bundler can then
// drop every descriptor of a provider its code never calls.
export const profile = defineEndpoint({
  key: 'profile',
  method: 'POST',
  safeToRetry: true,
  path: '/api/v1/tiktok/profile',
  auth: 'apiKey',
  description: "A user's profile, looked up by username or secure user ID.",
  oneOf: [['username', 'sec_user_id']],
  params: {
    username: {
      in: 'body',
      type: 'string',
      pattern: '^[A-Za-z0-9_.]+$',
      example: 'lilyachty',
      description: 'The TikTok handle, without @.',
    },
    sec_user_id: secUserId,
  },
});

export const userPosts = defineEndpoint({
  key: 'user.posts',
  method: 'POST',
  safeToRetry: true,
  path: '/api/v1/tiktok/user/posts',
  auth: 'apiKey',
  description: "A user's videos, latest or most popular first.",
  paging: { param: 'cursor', from: 'max_cursor', container: 'data', items: ['aweme_list'] },
  params: {
    sec_user_id: requiredParam(secUserId),
    cursor,
    count: countUpTo(30),
    sort_type: {
      in: 'body',
      type: 'string',
      enum: ['0', '1'],
      default: '0',
      example: '0',
      description: '"0": latest first, "1": most popular first.',
    },
  },
});

const followParams = {
  sec_user_id: requiredParam(secUserId),
  count: countUpTo(20),
  page_token: {
    in: 'body',
    type: 'string',
    description: 'The page to read: `data.next_page_token` of the previous page.',
  },
  min_time: {
    in: 'body',
    type: 'number',
    min: 0,
    description: 'The time bound of the page to read: `data.min_time` of the previous page.',
  },
} as const;

export const userFollowers = defineEndpoint({
  key: 'user.followers',
  method: 'POST',
  safeToRetry: true,
  path: '/api/v1/tiktok/user/followers',
  auth: 'apiKey',
  description: "A user's followers.",
  paging: { param: 'page_token', style: 'token_time', timeParam: 'min_time', from: 'next_page_token', container: 'data', items: ['followers'] },
  params: followParams,
});

export const userFollowings = defineEndpoint({
  key: 'user.followings',
  method: 'POST',
  safeToRetry: true,
  path: '/api/v1/tiktok/user/followings',
  auth: 'apiKey',
  description: 'The accounts a user follows.',
  paging: { param: 'page_token', style: 'token_time', timeParam: 'min_time', from: 'next_page_token', container: 'data', items: ['followings'] },
  params: followParams,
});

export const video = defineEndpoint({
  key: 'video',
  method: 'POST',
  safeToRetry: true,
  path: '/api/v1/tiktok/video',
  auth: 'apiKey',
  description: 'Full details of one video: statistics, author, sound, play and download addresses.',
  params: { video_id: requiredParam(videoId) },
});

export const videoComments = defineEndpoint({
  key: 'video.comments',
  method: 'POST',
  safeToRetry: true,
  path: '/api/v1/tiktok/video/comments',
  auth: 'apiKey',
  description: 'The comments on a video.',
  paging: { param: 'cursor', style: 'offset', container: 'data', items: ['comments'] },
  params: { video_id: requiredParam(videoId), cursor, count: countUpTo(50) },
});

export const videoCommentReplies = defineEndpoint({
  key: 'video.comments.replies',
  method: 'POST',
  safeToRetry: true,
  path: '/api/v1/tiktok/video/comments/replies',
  auth: 'apiKey',
  description: 'The replies to one comment.',
  paging: { param: 'cursor', style: 'offset', container: 'data', items: ['comments'] },
  params: {
    video_id: requiredParam(videoId),
    comment_id: {
      in: 'body',
      type: 'string',
      required: true,
      pattern: '^[0-9]+$',
      acceptsNumber: true,
      example: '7350811234567890123',
      description: 'The comment: `cid` of a comment of the comments endpoint.',
    },
    cursor,
    count: countUpTo(50),
  },
});

export const searchVideos = defineEndpoint({
  key: 'search.videos',
  method: 'POST',
  safeToRetry: true,
  path: '/api/v1/tiktok/search/videos',
  auth: 'apiKey',
  description: 'Videos matching a keyword.',
  paging: { param: 'cursor', style: 'offset', container: 'data', items: ['aweme_list'] },
  params: {
    keyword,
    cursor,
    count: countUpTo(30),
    sort_type: {
      in: 'body',
      type: 'string',
      enum: ['0', '1'],
      default: '0',
      example: '0',
      description: '"0": most relevant first, "1": most liked first.',
    },
    publish_time: {
      in: 'body',
      type: 'string',
      enum: ['0', '1', '7', '30', '90', '180'],
      default: '0',
      example: '7',
      description: 'Published within the last N days: "0" all time, "1", "7", "30", "90" or "180".',
    },
  },
});

export const searchUsers = defineEndpoint({
  key: 'search.users',
  method: 'POST',
  safeToRetry: true,
  path: '/api/v1/tiktok/search/users',
  auth: 'apiKey',
  description: 'Users matching a keyword.',
  paging: { param: 'cursor', style: 'offset', container: 'data', items: ['user_list'] },
  params: { keyword, cursor, count: countUpTo(30) },
});

export const hashtag = defineEndpoint({
  key: 'hashtag',
  method: 'POST',
  safeToRetry: true,
  path: '/api/v1/tiktok/hashtag',
  auth: 'apiKey',
  description: "A hashtag's details and counters, by name or ID.",
  oneOf: [['hashtag_name', 'hashtag_id']],
  params: {
    hashtag_name: {
      in: 'body',
      type: 'string',
      pattern: '^[^#\\s]+$',
      example: 'fyp',
      description: 'The hashtag text, without #.',
    },
    hashtag_id: hashtagId,
  },
});

export const hashtagVideos = defineEndpoint({
  key: 'hashtag.videos',
  method: 'POST',
  safeToRetry: true,
  path: '/api/v1/tiktok/hashtag/videos',
  auth: 'apiKey',
  description: 'Videos carrying a hashtag.',
  paging: { param: 'cursor', style: 'offset', container: 'data', items: ['aweme_list'] },
  params: { hashtag_id: requiredParam(hashtagId), cursor, count: countUpTo(30) },
});
