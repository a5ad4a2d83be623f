// The tokkit demo: starts the offline sandbox on a free port and uses the SDK against it.
// Run it with `bash scripts/demo.sh` (installs, builds, then runs this file with tsx); see README.md.
import TikAPI, { type Comment, type Item, PermissionDeniedError, Scavio, scavio, UserHandleAPI, userhandle } from '@tokkit/node';
import { createSandbox } from '@tokkit/sandbox';

// With TIKAPI_BASE_URL set, the client goes there (a sandbox already running); otherwise one is started here.
const sandbox = process.env.TIKAPI_BASE_URL ? undefined : await createSandbox().listen(0);
const api = TikAPI({ sandbox: true, baseUrl: sandbox?.url });
// The sandbox serves the other providers below their prefixes (/scavio, /userhandle), with their demo keys.
const sandboxUrl = sandbox?.url ?? String(process.env.TIKAPI_BASE_URL);
const sc = Scavio({ sandbox: true, baseUrl: `${sandboxUrl}${scavio.sandboxPrefix}` });
const uh = UserHandleAPI({ sandbox: true, baseUrl: `${sandboxUrl}${userhandle.sandboxPrefix}` });
const started = Date.now();

function progress(count: number, done = false): void {
  if (process.stdout.isTTY) process.stdout.write(`\r  posts read: ${count}${done ? '\n' : ''}`);
  else if (done ? count % 200 !== 0 : count % 200 === 0) console.log(`  posts read: ${count}`);
}

try {
  console.log(sandbox ? `sandbox listening on ${sandbox.url}\n` : `sandbox at ${process.env.TIKAPI_BASE_URL} (TIKAPI_BASE_URL)\n`);

  // 1. A profile
  const profile = await api.public.check({ username: 'lilyachty' });
  const { user, stats } = profile.json.userInfo;
  console.log(`profile  @${user.uniqueId} "${user.nickname}": ${stats.followerCount} followers, ${stats.videoCount} videos`);

  // 2. Every post of that account, page after page
  console.log('posts    reading every post of the account...');
  const posts: Item[] = [];
  const stream = api.public.posts.items({ secUid: String(user.secUid) });
  for await (const post of stream) {
    posts.push(post);
    progress(posts.length);
  }
  progress(posts.length, true);
  const unique = new Set(posts.map((p) => p.id)).size;
  console.log(`         ${posts.length} posts (${unique} distinct), run ended: ${stream.stopReason}`);

  // 3. Comments of one post
  const first = posts[0];
  const comments = await api.public.commentsList({ media_id: String(first?.id), count: 3 });
  console.log(`comments on ${first?.id} ("${first?.desc}"), ${String(comments.json.total)} in all:`);
  for (const comment of (comments.json.comments ?? []) as Comment[]) {
    console.log(`         @${String(comment.user?.unique_id)}: ${comment.text}`);
  }

  // 4. A search
  const search = await api.public.search({ category: 'users', query: 'lilyachty' });
  const found = (search.json.user_list as { user_info: { unique_id: string } }[] | undefined) ?? [];
  console.log(`search   "lilyachty": ${found.slice(0, 3).map((u) => `@${u.user_info.unique_id}`).join(', ')}, ...`);

  // 5. The same account through the other two providers
  const scavioUser = (await sc.profile({ username: 'lilyachty' })).json.data.user;
  const scavioProfile = await sc.profile({ sec_user_id: String(scavioUser.sec_uid) });
  const handle = await uh.user({ userHandle: 'lilyachty' });
  console.log('providers the same account three ways:');
  console.log(`         TikAPI public.check    @${user.uniqueId}: ${stats.followerCount} followers, secUid ${String(user.secUid).slice(0, 12)}...`);
  console.log(
    `         Scavio profile         @${scavioUser.unique_id}: ${scavioUser.follower_count} followers, sec_uid ${String(scavioUser.sec_uid).slice(0, 12)}... ` +
      `(credits: ${scavioProfile.credits?.used} used, ${scavioProfile.credits?.remaining} left)`,
  );
  console.log(
    `         UserHandleAPI user     @${handle.json.user.id_dup}: ${handle.json.stats.followerCount} followers, secUid ${String(handle.json.user.secUid).slice(0, 12)}...`,
  );
  const same = scavioUser.sec_uid === user.secUid && handle.json.user.secUid === user.secUid;
  console.log(`         one account: ${same ? 'yes' : 'NO'}`);

  // 6. A handled error
  let handled = 'no error?';
  try {
    await api.public.check({ username: 'no.such.user' });
  } catch (error) {
    if (!(error instanceof PermissionDeniedError)) throw error;
    handled = `${error.name} (HTTP ${error.statusCode}, TikTok statusCode ${error.tiktokStatusCode}: ${error.tiktokMessage})`;
  }
  console.log(`error    unknown user -> ${handled}`);

  console.log(
    `\nsummary  1 profile, ${posts.length} posts, ${comments.items.length} comments, ${found.length} search results, ` +
      `1 account through 3 providers, 1 handled error, in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
} finally {
  await sandbox?.close();
}
