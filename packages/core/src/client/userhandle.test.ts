// The user-handle client over real HTTP: a loopback server that answers like the user-handle API (GETs by handle,
// an `x-api-key` gateway answering 403 `{ message: 'Forbidden' }`, 404 for users it cannot find).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  APIError,
  PermissionDeniedError,
  TikAPIError,
  UserHandleAPI,
  type UserHandleClient,
  ValidationError,
} from '../index.js';
import { type Answer, type Loopback, loopback, type Received } from './loopback.test-helper.js';

const KEY = 'uh-live-TestKey-0123456789';

function answer(request: Received): Answer {
  if (request.headers['x-api-key'] !== KEY) return { status: 403, json: { message: 'Forbidden' } };
  const user = /^\/user\/([^/]+)$/.exec(request.path);
  if (user?.[1] === 'nobody') return { status: 404, json: { message: 'User not found' } };
  if (user) return { json: { user: { id: '1', nickname: decodeURIComponent(user[1] ?? ''), secUid: 'MS4w' }, stats: { followerCount: 7 } } };
  const video = /^\/video\/([^/]+)\/([^/]+)$/.exec(request.path);
  if (video) return { json: { id: video[2], description: 'a video', author: { nickname: video[1] } } };
  return { status: 404, json: { message: 'Not found' } };
}

let server: Loopback;
let uh: UserHandleClient;

beforeAll(async () => {
  server = await loopback(answer);
  uh = UserHandleAPI({ apiKey: KEY, baseUrl: server.url, maxRetries: 0 });
});

afterAll(() => server.close());

afterEach(() => {
  server.received.length = 0;
});

const errorOf = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error);

describe('UserHandleAPI', () => {
  it('user({ userHandle }) is GET /user/:userHandle with the x-api-key header and no body', async () => {
    const response = await uh.user({ userHandle: 'lilyachty' });
    expect(response.json.user.nickname).toBe('lilyachty');
    expect(response.json.stats.followerCount).toBe(7);
    expect(response.credits).toBeUndefined();
    const [request] = server.received as [Received];
    expect(request.method).toBe('GET');
    expect(request.path).toBe('/user/lilyachty');
    expect(request.headers['x-api-key']).toBe(KEY);
    expect(request.headers.authorization).toBeUndefined();
    expect(request.body).toEqual({});
  });

  it('video({ userHandle, videoId }) is GET /video/:userHandle/:videoId; a numeric ID may be a bigint', async () => {
    const response = await uh.video({ userHandle: 'lilyachty', videoId: 7109178205151464746n });
    expect(response.json.id).toBe('7109178205151464746');
    expect(server.received[0]?.path).toBe('/video/lilyachty/7109178205151464746');
  });

  it('keeps a base URL below a path', async () => {
    const below = UserHandleAPI({ apiKey: KEY, baseUrl: `${server.url}/`, maxRetries: 0 });
    await below.user({ userHandle: 'a.b_c' });
    expect(server.received[0]?.path).toBe('/user/a.b_c');
  });

  it.each<[string, Record<string, unknown>, string, RegExp]>([
    ['a handle that climbs out of its segment', { userHandle: '..' }, 'userHandle', /cannot be "\.\."/],
    ['a handle that is a dot', { userHandle: '.' }, 'userHandle', /cannot be "\."/],
    ['a handle with a slash', { userHandle: 'a/../../admin' }, 'userHandle', /expected form/],
    ['a handle with a query', { userHandle: 'a?x=1' }, 'userHandle', /expected form/],
    ['an empty handle', { userHandle: '' }, 'userHandle', /expected form/],
    ['a video ID that is not numeric', { userHandle: 'a', videoId: '12/34' }, 'videoId', /expected form/],
    ['a missing video ID', { userHandle: 'a' }, 'videoId', /is required/],
  ])('refuses %s before anything is sent', async (_case, params, field, message) => {
    const call = 'videoId' in params || field === 'videoId' ? uh.video(params as never) : uh.user(params as never);
    const error = await errorOf(call);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe(field);
    expect((error as Error).message).toMatch(message);
    expect(server.received).toHaveLength(0);
  });

  it('a bad key is the gateway 403, a PermissionDeniedError with its message', async () => {
    const other = UserHandleAPI({ apiKey: 'uh-wrong-key', baseUrl: server.url, maxRetries: 0 });
    const error = await errorOf(other.user({ userHandle: 'lilyachty' }));
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect((error as PermissionDeniedError).statusCode).toBe(403);
    expect((error as Error).message).toBe('Forbidden');
    expect((error as PermissionDeniedError).tiktokStatusCode).toBeUndefined();
  });

  it('an unknown user is a 404 APIError with the body message', async () => {
    const error = await errorOf(uh.user({ userHandle: 'nobody' }));
    expect(error).toBeInstanceOf(APIError);
    expect((error as APIError).statusCode).toBe(404);
    expect((error as Error).message).toBe('User not found');
  });

  it('has no default base URL: a client without one is refused at once, naming the option and the variable', () => {
    expect(() => UserHandleAPI({ apiKey: KEY })).toThrow(TikAPIError);
    expect(() => UserHandleAPI({ apiKey: KEY })).toThrow(/UserHandleAPI needs baseUrl \(or USERHANDLE_API_URL\)/);
    expect(() => UserHandleAPI({ apiKey: KEY, sandbox: true })).toThrow(/needs baseUrl/);
  });

  it('the x-api-key header cannot be set by the caller', async () => {
    const error = await errorOf(uh.user({ userHandle: 'a' }, { headers: { 'X-Api-Key': 'someone-else' } }));
    expect(error).toBeInstanceOf(ValidationError);
    expect(server.received).toHaveLength(0);
  });

  it('a missing key names UserHandleAPI and USERHANDLE_API_KEY', async () => {
    const error = await errorOf(UserHandleAPI({ baseUrl: server.url }).user({ userHandle: 'a' }));
    expect((error as Error).message).toMatch(/UserHandleAPI\(\{ apiKey \}\) or set USERHANDLE_API_KEY/);
    expect(server.received).toHaveLength(0);
  });
});
