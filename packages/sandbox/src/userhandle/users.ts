// Accounts as the user-handle API stores them: TikAPI's identity and counters, plus when the record was stored.
import { WORLD_NOW, type WorldConfig } from '../world/config.js';
import { hash32 } from '../world/random.js';
import { identity, userJson, userStats } from '../world/users.js';

/** When the API stored a record, and last refreshed it: fixed ISO times before the world's "now". */
export function storedTimes(kind: string, key: string | number): { createdAt: string; updatedAt: string } {
  const created = WORLD_NOW - 86_400 * 30 - (hash32('stored', kind, key) % (86_400 * 300));
  const updated = created + (hash32('refreshed', kind, key) % (WORLD_NOW - created));
  return { createdAt: new Date(created * 1000).toISOString(), updatedAt: new Date(updated * 1000).toISOString() };
}

export function userHandleUser(w: WorldConfig, n: number) {
  const user = userJson(w, n);
  return {
    id: user.id,
    nickname: user.nickname,
    id_dup: identity(w, n).uniqueId,
    secUid: user.secUid,
    profileBio: user.signature,
    profilePictureUrl: user.avatarLarger,
    isVerified: user.verified,
    isPrivateAccount: user.privateAccount,
    ...storedTimes('user', user.id),
  };
}

/** The counters of TikAPI's profile (`userInfo.stats`), field for field. */
export function userHandleStats(w: WorldConfig, n: number) {
  const stats = userStats(w, n);
  return {
    diggCount: stats.diggCount,
    followerCount: stats.followerCount,
    followingCount: stats.followingCount,
    friendCount: stats.friendCount,
    heartCount: stats.heartCount,
    heart: stats.heart,
    videoCount: stats.videoCount,
  };
}
