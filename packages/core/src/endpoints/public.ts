import { defineEndpoint } from './types.js';
import { count, country, cursor, idOrShortLink, numericCursor, secUid, sessionId, userId, usernameOrShortLink } from './shared-params.js';

export const check = defineEndpoint({
  key: 'public.check',
  method: 'GET',
  safeToRetry: true,
  path: '/public/check',
  auth: 'apiKey',
  description: 'Profile of any public account, looked up by username or user ID.',
  oneOf: [['username', 'user_id']],
  params: {
    country,
    session_id: sessionId,
    username: {
      in: 'query',
      type: 'string',
      pattern: usernameOrShortLink,
      example: 'lilyachty',
      description: 'TikTok username, or a vm.tiktok.com short link.',
    },
    user_id: userId,
  },
});

export const posts = defineEndpoint({
  key: 'public.posts',
  method: 'GET',
  safeToRetry: true,
  path: '/public/posts',
  auth: 'apiKey',
  description: 'A public account\'s posts, newest first.',
  paging: { param: 'cursor', items: ['itemList'] },
  params: {
    country,
    session_id: sessionId,
    secUid: { ...secUid, required: true },
    count,
    cursor,
    user_id: userId,
  },
});

export const likes = defineEndpoint({
  key: 'public.likes',
  method: 'GET',
  safeToRetry: true,
  path: '/public/likes',
  auth: 'apiKey',
  description: 'Videos a public account has liked, when its likes are visible.',
  paging: { param: 'cursor', items: ['itemList'] },
  params: {
    country,
    session_id: sessionId,
    secUid: { ...secUid, required: true },
    count,
    cursor,
  },
});

export const followersList = defineEndpoint({
  key: 'public.followersList',
  method: 'GET',
  safeToRetry: true,
  path: '/public/followers',
  auth: 'apiKey',
  description: 'A public account\'s followers.',
  paging: { param: 'nextCursor', items: ['userList'] },
  params: {
    country,
    session_id: sessionId,
    secUid: { ...secUid, required: true },
    count,
    nextCursor: {
      in: 'query',
      type: 'number',
      description: 'Position in the list, as returned by the previous page.',
    },
  },
});

export const followingList = defineEndpoint({
  key: 'public.followingList',
  method: 'GET',
  safeToRetry: true,
  path: '/public/following',
  auth: 'apiKey',
  description: 'Accounts a public account follows.',
  paging: { param: 'nextCursor', items: ['userList'] },
  params: {
    country,
    session_id: sessionId,
    secUid: { ...secUid, required: true },
    count,
    nextCursor: {
      in: 'query',
      type: 'number',
      description: 'Position in the list, as returned by the previous page.',
    },
  },
});

export const explore = defineEndpoint({
  key: 'public.explore',
  method: 'GET',
  safeToRetry: true,
  path: '/public/explore',
  auth: 'apiKey',
  description: 'Trending videos from the explore feed.',
  params: {
    country,
    session_id: sessionId,
    count,
  },
});

