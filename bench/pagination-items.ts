/**
 * Benchmark: 100,000 items through `items()` over an in-memory fake transport (a fake `fetch`).
 *
 *   node --expose-gc --import tsx bench/pagination-items.ts     (from the repo root)
 *   pnpm tsx bench/pagination-items.ts                          (re-runs itself with --expose-gc)
 *
 * Prints the heap growth of a full run (after forced GC, against a 5 MB target) and the per-item overhead of
 * the SDK against a baseline loop over the very same pre-built pages without the SDK, for two fake transports:
 * one that answers at once (the whole run is one chain of microtasks) and one that answers on the next
 * event-loop turn, as a socket does. Not a test: figures vary with the machine; only a wrong item count or a
 * heap growth over target sets a non-zero exit code.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createClient } from '../packages/core/src/index.js';

const TOTAL_ITEMS = 100_000;
const PAGE_SIZE = 30;
const HEAP_TARGET_MB = 5;
const ROUNDS = 3;
const SEC_UID = 'MS4wLjABAAAAsHntXC3s0AvxcecggxsoVa4eAiT8OVafVZ4OQXxy-9htpnUi0sOYSr0kGGD1Loud';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  if (process.env.TOKKIT_BENCH_CHILD) {
    console.error('global.gc is missing: run with node --expose-gc --import tsx bench/pagination-items.ts');
    process.exit(2);
  }
  // Started without --expose-gc (e.g. `pnpm tsx bench/pagination-items.ts`): run again with it.
  const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, TOKKIT_BENCH_CHILD: '1' },
  });
  process.exit(child.status ?? 1);
}
const collectGarbage = gc;

// ---- the data: every page pre-built as the JSON text the server would send ----

function item(index: number) {
  return {
    id: String(7_000_000_000_000_000 + index),
    desc: `video number ${index} #fyp`,
    createTime: 1_690_000_000 + index,
    author: { id: String(6_000_000 + (index % 500)), uniqueId: `author_${index % 500}`, nickname: 'Someone' },
    stats: { diggCount: index * 3, shareCount: index % 97, commentCount: index % 13, playCount: index * 11 },
  };
}

const pages: string[] = [];
for (let offset = 0; offset < TOTAL_ITEMS; offset += PAGE_SIZE) {
  const itemList = [];
  for (let index = offset; index < Math.min(offset + PAGE_SIZE, TOTAL_ITEMS); index++) itemList.push(item(index));
  const next = offset + itemList.length;
  pages.push(JSON.stringify({ status: 'success', itemList, cursor: String(next), hasMore: next < TOTAL_ITEMS }));
}
const pageBytes = pages.reduce((sum, text) => sum + text.length, 0);

// ---- the fake transports: the page for `cursor` (an offset), straight from memory ----

const headers = { 'content-type': 'application/json' };
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

function fakeFetch(mode: 'at-once' | 'next-turn') {
  return async (input: RequestInfo | URL): Promise<Response> => {
    if (mode === 'next-turn') await nextTurn();
    const url = new URL(input instanceof Request ? input.url : String(input), 'http://x.invalid');
    const text = pages[Number(url.searchParams.get('cursor') ?? '0') / PAGE_SIZE];
    if (text === undefined) return new Response('{"status":"error"}', { status: 400, headers });
    return new Response(text, { status: 200, headers });
  };
}

type Mode = 'at-once' | 'next-turn';
const clients = {
  'at-once': createClient({ apiKey: 'k', fetch: fakeFetch('at-once'), maxRetries: 0 }),
  'next-turn': createClient({ apiKey: 'k', fetch: fakeFetch('next-turn'), maxRetries: 0 }),
};

interface Run {
  count: number;
  check: number;
  peakMB: number;
}

/** Every item through the SDK; keeps nothing but a count and a checksum (and samples the heap). */
async function viaSdk(mode: Mode, limit = TOTAL_ITEMS): Promise<Run> {
  let count = 0;
  let check = 0;
  let peakMB = 0;
  const stream = clients[mode].public.posts.items({ secUid: SEC_UID, count: PAGE_SIZE }, { maxItems: limit, maxPages: 4_000 });
  for await (const video of stream) {
    count++;
    check += video.stats?.diggCount ?? 0;
    if (count % 10_000 === 0) peakMB = Math.max(peakMB, process.memoryUsage().heapUsed / 1024 / 1024);
  }
  return { count, check, peakMB };
}

