// Accounts in Scavio's shape (snake_case, TikTok app style): the same numbers as TikAPI's profile of the account.
import type { WorldConfig } from '../world/config.js';
import { appUserJson, identity, userJson } from '../world/users.js';

const image = (url: string) => ({ url_list: [url] });

/** An account as Scavio lists it (followers, search results, authors). */
export function scavioUser(w: WorldConfig, n: number) {
  const app = appUserJson(w, n);
  const web = userJson(w, n);
  return {
    uid: app.uid,
    unique_id: app.unique_id,
    nickname: app.nickname,
    sec_uid: app.sec_uid,
    signature: app.signature,
    follower_count: app.follower_count,
    following_count: app.following_count,
    aweme_count: app.aweme_count,
    total_favorited: app.total_favorited,
    avatar_thumb: image(web.avatarThumb),
    avatar_larger: image(web.avatarLarger),
    verification_type: web.verified ? 1 : 0,
  };
}

/** A profile: the listed account plus its link in bio. */
export function scavioProfile(w: WorldConfig, n: number) {
  return { ...scavioUser(w, n), bio_url: `linktr.ee/${identity(w, n).uniqueId}` };
}
