import type { ProviderDescriptor } from './types.js';

export const tikapi = {
  name: 'tikapi',
  clientName: 'TikAPI',
  baseUrl: 'https://api.tikapi.io',
  sandboxUrl: 'http://sandbox.tikapi.io',
  sandboxPrefix: '',
  // The public demo keys of the sandbox; the sandbox never receives a user's own key.
  demoKeys: {
    apiKey: 'DemoAPIKeyTokenSeHYGXDfd4SFD320Sc39Asd0Sc39Asd4s',
    accountKey: 'DemoAccountKeyTokenSeHYGXDfd4SFD320Sc39A',
  },
  keys: {
    apiKey: { header: 'X-API-KEY', format: '{key}' },
    accountKey: { header: 'X-ACCOUNT-KEY', format: '{key}' },
  },
  env: { apiKey: 'TIKAPI_KEY', baseUrl: 'TIKAPI_BASE_URL' },
  errorBody: { message: 'message', code: 'statusCode' },
} as const satisfies ProviderDescriptor;
