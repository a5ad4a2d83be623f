import { defineEndpoint } from './types.js';
import { count, numericCursor, secUid, usernameOrShortLink } from './shared-params.js';

export const info = defineEndpoint({
  key: 'user.info',
  method: 'GET',
  safeToRetry: true,
  path: '/user/info',
  auth: 'apiKey+accountKey',
  description: 'Profile of the authorized account, or of another account as it sees it.',
  scopes: ['view_profile'],
  params: {
    username: {
      in: 'query',
      type: 'string',
      pattern: usernameOrShortLink,
      description: 'TikTok username, or a vm.tiktok.com short link.',
    },
  },
});

export const edit = defineEndpoint({
  key: 'user.edit',
  method: 'POST',
  safeToRetry: false,
  path: '/user/edit/{field}',
  auth: 'apiKey+accountKey',
  description: 'Change the authorized account\'s nickname, username, bio or privacy.',
  scopes: ['edit'],
  params: {
    field: {
      in: 'path',
      required: true,
      type: 'string',
      enum: ['nickname', 'username', 'bio', 'private'],
      example: 'bio',
      description: 'Profile field to change.',
    },
    value: {
      in: 'body',
      required: true,
      type: 'string',
      example: 'My new bio',
      description: 'New value of the field.',
    },
  },
});

export const notifications = defineEndpoint({
  key: 'user.notifications',
  method: 'GET',
  safeToRetry: true,
  path: '/user/notifications',
  auth: 'apiKey+accountKey',
  description: 'Notifications of the authorized account, filterable by kind.',
  scopes: ['view_notifications'],
  paging: { param: 'min_time', container: 'notice_lists.0', items: ['notice_list'] },
  params: {
    filter: {
      in: 'query',
      type: 'string',
      enum: ['all', 'likes', 'comments', 'mentions', 'followers'],
      default: 'all',
      description: 'Kind of notifications.',
    },
    count,
    max_time: {
      in: 'query',
      pattern: '^[0-9]+$',
      description: 'Only notifications before this time (as returned by the previous page).',
    },
    min_time: {
      in: 'query',
      pattern: '^[0-9]+$',
      description: 'Only notifications after this time (as returned by the previous page).',
    },
  },
});

export const analytics = defineEndpoint({
  key: 'user.analytics',
  method: 'GET',
  safeToRetry: true,
  path: '/creator/analytics/{type}',
  auth: 'apiKey+accountKey',
  description: 'Creator analytics of the authorized account.',
  scopes: ['view_analytics'],
  params: {
    type: {
      in: 'path',
      required: true,
      type: 'string',
      enum: ['overview', 'content', 'video', 'followers', 'live'],
      example: 'overview',
      description: 'Analytics section.',
    },
    days: {
      in: 'query',
      type: 'number',
      pattern: '^[0-9]+$',
      default: 7,
      description: 'Number of days covered.',
    },
    media_id: {
      in: 'query',
      pattern: '^[0-9]+$',
      description: 'Video ID, or a vm.tiktok.com short link.',
    },
  },
});

export const verify = defineEndpoint({
  key: 'user.verify',
  method: 'GET',
  safeToRetry: true,
  path: '/user/session/check',
  auth: 'apiKey+accountKey',
  description: 'Check that the account key\'s session is still valid.',
  scopes: ['view_profile'],
  params: {},
});

export const followingV1 = defineEndpoint({
  key: 'user.followingV1',
  method: 'GET',
  safeToRetry: true,
  path: '/user/following/v1',
  auth: 'apiKey+accountKey',
  description: 'Accounts the authorized account follows (first-generation list).',
  scopes: ['view_followers'],
  paging: { param: 'cursor', items: ['userList'], inferred: true },
  undocumented: true,
  params: {
    count,
    cursor: numericCursor,
  },
});

export const following = defineEndpoint({
  key: 'user.following',
  method: 'GET',
  safeToRetry: true,
  path: '/user/following',
  auth: 'apiKey+accountKey',
  description: 'Accounts the authorized account (or another account) follows.',
  scopes: ['view_followers'],
  paging: { param: 'nextCursor', items: ['userList'] },
  params: {
    secUid,
    count,
    nextCursor: {
      in: 'query',
      type: 'number',
      description: 'Position in the list, as returned by the previous page.',
    },
  },
});

export const followers = defineEndpoint({
  key: 'user.followers',
  method: 'GET',
  safeToRetry: true,
  path: '/user/followers',
  auth: 'apiKey+accountKey',
  description: 'Followers of the authorized account (or of another account).',
  scopes: ['view_followers'],
  paging: { param: 'nextCursor', items: ['userList'] },
  params: {
    secUid,
    count,
    nextCursor: {
      in: 'query',
      type: 'number',
      description: 'Position in the list, as returned by the previous page.',
    },
  },
});

export const follow = defineEndpoint({
  key: 'user.follow',
  method: 'POST',
  safeToRetry: false,
  path: '/user/follow',
  auth: 'apiKey+accountKey',
  description: 'Follow an account (no longer offered by the API).',
  scopes: ['follow_actions'],
  deprecated: true,
  undocumented: true,
  params: {
    username: {
      in: 'body',
      required: true,
      type: 'string',
      pattern: usernameOrShortLink,
      example: 'lilyachty',
      description: 'TikTok username, or a vm.tiktok.com short link.',
    },
    secUid: {
      in: 'body',
      required: true,
      type: 'string',
      pattern: '^[A-Za-z0-9_.-]{30,}$',
      example: 'MS4wLjABAAAAsHntXC3s0AvxcecggxsoVa4eAiT8OVafVZ4OQXxy-9htpnUi0sOYSr0kGGD1Loud',
      description: 'The account\'s secUid, as returned by public.check.',
    },
    user_id: {
      in: 'body',
      required: true,
      type: 'string',
      pattern: '^[0-9]+$',
      acceptsNumber: true,
      example: '6569595380449902597',
      description: 'The account\'s numeric user ID.',
    },
  },
});

export const unfollow = defineEndpoint({
  key: 'user.unfollow',
  method: 'POST',
  safeToRetry: false,
  path: '/user/unfollow',
  auth: 'apiKey+accountKey',
  description: 'Unfollow an account (no longer offered by the API).',
  scopes: ['follow_actions'],
  deprecated: true,
  undocumented: true,
  params: {
    username: {
      in: 'body',
      required: true,
      type: 'string',
      pattern: usernameOrShortLink,
      example: 'lilyachty',
      description: 'TikTok username, or a vm.tiktok.com short link.',
    },
    secUid: {
      in: 'body',
      required: true,
      type: 'string',
      pattern: '^[A-Za-z0-9_.-]{30,}$',
      example: 'MS4wLjABAAAAsHntXC3s0AvxcecggxsoVa4eAiT8OVafVZ4OQXxy-9htpnUi0sOYSr0kGGD1Loud',
      description: 'The account\'s secUid, as returned by public.check.',
    },
    user_id: {
      in: 'body',
      required: true,
      type: 'string',
      pattern: '^[0-9]+$',
      acceptsNumber: true,
      example: '6569595380449902597',
      description: 'The account\'s numeric user ID.',
    },
  },
});
