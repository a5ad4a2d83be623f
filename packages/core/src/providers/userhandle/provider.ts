import type { ProviderDescriptor } from '../types.js';

/**
 * The user-handle API: users and videos looked up by the author's handle, behind an `x-api-key` gateway. Every
 * customer is given an own base URL, so there is no default one.
 */
export const userhandle = {
  name: 'userhandle',
  clientName: 'UserHandleAPI',
  sandboxPrefix: '/userhandle',
  demoKeys: { apiKey: 'uh-demo-SandboxKey4Fj8Kq2Zr6Tb1Nc9' },
  keys: { apiKey: { header: 'x-api-key', format: '{key}' } },
  env: { apiKey: 'USERHANDLE_API_KEY', baseUrl: 'USERHANDLE_API_URL' },
  errorBody: { message: 'message' },
} as const satisfies ProviderDescriptor;
