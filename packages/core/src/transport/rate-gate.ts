import { APIUserAbortError } from '../errors.js';

/** Milliseconds between two attempts let go after a pause, drawn uniformly from this range. */
const SPACING_MS = [20, 40] as const;

/**
 * One per client. When any call gets a 429 whose Retry-After it will wait for, every attempt of the client waits for
 * that moment too; then the waiting attempts go one by one in the order they arrived, a few tens of milliseconds
 * apart, and each looks again before it goes, so the retries of a burst do not all land in the same second. (The
 * Python client's gate does the same.)
 */
export class RateGate {
  #closedUntil = 0;
  #nextSlot = 0;
  #waiting = 0;
  #line: Promise<void> = Promise.resolve();

  /** A 429 asked for `seconds`: no attempt of this client starts before then. */
  close(seconds: number): void {
    this.#closedUntil = Math.max(this.#closedUntil, Date.now() + seconds * 1000);
  }

  /** Resolves when an attempt may be sent; rejects with APIUserAbortError when `signal` aborts while it waits. */
  turn(signal: AbortSignal | undefined): Promise<void> | undefined {
    if (this.#waiting === 0 && Date.now() >= Math.max(this.#closedUntil, this.#nextSlot)) return undefined;
    this.#waiting++;
    const mine = this.#line.then(() => this.#waitForOpening(signal));
    const leave = () => {
      this.#waiting--;
    };
    this.#line = mine.then(leave, leave);
    return mine;
  }

  async #waitForOpening(signal: AbortSignal | undefined): Promise<void> {
    for (let wait = this.#wait(); wait > 0; wait = this.#wait()) await sleep(wait, signal);
    this.#nextSlot = Date.now() + SPACING_MS[0] + (SPACING_MS[1] - SPACING_MS[0]) * Math.random();
  }

  #wait(): number {
    return Math.max(this.#closedUntil, this.#nextSlot) - Date.now();
  }
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new APIUserAbortError('The request was aborted.'));
    const onAbort = () => {
      clearTimeout(timer);
      reject(new APIUserAbortError('The request was aborted.'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
