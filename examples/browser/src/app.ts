// The page: it holds no key. Requests go to /tikapi on its own origin, where the server's proxy adds the key.
import { TikAPI, TikAPIError } from '@tokkit/browser-safe';

const api = TikAPI({ baseUrl: '/tikapi', maxRetries: 0 });

function byId(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from the page`);
  return element;
}

async function show(username: string): Promise<void> {
  document.body.dataset.state = 'loading';
  for (const id of ['error', 'nickname', 'followers']) byId(id).textContent = '';
  byId('posts').replaceChildren();
  try {
    const { json } = await api.public.check({ username });
    byId('nickname').textContent = json.userInfo.user.nickname ?? '';
    byId('followers').textContent = String(json.userInfo.stats.followerCount ?? '');
    for await (const post of api.public.posts.items({ secUid: String(json.userInfo.user.secUid) }, { maxItems: 10 })) {
      const item = document.createElement('li');
      item.textContent = String(post.desc ?? post.id);
      byId('posts').append(item);
    }
  } catch (error) {
    // tokkit's errors never carry a key; the proxy redacts its answers too.
    byId('error').textContent = error instanceof TikAPIError ? `${error.name}: ${error.message}` : String(error);
  }
  document.body.dataset.state = 'done';
}

byId('lookup').addEventListener('submit', (event) => {
  event.preventDefault();
  const input = (event.target as HTMLFormElement).elements.namedItem('username') as HTMLInputElement;
  void show(input.value.trim());
});

void show(new URLSearchParams(location.search).get('username') ?? 'lilyachty');
