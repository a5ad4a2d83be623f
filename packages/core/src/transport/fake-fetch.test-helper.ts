/**
 * Test helpers shared by the transport, error and redaction tests: a scripted `fetch` that records
 * every call and behaves like the real one towards abort signals, plus small response builders.
 * (Not matched by the `*.test.ts` glob, so it never runs on its own.)
 */

import { inspect } from 'node:util';

export const API_KEY = 'sk_live_SECRETKEY123';
export const ACCOUNT_KEY = 'acct_SECRET456';

/** One recorded call, as the server would have seen it. */
export interface RecordedCall {
  method: string;
  url: string;
  headers: Headers;
  body: string;
  /** `Date.now()` when fetch was called (fake clock in timer tests). */
  at: number;
}

/** What one call does: answer, fail, or never answer (until aborted). */
export type Step = Response | Error | 'hang' | ((request: Request) => Response | Promise<Response>);

export interface FakeFetch {
  (input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  readonly calls: RecordedCall[];
}

/**
 * A fetch that plays `steps` in order, one per call; the last step repeats when calls outnumber steps.
 * Like the real fetch it rejects with the signal's reason when the request is aborted (before or while
 * waiting for the answer).
 */
export function fakeFetch(...steps: Step[]): FakeFetch {
  if (steps.length === 0) throw new Error('fakeFetch needs at least one step');
  const calls: RecordedCall[] = [];
  const fetchFn = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input, init);
    calls.push({
      method: request.method,
      url: request.url,
      headers: request.headers,
      body: request.body ? await request.clone().text() : '',
      at: Date.now(),
    });
    const step = steps[Math.min(calls.length, steps.length) - 1] as Step;
    const signal = request.signal;
    signal.throwIfAborted();
    if (step instanceof Error) throw step;
    if (step instanceof Response) return step.clone();
    return new Promise<Response>((resolve, reject) => {
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
      if (step !== 'hang') Promise.resolve(step(request)).then(resolve, reject);
    });
  };
  return Object.assign(fetchFn, { calls });
}

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

export function textResponse(status: number, text: string, headers: Record<string, string> = {}): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain', ...headers } });
}

/** The rejection fetch gives when the network fails (`TypeError: fetch failed`, with a cause). */
export function networkError(message = 'fetch failed', causeMessage = 'connect ECONNREFUSED 127.0.0.1:443'): TypeError {
  return new TypeError(message, { cause: new Error(causeMessage) });
}

/** A 200 response whose body sends a first chunk and then errors (connection dropped mid-body). */
export function brokenBodyResponse(status = 200): (request: Request) => Response {
  return () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"status":"success","userIn'));
        controller.error(new TypeError('terminated'));
      },
    });
    return new Response(stream, { status, headers: { 'Content-Type': 'application/json' } });
  };
}

/** A 200 response whose body sends a first chunk and then stalls forever. */
export function stalledBodyResponse(): (request: Request) => Response {
  return () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"status":"success","userIn'));
      },
    });
    return new Response(stream, { status: 200, headers: { 'Content-Type': 'application/json' } });
  };
}

/** A logger that keeps every line it is given. */
export function recordingLogger(): { debug(message: string): void; warn(message: string): void; lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    debug: (message: string) => void lines.push(`debug: ${message}`),
    warn: (message: string) => void lines.push(`warn: ${message}`),
  };
}

export type Settled<T> =
  | { state: 'pending' }
  | { state: 'fulfilled'; value: T }
  | { state: 'rejected'; error: unknown };

/** Follows a promise without awaiting it, so a test can advance fake timers and look at its state. */
export function track<T>(promise: Promise<T>): { readonly current: Settled<T> } {
  const box: { current: Settled<T> } = { current: { state: 'pending' } };
  promise.then(
    (value) => (box.current = { state: 'fulfilled', value }),
    (error: unknown) => (box.current = { state: 'rejected', error }),
  );
  return box;
}

/** The error a tracked promise rejected with; fails the test if it did not reject. */
export function rejection<T>(tracked: { readonly current: Settled<T> }): unknown {
  const settled = tracked.current;
  if (settled.state !== 'rejected') throw new Error(`expected a rejection, the promise is ${settled.state}`);
  return settled.error;
}

/** The error a promise rejects with; fails the test when it resolves. */
export async function errorOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail, it succeeded');
}

/** node:util's inspect, everything shown. */
export function inspectAll(value: unknown): string {
  return inspect(value, { depth: null, showHidden: true });
}
