// Compile-time checks, run by `tsc --noEmit` (pnpm typecheck): each @ts-expect-error must be an error.
import type { TikAPIClient } from '../client/client.js';

declare const api: TikAPIClient;
const secUid = 'MS4wLjABAAAAsHntXC3s0AvxcecggxsoVa4eAiT8OVafVZ4OQXxy-9htpnUi0sOYSr0kGGD1Loud';

export async function typeChecks(): Promise<void> {
  await api.public.posts({ secUid, count: 10 });
  // @ts-expect-error a misspelled parameter is a compile error
  await api.public.posts({ secUID: secUid });
  // @ts-expect-error a required parameter is missing
  await api.public.posts({ count: 10 });
  // @ts-expect-error params are required when the endpoint has required ones
  await api.public.posts();
  await api.public.check({ username: 'lilyachty' });
  await api.public.check();
  await api.public.check({ user_id: 123 });
  await api.public.video({ id: 7109178205151464746n });
  await api.public.search({ category: 'users', query: 'x' });
  // @ts-expect-error enums are unions
  await api.public.search({ category: 'photos', query: 'x' });
  await api.user.live.list({ sort: 1 });
  // @ts-expect-error numeric enums too
  await api.user.live.list({ sort: 2 });
  // @ts-expect-error booleans stay booleans
  await api.user.posts.comments.post({ media_id: '1', text: 'x', has_tags: 'yes' });
  // @ts-expect-error an endpoint without params takes none
  await api.key({ foo: 1 });
  await api.key();
  await api.public.check({ username: 'x' }, { timeout: 5_000, maxRetries: 0, signal: new AbortController().signal });
  // @ts-expect-error unknown per-call options are caught too
  await api.public.check({ username: 'x' }, { retries: 3 });

  const profile = await api.public.check({ username: 'lilyachty' });
  const sec: string | undefined = profile.json.userInfo.user.secUid;
  const followers: number | undefined = profile.json.userInfo.stats.followerCount;
  const kept: unknown = profile.json.userInfo.user.someFutureField;
  void [sec, followers, kept];
  // @ts-expect-error a named field keeps its type (generated from the response schemas)
  const wrong: number | undefined = profile.json.userInfo.user.secUid;
  const video = await api.public.video({ id: '1' });
  const desc: string | undefined = video.json.itemInfo.itemStruct.desc;
  void [wrong, desc];

  const user = new api.user({ accountKey: 'a' });
  await user.posts.comments.list({ media_id: '1' });
  const same = api.user({ accountKey: 'a' });
  await same.live.chat({ room_id: '1' });
  // @ts-expect-error the factory needs an account key
  api.user({});

  for await (const post of api.public.posts.items({ secUid }, { maxItems: 5 })) {
    const id: string | undefined = post.id;
    void id;
  }
  for await (const comment of api.public.commentsList.items({ media_id: '1' })) {
    const text: string | undefined = comment.text;
    void text;
  }
  for await (const entry of api.public.followersList.items({ secUid })) {
    const name: string | undefined = entry.user?.uniqueId;
    void name;
  }
  // @ts-expect-error paging bounds are options, not params
  api.public.posts.items({ secUid, maxItems: 5 });
}
