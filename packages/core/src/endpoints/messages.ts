import { defineEndpoint } from './types.js';

export const userConversations = defineEndpoint({
  key: 'user.conversations',
  method: 'GET',
  safeToRetry: true,
  path: '/user/conversations',
  auth: 'apiKey+accountKey',
  description: 'The authorized account\'s direct-message conversations.',
  scopes: ['view_messages'],
  paging: { param: 'nextCursor', items: ['conversations'] },
  params: {
    nextCursor: {
      in: 'query',
      type: 'number',
      pattern: '^[0-9]+$',
      description: 'Position in the list, as returned by the previous page.',
    },
  },
});

export const userMessages = defineEndpoint({
  key: 'user.messages',
  method: 'GET',
  safeToRetry: true,
  path: '/user/messages',
  auth: 'apiKey+accountKey',
  description: 'Messages of one conversation.',
  scopes: ['view_messages'],
  paging: { param: 'nextCursor', items: ['messages'] },
  params: {
    conversation_id: {
      in: 'query',
      required: true,
      example: '0:1:684574219823284956:69402435203845897564',
      description: 'Conversation ID, as returned by user.conversations.',
    },
    conversation_short_id: {
      in: 'query',
      required: true,
      example: '6940245147502654884',
      description: 'Short conversation ID, as returned by user.conversations.',
    },
    nextCursor: {
      in: 'query',
      type: 'string',
      pattern: '^[0-9]+$',
      acceptsNumber: true,
      description: 'Position in the list, as returned by the previous page.',
    },
    limit: { in: 'query', pattern: '^[0-9]{1,2}$', description: 'Messages per page.' },
  },
});

export const sendMessage = defineEndpoint({
  key: 'user.sendMessage',
  method: 'POST',
  safeToRetry: false,
  path: '/user/message/send',
  auth: 'apiKey+accountKey',
  description: 'Send a direct message in a conversation.',
  scopes: ['send_messages'],
  params: {
    text: {
      in: 'body',
      required: true,
      type: 'string',
      example: 'Hey! How you doing?',
      description: 'Text to send.',
    },
    conversation_id: {
      in: 'body',
      required: true,
      type: 'string',
      example: '0:1:684574219823284956:69402435203845897564',
      description: 'Conversation ID, as returned by user.conversations.',
    },
    conversation_short_id: {
      in: 'body',
      required: true,
      type: 'string',
      example: '6940245147502654884',
      description: 'Short conversation ID, as returned by user.conversations.',
    },
    ticket: {
      in: 'body',
      required: true,
      type: 'string',
      example: '3M8IlBpABq00h2aNB1B5JJ2ne0DTnGLLAFjGQQGMf4BKWJxEYxf7RAE0KaD2EjkQkWiJalT4xj36JGWa1ZmQg7SgQfHLoXffNFYLkIJhe1HVyiPXitoxWFyuzlX1xvBCYhZxkQALHE4gx9AaXBPEZjks7jC',
      description: 'Conversation ticket, as returned by user.conversations.',
    },
  },
});

export const conversationRequestsConversations = defineEndpoint({
  key: 'user.conversationRequests.conversations',
  method: 'GET',
  safeToRetry: true,
  path: '/user/conversations/requests',
  auth: 'apiKey+accountKey',
  description: 'Message requests waiting for the authorized account.',
  scopes: ['conversation_requests'],
  paging: { param: 'nextCursor', items: ['conversations', 'conversation_requests'] },
  params: {
    nextCursor: {
      in: 'query',
      type: 'number',
      pattern: '^[0-9]+$',
      description: 'Position in the list, as returned by the previous page.',
    },
  },
});

export const conversationRequestsMessages = defineEndpoint({
  key: 'user.conversationRequests.messages',
  method: 'GET',
  safeToRetry: true,
  path: '/user/messages/requests',
  auth: 'apiKey+accountKey',
  description: 'Messages of one message request.',
  scopes: ['conversation_requests'],
  params: {
    conversation_id: {
      in: 'query',
      required: true,
      example: '0:1:684574219823284956:69402435203845897564',
      description: 'Conversation ID, as returned by user.conversations.',
    },
    conversation_short_id: {
      in: 'query',
      required: true,
      example: '6940245147502654884',
      description: 'Short conversation ID, as returned by user.conversations.',
    },
  },
});

export const markRead = defineEndpoint({
  key: 'user.conversationRequests.markRead',
  method: 'GET',
  safeToRetry: true,
  path: '/user/conversations/requests/mark_read',
  auth: 'apiKey+accountKey',
  description: 'Mark a message request as read.',
  scopes: ['conversation_requests'],
  undocumented: true,
  params: {
    conversation_id: {
      in: 'query',
      required: true,
      example: '0:1:684574219823284956:69402435203845897564',
      description: 'Conversation ID, as returned by user.conversations.',
    },
    conversation_short_id: {
      in: 'query',
      required: true,
      example: '6940245147502654884',
      description: 'Short conversation ID, as returned by user.conversations.',
    },
  },
});

export const deleteRequest = defineEndpoint({
  key: 'user.conversationRequests.delete',
  method: 'GET',
  safeToRetry: true,
  path: '/user/conversations/requests/delete',
  auth: 'apiKey+accountKey',
  description: 'Delete a message request.',
  scopes: ['conversation_requests'],
  params: {
    conversation_id: {
      in: 'query',
      required: true,
      example: '0:1:684574219823284956:69402435203845897564',
      description: 'Conversation ID, as returned by user.conversations.',
    },
    conversation_short_id: {
      in: 'query',
      required: true,
      example: '6940245147502654884',
      description: 'Short conversation ID, as returned by user.conversations.',
    },
  },
});

export const accept = defineEndpoint({
  key: 'user.conversationRequests.accept',
  method: 'GET',
  safeToRetry: true,
  path: '/user/conversations/requests/accept',
  auth: 'apiKey+accountKey',
  description: 'Accept a message request.',
  scopes: ['conversation_requests'],
  params: {
    conversation_id: {
      in: 'query',
      required: true,
      example: '0:1:684574219823284956:69402435203845897564',
      description: 'Conversation ID, as returned by user.conversations.',
    },
    conversation_short_id: {
      in: 'query',
      required: true,
      example: '6940245147502654884',
      description: 'Short conversation ID, as returned by user.conversations.',
    },
    user_id: {
      in: 'query',
      required: true,
      type: 'string',
      pattern: '^[0-9]+$',
      acceptsNumber: true,
      example: '6569595380449902597',
      description: 'The account\'s numeric user ID.',
    },
  },
});
