import { APIConnectionError, APIUserAbortError, TikAPIError } from '../errors.js';

/** The browser identity the official SDKs send to TikTok's video hosts; `videoLinkHeaders` may override it. */
export const VIDEO_USER_AGENT =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/110.0.0.0 Safari/537.36';

export interface DownloadOptions {
  signal?: AbortSignal | undefined;
  /** Added after `videoLinkHeaders`, so they win. */
  headers?: Readonly<Record<string, string>> | undefined;
}

/** The headers TikTok wants on video downloads, from a response body's `$other.videoLinkHeaders`. */
export function videoLinkHeaders(json: unknown): Record<string, string> {
  const other = field(json, '$other');
  const given = field(other, 'videoLinkHeaders');
  if (typeof given !== 'object' || given === null) return {};
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(given)) {
    if (typeof value === 'string' || typeof value === 'number') out[name] = String(value);
  }
  return out;
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
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
  let response: Response;
  try {
    response = await fetchFn(url.href, { method: 'GET', headers, signal: options.signal, redirect: 'follow' });
  } catch (error) {
    if (options.signal?.aborted) throw new APIUserAbortError('The video download was aborted.');
    const reason = error instanceof Error ? error.message : String(error);
    throw new APIConnectionError(`Could not reach the video host ${url.host}: ${reason}`, { cause: error });
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new TikAPIError(`The video host ${url.host} answered HTTP ${response.status}.`, { statusCode: response.status });
  }
  return response;
}
