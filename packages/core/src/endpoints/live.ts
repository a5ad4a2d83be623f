import { defineEndpoint } from './types.js';
import { count, numericCursor } from './shared-params.js';

export const permissions = defineEndpoint({
  key: 'user.live.permissions',
  method: 'GET',
  safeToRetry: true,
  path: '/user/live/info',
  auth: 'apiKey+accountKey',
  description: 'Whether the authorized account may go live, and how.',
  scopes: ['live'],
  params: {},
});

export const start = defineEndpoint({
  key: 'user.live.start',
  method: 'POST',
  safeToRetry: false,
  path: '/user/live/start',
  auth: 'apiKey+accountKey',
  description: 'Start a live stream; returns the stream URL and key.',
  scopes: ['live'],
  params: {
    title: {
      in: 'body',
      required: true,
      example: 'Check out my live!',
      description: 'Title of the live stream.',
    },
    third_party: {
      in: 'body',
      default: true,
      description: 'Stream from third-party software (returns an RTMP URL and key).',
    },
    hashtag_id: {
      in: 'body',
      type: 'number',
      description: 'Topic hashtag ID, from user.live.topics.',
    },
    game_tag_id: { in: 'body', type: 'number', description: 'Game tag ID, from user.live.topics.' },
  },
});

export const stop = defineEndpoint({
  key: 'user.live.stop',
  method: 'POST',
  safeToRetry: false,
  path: '/user/live/stop',
  auth: 'apiKey+accountKey',
  description: 'End the current live stream.',
  scopes: ['live'],
  params: {},
});

export const info = defineEndpoint({
  key: 'user.live.info',
  method: 'GET',
  safeToRetry: true,
  path: '/user/live/check',
  auth: 'apiKey+accountKey',
  description: 'State of a live room.',
  scopes: ['live'],
  params: {
    room_id: {
      in: 'query',
      required: true,
      type: 'string',
      example: '7112492061034646278',
      description: 'Live room ID.',
    },
  },
});

export const recommend = defineEndpoint({
  key: 'user.live.recommend',
  method: 'GET',
  safeToRetry: true,
  path: '/user/live/recommend',
  auth: 'apiKey+accountKey',
  description: 'Live rooms recommended next to a room.',
  scopes: ['live'],
  params: {
    room_id: {
      in: 'query',
      required: true,
      type: 'string',
      example: '7112492061034646278',
      description: 'Live room ID.',
    },
  },
});

export const stats = defineEndpoint({
  key: 'user.live.stats',
  method: 'GET',
  safeToRetry: true,
  path: '/user/live/stats',
  auth: 'apiKey+accountKey',
  description: 'Viewer and gift statistics of a live room.',
  scopes: ['live'],
  params: {
    room_id: {
      in: 'query',
      required: true,
      type: 'string',
      example: '7112492061034646278',
      description: 'Live room ID.',
    },
  },
});

export const chat = defineEndpoint({
  key: 'user.live.chat',
  method: 'GET',
  safeToRetry: true,
  path: '/user/live/chat',
  auth: 'apiKey+accountKey',
  description: 'Chat messages of a live room.',
  scopes: ['live', 'send_messages'],
  paging: { param: 'nextCursor', items: ['messagesList'] },
  params: {
    room_id: {
      in: 'query',
      required: true,
      type: 'string',
      example: '7112492061034646278',
      description: 'Live room ID.',
    },
    nextCursor: {
      in: 'query',
      type: 'string',
      description: 'Position in the list, as returned by the previous page.',
    },
  },
});

export const sendChat = defineEndpoint({
  key: 'user.live.sendChat',
  method: 'POST',
  safeToRetry: false,
  path: '/user/live/chat/send',
  auth: 'apiKey+accountKey',
  description: 'Send a chat message in a live room.',
  scopes: ['live'],
  params: {
    room_id: {
      in: 'body',
      required: true,
      type: 'string',
      example: '7112492061034646278',
      description: 'Live room ID.',
    },
    text: {
      in: 'body',
      required: true,
      type: 'string',
      example: 'A mí me gusta',
      description: 'Text to send.',
    },
  },
});

export const topics = defineEndpoint({
  key: 'user.live.topics',
  method: 'GET',
  safeToRetry: true,
  path: '/user/live/topics',
  auth: 'apiKey+accountKey',
  description: 'Topics a live stream can be tagged with.',
  scopes: ['live'],
  params: {},
});

export const transactionHistory = defineEndpoint({
  key: 'user.live.transactionHistory',
  method: 'GET',
  safeToRetry: true,
  path: '/user/wallet/transactions',
  auth: 'apiKey+accountKey',
  description: 'The authorized account\'s coin transactions.',
  scopes: ['view_coins'],
  paging: { param: 'page', style: 'page', items: ['transactions'], inferred: true },
  params: {
    page: { in: 'query', example: 1, description: 'Page number, from 1.' },
    count: { in: 'query', example: 12, description: 'Items per page.' },
  },
});

export const search = defineEndpoint({
  key: 'user.live.search',
  method: 'GET',
  safeToRetry: true,
  path: '/user/search/live',
  auth: 'apiKey+accountKey',
  description: 'Search live rooms.',
  scopes: ['live'],
  paging: { param: 'cursor', items: ['data'] },
  params: {
    query: {
      in: 'query',
      required: true,
      type: 'string',
      example: 'lilyachty',
      description: 'Search text.',
    },
    cursor: numericCursor,
  },
});

export const analytics = defineEndpoint({
  key: 'user.live.analytics',
  method: 'GET',
  safeToRetry: true,
  path: '/user/live/analytics',
  auth: 'apiKey+accountKey',
  description: 'Analytics of the authorized account\'s past live streams.',
  scopes: ['view_analytics'],
  params: {
    days: {
      in: 'query',
      type: 'number',
      pattern: '^[0-9]+$',
      default: 7,
      description: 'Number of days covered.',
    },
  },
});

export const list = defineEndpoint({
  key: 'user.live.list',
  method: 'GET',
  safeToRetry: true,
  path: '/user/live/list',
  auth: 'apiKey+accountKey',
  description: 'The authorized account\'s past live streams.',
  scopes: ['live'],
  paging: { param: 'offset', items: ['data'], inferred: true },
  params: {
    count,
    offset: {
      in: 'query',
      type: 'number',
      pattern: '^[0-9]+$',
      description: 'Offset in the list, as returned by the previous page.',
    },
    sort: {
      in: 'query',
      type: 'number',
      enum: [0, 1],
      default: 0,
      example: 1,
      description: 'Sort order: 0 newest first, 1 oldest first.',
    },
  },
});

export const details = defineEndpoint({
  key: 'user.live.details',
  method: 'GET',
  safeToRetry: true,
  path: '/user/live/detail',
  auth: 'apiKey+accountKey',
  description: 'Details of one past live stream.',
  scopes: ['live'],
  params: {
    room_id: {
      in: 'query',
      required: true,
      type: 'string',
      example: '7112492061034646278',
      description: 'Live room ID.',
    },
  },
});
