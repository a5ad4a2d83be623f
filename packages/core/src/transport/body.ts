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
 * giving up at once (with the signal's reason) when the race's signal aborts.
 */
export async function readText(response: Response, abort: AbortRace, maxBytes: number): Promise<string> {
  const body = response.body;
  if (!body) return '';
  if (declaredWithin(response.headers, maxBytes)) return abort.race(response.text());
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  try {
    for (;;) {
      const chunk = await abort.race(reader.read());
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

/** Settles each raced promise with it, or rejects with the abort reason as soon as the signal aborts. */
export interface AbortRace {
  race<T>(promise: Promise<T>): Promise<T>;
  /** Stops listening to the signal. */
  end(): void;
}

const noop = (): void => undefined;
const unbounded: AbortRace = { race: (promise) => promise, end: noop };

/**
 * An abort race for `signal`, even against sources that ignore it: one listener, however many steps it covers (an
 * attempt awaits its response, then each chunk of the body; a listener per step costs more than the step).
 */
export function abortRace(signal: AbortSignal | undefined): AbortRace {
  if (!signal) return unbounded;
  let onAbort: () => void = noop;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason);
  });
  aborted.catch(noop);
  if (signal.aborted) onAbort();
  else signal.addEventListener('abort', onAbort, { once: true });
  return {
    race: (promise) => {
      promise.catch(noop);
      return signal.aborted ? aborted : Promise.race([promise, aborted]);
    },
    end: () => signal.removeEventListener('abort', onAbort),
  };
}