/** The baseline: the same pages walked by hand, parsing each page's JSON and reading its items, flag and cursor. */
async function baseline(mode: Mode, limit = TOTAL_ITEMS): Promise<Run> {
  let count = 0;
  let check = 0;
  let cursor = 0;
  for (;;) {
    if (mode === 'next-turn') await nextTurn();
    else await Promise.resolve();
    const body = JSON.parse(pages[cursor / PAGE_SIZE] as string) as {
      itemList: { stats: { diggCount: number } }[];
      cursor: string;
      hasMore: boolean;
    };
    for (const video of body.itemList) {
      if (count === limit) return { count, check, peakMB: 0 };
      count++;
      check += video.stats.diggCount;
    }
    if (!body.hasMore || count === limit) return { count, check, peakMB: 0 };
    cursor = Number(body.cursor);
  }
}

function heapMB(): number {
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

const expectedCheck = Array.from({ length: TOTAL_ITEMS }, (_, i) => i * 3).reduce((a, b) => a + b, 0);
let wrong = false;
const verify = (run: Run) => {
  if (run.count !== TOTAL_ITEMS || run.check !== expectedCheck) wrong = true;
};

async function heapRun(mode: Mode) {
  await nextTurn();
  const before = heapMB();
  const run = await viaSdk(mode);
  verify(run);
  const after = heapMB();
  await nextTurn();
  const settled = heapMB();
  return { before, after, growth: after - before, settled: settled - before, peak: run.peakMB };
}

async function timed(run: () => Promise<Run>): Promise<number> {
  const start = process.hrtime.bigint();
  verify(await run());
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

async function timings(mode: Mode) {
  const sdk: number[] = [];
  const base: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    sdk.push(await timed(() => viaSdk(mode)));
    base.push(await timed(() => baseline(mode)));
  }
  return { sdkMs: median(sdk), baseMs: median(base) };
}

// Warm-up (JIT) of both paths, then heap runs, then timed rounds alternating SDK and baseline.
for (const mode of ['at-once', 'next-turn'] as const) {
  await viaSdk(mode, 3_000);
  await baseline(mode, 3_000);
}
const heap = { 'at-once': await heapRun('at-once'), 'next-turn': await heapRun('next-turn') };
const time = { 'at-once': await timings('at-once'), 'next-turn': await timings('next-turn') };

const fmt = (value: number, digits = 2) => value.toFixed(digits);
const perItem = (ms: number) => (ms * 1000) / TOTAL_ITEMS;
const label = { 'at-once': 'fetch answering at once     ', 'next-turn': 'fetch answering next turn   ' };

console.log(`tokkit pagination benchmark: items() over an in-memory fake fetch, through the one transport (ky)`);
console.log(
  `  node ${process.version}, ${TOTAL_ITEMS.toLocaleString('en')} items, ${pages.length} pages of ${PAGE_SIZE}, ` +
    `${fmt(pageBytes / 1024 / 1024, 1)} MB of page JSON`,
);
console.log(`  items yielded: ${wrong ? 'WRONG (expected every item once, in order)' : 'all 100,000 in every run, checksum ok'}`);
console.log('');
console.log(`  heap growth of one full run, after forced GC (target < ${HEAP_TARGET_MB} MB)`);
for (const mode of ['at-once', 'next-turn'] as const) {
  const h = heap[mode];
  const verdict = h.growth < HEAP_TARGET_MB ? 'OK' : 'OVER TARGET';
  console.log(
    `    ${label[mode]} ${fmt(h.growth).padStart(6)} MB  ${verdict}   (${fmt(h.before)} -> ${fmt(h.after)} MB; ` +
      `${fmt(h.settled)} MB after one more event-loop turn; peak ${fmt(h.peak)} MB sampled without GC)`,
  );
}
console.log('');
console.log(`  per-item time (median of ${ROUNDS} rounds of ${TOTAL_ITEMS.toLocaleString('en')} items; baseline = JSON.parse of the same pages, no SDK)`);
for (const mode of ['at-once', 'next-turn'] as const) {
  const { sdkMs, baseMs } = time[mode];
  const overhead = perItem(sdkMs) - perItem(baseMs);
  console.log(
    `    ${label[mode]} SDK ${fmt(perItem(sdkMs), 3)} µs/item, baseline ${fmt(perItem(baseMs), 3)} µs/item -> ` +
      `overhead ${fmt(overhead, 3)} µs/item (${fmt(overhead * PAGE_SIZE, 1)} µs/page), ratio ${fmt(sdkMs / baseMs)}x`,
  );
}

const over = Object.values(heap).some((h) => h.growth >= HEAP_TARGET_MB);
if (wrong || over) process.exitCode = 1;
