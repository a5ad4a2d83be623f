import { defineEndpoint } from './types.js';

export const key = defineEndpoint({
  key: 'key',
  method: 'GET',
  safeToRetry: true,
  path: '/key/info',
  auth: 'apiKey',
  description: 'Details of the API key: plan, usage, limits and linked accounts.',
  params: {},
});
