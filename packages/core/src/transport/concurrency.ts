import { APIUserAbortError } from '../errors.js';

/** At most `limit` calls of one client in flight (a call keeps its slot through its retries); the rest queue. */
export class ConcurrencyLimit {
  #free: number;
  readonly #queue: (() => void)[] = [];

  constructor(readonly limit: number) {
    this.#free = limit;
  }

  /** Resolves with the function that gives the slot back; rejects when `signal` aborts while it queues. */
  acquire(signal: AbortSignal | undefined): Promise<() => void> {
    const release = once(() => {
      const next = this.#queue.shift();
      if (next) next();
      else this.#free++;
    });
    if (this.#free > 0) {
      this.#free--;
      return Promise.resolve(release);
    }
    return new Promise((resolve, reject) => {
      const grant = () => {
        signal?.removeEventListener('abort', onAbort);
        resolve(release);
      };
      const onAbort = () => {
        this.#queue.splice(this.#queue.indexOf(grant), 1);
        reject(new APIUserAbortError('The request was aborted.'));
      };
      this.#queue.push(grant);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }
}

function once(fn: () => void): () => void {
  let done = false;
  return () => {
    if (!done) {
      done = true;
      fn();
    }
  };
}
