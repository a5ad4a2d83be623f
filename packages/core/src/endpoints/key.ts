import { defineEndpoint } from './types.js';

export const key = defineEndpoint({
  key: 'key',
  method: 'GET',
  path: '/key/info',
  auth: 'apiKey',
  description: 'Details of the API key: plan, usage, limits and linked accounts.',
  params: {},
});
