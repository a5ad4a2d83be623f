// Test support for the Scavio and user-handle replicas: plain fetch over loopback, keys as each API takes them.
import { DEMO_API_KEY } from '@tokkit/core';
import { scavioCatalogue, userHandleCatalogue } from '../src/catalogue.js';

export const SCAVIO_KEY = scavioCatalogue.provider.demoKeys.apiKey;
export const USERHANDLE_KEY = userHandleCatalogue.provider.demoKeys.apiKey;
export const EXAMPLE_VIDEO = '7109178205151464746';
export const EXAMPLE_COMMENT = '7109185042560680750';
export const LILYACHTY_HASHTAG = '4655293';

const LILYACHTY_SECUID = 'MS4wLjABAAAAsHntXC3s0AvxcecggxsoVa4eAiT8OVafVZ4OQXxy-9htpnUi0sOYSr0kGGD1Loud';

/** A call of each endpoint on entities of the sandbox's world, and paths its `data` must hold. */
export const scavioCalls: Readonly<Record<string, { path: string; body: Record<string, unknown>; expect: readonly string[] }>> = {
  profile: { path: 'profile', body: { username: 'lilyachty' }, expect: ['user.sec_uid', 'user.uid', 'user.follower_count', 'user.avatar_larger.url_list.0'] },
  'user.posts': { path: 'user/posts', body: { sec_user_id: LILYACHTY_SECUID }, expect: ['aweme_list.0.aweme_id', 'aweme_list.0.statistics.digg_count', 'max_cursor', 'has_more'] },
  'user.followers': { path: 'user/followers', body: { sec_user_id: LILYACHTY_SECUID }, expect: ['followers.0.sec_uid', 'next_page_token', 'min_time', 'has_more'] },
  'user.followings': { path: 'user/followings', body: { sec_user_id: LILYACHTY_SECUID }, expect: ['followings.0.unique_id', 'next_page_token', 'min_time'] },
  video: { path: 'video', body: { video_id: EXAMPLE_VIDEO }, expect: ['aweme_detail.aweme_id', 'aweme_detail.video.play_addr.url_list.0', 'aweme_detail.music.id', 'aweme_detail.cha_list'] },
  'video.comments': { path: 'video/comments', body: { video_id: EXAMPLE_VIDEO }, expect: ['comments.0.cid', 'comments.0.user.unique_id', 'cursor', 'has_more', 'total'] },
  'video.comments.replies': { path: 'video/comments/replies', body: { video_id: EXAMPLE_VIDEO, comment_id: EXAMPLE_COMMENT }, expect: ['comments.0.cid', 'cursor'] },
  'search.videos': { path: 'search/videos', body: { keyword: 'cooking recipe', count: 10, publish_time: '7' }, expect: ['aweme_list.0.aweme_id', 'cursor'] },
  'search.users': { path: 'search/users', body: { keyword: 'lilyachty' }, expect: ['user_list.0.user_info.sec_uid', 'cursor'] },
  hashtag: { path: 'hashtag', body: { hashtag_name: 'fyp' }, expect: ['challengeInfo.challenge.id', 'challengeInfo.challenge.title', 'challengeInfo.stats.viewCount'] },
  'hashtag.videos': { path: 'hashtag/videos', body: { hashtag_id: LILYACHTY_HASHTAG }, expect: ['aweme_list.0.aweme_id', 'cursor', 'has_more'] },
};

export interface JsonAnswer {
  status: number;
  headers: Headers;
  json: Record<string, unknown>;
}

async function answer(response: Response): Promise<JsonAnswer> {
  return { status: response.status, headers: response.headers, json: (await response.json()) as Record<string, unknown> };
}

