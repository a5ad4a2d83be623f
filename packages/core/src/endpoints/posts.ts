import { defineEndpoint } from './types.js';
import { count, cursor, idOrShortLink, numericCursor, secUid, userId } from './shared-params.js';

export const feed = defineEndpoint({
  key: 'user.posts.feed',
  method: 'GET',
  safeToRetry: true,
  path: '/user/feed',
  auth: 'apiKey+accountKey',
  description: 'The authorized account\'s posts, or another account\'s as it sees them.',
  scopes: ['explore'],
  paging: { param: 'cursor', items: ['itemList'] },
  params: {
    count,
    cursor,
    secUid,
    user_id: userId,
  },
});

export const likes = defineEndpoint({
  key: 'user.posts.likes',
  method: 'GET',
  safeToRetry: true,
  path: '/user/likes',
  auth: 'apiKey+accountKey',
  description: 'Videos the authorized account (or another account) liked.',
  scopes: ['explore'],
  paging: { param: 'cursor', items: ['itemList'] },
  params: {
    count,
    secUid,
    cursor,
  },
});

export const followingPosts = defineEndpoint({
  key: 'user.posts.followingPosts',
  method: 'GET',
  safeToRetry: true,
  path: '/user/following_posts',
  auth: 'apiKey+accountKey',
  description: 'Posts from the accounts the authorized account follows.',
  scopes: ['explore'],
  paging: { param: 'cursor', items: ['itemList'], inferred: true },
  params: {
    count,
    cursor,
  },
});

export const relatedPosts = defineEndpoint({
  key: 'user.posts.relatedPosts',
  method: 'GET',
  safeToRetry: true,
  path: '/user/related_posts',
  auth: 'apiKey+accountKey',
  description: 'Videos recommended next to a video, personalised for the account.',
  scopes: ['explore'],
  params: {
    video_id: {
      in: 'query',
      required: true,
      type: 'string',
      pattern: idOrShortLink,
      acceptsNumber: true,
      example: '7109178205151464746',
      description: 'Video ID, or a vm.tiktok.com short link.',
    },
  },
});

export const savedPosts = defineEndpoint({
  key: 'user.posts.savedPosts',
  method: 'GET',
  safeToRetry: true,
  path: '/user/saved',
  auth: 'apiKey+accountKey',
  description: 'Videos the authorized account saved.',
  scopes: ['view_collections'],
  paging: { param: 'cursor', items: ['itemList'], inferred: true },
  params: {
    count,
    cursor,
  },
});

export const playlists = defineEndpoint({
  key: 'user.posts.playlists',
  method: 'GET',
  safeToRetry: true,
  path: '/user/playlists',
  auth: 'apiKey+accountKey',
  description: 'Playlists of the authorized account (or of another account).',
  scopes: ['view_collections'],
  paging: { param: 'cursor', items: ['playList'] },
  params: {
    secUid,
    count,
    cursor,
  },
});

export const playlistItems = defineEndpoint({
  key: 'user.posts.playlistItems',
  method: 'GET',
  safeToRetry: true,
  path: '/user/playlist/items',
  auth: 'apiKey+accountKey',
  description: 'Videos in a playlist, as the authorized account sees them.',
  scopes: ['view_collections'],
  paging: { param: 'cursor', items: ['itemList'] },
  params: {
    playlist_id: {
      in: 'query',
      required: true,
      pattern: '^[0-9]+$',
      example: '6948562344666532614',
      description: 'Playlist ID.',
    },
    count,
    cursor,
  },
});

export const explore = defineEndpoint({
  key: 'user.posts.explore',
  method: 'GET',
  safeToRetry: true,
  path: '/user/explore',
  auth: 'apiKey+accountKey',
  description: 'The authorized account\'s For You feed.',
  scopes: ['explore'],
  params: {
    count,
  },
});

export const search = defineEndpoint({
  key: 'user.posts.search',
  method: 'GET',
  safeToRetry: true,
  path: '/user/search/{category}',
  auth: 'apiKey+accountKey',
  description: 'Search as the authorized account: users, videos, both, or autocomplete.',
  scopes: ['explore'],
  paging: { param: 'nextCursor', items: ['item_list', 'user_list', 'data', 'sug_list'] },
  params: {
    category: {
      in: 'path',
      required: true,
      type: 'string',
      enum: ['general', 'users', 'videos', 'autocomplete'],
      example: 'general',
      description: 'What to look for.',
    },
    query: {
      in: 'query',
      required: true,
      type: 'string',
      example: 'lilyachty',
      description: 'Search text.',
    },
    nextCursor: {
      in: 'query',
      type: 'string',
      description: 'Position in the list, as returned by the previous page.',
    },
  },
});

export const video = defineEndpoint({
  key: 'user.posts.video',
  method: 'GET',
  safeToRetry: true,
  path: '/user/video',
  auth: 'apiKey+accountKey',
  description: 'One video, as the authorized account sees it.',
  scopes: ['explore'],
  params: {
    id: {
      in: 'query',
      required: true,
      type: 'string',
      pattern: idOrShortLink,
      acceptsNumber: true,
      example: '7003402629929913605',
      description: 'Numeric ID, or a vm.tiktok.com short link.',
    },
  },
});

export const postsLike = defineEndpoint({
  key: 'user.posts.like',
  method: 'POST',
  safeToRetry: false,
  path: '/user/like',
  auth: 'apiKey+accountKey',
  description: 'Like a video.',
  scopes: ['media_actions'],
  params: {
    media_id: {
      in: 'body',
      required: true,
      type: 'string',
      pattern: idOrShortLink,
      acceptsNumber: true,
      example: '7109178205151464746',
      description: 'Video ID, or a vm.tiktok.com short link.',
    },
  },
});

