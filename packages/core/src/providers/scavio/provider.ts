import type { ProviderDescriptor } from '../types.js';

/** The Scavio TikTok API: every endpoint a POST with a JSON body, a Bearer key, credits counted on every answer. */
export const scavio = {
  name: 'scavio',
  clientName: 'Scavio',
  baseUrl: 'https://api.scavio.dev',
  sandboxPrefix: '/scavio',
  demoKeys: { apiKey: 'sk_demo_ScavioSandboxKey7Qm2Xv9Lp4Rt8Wn3' },
  keys: { apiKey: { header: 'Authorization', format: 'Bearer {key}' } },
  env: { apiKey: 'SCAVIO_API_KEY', baseUrl: 'SCAVIO_BASE_URL' },
  envelope: 'data',
  errorBody: { message: 'message' },
  credits: { used: 'credits_used', remaining: 'credits_remaining', responseTime: 'response_time' },
} as const satisfies ProviderDescriptor;
