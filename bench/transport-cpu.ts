/**
 * The CPU cost of paging, without a socket: the 200 pages of `fixtures/comments-server.mjs` (6,000 comments) served
 * by an in-memory `fetch` that answers on the next event-loop turn, through `@tokkit/node` `nextItems()` and through
 * ky 1.14 alone (the same requests as in transport-speed.ts), taking turns, medians. What is left is each client's
 * own work per page, so two builds can be told apart on a loaded machine where the loopback figures move by 20%.
 *
 *   node --import tsx bench/transport-cpu.ts [rounds]      (from the repository root, after a build; 60 by default)
 */
import { TikAPI } from '@tokkit/node';
import ky from 'ky';
import { buildPages } from './fixtures/comment-pages.mjs';

const MEDIA_ID = '7109178205151464746';
const API_KEY = 'BenchKeyNotASecret0123';
const EXPECTED = 6_000;
const ROUNDS = Number(process.argv[2] ?? 60);
const baseUrl = 'http://127.0.0.1:9';
const pages: string[] = buildPages().map((page: Buffer) => page.toString());

const fetch = async (input: Request | URL | string): Promise<Response> => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  const body = pages[Number(url.searchParams.get('cursor') ?? '0') / 30] ?? '';
  await new Promise((resolve) => setImmediate(resolve));
  return new Response(body, { headers: { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)) } });
};

interface Page {
  comments: { cid: string }[];
  cursor: number;
  has_more: number;
}
type NextItemsResponse = { json: unknown; nextItems(): Promise<NextItemsResponse> | null } | null;

const api = TikAPI({ apiKey: API_KEY, baseUrl, fetch });
const headers = { 'X-API-KEY': API_KEY, Accept: 'application/json' };

const contestants: Record<string, () => Promise<number>> = {
  '@tokkit/node nextItems()': async () => {
    let count = 0;
    let response = (await api.public.commentsList({ media_id: MEDIA_ID })) as NextItemsResponse;
    while (response) {
      count += (response.json as Page).comments.length;
      response = await response.nextItems();
    }
    return count;
  },
  'ky 1.14 alone': async () => {
    let count = 0;
    for (let cursor = 0; ; ) {
      const url = `${baseUrl}/public/comment/list?media_id=${MEDIA_ID}&cursor=${cursor}`;
      const page = JSON.parse(await (await ky(url, { headers, timeout: 60_000, retry: 2, fetch })).text()) as Page;
      count += page.comments.length;
      if (!page.has_more) return count;
      cursor = page.cursor;
    }
  },
};
const names = Object.keys(contestants);
const samples = new Map(names.map((name) => [name, [] as number[]]));
for (let round = -3; round < ROUNDS; round++) {
  for (let i = 0; i < names.length; i++) {
    const name = names[(round + 3 + i) % names.length] as string;
    const started = performance.now();
    const count = await contestants[name]?.();
    if (count !== EXPECTED) throw new Error(`${name}: ${count} comments, expected ${EXPECTED}`);
    if (round >= 0) samples.get(name)?.push(performance.now() - started); // the first 3 rounds warm up
  }
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;
const tokkit = median(samples.get(names[0] as string) ?? []);
const kyAlone = median(samples.get(names[1] as string) ?? []);
console.log(`Paging ${EXPECTED} comments (200 pages) from an in-memory fetch, ${ROUNDS} rounds, medians, node ${process.version}`);
console.log(`  @tokkit/node nextItems()  ${tokkit.toFixed(1).padStart(6)} ms   ${((tokkit / 200) * 1000).toFixed(1)} µs/page`);
console.log(`  ky 1.14 alone             ${kyAlone.toFixed(1).padStart(6)} ms   ${((kyAlone / 200) * 1000).toFixed(1)} µs/page`);
console.log(`  tokkit - ky: ${(((tokkit - kyAlone) / 200) * 1000).toFixed(1)} µs/page, ratio ${(tokkit / kyAlone).toFixed(2)}x`);
