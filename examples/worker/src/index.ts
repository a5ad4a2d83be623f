// A Cloudflare Worker on @tokkit/browser-safe. The key comes from the Worker's secrets (env.TIKAPI_KEY), never from
// the caller, and TIKAPI_BASE_URL (a var) can point it at a sandbox or a proxy.
//   GET /profile?username=lilyachty          -> the profile, as JSON
//   GET /posts?username=lilyachty&max=30     -> the first `max` posts (paged with items())
//   GET /tikapi/public/check?username=...    -> createProxy: public endpoints for pages, the key added here
import { APIError, baseUrlFromEnv, createProxy, TikAPI, ValidationError } from '@tokkit/browser-safe';

export interface Env {
  TIKAPI_KEY: string;
  TIKAPI_BASE_URL?: string;
}

function client(env: Env) {
  return TikAPI({ apiKey: env.TIKAPI_KEY, baseUrl: baseUrlFromEnv(env), maxRetries: 1 });
}

async function profile(env: Env, username: string): Promise<Response> {
  const { json } = await client(env).public.check({ username });
  const { user, stats } = json.userInfo;
  return Response.json({ username: user.uniqueId, nickname: user.nickname, followers: stats.followerCount, videos: stats.videoCount });
}

async function posts(env: Env, username: string, max: number): Promise<Response> {
  const api = client(env);
  const { json } = await api.public.check({ username });
  const items: { id: string; desc: string }[] = [];
  const stream = api.public.posts.items({ secUid: String(json.userInfo.user.secUid) }, { maxItems: max });
  for await (const post of stream) items.push({ id: String(post.id), desc: String(post.desc ?? '') });
  return Response.json({ username, count: items.length, stopReason: stream.stopReason, posts: items });
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    const username = url.searchParams.get('username') ?? 'lilyachty';
    try {
      if (url.pathname === '/profile') return await profile(env, username);
      if (url.pathname === '/posts') return await posts(env, username, Math.min(Number(url.searchParams.get('max') ?? 30) || 30, 200));
      if (url.pathname.startsWith('/tikapi/')) {
        return await createProxy({ apiKey: env.TIKAPI_KEY, baseUrl: baseUrlFromEnv(env), basePath: '/tikapi' })(request);
      }
      return Response.json({ error: 'not found', routes: ['/profile', '/posts', '/tikapi/*'] }, { status: 404 });
    } catch (error) {
      // tokkit's errors never carry the key, so their messages can be shown.
      if (error instanceof ValidationError) return Response.json({ error: error.name, field: error.field, message: error.message }, { status: 400 });
      if (error instanceof APIError) return Response.json({ error: error.name, message: error.message }, { status: error.statusCode });
      throw error;
    }
  },
};
