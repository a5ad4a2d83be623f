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
import { tiktokStatusCodes } from '../tiktok-status-codes.js';
import { parseRetryAfter } from './retry-after.js';

const byStatus: Readonly<Record<number, new (init: APIErrorInit) => APIError>> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  428: AccountSessionExpiredError,
  429: RateLimitError,
};

/** The typed error for an error response; `json` and `headers` must already be free of secrets. */
export function errorFromResponse(statusCode: number, json: unknown, headers: Headers): APIError {
  const ErrorClass = byStatus[statusCode] ?? (statusCode >= 500 ? InternalServerError : APIError);
  return new ErrorClass({
    statusCode,
    json,
    headers,
    message: messageFor(statusCode, json),
    retryAfter: parseRetryAfter(headers.get('Retry-After')),
  });
}

function messageFor(statusCode: number, json: unknown): string {
  const given = bodyField(json, 'message');
  const base = typeof given === 'string' && given.trim() ? given.trim() : `The API answered HTTP ${statusCode}.`;
  const code = Number(bodyField(json, 'statusCode'));
  const meaning = Number.isInteger(code) ? tiktokStatusCodes[code] : undefined;
  const withCode = meaning && !base.includes(meaning) ? `${base} (TikTok statusCode ${code}: ${meaning})` : base;
  return withCode;
}
