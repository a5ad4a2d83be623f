import { APIError, TikAPIError } from '../errors.js';
import { abortRace, type ParsedBody, parseBody, readText } from './body.js';
import { redirectMessage } from './error-from-response.js';
import { retryPolicy } from './policy.js';
import type { RateGate } from './rate-gate.js';
import { parseRetryAfter } from './retry-after.js';
import { bodyProblems } from './typed-errors.js';

/**
 * A response whose body was read and parsed within the attempt that fetched it. Its own body is the text that
 * arrived (for afterResponse hooks that read it) or, when no hook will, empty.
 */
export class ReadResponse extends Response {
  constructor(
    source: Response,
    /** The parsed body; for an error status, the raw text when it is not JSON, or null when it broke off. */
    readonly parsed: unknown,
    text: string | null,
  ) {
    // 204, 205 and 304 answers cannot carry a body, not even an empty one.
    const body = nullBodyStatus.has(source.status) ? null : text;
    super(body, { status: source.status, statusText: source.statusText, headers: source.headers });
  }
}

const nullBodyStatus = new Set([204, 205, 304]);

/** A success whose body broke off or is not JSON: ky retries it like a network error (on a GET). */
export class UnreadableBody extends Error {
  override name = 'UnreadableBody';
}

export interface ReadingFetchOptions {
  fetch: typeof globalThis.fetch;
  /** The origin the built request targets: the only one the keys may travel to. */
  origin: string;
  /** Each key header (name in lower case) with the value to send, or undefined when none is sent. */
  keyHeaders: readonly (readonly [string, string | undefined])[];
  maxResponseBytes: number;
  /** Keep the text as the response body, for afterResponse hooks. */
  keepText: boolean;
  /** Told about every 429 whose Retry-After the policy waits for. */
  gate?: RateGate | undefined;
}

/**
 * The `fetch` ky calls for each attempt: it sends, then reads and parses the body, so ky's own timeout bounds the
 * whole attempt (a stalled body times out like a silent server) and ky's own retry covers a body that breaks off.
 * It is also the last step before the network, so it holds the keys to exactly what the request was built with,
 * whatever a hook did, and sends them to the request's own origin only.
 */
export function readingFetch(
  options: ReadingFetchOptions,
): (input: Request | URL | string, init?: RequestInit) => Promise<Response> {
  return async (given, init) => {
    // ky always passes its Request; anything else is made one, so the checks below see what is sent.
    const input = given instanceof Request ? given : new Request(given, init);
    guardKeys(input, options);
    const abort = abortRace(input.signal);
    try {
      const response = await abort.race(options.fetch(input, init));
      if (response.type === 'opaqueredirect') throw redirectRefused(0, null);
      if (response.status === 429) closeGate(options.gate, response.headers);
      let text: string;
      try {
        text = await readText(response, abort, options.maxResponseBytes);
      } catch (error) {
        if (input.signal.aborted || error instanceof TikAPIError) throw error;
        // An error status already says what happened; its unreadable body adds nothing.
        if (!response.ok) return new ReadResponse(response, null, null);
        throw new UnreadableBody(bodyProblems.cut(response.status));
      }
      const parsed: ParsedBody = parseBody(text);
      if (response.ok && !parsed.ok) throw new UnreadableBody(bodyProblems.notJson(response.status));
      return new ReadResponse(response, parsed.ok ? parsed.value : parsed.text, options.keepText ? text : null);
    } finally {
      abort.end();
    }
  };
}

function closeGate(gate: RateGate | undefined, headers: Headers): void {
  const seconds = parseRetryAfter(headers.get('Retry-After'));
  if (gate && seconds !== undefined && seconds * 1000 <= retryPolicy.maxRetryAfterMs) gate.close(seconds);
}

function guardKeys(request: Request, options: ReadingFetchOptions): void {
  const sendsKeys = options.keyHeaders.some(([, value]) => value !== undefined);
  if (sendsKeys && !request.url.startsWith(`${options.origin}/`)) {
    throw new TikAPIError(
      `tokkit: a hook pointed the request at ${new URL(request.url).origin}; keys are only sent to ${options.origin}.`,
    );
  }
  for (const [name, value] of options.keyHeaders) {
    if (value === undefined) request.headers.delete(name);
    else if (request.headers.get(name) !== value) request.headers.set(name, value);
  }
}

/** A browser's fetch hides a redirect it was told not to follow: it is refused like any other. */
function redirectRefused(status: number, location: string | null): APIError {
  return new APIError({
    statusCode: status,
    json: null,
    headers: new Headers(),
    message: redirectMessage(status, location),
  });
}
