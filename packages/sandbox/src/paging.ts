// Paging in each endpoint's own style, laid out exactly where the descriptor's `paging` says the SDK reads it:
// the container (`paging.container`, else the body root) holds the items, the has-more flag and the next
// value under a field named like `paging.param`.
import type { EndpointDescriptor, PagingDescriptor } from '@tokkit/core';
import { fieldsFailure } from './failures.js';
import { firstOlderThan, type List } from './world/list.js';

/** How the next value is made: a position, a time of the last item, an opaque token, or a page number. */
type Codec = 'offset' | 'time' | 'opaque' | 'page';

export interface PagingStyle {
  codec: Codec;
  /** JSON type of the next value. */
  value: 'string' | 'number';
  /** The has-more flag: `hasMore` true/false, `has_more` 0/1, `has_more` true/false, or both names. */
  flag: 'hasMore' | 'has_more01' | 'has_more' | 'both';
  /** Items per page when the request does not say. */
  defaultSize: number;
  /** For time codecs: the next value is the item time times this. */
  timeScale?: number;
}

const cursorString: PagingStyle = { codec: 'offset', value: 'string', flag: 'hasMore', defaultSize: 30 };
const postsByTime: PagingStyle = { codec: 'time', value: 'string', flag: 'hasMore', defaultSize: 30, timeScale: 1000 };
const numericCursor: PagingStyle = { codec: 'offset', value: 'number', flag: 'has_more01', defaultSize: 30 };
const offset: PagingStyle = { codec: 'offset', value: 'number', flag: 'hasMore', defaultSize: 30 };
const nextCursorNumber: PagingStyle = { codec: 'offset', value: 'number', flag: 'hasMore', defaultSize: 30 };
const nextCursorString: PagingStyle = { codec: 'opaque', value: 'string', flag: 'hasMore', defaultSize: 10 };

/** Every paged endpoint's style. */
export const pagingStyles: Readonly<Record<string, PagingStyle>> = {
  'public.posts': postsByTime,
  'user.posts.feed': postsByTime,
  'public.likes': cursorString,
  'public.playlists': cursorString,
  'public.playlistItems': cursorString,
  'public.exploreCategory': cursorString,
  'public.hashtag': cursorString,
  'public.music': cursorString,
  'user.posts.likes': cursorString,
  'user.posts.followingPosts': cursorString,
  'user.posts.savedPosts': cursorString,
  'user.posts.playlists': cursorString,
  'user.posts.playlistItems': cursorString,
  'public.commentsList': numericCursor,
  'public.commentRepliesList': numericCursor,
  'user.posts.comments.list': numericCursor,
  'user.posts.comments.replies': numericCursor,
  'user.live.search': { ...numericCursor, defaultSize: 12 },
  'user.followingV1': { codec: 'offset', value: 'number', flag: 'hasMore', defaultSize: 30 },
  'public.discover': offset,
  'user.live.list': offset,
  'public.followersList': nextCursorNumber,
  'public.followingList': nextCursorNumber,
  'user.followers': nextCursorNumber,
  'user.following': nextCursorNumber,
  'user.conversations': { ...nextCursorNumber, defaultSize: 10 },
  'user.conversationRequests.conversations': { ...nextCursorNumber, defaultSize: 10 },
  'user.messages': { codec: 'time', value: 'number', flag: 'hasMore', defaultSize: 20, timeScale: 1 },
  'public.search': { ...nextCursorString, flag: 'both' },
  'user.posts.search': { ...nextCursorString, flag: 'both' },
  'public.discoverV3': nextCursorString,
  'user.live.chat': nextCursorString,
  'user.notifications': { codec: 'time', value: 'number', flag: 'has_more', defaultSize: 20, timeScale: 1 },
  'user.live.transactionHistory': { codec: 'page', value: 'number', flag: 'hasMore', defaultSize: 12 },
};

export function styleOf(endpoint: EndpointDescriptor): PagingStyle {
  const style = pagingStyles[endpoint.key];
  if (!style) throw new Error(`sandbox: no paging style for ${endpoint.key}`);
  return style;
}

/** A page of a finite list, before it is laid out. */
export interface PagedAnswer {
  readonly kind: 'paged';
  readonly list: List<unknown>;
  /** One of `paging.items`; the first one by default. */
  readonly itemsField?: string;
  /** Fields put next to the items, in the container. */
  readonly container?: Readonly<Record<string, unknown>>;
  /** Fields put at the body root (status, message, ...). */
  readonly root?: Readonly<Record<string, unknown>>;
}

export function isPaged(answer: object): answer is PagedAnswer {
  return (answer as { kind?: unknown }).kind === 'paged';
}

const OPAQUE_PREFIX = 'sandbox-cursor:';

