// The sandbox's success bodies fit the response schemas of each provider (spec.json, spec.scavio.json,
// spec.userhandle.json), over real HTTP, with items checked against the item schema.
import { describe, expect, it } from 'vitest';
import { at, endpointOf, LILYACHTY_SECUID, sdk, startSandbox } from './helpers.js';
import { EXAMPLE_VIDEO, scavioCalls, scavioPost, userHandleGet } from './provider-helpers.js';
import { absentFields, loadSpec, misfits, type Spec, type SpecEndpoint } from './schema-check.js';

function itemsOf(endpoint: SpecEndpoint, body: unknown): unknown[] {
  const container = endpoint.paging?.container ? at(body, endpoint.paging.container) : body;
  for (const field of endpoint.paging?.items ?? []) {
    const items = at(container, field);
    if (Array.isArray(items)) return items;
  }
  return [];
}

function expectFits(spec: Spec, endpoint: SpecEndpoint, body: unknown): void {
  expect(misfits(spec, body, { ref: endpoint.response }, 'body'), endpoint.key).toEqual([]);
  if (endpoint.paging && endpoint.item) {
    const items = itemsOf(endpoint, body);
    expect(items.length, `${endpoint.key}: the first page has items`).toBeGreaterThan(0);
    expect(items.flatMap((item, i) => misfits(spec, item, { ref: endpoint.item ?? '' }, `item[${i}]`)), endpoint.key).toEqual([]);
  }
}

describe('the schema checker', () => {
  const spec = loadSpec('spec.scavio.json');
  it('finds what does not fit', () => {
    expect(misfits(spec, { data: {} }, { ref: 'ScavioProfileResponse' }, 'body')).toEqual([
      'body.data.user: missing, but ScavioProfileData requires it',
    ]);
    expect(misfits(spec, { data: { user: { sec_uid: 1 } } }, { ref: 'ScavioProfileResponse' }, 'b')).toEqual(['b.data.user.sec_uid: 1 is not a string']);
    expect(misfits(spec, { has_more: 'yes' }, { ref: 'ScavioVideoListData' }, 'd')).toHaveLength(1);
  });
});

describe('TikAPI bodies fit spec.json', async () => {
  const spec = loadSpec('spec.json');
  const sb = await startSandbox({ sizes: { lilyachtyPosts: 40, anchorComments: 40, lists: 12 } });
  const api = sdk(sb.url, { logger: {} });
  const needed = (e: SpecEndpoint) => [
    ...e.params.filter((p) => p.required),
    ...(e.oneOf ?? []).map((group) => e.params.find((p) => p.name === group[0])),
  ];
  const typed = spec.endpoints.filter((e) => e.response !== 'ResponseBody' && needed(e).every((p) => p?.example !== undefined));

  it('checks a good part of the catalogue', () => {
    expect(typed.length).toBeGreaterThan(20);
  });

  it.each(typed.map((e): [string, SpecEndpoint] => [e.key, e]))('%s', async (key, endpoint) => {
    const params = Object.fromEntries(endpoint.params.filter((p) => p.example !== undefined).map((p) => [p.name, p.example]));
    if (key === 'public.videoV3') params.username = 'lilyachty';
    const response = await endpointOf(api, key)(params);
    expectFits(spec, endpoint, response.json);
  });
});

describe('Scavio bodies fit spec.scavio.json', async () => {
  const spec = loadSpec('spec.scavio.json');
  const sb = await startSandbox();

  it.each(spec.endpoints.map((e): [string, SpecEndpoint] => [e.key, e]))('%s', async (key, endpoint) => {
    const call = scavioCalls[key];
    if (!call) throw new Error(`no call for ${key}`);
    const reply = await scavioPost(sb.url, call.path, call.body);
    expect(reply.status).toBe(200);
    expectFits(spec, endpoint, reply.json);
  });

  it('answers profiles, videos and comments with every field the schemas name', async () => {
    const profile = await scavioPost(sb.url, 'profile', { username: 'lilyachty' });
    expect(absentFields(spec, at(profile.json, 'data.user'), 'ScavioUser')).toEqual([]);
    const video = at((await scavioPost(sb.url, 'video', { video_id: EXAMPLE_VIDEO })).json, 'data.aweme_detail');
    expect(absentFields(spec, video, 'ScavioVideo')).toEqual([]);
    expect(absentFields(spec, at(video, 'statistics'), 'ScavioStatistics')).toEqual([]);
    expect(absentFields(spec, at(video, 'music'), 'ScavioMusic')).toEqual([]);
    expect(absentFields(spec, at(video, 'video'), 'ScavioVideoMedia')).toEqual([]);
    const comments = await scavioPost(sb.url, 'video/comments', { video_id: EXAMPLE_VIDEO });
    expect(absentFields(spec, at(comments.json, 'data.comments.0'), 'ScavioComment')).toEqual([]);
    expect(absentFields(spec, comments.json, 'ScavioResponse')).toEqual([]);
    const hashtag = await scavioPost(sb.url, 'hashtag', { hashtag_name: 'fyp' });
    expect(absentFields(spec, at(hashtag.json, 'data.challengeInfo.challenge'), 'ScavioChallenge')).toEqual([]);
    const follows = await scavioPost(sb.url, 'user/followers', { sec_user_id: LILYACHTY_SECUID });
    expect(absentFields(spec, at(follows.json, 'data'), 'ScavioFollowData')).toEqual(['followings']);
  });
});

describe('user-handle bodies fit spec.userhandle.json', async () => {
  const spec = loadSpec('spec.userhandle.json');
  const sb = await startSandbox();
  const paths: Readonly<Record<string, string>> = { user: '/user/lilyachty', video: `/video/lilyachty/${EXAMPLE_VIDEO}` };

  it.each(spec.endpoints.map((e): [string, SpecEndpoint] => [e.key, e]))('%s, with every field the seed names', async (key, endpoint) => {
    const reply = await userHandleGet(sb.url, paths[key] ?? '');
    expect(reply.status).toBe(200);
    expectFits(spec, endpoint, reply.json);
    expect(absentFields(spec, reply.json, endpoint.response)).toEqual([]);
    const user = key === 'user' ? reply.json.user : reply.json.author;
    expect(absentFields(spec, user, 'UserHandleUser')).toEqual([]);
    expect(absentFields(spec, key === 'user' ? reply.json.stats : reply.json.authorStats, 'UserHandleUserStats')).toEqual([]);
    if (key === 'video') {
      expect(absentFields(spec, reply.json.music, 'UserHandleMusic')).toEqual([]);
      expect(absentFields(spec, reply.json.stats, 'UserHandleVideoStats')).toEqual([]);
    }
  });
});