export const video = defineEndpoint({
  key: 'public.video',
  method: 'GET',
  safeToRetry: true,
  path: '/public/video',
  auth: 'apiKey',
  description: 'One video with its author, music, stats and download links.',
  params: {
    country,
    session_id: sessionId,
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

export const videoV2 = defineEndpoint({
  key: 'public.videoV2',
  method: 'GET',
  safeToRetry: true,
  path: '/public/video/v2',
  auth: 'apiKey',
  description: 'One video, from the second-generation lookup.',
  undocumented: true,
  params: {
    country,
    session_id: sessionId,
    id: {
      in: 'query',
      required: true,
      type: 'string',
      pattern: idOrShortLink,
      acceptsNumber: true,
      example: '7109178205151464746',
      description: 'Numeric ID, or a vm.tiktok.com short link.',
    },
  },
});

export const videoV3 = defineEndpoint({
  key: 'public.videoV3',
  method: 'GET',
  safeToRetry: true,
  path: '/public/video/v3',
  auth: 'apiKey',
  description: 'One video, looked up with its author username (third-generation lookup).',
  undocumented: true,
  params: {
    country,
    session_id: sessionId,
    id: {
      in: 'query',
      required: true,
      type: 'string',
      pattern: idOrShortLink,
      acceptsNumber: true,
      example: '7109178205151464746',
      description: 'Numeric ID, or a vm.tiktok.com short link.',
    },
    username: {
      in: 'query',
      required: true,
      type: 'string',
      pattern: usernameOrShortLink,
      description: 'TikTok username, or a vm.tiktok.com short link.',
    },
  },
});

export const relatedPosts = defineEndpoint({
  key: 'public.relatedPosts',
  method: 'GET',
  safeToRetry: true,
  path: '/public/related_posts',
  auth: 'apiKey',
  description: 'Videos TikTok recommends next to a given video.',
  params: {
    country,
    session_id: sessionId,
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

export const playlists = defineEndpoint({
  key: 'public.playlists',
  method: 'GET',
  safeToRetry: true,
  path: '/public/playlists',
  auth: 'apiKey',
  description: 'A public account\'s playlists.',
  paging: { param: 'cursor', items: ['playList'] },
  params: {
    country,
    session_id: sessionId,
    secUid: { ...secUid, required: true },
    count,
    cursor,
  },
});

export const playlistItems = defineEndpoint({
  key: 'public.playlistItems',
  method: 'GET',
  safeToRetry: true,
  path: '/public/playlist/items',
  auth: 'apiKey',
  description: 'Videos in a playlist.',
  paging: { param: 'cursor', items: ['itemList'] },
  params: {
    country,
    session_id: sessionId,
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

export const exploreCategory = defineEndpoint({
  key: 'public.exploreCategory',
  method: 'GET',
  safeToRetry: true,
  path: '/public/explore/category',
  auth: 'apiKey',
  description: 'Trending videos of one explore category.',
  paging: { param: 'cursor', items: ['itemList'] },
  undocumented: true,
  params: {
    country,
    session_id: sessionId,
    category_id: {
      in: 'query',
      required: true,
      pattern: '^[0-9]+$',
      example: '1',
      description: 'Explore category ID.',
    },
    count,
  },
});

export const hashtag = defineEndpoint({
  key: 'public.hashtag',
  method: 'GET',
  safeToRetry: true,
  path: '/public/hashtag',
  auth: 'apiKey',
  description: 'Videos under a hashtag, by hashtag ID or name.',
  paging: { param: 'cursor', items: ['itemList'] },
  oneOf: [['id', 'name']],
  params: {
    country,
    session_id: sessionId,
    id: {
      in: 'query',
      type: 'string',
      pattern: idOrShortLink,
      acceptsNumber: true,
      example: '4655293',
      description: 'Numeric ID, or a vm.tiktok.com short link.',
    },
    name: { in: 'query', type: 'string', description: 'Hashtag name, without the #.' },
    count,
    cursor,
  },
});

export const commentsList = defineEndpoint({
  key: 'public.commentsList',
  method: 'GET',
  safeToRetry: true,
  path: '/public/comment/list',
  auth: 'apiKey',
  description: 'Comments on a video.',
  paging: { param: 'cursor', items: ['comments'] },
  params: {
    country,
    session_id: sessionId,
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

export const commentRepliesList = defineEndpoint({
  key: 'public.commentRepliesList',
  method: 'GET',
  safeToRetry: true,
  path: '/public/comment/reply/list',
  auth: 'apiKey',
  description: 'Replies to one of a video\'s comments.',
  paging: { param: 'cursor', items: ['comments'] },
  params: {
    country,
    session_id: sessionId,
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

export const music = defineEndpoint({
  key: 'public.music',
  method: 'GET',
  safeToRetry: true,
  path: '/public/music',
  auth: 'apiKey',
  description: 'Videos that use a sound.',
  paging: { param: 'cursor', container: 'itemStruct', items: ['itemList'] },
  params: {
    country,
    session_id: sessionId,
    id: {
      in: 'query',
      required: true,
      type: 'string',
      pattern: idOrShortLink,
      acceptsNumber: true,
      example: '28459463',
      description: 'Numeric ID, or a vm.tiktok.com short link.',
    },
    count,
    cursor,
  },
});

export const musicInfo = defineEndpoint({
  key: 'public.musicInfo',
  method: 'GET',
  safeToRetry: true,
  path: '/public/music/info',
  auth: 'apiKey',
  description: 'Details of a sound: title, author, cover, use count.',
  params: {
    country,
    session_id: sessionId,
    id: {
      in: 'query',
      required: true,
      type: 'string',
      pattern: idOrShortLink,
      acceptsNumber: true,
      example: '28459463',
      description: 'Numeric ID, or a vm.tiktok.com short link.',
    },
  },
});

export const discover = defineEndpoint({
  key: 'public.discover',
  method: 'GET',
  safeToRetry: true,
  path: '/public/discover/{category}',
  auth: 'apiKey',
  description: 'Suggested users, sounds or hashtags (superseded by discoverV3).',
  paging: { param: 'offset', items: ['userList', 'musicList', 'musicInfoList', 'challengeList'] },
  params: {
    country,
    session_id: sessionId,
    category: {
      in: 'path',
      required: true,
      type: 'string',
      enum: ['users', 'music', 'hashtag'],
      example: 'users',
      description: 'What to look for.',
    },
    count,
    offset: {
      in: 'query',
      type: 'number',
      pattern: '^[0-9]+$',
      description: 'Offset in the list, as returned by the previous page.',
    },
  },
});

export const discoverKeyword = defineEndpoint({
  key: 'public.discoverKeyword',
  method: 'GET',
  safeToRetry: true,
  path: '/public/discover/keyword',
  auth: 'apiKey',
  description: 'Suggestions related to a keyword.',
  params: {
    country,
    session_id: sessionId,
    keyword: {
      in: 'query',
      required: true,
      type: 'string',
      example: 'lilyachty',
      description: 'Keyword to look up.',
    },
  },
});

export const search = defineEndpoint({
  key: 'public.search',
  method: 'GET',
  safeToRetry: true,
  path: '/public/search/{category}',
  auth: 'apiKey',
  description: 'Search users, videos, both, or autocomplete suggestions.',
  paging: { param: 'nextCursor', items: ['item_list', 'user_list', 'data', 'sug_list'] },
  params: {
    country,
    session_id: sessionId,
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

export const checkV3 = defineEndpoint({
  key: 'public.checkV3',
  method: 'GET',
  safeToRetry: true,
  path: '/public/check/v3',
  auth: 'apiKey',
  description: 'Profile of a public account, by username, user ID or secUid (third-generation lookup).',
  undocumented: true,
  oneOf: [['username', 'user_id', 'secUid']],
  params: {
    country,
    session_id: sessionId,
    username: {
      in: 'query',
      type: 'string',
      pattern: usernameOrShortLink,
      example: 'lilyachty',
      description: 'TikTok username, or a vm.tiktok.com short link.',
    },
    user_id: userId,
    secUid,
  },
});

export const discoverV3 = defineEndpoint({
  key: 'public.discoverV3',
  method: 'GET',
  safeToRetry: true,
  path: '/public/discover/v3',
  auth: 'apiKey',
  description: 'Suggested users, sounds and hashtags for a keyword.',
  paging: { param: 'nextCursor', items: ['userList', 'musicList', 'challengeList'] },
  params: {
    country,
    session_id: sessionId,
    keyword: {
      in: 'query',
      required: true,
      type: 'string',
      example: 'lilyachty',
      description: 'Keyword to look up.',
    },
    count,
    nextCursor: {
      in: 'query',
      type: 'string',
      description: 'Position in the list, as returned by the previous page.',
    },
  },
});
