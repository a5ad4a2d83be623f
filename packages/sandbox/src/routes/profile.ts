import { fieldsFailure } from '../failures.js';
import { WORLD_NOW } from '../world/config.js';
import { Rng } from '../world/random.js';
import { appUserJson, identity, userJson, userStats } from '../world/users.js';
import { resolveVideo, type Call, type Route, resolveUser, success, text, number } from './context.js';

function profile(call: Call, n: number) {
  const stats = userStats(call.world, n);
  const who = identity(call.world, n);
  return success({
    statusCode: 0,
    userInfo: {
      user: userJson(call.world, n),
      stats,
      shareMeta: {
        title: `${who.nickname} on TikTok`,
        desc: `@${who.uniqueId} ${stats.followerCount} Followers, ${stats.followingCount} Following, ${stats.heartCount} Likes`,
      },
    },
  });
}

function analytics(call: Call) {
  const type = text(call, 'type') ?? 'overview';
  const days = number(call, 'days', 7);
  if (type === 'video') {
    if (text(call, 'media_id') === undefined) throw fieldsFailure({ media_id: 'A valid media_id is required for video analytics.' });
    resolveVideo(call, 'media_id');
  }
  const rng = new Rng(call.world.seed, 'analytics', type, days, text(call, 'media_id') ?? '');
  const history = (name: string) =>
    Array.from({ length: Math.min(days, 60) }, (_, i) => ({ date: WORLD_NOW - 86_400 * (days - i), value: rng.int(0, 5000), name }));
  return success({
    status_code: 0,
    type,
    days,
    vv_history: history('video_views'),
    pv_history: history('profile_views'),
    like_history: history('likes'),
    comment_history: history('comments'),
    share_history: history('shares'),
    follower_num: { value: userStats(call.world, call.account).followerCount },
    follower_num_history: history('followers'),
    user_info: appUserJson(call.world, call.account),
  });
}

export const profileRoutes: Readonly<Record<string, Route>> = {
  'public.check': (call) => profile(call, resolveUser(call, { names: ['username', 'user_id'] })),
  'public.checkV3': (call) => profile(call, resolveUser(call)),
  'user.info': (call) => profile(call, resolveUser(call, { names: ['username'], fallback: call.account })),
  'user.verify': (call) => success({ statusCode: 0, message: 'Session is valid.', sessionValid: true, user: userJson(call.world, call.account) }),
  'user.edit': (call) => {
    const field = text(call, 'field') ?? '';
    const value = text(call, 'value') ?? '';
    const user: Record<string, unknown> = appUserJson(call.world, call.account);
    const wire = { nickname: 'nickname', username: 'unique_id', bio: 'signature', private: 'secret' }[field] ?? field;
    user[wire] = field === 'private' ? (value === '1' || value === 'true' ? 1 : 0) : value;
    return success({ status_code: 0, extra: { now: WORLD_NOW * 1000 }, user });
  },
  'user.analytics': analytics,
};
