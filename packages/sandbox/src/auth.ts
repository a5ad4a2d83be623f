// Keys, checked as the real API does: 401 for a missing or unknown key, 428 for an expired account session.
import type { EndpointDescriptor } from '@tokkit/core';
import { Failure } from './failures.js';
import type { ResolvedOptions } from './options.js';

export const API_KEY_HEADER = 'x-api-key';
export const ACCOUNT_KEY_HEADER = 'x-account-key';

/** The request's API key, when it is one the sandbox accepts. */
export function checkApiKey(options: ResolvedOptions, headers: Headers): string {
  const key = headers.get(API_KEY_HEADER);
  if (!key || !options.apiKeys.has(key)) throw new Failure(401, { message: 'A valid API Key is required.' });
  return key;
}

/** For account endpoints: the X-ACCOUNT-KEY must be a live session. */
export function checkAccountKey(options: ResolvedOptions, endpoint: EndpointDescriptor, headers: Headers): void {
  if (endpoint.auth !== 'apiKey+accountKey') return;
  const key = headers.get(ACCOUNT_KEY_HEADER);
  if (key && options.expiredAccountKeys.has(key)) {
    throw new Failure(428, {
      message: 'Account session expired, please ask user to re-login and re-authorize.',
      statusCode: 8,
    });
  }
  if (!key || !options.accountKeys.has(key)) {
    throw new Failure(401, { message: 'A valid Account Key is required (X-ACCOUNT-KEY header).' });
  }
}
