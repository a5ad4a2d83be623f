/**
 * Pages a run may fetch in one job (promise reactions only, no event-loop turn between them) before it lets the event
 * loop turn once. Some runtimes keep what each request registers alive until the job ends (Node's fetch classes hold
 * every AbortSignal through a WeakRef, which lives to the end of the job that made it), so a fetch answering from
 * memory (a cache, a test double) would otherwise hold every page's request until the whole run ends. Over a network
 * each page arrives in a job of its own and the run never waits.
 */
export const PAGES_PER_JOB = 64;

type Schedule = (callback: () => void) => void;

/** The cheapest macrotask the runtime has: setImmediate where it exists (Node, Bun), else a zero-delay timer. */
const nextMacrotask: Schedule = (callback) => {
  const { setImmediate } = globalThis as { setImmediate?: Schedule };
  if (setImmediate) setImmediate(callback);
  else setTimeout(callback, 0);
};

/** Tells, every PAGES_PER_JOB pages of one run, whether the event loop turned meanwhile; if not, waits for a turn. */
export class JobTurns {
  #pages = 0;
  #turned = true;

  /** Call after each page fetched; returns a promise (one macrotask) only when the run has to let the loop turn. */
  afterPage(): Promise<void> | undefined {
    if (this.#pages++ === 0) this.#watch();
    if (this.#pages < PAGES_PER_JOB) return undefined;
    if (this.#turned) {
      this.#watch();
      return undefined;
    }
    return new Promise<void>((resolve) => nextMacrotask(resolve)).then(() => this.#watch());
  }

  #watch(): void {
    this.#pages = 1;
    this.#turned = false;
    nextMacrotask(() => {
      this.#turned = true;
    });
  }
}
