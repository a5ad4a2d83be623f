import {
  AccountSessionExpiredError,
  APIError,
  type APIErrorInit,
  AuthenticationError,
  BadRequestError,
  bodyField,
  InternalServerError,
  PermissionDeniedError,
  RateLimitError,
} from '../errors.js';
import { tikapi } from '../providers/tikapi.js';
import type { ProviderDescriptor } from '../providers/types.js';
import { tiktokStatusCodes } from '../tiktok-status-codes.js';
import { parseRetryAfter } from './retry-after.js';

const byStatus: Readonly<Record<number, new (init: APIErrorInit) => APIError>> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  428: AccountSessionExpiredError,
  429: RateLimitError,
};

/** The fields of an error body: the provider's `errorBody` (TikAPI's when absent). */
export type ErrorBodyFields = ProviderDescriptor['errorBody'];

/**
 * The typed error for an error response, its message read from the body fields the provider names; `json` and
 * `headers` must already be free of secrets.
 */
export function errorFromResponse(
  statusCode: number,
  json: unknown,
  headers: Headers,
  errorBody: ErrorBodyFields = tikapi.errorBody,
): APIError {
  const ErrorClass = byStatus[statusCode] ?? (statusCode >= 500 ? InternalServerError : APIError);
  return new ErrorClass({
    statusCode,
    json,
    headers,
    message: messageFor(statusCode, json, headers, errorBody),
    retryAfter: parseRetryAfter(headers.get('Retry-After')),
  });
}

function messageFor(statusCode: number, json: unknown, headers: Headers, errorBody: ErrorBodyFields): string {
  if (statusCode >= 300 && statusCode < 400) return redirectMessage(statusCode, headers.get('Location'));
  const given = bodyField(json, errorBody.message);
  const base = typeof given === 'string' && given.trim() ? given.trim() : `The API answered HTTP ${statusCode}.`;
  // Only a provider whose bodies carry TikTok's status code (TikAPI) names a `code` field; '' is never one.
  const code = Number(bodyField(json, errorBody.code ?? ''));
  const meaning = Number.isInteger(code) ? tiktokStatusCodes[code] : undefined;
  const withCode = meaning && !base.includes(meaning) ? `${base} (TikTok statusCode ${code}: ${meaning})` : base;
  return withCode;
}

/** The API does not redirect: a 3xx is answered as an error, never followed, so no key reaches another origin. */
export function redirectMessage(status: number, location: string | null): string {
  const code = status ? `HTTP ${status}, a redirect` : 'a redirect';
  return `The API answered ${code}${redirectTarget(location)}; tokkit does not follow redirects, so no key is sent anywhere else.`;
}

function redirectTarget(location: string | null): string {
  if (!location) return '';
  try {
    return ` to ${new URL(location).origin}`;
  } catch {
    return ' on the same origin';
  }
}
