/**
 * Pages a run may fetch in one job (promise reactions only, no event-loop turn between them) before it lets the event
 * loop turn once. Some runtimes keep what each request registers alive until the job ends (Node's fetch classes hold
 * every AbortSignal through a WeakRef, which lives to the end of the job that made it), so a fetch answering from
 * memory (a cache, a test double) would otherwise hold every page's request until the whole run ends. Over a network
 * each page arrives in a job of its own and the run never waits.
 */
export const PAGES_PER_JOB = 64;

/** The cheapest macrotask the runtime has: setImmediate where it exists (Node, Bun), else a zero-delay timer. */
export function nextMacrotask(): Promise<void> {
  const { setImmediate } = globalThis as { setImmediate?: (callback: () => void) => void };
  return new Promise((resolve) => (setImmediate ? setImmediate(resolve) : setTimeout(resolve, 0)));
}
