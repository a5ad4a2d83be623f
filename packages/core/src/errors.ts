import { tiktokStatusCodes } from './tiktok-status-codes.js';

/** Base of every error tokkit throws. `statusCode`, `message` and `json` match the official SDK. */
export class TikAPIError extends Error {
  override name = 'TikAPIError';
  readonly statusCode: number | undefined;
  readonly json: unknown;

  constructor(message: string, init: { statusCode?: number; json?: unknown; cause?: unknown } = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.statusCode = init.statusCode;
    this.json = init.json;
  }

  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = { name: this.name, message: this.message };
    for (const [key, value] of Object.entries(this)) {
      if (key !== 'name' && value !== undefined && !(value instanceof Headers)) out[key] = value;
    }
    return out;
  }
}

/** A parameter is missing or malformed; thrown before any request is sent. */
export class ValidationError extends TikAPIError {
  override name = 'ValidationError';
  /** The parameter at fault, by the name users pass. */
  readonly field: string;
  /** The endpoint key, e.g. `public.check`. */
  readonly endpoint: string;
  /** What the field should look like. */
  readonly expected: string;

  constructor(endpoint: string, field: string, expected: string, problem: string) {
    super(`${endpoint}: parameter "${field}" ${problem}; expected ${expected}.`);
    this.field = field;
    this.endpoint = endpoint;
    this.expected = expected;
  }
}

export interface APIErrorInit {
  statusCode: number;
  json: unknown;
  headers: Headers;
  message: string;
  retryAfter?: number | undefined;
}

/** The API answered with an error status. */
export class APIError extends TikAPIError {
  override name = 'APIError';
  declare readonly statusCode: number;
  readonly headers: Headers;
  /** Seconds the server asked to wait before trying again, when it said so. */
  readonly retryAfter: number | undefined;

  constructor(init: APIErrorInit) {
    super(init.message, { statusCode: init.statusCode, json: init.json });
    this.headers = init.headers;
    this.retryAfter = init.retryAfter;
  }
}

/** 400: the API rejected parameters; `fields` maps each to the problem. */
export class BadRequestError extends APIError {
  override name = 'BadRequestError';
  readonly fields: Readonly<Record<string, string>>;

  constructor(init: APIErrorInit) {
    const fields = stringRecord(bodyField(init.json, 'fields'));
    super({ ...init, message: withFieldMessages(init.message, fields) });
    this.fields = fields;
  }
}

/** `Missing fields.` becomes `Missing fields. username: A valid TikTok username is required.`: the API's own words. */
function withFieldMessages(message: string, fields: Readonly<Record<string, string>>): string {
  const parts = Object.entries(fields)
    .map(([name, problem]) => (problem.trim() ? `${name}: ${problem.trim()}` : name))
    .filter((part) => !message.includes(part));
  if (parts.length === 0) return message;
  return `${message}${/[.!?:]$/.test(message) ? '' : ':'} ${parts.join('; ')}`;
}

/** 401: the API key is missing or not valid. */
export class AuthenticationError extends APIError {
  override name = 'AuthenticationError';
}

/** 403: refused, often with a TikTok `statusCode` saying why (user or video doesn't exist, ...). */
export class PermissionDeniedError extends APIError {
  override name = 'PermissionDeniedError';
  readonly tiktokStatusCode: number | undefined;
  readonly tiktokMessage: string | undefined;

  constructor(init: APIErrorInit) {
    super(init);
    const code = Number(bodyField(init.json, 'statusCode'));
    this.tiktokStatusCode = Number.isInteger(code) && code !== 0 ? code : undefined;
    this.tiktokMessage = this.tiktokStatusCode === undefined ? undefined : tiktokStatusCodes[this.tiktokStatusCode];
  }
}

/** 428: the account key's session expired; the account must authorize again. */
export class AccountSessionExpiredError extends APIError {
  override name = 'AccountSessionExpiredError';
}

/** 429: a rate or subscription limit was reached. */
export class RateLimitError extends APIError {
  override name = 'RateLimitError';
}

/** 5xx: the API failed. */
export class InternalServerError extends APIError {
  override name = 'InternalServerError';
}

/** No response: the connection failed or the body could not be read. */
export class APIConnectionError extends TikAPIError {
  override name = 'APIConnectionError';
}

/** The body grew past the client's `maxResponseBytes` (decoded): reading stopped there, and it is not retried. */
export class ResponseTooLargeError extends APIConnectionError {
  override name = 'ResponseTooLargeError';
  /** The bound that was reached, in bytes. */
  readonly maxBytes: number;

  constructor(maxBytes: number) {
    super(`The response body is larger than ${maxBytes} bytes (the client's maxResponseBytes); reading stopped there.`);
    this.maxBytes = maxBytes;
  }
}

/** No response within the timeout. */
export class APITimeoutError extends APIConnectionError {
  override name = 'APITimeoutError';
}

/** The caller's AbortSignal cancelled the request. */
export class APIUserAbortError extends TikAPIError {
  override name = 'APIUserAbortError';
}

export function bodyField(json: unknown, field: string): unknown {
  return typeof json === 'object' && json !== null ? (json as Record<string, unknown>)[field] : undefined;
}

function stringRecord(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, String(v)]));
}
