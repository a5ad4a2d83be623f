import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClient, type TikAPIClient } from './client/client.js';
import {
  AccountSessionExpiredError,
  APIConnectionError,
  APIError,
  AuthenticationError,
  BadRequestError,
  InternalServerError,
  PermissionDeniedError,
  RateLimitError,
  TikAPIError,
} from './errors.js';
import { tiktokStatusCodes } from './tiktok-status-codes.js';
import {
  API_KEY,
  errorOf,
  fakeFetch,
  jsonResponse,
  recordingLogger,
  textResponse,
} from './transport/fake-fetch.test-helper.js';

/** The documented error table (conformance/reference/tikapi-errors.json, the copy of shared/reference's). */
const errorTable = JSON.parse(
  readFileSync(new URL('../../../conformance/reference/tikapi-errors.json', import.meta.url), 'utf8'),
) as { tiktokStatusCodes: Record<string, string> };

/** One GET answered with `response`, without retries, and the error it throws. */
async function errorFor(response: Response): Promise<unknown> {
  const fetch = fakeFetch(response);
  const api: TikAPIClient = createClient({ apiKey: API_KEY, fetch, maxRetries: 0, logger: recordingLogger() });
  const error = await errorOf(api.public.check({ username: 'lilyachty' }));
  expect(fetch.calls).toHaveLength(1);
  return error;
}

function expectAPIError(error: unknown, ErrorClass: typeof APIError, statusCode: number): asserts error is APIError {
  expect(error).toBeInstanceOf(Error);
  expect(error).toBeInstanceOf(TikAPIError);
  expect(error).toBeInstanceOf(APIError);
  expect(Object.getPrototypeOf(error)).toBe(ErrorClass.prototype);
  expect((error as APIError).name).toBe(ErrorClass.name);
  expect((error as APIError).statusCode).toBe(statusCode);
}

describe('status → error class', () => {
  it('400 is a BadRequestError with the fields of the body', async () => {
    const body = {
      status: 'error',
      message: 'Invalid parameters',
      fields: { secUid: 'Invalid secUid', count: 'Must be at most 30' },
    };
    const error = await errorFor(jsonResponse(400, body));

    expectAPIError(error, BadRequestError, 400);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).fields).toEqual({ secUid: 'Invalid secUid', count: 'Must be at most 30' });
    expect(error.message).toBe('Invalid parameters: secUid: Invalid secUid; count: Must be at most 30');
    expect(error.json).toEqual(body);
  });

  it('hardening: a 400 message carries the API field messages, not just "Missing fields."', async () => {
    const body = { status: 'error', message: 'Missing fields.', fields: { username: 'A valid TikTok username is required.' } };
    const error = await errorFor(jsonResponse(400, body));
    expect((error as Error).message).toBe('Missing fields. username: A valid TikTok username is required.');
    const already = await errorFor(jsonResponse(400, { message: 'username: bad', fields: { username: 'bad' } }));
    expect((already as Error).message).toBe('username: bad');
  });

  it('400 without fields has an empty fields map', async () => {
    const error = await errorFor(jsonResponse(400, { status: 'error', message: 'Bad request' }));
    expectAPIError(error, BadRequestError, 400);
    expect((error as BadRequestError).fields).toEqual({});
  });

  it('401 is an AuthenticationError', async () => {
    const body = { status: 'error', message: 'API Key is invalid' };
    const error = await errorFor(jsonResponse(401, body));

    expectAPIError(error, AuthenticationError, 401);
    expect(error.message).toBe('API Key is invalid');
    expect(error.json).toEqual(body);
  });

  it('403 without a TikTok statusCode is a PermissionDeniedError without tiktok fields', async () => {
    const error = await errorFor(jsonResponse(403, { status: 'error', message: 'Your plan does not allow this' }));

    expectAPIError(error, PermissionDeniedError, 403);
    expect(error).toMatchObject({ tiktokStatusCode: undefined, tiktokMessage: undefined });
    expect(error.message).toBe('Your plan does not allow this');
  });

  it('428 is an AccountSessionExpiredError', async () => {
    const body = { status: 'error', message: 'Account session expired, please login again.', statusCode: 8 };
    const error = await errorFor(jsonResponse(428, body));

    expectAPIError(error, AccountSessionExpiredError, 428);
    expect(error.message).toBe('Account session expired, please login again.');
    expect(error.json).toEqual(body);
  });

  it('429 is a RateLimitError with retryAfter in seconds', async () => {
    const error = await errorFor(
      jsonResponse(429, { status: 'error', message: 'Rate limit reached' }, { 'Retry-After': '30' }),
    );

    expectAPIError(error, RateLimitError, 429);
    expect(error.retryAfter).toBe(30);
    expect(error.headers.get('retry-after')).toBe('30');
  });

  it('429 without Retry-After has retryAfter undefined', async () => {
    const error = await errorFor(jsonResponse(429, { status: 'error', message: 'Daily limit reached' }));
    expectAPIError(error, RateLimitError, 429);
    expect(error.retryAfter).toBeUndefined();
  });

  it.each([500, 502, 503, 504])('%i is an InternalServerError', async (status) => {
    const error = await errorFor(jsonResponse(status, { status: 'error', message: 'Server error' }));
    expectAPIError(error, InternalServerError, status);
    expect(error.message).toBe('Server error');
  });

  it.each([404, 418])('%i is a plain APIError', async (status) => {
    const error = await errorFor(jsonResponse(status, { status: 'error', message: 'Nope' }));
    expectAPIError(error, APIError, status);
    expect(error.constructor).toBe(APIError);
  });

  it('falls back to a message naming the status when the body has none', async () => {
    const error = await errorFor(new Response(null, { status: 404 }));
    expectAPIError(error, APIError, 404);
    expect(error.message).toBe('The API answered HTTP 404.');
    expect(error.json).toBeNull();
  });

  it('keeps a non-JSON error body as text in json', async () => {
    const error = await errorFor(textResponse(502, '<html>Bad gateway</html>'));
    expectAPIError(error, InternalServerError, 502);
    expect(error.json).toBe('<html>Bad gateway</html>');
    expect(error.message).toBe('The API answered HTTP 502.');
  });

  it('exposes the response headers', async () => {
    const error = await errorFor(jsonResponse(401, {}, { 'X-Request-Id': 'req-1' }));
    expectAPIError(error, AuthenticationError, 401);
    expect(error.headers).toBeInstanceOf(Headers);
    expect(error.headers.get('x-request-id')).toBe('req-1');
  });
});

