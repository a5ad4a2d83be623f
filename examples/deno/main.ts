// A Deno script on @tokkit/browser-safe (resolved from node_modules, see deno.json). The key and, when set, the
// base URL come from the environment: run it with `deno task start` (--allow-env=TIKAPI_KEY,TIKAPI_BASE_URL).
import { baseUrlFromEnv, PermissionDeniedError, TikAPI } from '@tokkit/browser-safe';

declare const Deno: { env: { get(name: string): string | undefined }; exit(code: number): never };

const apiKey = Deno.env.get('TIKAPI_KEY');
if (!apiKey) {
  console.error('Set TIKAPI_KEY (for the local sandbox: its public demo key, see README.md).');
  Deno.exit(1);
}
const api = TikAPI({ apiKey, baseUrl: baseUrlFromEnv({ TIKAPI_BASE_URL: Deno.env.get('TIKAPI_BASE_URL') }) });

const profile = await api.public.check({ username: 'lilyachty' });
const { user, stats } = profile.json.userInfo;
console.log(`profile  @${user.uniqueId} "${user.nickname}": ${stats.followerCount} followers`);

let page = 0;
for await (const { items, cursor } of api.public.posts.pages({ secUid: String(user.secUid) }, { maxPages: 3 })) {
  page += 1;
  console.log(`page ${page}   ${items.length} posts, next cursor ${String(cursor)}`);
}

try {
  await api.public.check({ username: 'no.such.user' });
} catch (error) {
  if (!(error instanceof PermissionDeniedError)) throw error;
  console.log(`error    ${error.name} (HTTP ${error.statusCode}, TikTok statusCode ${error.tiktokStatusCode})`);
}
console.log(`done     ${page} pages`);