export const postsUnlike = defineEndpoint({
  key: 'user.posts.unlike',
  method: 'POST',
  safeToRetry: false,
  path: '/user/unlike',
  auth: 'apiKey+accountKey',
  description: 'Remove a like from a video.',
  scopes: ['media_actions'],
  params: {
    media_id: {
      in: 'body',
      required: true,
      type: 'string',
      pattern: idOrShortLink,
      acceptsNumber: true,
      example: '7109178205151464746',
      description: 'Video ID, or a vm.tiktok.com short link.',
    },
  },
});

export const list = defineEndpoint({
  key: 'user.posts.comments.list',
  method: 'GET',
  safeToRetry: true,
  path: '/user/comment/list',
  auth: 'apiKey+accountKey',
  description: 'Comments on a video, as the authorized account sees them.',
  scopes: ['media_actions'],
  paging: { param: 'cursor', items: ['comments'] },
  params: {
    media_id: {
      in: 'query',
      required: true,
      type: 'string',
      pattern: idOrShortLink,
      acceptsNumber: true,
      example: '7109178205151464746',
      description: 'Video ID, or a vm.tiktok.com short link.',
    },
    count,
    cursor: numericCursor,
  },
});

export const replies = defineEndpoint({
  key: 'user.posts.comments.replies',
  method: 'GET',
  safeToRetry: true,
  path: '/user/comment/reply/list',
  auth: 'apiKey+accountKey',
  description: 'Replies to a comment, as the authorized account sees them.',
  scopes: ['media_actions'],
  paging: { param: 'cursor', items: ['comments'] },
  params: {
    media_id: {
      in: 'query',
      required: true,
      type: 'string',
      pattern: idOrShortLink,
      acceptsNumber: true,
      example: '7109178205151464746',
      description: 'Video ID, or a vm.tiktok.com short link.',
    },
    comment_id: {
      in: 'query',
      required: true,
      type: 'string',
      pattern: '^[0-9]+$',
      acceptsNumber: true,
      example: '7109185042560680750',
      description: 'Comment ID.',
    },
    count,
    cursor: numericCursor,
  },
});

export const post = defineEndpoint({
  key: 'user.posts.comments.post',
  method: 'POST',
  safeToRetry: false,
  path: '/user/comment',
  auth: 'apiKey+accountKey',
  description: 'Post a comment on a video, or a reply to a comment.',
  scopes: ['media_actions'],
  params: {
    media_id: {
      in: 'body',
      required: true,
      type: 'string',
      pattern: idOrShortLink,
      acceptsNumber: true,
      example: '7109178205151464746',
      description: 'Video ID, or a vm.tiktok.com short link.',
    },
    text: {
      in: 'body',
      required: true,
      type: 'string',
      example: 'Italian food is the best',
      description: 'Text to send.',
    },
    reply_comment_id: {
      in: 'body',
      type: 'string',
      pattern: '^[0-9]+$',
      acceptsNumber: true,
      description: 'ID of the comment this one replies to.',
    },
    has_tags: {
      in: 'body',
      type: 'boolean',
      default: false,
      description: 'Whether the text contains @mentions to resolve.',
    },
  },
});

export const commentsLike = defineEndpoint({
  key: 'user.posts.comments.like',
  method: 'POST',
  safeToRetry: false,
  path: '/user/comment/like',
  auth: 'apiKey+accountKey',
  description: 'Like a comment.',
  scopes: ['media_actions'],
  params: {
    media_id: {
      in: 'body',
      required: true,
      type: 'string',
      pattern: idOrShortLink,
      acceptsNumber: true,
      example: '7109178205151464746',
      description: 'Video ID, or a vm.tiktok.com short link.',
    },
    comment_id: {
      in: 'body',
      required: true,
      type: 'string',
      pattern: '^[0-9]+$',
      acceptsNumber: true,
      example: '7109185042560680750',
      description: 'Comment ID.',
    },
  },
});

export const commentsUnlike = defineEndpoint({
  key: 'user.posts.comments.unlike',
  method: 'POST',
  safeToRetry: false,
  path: '/user/comment/unlike',
  auth: 'apiKey+accountKey',
  description: 'Remove a like from a comment.',
  scopes: ['media_actions'],
  params: {
    media_id: {
      in: 'body',
      required: true,
      type: 'string',
      pattern: idOrShortLink,
      acceptsNumber: true,
      example: '7109178205151464746',
      description: 'Video ID, or a vm.tiktok.com short link.',
    },
    comment_id: {
      in: 'body',
      required: true,
      type: 'string',
      pattern: '^[0-9]+$',
      acceptsNumber: true,
      example: '7109185042560680750',
      description: 'Comment ID.',
    },
  },
});

export const deleteRequest = defineEndpoint({
  key: 'user.posts.comments.delete',
  method: 'POST',
  safeToRetry: false,
  path: '/user/comment/delete',
  auth: 'apiKey+accountKey',
  description: 'Delete a comment the authorized account wrote.',
  scopes: ['media_actions'],
  params: {
    comment_id: {
      in: 'body',
      required: true,
      type: 'string',
      pattern: '^[0-9]+$',
      acceptsNumber: true,
      example: '7109185042560680750',
      description: 'Comment ID.',
    },
  },
});