describe('TikTok status codes on 403', () => {
  const documented = Object.entries(errorTable.tiktokStatusCodes);

  it('the table in the SDK is the documented table', () => {
    expect(documented.length).toBeGreaterThan(30);
    expect({ ...tiktokStatusCodes }).toEqual(errorTable.tiktokStatusCodes);
  });

  it.each(documented)('decodes statusCode %s (%s)', async (code, meaning) => {
    const body = { status: 'error', message: 'TikTok refused the request', statusCode: Number(code) };
    const error = await errorFor(jsonResponse(403, body));

    expectAPIError(error, PermissionDeniedError, 403);
    const denied = error as PermissionDeniedError;
    expect(denied.tiktokStatusCode).toBe(Number(code));
    expect(denied.tiktokMessage).toBe(meaning);
    expect(denied.message).toBe(`TikTok refused the request (TikTok statusCode ${code}: ${meaning})`);
    expect(denied.json).toEqual(body);
  });

  it('does not repeat a meaning the message already gives', async () => {
    const error = await errorFor(jsonResponse(403, { status: 'error', message: "User doesn't exist", statusCode: 10202 }));
    expect(error).toMatchObject({ message: "User doesn't exist", tiktokStatusCode: 10202 });
  });

  it('keeps an undocumented code without a meaning', async () => {
    const error = await errorFor(jsonResponse(403, { status: 'error', message: 'Refused', statusCode: 12345 }));
    expect(error).toMatchObject({ message: 'Refused', tiktokStatusCode: 12345, tiktokMessage: undefined });
  });
});

describe('serialized errors', () => {
  it('JSON.stringify gives name, message, statusCode and json, without headers', async () => {
    const body = { status: 'error', message: 'Invalid parameters', fields: { secUid: 'Invalid secUid' } };
    const error = await errorFor(jsonResponse(400, body, { 'X-Request-Id': 'req-1' }));

    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'BadRequestError',
      message: 'Invalid parameters: secUid: Invalid secUid',
      statusCode: 400,
      json: body,
      fields: { secUid: 'Invalid secUid' },
    });
  });

  it('String(err) is "Name: message"', async () => {
    const error = await errorFor(jsonResponse(401, { status: 'error', message: 'API Key is invalid' }));
    expect(String(error)).toBe('AuthenticationError: API Key is invalid');
  });

  it('connection errors are TikAPIErrors without a status', async () => {
    const fetch = fakeFetch(new TypeError('fetch failed'));
    const api = createClient({ apiKey: API_KEY, fetch, maxRetries: 0 });
    const error = await errorOf(api.public.check({ username: 'lilyachty' }));

    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).toBeInstanceOf(TikAPIError);
    expect(error).not.toBeInstanceOf(APIError);
    expect(error).toMatchObject({ statusCode: undefined, json: undefined });
  });
});
