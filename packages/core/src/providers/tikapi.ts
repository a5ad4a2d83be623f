import type { ProviderDescriptor } from './types.js';

export const tikapi = {
  name: 'tikapi',
  baseUrl: 'https://api.tikapi.io',
  sandboxUrl: 'http://sandbox.tikapi.io',
  // The public demo keys of the sandbox; the sandbox never receives a user's own key.
  demoKeys: {
    apiKey: 'DemoAPIKeyTokenSeHYGXDfd4SFD320Sc39Asd0Sc39Asd4s',
    accountKey: 'DemoAccountKeyTokenSeHYGXDfd4SFD320Sc39A',
  },
  keys: {
    apiKey: { header: 'X-API-KEY', format: '{key}' },
    accountKey: { header: 'X-ACCOUNT-KEY', format: '{key}' },
  },
  errorBody: { message: 'message', code: 'statusCode' },
} as const satisfies ProviderDescriptor;
