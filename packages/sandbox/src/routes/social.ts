import { tiktokFailure } from '../failures.js';
import { followersOf, followingOf } from '../world/feeds.js';
import { findUserById, findUserBySecUid, findUserByUsername, userJson, userStats } from '../world/users.js';
import { type Call, paged, resolveUser, type Route, success, text } from './context.js';

const entry = (call: Call) => (n: number) => ({ user: userJson(call.world, n), stats: userStats(call.world, n) });
const web = { root: { statusCode: 0 } };

/** follow/unfollow name one account three ways: all three must agree. */
function target(call: Call): number {
  const byName = findUserByUsername(call.world, text(call, 'username') ?? '');
  const bySecUid = findUserBySecUid(call.world, text(call, 'secUid') ?? '');
  const byId = findUserById(call.world, text(call, 'user_id') ?? '');
  if (byName === undefined || byName !== bySecUid || byName !== byId) throw tiktokFailure(10202);
  return byName;
}

export const socialRoutes: Readonly<Record<string, Route>> = {
  'public.followersList': (call) => paged(followersOf(call.world, resolveUser(call, { names: ['secUid'] })), entry(call), web),
  'public.followingList': (call) => paged(followingOf(call.world, resolveUser(call, { names: ['secUid'] })), entry(call), web),
  'user.followers': (call) =>
    paged(followersOf(call.world, resolveUser(call, { names: ['secUid'], fallback: call.account })), entry(call), web),
  'user.following': (call) =>
    paged(followingOf(call.world, resolveUser(call, { names: ['secUid'], fallback: call.account })), entry(call), web),
  'user.followingV1': (call) => paged(followingOf(call.world, call.account), entry(call), web),
  'user.follow': (call) => success({ status_code: 0, follow_status: 1, user: userJson(call.world, target(call)) }),
  'user.unfollow': (call) => success({ status_code: 0, follow_status: 0, user: userJson(call.world, target(call)) }),
};
