import { parseJson } from './lossless-json.js';

export type ParsedBody = { ok: true; value: unknown } | { ok: false; text: string };

/**
 * An empty body is null; anything else must be JSON (integers beyond 2^53 kept exact, as strings), or is kept as
 * text for the error it will become.
 */
export function parseBody(text: string): ParsedBody {
  if (text.trim() === '') return { ok: true, value: null };
  try {
    return { ok: true, value: parseJson(text) };
  } catch {
    return { ok: false, text };
  }
}

/** Reads a body as text, giving up at once (with the signal's reason) when `signal` aborts. */
export async function readText(response: Response, signal?: AbortSignal): Promise<string> {
  const body = response.body;
  if (!body) return '';
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  try {
    for (;;) {
      const chunk = await untilAborted(reader.read(), signal);
      if (chunk.done) return text + decoder.decode();
      text += decoder.decode(chunk.value, { stream: true });
    }
  } catch (error) {
    reader.cancel().catch(() => undefined);
    throw error;
  }
}

/** Settles with `promise`, or rejects with the abort reason as soon as `signal` aborts (even if the source ignores it). */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) {
    promise.catch(() => undefined);
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * A signal that aborts with the caller's reason when `signal` does, or with `timeoutReason()` after `ms`
 * (undefined: never). `release()` drops the timer and the listener once the work is over.
 */
export function withDeadline(
  signal: AbortSignal | undefined,
  ms: number | undefined,
  timeoutReason: () => unknown,
): { signal: AbortSignal; release(): void } {
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal?.reason);
  if (signal?.aborted) onAbort();
  else signal?.addEventListener('abort', onAbort, { once: true });
  const timer = ms === undefined ? undefined : setTimeout(() => controller.abort(timeoutReason()), ms);
  return {
    signal: controller.signal,
    release: () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    },
  };
}
