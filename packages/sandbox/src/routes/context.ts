// What a route gets, what it answers, and the lookups most routes share.
import type { EndpointDescriptor, Scalar } from '@tokkit/core';
import { fieldsFailure, tiktokFailure } from '../failures.js';
import type { PagedAnswer } from '../paging.js';
import { LILYACHTY } from '../world/anchors.js';
import type { WorldConfig } from '../world/config.js';
import type { List } from '../world/list.js';
import { findUserById, findUserBySecUid, findUserByUsername } from '../world/users.js';
import { findVideo, type VideoRef } from '../world/videos.js';

export interface Call {
  readonly endpoint: EndpointDescriptor;
  /** Declared parameters, validated and typed. */
  readonly params: Readonly<Record<string, Scalar>>;
  readonly world: WorldConfig;
  /** The account behind the account key (account endpoints). */
  readonly account: number;
}

export type Answer = Record<string, unknown> | PagedAnswer;
export type Route = (call: Call) => Answer;

export function text(call: Call, name: string): string | undefined {
  const value = call.params[name];
  return value === undefined ? undefined : String(value);
}

export function number(call: Call, name: string, fallback: number): number {
  const value = call.params[name];
  return value === undefined ? fallback : Number(value);
}

/** A page of `list`, each item rendered on demand. */
export function paged<T>(
  list: List<T>,
  render: (item: T, index: number) => unknown,
  extra: Omit<PagedAnswer, 'kind' | 'list'> = {},
): PagedAnswer {
  const mapped: List<unknown> = {
    size: list.size,
    at: (i) => render(list.at(i), i),
    ...(list.timeAt ? { timeAt: list.timeAt } : {}),
  };
  return { kind: 'paged', list: mapped, ...extra };
}

/** The code of a vm.tiktok.com short link; the sandbox points every short link at lilyachty or his posts. */
export function shortLinkCode(value: string): string | undefined {
  const match = /^https?:\/\/vm\.tiktok\.com\/([a-zA-Z0-9]+)\/?$/.exec(value);
  return match?.[1];
}

/** The account named by username, user_id or secUid (whichever is given); 400 when none is, 403 10202 when unknown. */
export function resolveUser(call: Call, options: { fallback?: number; names?: readonly string[] } = {}): number {
  const names = options.names ?? ['username', 'user_id', 'secUid'];
  const given = names.filter((name) => text(call, name) !== undefined);
  if (given.length === 0) {
    if (options.fallback !== undefined) return options.fallback;
    throw fieldsFailure({ [names[0] ?? 'username']: `A valid TikTok ${names.join(' or ')} is required.` });
  }
  for (const name of given) {
    const value = text(call, name) ?? '';
    let found: number | undefined;
    if (name === 'username') found = findUserByUsername(call.world, value);
    else if (name === 'secUid') found = findUserBySecUid(call.world, value);
    else found = findUserById(call.world, value);
    if (found === undefined && name === 'username' && shortLinkCode(value)) found = LILYACHTY.index;
    if (found === undefined) throw tiktokFailure(10202);
    return found;
  }
  throw tiktokFailure(10202);
}

/** The video named by a parameter (ID or short link); 403 10204 when it does not exist. */
export function resolveVideo(call: Call, name: string): VideoRef {
  const value = text(call, name) ?? '';
  const code = shortLinkCode(value);
  if (code) return { author: LILYACHTY.index, k: code.length % 2 };
  const video = findVideo(call.world, value);
  if (!video) throw tiktokFailure(10204);
  return video;
}

export function success(body: Record<string, unknown>): Record<string, unknown> {
  return { status: 'success', message: '', ...body };
}
