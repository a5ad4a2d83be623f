// Compile-time checks of the Scavio and user-handle clients, run by `tsc --noEmit` (pnpm typecheck): every
// expected error below must be one.
import type { ScavioClient } from '../client/scavio.js';
import type { UserHandleClient } from '../client/userhandle.js';
import type { Credits } from '../paginate/credits.js';

declare const sc: ScavioClient;
declare const uh: UserHandleClient;
const secUserId = 'MS4wLjABAAAAv7iSuuXDJGDvJkmH_vz1qkDZYo1apxgzaxdBSeIuPiM';

export async function scavioTypeChecks(): Promise<void> {
  const p = await sc.profile({ username: 'tiktok' });
  const secUid: string | undefined = p.json.data.user.sec_uid;
  const credits: Credits | undefined = p.credits;
  const remaining: number | undefined = p.credits?.remaining;
  const seconds: number | undefined = p.responseTime;
  const kept: unknown = p.json.data.user.someFutureField;
  void [secUid, credits, remaining, seconds, kept];
  // @ts-expect-error a named field keeps its type
  const wrong: number | undefined = p.json.data.user.sec_uid;
  void wrong;

  for await (const v of sc.user.posts.items({ sec_user_id: secUserId }, { maxItems: 100, minCreditsRemaining: 10 })) {
    const id: string | undefined = v.aweme_id;
    const plays: number | undefined = v.statistics?.play_count;
    void [id, plays];
  }
  for await (const page of sc.user.followers.pages({ sec_user_id: secUserId, count: 20 }, { minCreditsRemaining: 5 })) {
    const token: string | undefined = page.json.data.next_page_token;
    void token;
  }
  for await (const entry of sc.search.users.items({ keyword: 'chef' })) {
    const uid: string | undefined = entry.user_info?.uid;
    void uid;
  }
  for await (const c of sc.video.comments.items({ video_id: '1' })) void c.cid;
  for await (const r of sc.video.comments.replies.items({ video_id: 1n, comment_id: 7350811234567890123n })) void r.text;

  const video = await sc.video({ video_id: '7350810998023949599' });
  void video.json.data.aweme_detail.aweme_id;
  const tag = await sc.hashtag({ hashtag_id: 229207 });
  void tag.json.data.challengeInfo.challenge.id;

  await sc.search.videos({ keyword: 'x', sort_type: '1', publish_time: '180' });
  // @ts-expect-error enums are unions
  await sc.search.videos({ keyword: 'x', publish_time: '5' });
  // @ts-expect-error a required parameter is missing
  await sc.user.posts({ count: 10 });
  // @ts-expect-error params are required when the endpoint has required ones
  await sc.search.users();
  // @ts-expect-error a misspelled parameter is a compile error
  await sc.profile({ userName: 'x' });
  // @ts-expect-error count is a number
  await sc.user.posts({ sec_user_id: secUserId, count: true });
  // @ts-expect-error `$self` is not a member
  void sc.video.$self;
  // @ts-expect-error Scavio has no account scopes
  void sc.user({ accountKey: 'a' });
  sc.set({ timeout: 5_000 });
  // @ts-expect-error nor an account key
  sc.set({ accountKey: 'a' });
}

export async function userHandleTypeChecks(): Promise<void> {
  const user = await uh.user({ userHandle: 'lilyachty' });
  const followers: number | undefined = user.json.stats.followerCount;
  const nickname: string | undefined = user.json.user.nickname;
  void [followers, nickname];
  const video = await uh.video({ userHandle: 'lilyachty', videoId: 7109178205151464746n });
  const id: string = video.json.id;
  void id;
  // @ts-expect-error userHandle is required
  await uh.user({});
  // @ts-expect-error videoId is required
  await uh.video({ userHandle: 'a' });
  // @ts-expect-error minCreditsRemaining is Scavio's
  uh.user.items({ userHandle: 'a' }, { minCreditsRemaining: 1 });
}
