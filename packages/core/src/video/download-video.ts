import { APIConnectionError, APITimeoutError, APIUserAbortError, bodyField, TikAPIError } from '../errors.js';
import { attemptTimeout } from '../transport/policy.js';

/** The browser identity the official SDKs send to TikTok's video hosts; `videoLinkHeaders` may override it. */
export const VIDEO_USER_AGENT =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/110.0.0.0 Safari/537.36';

export interface DownloadOptions {
  signal?: AbortSignal | undefined;
  /**
   * Milliseconds for the whole download, body included (Infinity: no bound). Default: the timeout of the call that
   * returned the response. When it runs out the body stream fails with `APITimeoutError` (and `saveVideo` leaves no file).
   */
  timeout?: number | undefined;
  /** Added after `videoLinkHeaders`, so they win. */
  headers?: Readonly<Record<string, string>> | undefined;
}

/** The headers TikTok wants on video downloads, from a response body's `$other.videoLinkHeaders`. */
export function videoLinkHeaders(json: unknown): Record<string, string> {
  const given = bodyField(bodyField(json, '$other'), 'videoLinkHeaders');
  if (typeof given !== 'object' || given === null) return {};
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(given)) {
    if (typeof value === 'string' || typeof value === 'number') out[name] = String(value);
  }
  return out;
}

/**
 * Starts downloading a video link with the headers of the response it came from. Resolves once the
 * headers are in, with the body still streaming; never sends an API or account key to the video host.
 */
export async function downloadVideo(
  link: string,
  json: unknown,
  fetchFn: typeof globalThis.fetch = (input, init) => globalThis.fetch(input, init),
  options: DownloadOptions = {},
): Promise<Response> {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    throw new TikAPIError('downloadVideo: the link is not an absolute URL.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TikAPIError(`downloadVideo: the link must be http(s), not ${url.protocol}`);
  }
  const headers = { 'User-Agent': VIDEO_USER_AGENT, ...videoLinkHeaders(json), ...options.headers };
  const deadline = downloadDeadline(options, url.host);
  let response: Response;
  try {
    response = await fetchFn(url.href, { method: 'GET', headers, signal: deadline.signal, redirect: 'follow' });
  } catch (error) {
    deadline.release();
    if (options.signal?.aborted) throw new APIUserAbortError('The video download was aborted.');
    if (deadline.signal.reason instanceof APITimeoutError) throw deadline.signal.reason;
    const reason = error instanceof Error ? error.message : String(error);
    throw new APIConnectionError(`Could not reach the video host ${url.host}: ${reason}`, { cause: error });
  }
  if (!response.ok) {
    deadline.release();
    await response.body?.cancel().catch(() => undefined);
    throw new TikAPIError(`The video host ${url.host} answered HTTP ${response.status}.`, { statusCode: response.status });
  }
  if (!response.body) {
    deadline.release();
    return response;
  }
  // The deadline runs until the body has been read to its end (or fails it with APITimeoutError).
  const body = response.body.pipeThrough(new TransformStream<Uint8Array, Uint8Array>({ flush: deadline.release }));
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}

/** A signal for the whole download: the caller's abort, or APITimeoutError once `options.timeout` runs out. */
function downloadDeadline(options: DownloadOptions, host: string): { signal: AbortSignal; release(): void } {
  const controller = new AbortController();
  const { signal, timeout } = options;
  const onAbort = () => controller.abort(new APIUserAbortError('The video download was aborted.'));
  if (signal?.aborted) onAbort();
  else signal?.addEventListener('abort', onAbort, { once: true });
  const ms = timeout === undefined ? undefined : attemptTimeout(timeout);
  const timer =
    ms === undefined
      ? undefined
      : setTimeout(() => controller.abort(new APITimeoutError(`The video download from ${host} took longer than ${ms} ms.`)), ms);
  // A finished or abandoned download must not keep a process alive until the timer fires.
  (timer as { unref?: () => void } | undefined)?.unref?.();
  return {
    signal: controller.signal,
    release: () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    },
  };
}