/** POST `${url}/scavio/api/v1/tiktok/${endpoint}` with a JSON body; `key: null` sends no Authorization. */
export async function scavioPost(
  url: string,
  endpoint: string,
  body: unknown,
  init: { key?: string | null; headers?: Record<string, string> } = {},
): Promise<JsonAnswer> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', ...init.headers };
  if (init.key !== null) headers.Authorization = `Bearer ${init.key ?? SCAVIO_KEY}`;
  const response = await fetch(`${url}/scavio/api/v1/tiktok/${endpoint}`, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return answer(response);
}

/** GET `${url}/userhandle${path}`; `key: null` sends no x-api-key. */
export async function userHandleGet(
  url: string,
  path: string,
  init: { key?: string | null; headers?: Record<string, string> } = {},
): Promise<JsonAnswer> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.key !== null) headers['x-api-key'] = init.key ?? USERHANDLE_KEY;
  return answer(await fetch(`${url}/userhandle${path}`, { headers }));
}

/** `data` of a Scavio answer, after checking it succeeded. */
export function dataOf(reply: JsonAnswer): Record<string, unknown> {
  if (reply.status !== 200) throw new Error(`expected 200, got ${reply.status}: ${JSON.stringify(reply.json)}`);
  return reply.json.data as Record<string, unknown>;
}

/**
 * Walks a Scavio list to its end, sending back the seed's paging fields, and returns every item. Bounded: fails
 * after `maxPages` pages.
 */
export async function walkScavio(
  url: string,
  endpoint: string,
  body: Record<string, unknown>,
  style: 'max_cursor' | 'cursor' | 'token_time',
  itemsField: string,
  maxPages = 200,
): Promise<{ items: Record<string, unknown>[]; pages: number }> {
  const items: Record<string, unknown>[] = [];
  let next: Record<string, unknown> = {};
  for (let pages = 1; pages <= maxPages; pages++) {
    const data = dataOf(await scavioPost(url, endpoint, { ...body, ...next }));
    items.push(...(data[itemsField] as Record<string, unknown>[]));
    if (style === 'token_time') {
      if (data.has_more === false) return { items, pages };
      if (data.has_more !== true) throw new Error(`has_more must be a boolean, got ${String(data.has_more)}`);
      next = { page_token: data.next_page_token, min_time: data.min_time };
      continue;
    }
    if (data.has_more === 0) return { items, pages };
    if (data.has_more !== 1) throw new Error(`has_more must be 0 or 1, got ${String(data.has_more)}`);
    next = { cursor: String(data[style]) };
  }
  throw new Error(`${endpoint}: no end after ${maxPages} pages`);
}

/** Walks a TikAPI list (GET with query parameters) to its end over plain fetch; bounded by `maxPages`. */
export async function walkTikAPI(
  url: string,
  path: string,
  query: Record<string, string | number>,
  param: string,
  itemsField: string,
  maxPages = 200,
): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  const base = Object.fromEntries(Object.entries(query).map(([name, value]) => [name, String(value)]));
  let next: Record<string, string> = {};
  for (let page = 0; page < maxPages; page++) {
    const response = await fetch(`${url}${path}?${new URLSearchParams({ ...base, ...next })}`, {
      headers: { 'X-API-KEY': DEMO_API_KEY },
    });
    const json = (await response.json()) as Record<string, unknown>;
    if (response.status !== 200) throw new Error(`${path}: ${response.status} ${JSON.stringify(json)}`);
    items.push(...(json[itemsField] as Record<string, unknown>[]));
    const more = json.hasMore ?? json.has_more;
    if (more === false || more === 0) return items;
    next = { [param]: String(json[param]) };
  }
  throw new Error(`${path}: no end after ${maxPages} pages`);
}

/** A TikAPI GET over plain fetch with the demo key. */
export async function tikapiGet(url: string, path: string, query: Record<string, string>): Promise<Record<string, unknown>> {
  const response = await fetch(`${url}${path}?${new URLSearchParams(query)}`, { headers: { 'X-API-KEY': DEMO_API_KEY } });
  const json = (await response.json()) as Record<string, unknown>;
  if (response.status !== 200) throw new Error(`${path}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}
