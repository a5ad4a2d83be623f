import { ResponseTooLargeError } from '../errors.js';
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

/**
 * Reads a body as text, at most `maxBytes` of it once decoded (a small compressed body can inflate without bound),
 * giving up at once (with the signal's reason) when `signal` aborts.
 */
export async function readText(response: Response, signal: AbortSignal | undefined, maxBytes: number): Promise<string> {
  const body = response.body;
  if (!body) return '';
  if (declaredWithin(response.headers, maxBytes)) return untilAborted(response.text(), signal);
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  try {
    for (;;) {
      const chunk = await untilAborted(reader.read(), signal);
      if (chunk.done) return text + decoder.decode();
      bytes += chunk.value.byteLength;
      if (bytes > maxBytes) throw new ResponseTooLargeError(maxBytes);
      text += decoder.decode(chunk.value, { stream: true });
    }
  } catch (error) {
    reader.cancel().catch(() => undefined);
    throw error;
  }
}

/**
 * An uncompressed body whose Content-Length is within the bound cannot grow past it (fetch fails a body longer than
 * declared), so the runtime's own `text()` reads it, which is faster than reading chunk by chunk.
 */
function declaredWithin(headers: Headers, maxBytes: number): boolean {
  const length = headers.get('Content-Length');
  const encoding = headers.get('Content-Encoding');
  return length !== null && /^\d+$/.test(length) && Number(length) <= maxBytes && (encoding === null || encoding === 'identity');
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
