import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClient } from '../client/client.js';
import { PAGES_PER_JOB } from './job-turns.js';

const SEC_UID = 'MS4wLjABAAAAsHntXC3s0AvxcecggxsoVa4eAiT8OVafVZ4OQXxy-9htpnUi0sOYSr0kGGD1Loud';
const PAGES = 200;

/** Serves PAGES pages of one post each from memory, at once or after a timer (as a socket would, a turn later). */
function pagesFetch(answer: 'at once' | 'a turn later'): typeof fetch {
  return async (input) => {
    if (answer === 'a turn later') await new Promise((resolve) => setTimeout(resolve, 0));
    const url = new URL(input instanceof Request ? input.url : String(input));
    const at = Number(url.searchParams.get('cursor') ?? 0);
    const body = { status: 'success', itemList: [{ id: `v${at}` }], cursor: String(at + 1), hasMore: at + 1 < PAGES };
    return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  };
}

const client = (answer: 'at once' | 'a turn later') =>
  createClient({ apiKey: 'k', baseUrl: 'https://api.example', fetch: pagesFetch(answer), maxRetries: 0 });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a run of pages lets the event loop turn', () => {
  it('items() over a fetch answering at once lets the loop turn every PAGES_PER_JOB pages, and yields every item', async () => {
    let turns = 0;
    let counting = true;
    const count = () => {
      turns++;
      if (counting) setImmediate(count);
    };
    setImmediate(count);
    const ids: string[] = [];
    for await (const post of client('at once').public.posts.items({ secUid: SEC_UID })) ids.push(String(post.id));
    counting = false;
    expect(ids).toHaveLength(PAGES);
    expect(new Set(ids).size).toBe(PAGES);
    expect(turns).toBeGreaterThanOrEqual(Math.floor((PAGES - 1) / PAGES_PER_JOB));
  });

  it('pages() over a fetch that answers a turn later never waits: it only watches, once per PAGES_PER_JOB pages', async () => {
    const immediate = vi.spyOn(globalThis, 'setImmediate');
    let pages = 0;
    for await (const _page of client('a turn later').public.posts.pages({ secUid: SEC_UID })) pages++;
    expect(pages).toBe(PAGES);
    expect(immediate).toHaveBeenCalledTimes(Math.ceil((PAGES - 1) / PAGES_PER_JOB));
  });

  it('pages() over a fetch answering at once waits once per PAGES_PER_JOB pages beside watching', async () => {
    const immediate = vi.spyOn(globalThis, 'setImmediate');
    let pages = 0;
    for await (const _page of client('at once').public.posts.pages({ secUid: SEC_UID })) pages++;
    expect(pages).toBe(PAGES);
    const checks = Math.ceil((PAGES - 1) / PAGES_PER_JOB);
    expect(immediate).toHaveBeenCalledTimes(checks * 2 - 1);
  });
});
