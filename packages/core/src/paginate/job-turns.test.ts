import { describe, expect, it } from 'vitest';
import { createClient } from '../client/client.js';
import { JobTurns, PAGES_PER_JOB } from './job-turns.js';

const SEC_UID = 'MS4wLjABAAAAsHntXC3s0AvxcecggxsoVa4eAiT8OVafVZ4OQXxy-9htpnUi0sOYSr0kGGD1Loud';
const PAGES = 200;

/** Answers at once from memory: without the turns, the whole run would be one job. */
const inMemoryFetch: typeof fetch = async (input) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  const at = Number(url.searchParams.get('cursor') ?? 0);
  const body = { status: 'success', itemList: [{ id: `v${at}` }], cursor: String(at + 1), hasMore: at + 1 < PAGES };
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
};

describe('a run of pages lets the event loop turn', () => {
  it('items() over a fetch answering at once lets the loop turn every PAGES_PER_JOB pages, and yields every item', async () => {
    const api = createClient({ apiKey: 'k', baseUrl: 'https://api.example', fetch: inMemoryFetch, maxRetries: 0 });
    let turns = 0;
    let counting = true;
    const count = () => {
      turns++;
      if (counting) setImmediate(count);
    };
    setImmediate(count);
    const ids: string[] = [];
    for await (const post of api.public.posts.items({ secUid: SEC_UID })) ids.push(String(post.id));
    counting = false;
    expect(ids).toHaveLength(PAGES);
    expect(new Set(ids).size).toBe(PAGES);
    expect(turns).toBeGreaterThanOrEqual(Math.floor((PAGES - 1) / PAGES_PER_JOB));
  });

  it('never waits when the event loop turned between pages (a network fetch)', async () => {
    const turns = new JobTurns();
    for (let page = 0; page < PAGES_PER_JOB * 3; page++) {
      expect(turns.afterPage()).toBeUndefined();
      await new Promise((resolve) => setImmediate(resolve));
    }
  });

  it('waits for one macrotask after PAGES_PER_JOB pages in one job, then counts again', async () => {
    const turns = new JobTurns();
    const waits: number[] = [];
    for (let page = 1; page <= PAGES_PER_JOB * 2; page++) {
      const turn = turns.afterPage();
      if (turn) {
        waits.push(page);
        await turn;
      }
    }
    expect(waits).toEqual([PAGES_PER_JOB, PAGES_PER_JOB * 2 - 1]);
  });
});