function encodeOpaque(position: number): string {
  return btoa(`${OPAQUE_PREFIX}${position}`).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

function decodeOpaque(token: string): number | undefined {
  try {
    const text = atob(token.replace(/-/g, '+').replace(/_/g, '/'));
    const match = new RegExp(`^${OPAQUE_PREFIX}(\\d+)$`).exec(text);
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

function badValue(paging: PagingDescriptor): never {
  throw fieldsFailure({}, { [paging.param]: `Invalid ${paging.param}: use the value a previous page returned.` });
}

/** Where the requested page starts, from the raw paging value. */
function startOf(style: PagingStyle, paging: PagingDescriptor, list: List<unknown>, value: string | undefined, size: number): number {
  if (value === undefined || value === '') return 0;
  const numeric = /^\d+$/.test(value) ? Number(value) : undefined;
  switch (style.codec) {
    case 'offset':
      return numeric ?? badValue(paging);
    case 'page':
      if (numeric === undefined) return badValue(paging);
      return Math.max(0, numeric - 1) * size;
    case 'time':
      if (numeric === undefined) return badValue(paging);
      return numeric === 0 ? 0 : firstOlderThan(list, numeric / (style.timeScale ?? 1));
    case 'opaque':
      return decodeOpaque(value) ?? badValue(paging);
  }
}

function nextValue(style: PagingStyle, list: List<unknown>, end: number, lastIndex: number): string | number {
  let next: number | string;
  if (style.codec === 'time' && lastIndex >= 0 && list.timeAt) next = list.timeAt(lastIndex) * (style.timeScale ?? 1);
  else if (style.codec === 'opaque') return encodeOpaque(end);
  else next = end;
  return style.value === 'string' ? String(next) : Number(next);
}

function flagFields(style: PagingStyle, more: boolean): Record<string, unknown> {
  switch (style.flag) {
    case 'hasMore':
      return { hasMore: more };
    case 'has_more01':
      return { has_more: more ? 1 : 0 };
    case 'has_more':
      return { has_more: more };
    case 'both':
      return { hasMore: more, has_more: more ? 1 : 0 };
  }
}

/** Puts `value` at a dotted path (`itemStruct`, `notice_lists.0`) of `root`; numeric steps make arrays. */
function placeAt(root: Record<string, unknown>, path: string, value: Record<string, unknown>): void {
  const steps = path.split('.');
  let node: Record<string, unknown> | unknown[] = root;
  steps.forEach((step, i) => {
    const last = i === steps.length - 1;
    const nextIsIndex = /^\d+$/.test(steps[i + 1] ?? '');
    const child = last ? value : nextIsIndex ? [] : {};
    if (Array.isArray(node)) node[Number(step)] = child;
    else node[step] = child;
    node = child as Record<string, unknown> | unknown[];
  });
}

/** Page size from `count` (or `limit`), capped at 30. */
function pageSize(endpoint: EndpointDescriptor, style: PagingStyle, query: URLSearchParams): number {
  const name = 'count' in endpoint.params ? 'count' : 'limit' in endpoint.params ? 'limit' : undefined;
  const given = name === undefined ? Number.NaN : Number(query.get(name) ?? '');
  const size = Number.isInteger(given) && given > 0 ? given : style.defaultSize;
  return Math.min(30, size);
}

/** The response body for one page of `answer`. */
export function pageBody(endpoint: EndpointDescriptor, answer: PagedAnswer, query: URLSearchParams): Record<string, unknown> {
  const paging = endpoint.paging;
  if (!paging) throw new Error(`sandbox: ${endpoint.key} does not page`);
  const style = styleOf(endpoint);
  const itemsField = answer.itemsField ?? paging.items[0] ?? 'items';
  if (!paging.items.includes(itemsField)) throw new Error(`sandbox: ${endpoint.key} cannot hold items under ${itemsField}`);
  const { list } = answer;
  const size = pageSize(endpoint, style, query);
  let requested = query.get(paging.param) ?? undefined;
  if (requested === undefined && endpoint.key === 'user.notifications') requested = query.get('max_time') ?? undefined;
  const start = Math.min(startOf(style, paging, list, requested, size), list.size);
  const end = Math.min(start + size, list.size);
  const items: unknown[] = [];
  for (let i = start; i < end; i++) items.push(list.at(i));
  const more = end < list.size;
  const container: Record<string, unknown> = {
    ...answer.container,
    [itemsField]: items,
    ...flagFields(style, more),
  };
  if (style.codec === 'page') container.page = Math.floor(start / size) + 1;
  else container[paging.param] = nextValue(style, list, end, end - 1);
  if (endpoint.key === 'user.notifications' && list.timeAt && end > start) {
    container.max_time = list.timeAt(start);
    container.min_time = list.timeAt(end - 1);
  }
  const body: Record<string, unknown> = { status: 'success', message: '', ...answer.root };
  if (paging.container) placeAt(body, paging.container, container);
  else Object.assign(body, container);
  return body;
}
