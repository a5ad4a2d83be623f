// Scavio's three paging styles (the seed's "Pagination Reference"), over the world's finite lists:
//   user/posts         `cursor` <- data.max_cursor (ms time of the page's last video), has_more 0/1
//   search, hashtag videos, comments, replies   `cursor` <- data.cursor (an offset), has_more 0/1
//   followers, followings   `page_token` + `min_time` <- data.next_page_token + data.min_time, has_more true/false
import type { Scalar } from '@tokkit/core';
import { WORLD_NOW } from '../world/config.js';
import { firstOlderThan, type List } from '../world/list.js';
import { hash32 } from '../world/random.js';
import { badParameter, scavioFailure } from './errors.js';

export type Data = Record<string, unknown>;

interface PageRequest {
  readonly params: Readonly<Record<string, Scalar>>;
}

/** `count` (bounds already checked against the descriptor), default 20; a fraction is refused. */
function pageSize(call: PageRequest): number {
  const count = call.params.count === undefined ? 20 : Number(call.params.count);
  if (!Number.isInteger(count)) throw badParameter('count', `expected a whole number of results per page (got ${count}).`);
  return count;
}

function items<T>(list: List<T>, start: number, end: number, render: (item: T) => unknown): unknown[] {
  const out: unknown[] = [];
  for (let i = start; i < end; i++) out.push(render(list.at(i)));
  return out;
}

function cursorNumber(call: PageRequest, from: string): number {
  const value = String(call.params.cursor ?? '0');
  if (!/^\d+$/.test(value)) throw badParameter('cursor', `use data.${from} of the previous page (a whole number).`);
  return Number(value);
}

/** An offset page: `cursor` is where it starts, `data.cursor` where the next one does. */
export function offsetPage<T>(call: PageRequest, list: List<T>, field: string, render: (item: T) => unknown, extra: Data = {}): Data {
  const start = Math.min(cursorNumber(call, 'cursor'), list.size);
  const end = Math.min(start + pageSize(call), list.size);
  return { ...extra, [field]: items(list, start, end, render), cursor: end, has_more: end < list.size ? 1 : 0 };
}

/** A page of a list newest first: `cursor` is the ms time of the previous page's last item (0: the newest). */
export function timePage<T>(call: PageRequest, list: List<T>, field: string, render: (item: T) => unknown): Data {
  const timeAt = list.timeAt?.bind(list);
  if (!timeAt) throw new Error('sandbox: timePage() needs a timed list');
  const cursor = cursorNumber(call, 'max_cursor');
  const start = cursor === 0 ? 0 : firstOlderThan(list, cursor / 1000);
  const end = Math.min(start + pageSize(call), list.size);
  const maxCursor = end > start ? timeAt(end - 1) * 1000 : cursor;
  const minCursor = end > start ? timeAt(start) * 1000 : cursor;
  return { [field]: items(list, start, end, render), max_cursor: maxCursor, min_cursor: minCursor, has_more: end < list.size ? 1 : 0 };
}

/** Like offsetPage, with the next position in `data.max_cursor` (user/posts sorted by popularity). */
export function rankPage<T>(call: PageRequest, list: List<T>, field: string, render: (item: T) => unknown): Data {
  const start = Math.min(cursorNumber(call, 'max_cursor'), list.size);
  const end = Math.min(start + pageSize(call), list.size);
  return { [field]: items(list, start, end, render), max_cursor: end, min_cursor: start, has_more: end < list.size ? 1 : 0 };
}

const TOKEN_PREFIX = 'scavio-page:';

function encodeToken(position: number): string {
  return btoa(`${TOKEN_PREFIX}${position}`).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

function decodeToken(token: string): number | undefined {
  try {
    const match = new RegExp(`^${TOKEN_PREFIX}(\\d+)$`).exec(atob(token.replace(/-/g, '+').replace(/_/g, '/')));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** When the i-th account of a follow list followed (Unix seconds): strictly falling with i. */
export function followTime(listKey: string, i: number): number {
  return WORLD_NOW - 600 * (i + 1) - (hash32('follow-time', listKey, i) % 600);
}

/**
 * A token + time page: `page_token` names where the page starts and `min_time` must be the follow time of the
 * previous page's last account; the two travel together (400 when only one is sent, or they do not match).
 */
export function tokenTimePage<T>(call: PageRequest, listKey: string, list: List<T>, field: string, render: (item: T) => unknown): Data {
  const token = call.params.page_token;
  const time = call.params.min_time;
  if ((token === undefined) !== (time === undefined)) {
    const missing = token === undefined ? 'page_token' : 'min_time';
    throw scavioFailure(
      400,
      'missing_parameter',
      `A valid ${missing} is required: page_token and min_time go together (data.next_page_token and data.min_time of the previous page).`,
    );
  }
  let start = 0;
  if (token !== undefined) {
    const position = decodeToken(String(token));
    if (position === undefined || position < 1 || position > list.size) {
      throw badParameter('page_token', 'use data.next_page_token of the previous page.');
    }
    if (Number(time) !== followTime(listKey, position - 1)) {
      throw badParameter('min_time', 'use data.min_time of the same previous page as page_token.');
    }
    start = position;
  }
  const end = Math.min(start + pageSize(call), list.size);
  const last = Math.max(end, 1) - 1;
  return {
    [field]: items(list, start, end, render),
    next_page_token: encodeToken(Math.max(end, 1)),
    min_time: followTime(listKey, last),
    has_more: end < list.size,
    total: list.size,
  };
}
