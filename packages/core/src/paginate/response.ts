import type { SaveToFile } from '../client/platform.js';
import type { Scalar } from '../endpoints/types.js';
import { APIConnectionError, APIUserAbortError, TikAPIError } from '../errors.js';
import type { ResponseBody } from '../types/entities.js';
import { type DownloadOptions, downloadVideo } from '../video/download-video.js';
import type { ResolvedCall } from '../request/resolve-call.js';
import type { Credits, CreditsReading } from './credits.js';
import { pageItems, readPage, type StopReason } from './read-page.js';

/** How this response's video links are fetched: the client's fetch, and a file writer where the runtime has one. */
export interface VideoAccess {
  fetch?: typeof globalThis.fetch | undefined;
  saveToFile?: SaveToFile | undefined;
  /** The timeout of the call that returned the response: a download's default bound. */
  timeout?: number | undefined;
}

/** Indices of a page's items that its run already had (read by items(), which yields each item once). */
export let repeatedItems: (page: TikAPIResponse<unknown>) => readonly number[];

/** Sends a call and wraps its answer: how a page fetches the next one. */
export type FetchPage<T> = (call: ResolvedCall) => Promise<TikAPIResponse<T>>;

/**
 * A response of the API. `json`, `statusCode`, `headers` and `nextItems()` match the official SDK. A page holds
 * the call that produced it and knows the next one (`nextPageRequest()`); making it changes nothing.
 */
export class TikAPIResponse<T = ResponseBody> {
  readonly json: T;
  readonly statusCode: number;
  readonly headers: Headers;
  /** The paging value to resume from after this page; null when the run ends here. */
  readonly cursor: Scalar | null;
  /** Why the run ends at this page; undefined while there are more pages. */
  readonly stopReason: StopReason | undefined;
  // Set from `init.reading` (no field code: a TikAPI-only bundle carries nothing for them).
  /** The credits this request used and those left (Scavio); undefined for providers that do not count them. */
  declare readonly credits: Credits | undefined;
  /** How long the provider says it took to answer (Scavio's `response_time`); undefined when it does not say. */
  declare readonly responseTime: number | undefined;
  readonly #call: ResolvedCall;
  readonly #next: ResolvedCall | null;
  readonly #fetchPage: FetchPage<T>;
  readonly #video: VideoAccess;
  readonly #repeats: readonly number[];

  static {
    repeatedItems = (page) => page.#repeats;
  }

  constructor(init: {
    json: T;
    statusCode: number;
    headers: Headers;
    call: ResolvedCall;
    fetchPage: FetchPage<T>;
    video?: VideoAccess | undefined;
    /** What the body says about credits, for providers that count them. */
    reading?: CreditsReading | undefined;
  }) {
    this.json = init.json;
    this.statusCode = init.statusCode;
    this.headers = init.headers;
    this.#call = init.call;
    this.#fetchPage = init.fetchPage;
    this.#video = init.video ?? {};
    Object.assign(this, init.reading);
    const { endpoint, paging, run, itemsField } = init.call;
    const reading = readPage(endpoint, init.json, paging, run, itemsField);
    this.cursor = (endpoint.paging && reading.next?.[endpoint.paging.param]) ?? null;
    this.stopReason = reading.stopReason;
    this.#repeats = reading.repeats;
    this.#next = reading.next ? { ...init.call, paging: reading.next, run: reading.nextRun } : null;
  }

  /** The call that produced this page (its keys are not shown when it is logged). */
  get request(): ResolvedCall {
    return this.#call;
  }

  /** The call that fetches the next page, or null after the last one (and for endpoints that do not page). */
  nextPageRequest(): ResolvedCall | null {
    return this.#next;
  }

  /** The items of this page ([] for endpoints that do not page). */
  get items(): unknown[] {
    return pageItems(this.#call.endpoint, this.json, this.#call.itemsField);
  }

  /** The next page, or null after the last one (and for endpoints that do not page). */
  nextItems(): Promise<TikAPIResponse<T>> | null {
    return this.#next ? this.#fetchPage(this.#next) : null;
  }

  /** Starts downloading a video link of this response with its `$other.videoLinkHeaders`; the body streams. */
  downloadVideo(link: string, options?: DownloadOptions): Promise<Response> {
    return downloadVideo(link, this.json, this.#video.fetch, { timeout: this.#video.timeout, ...options });
  }

  /** Streams a video link of this response into a file (Node: `@tokkit/node`); no partial file is left on failure. */
  async saveVideo(link: string, path: string, options: DownloadOptions = {}): Promise<void> {
    const save = this.#video.saveToFile;
    if (!save) throw new TikAPIError('saveVideo needs a file system (@tokkit/node); here, use downloadVideo(link).');
    const response = await this.downloadVideo(link, options);
    const body = response.body ?? new ReadableStream<Uint8Array>({ start: (controller) => controller.close() });
    try {
      await save(body, path, options.signal);
    } catch (error) {
      if (error instanceof TikAPIError) throw error;
      if (options.signal?.aborted) throw new APIUserAbortError('The video download was aborted.');
      const reason = error instanceof Error ? error.message : String(error);
      throw new APIConnectionError(`The video download failed: ${reason}`, { cause: error });
    }
  }

  toJSON(): { statusCode: number; json: T } {
    return { statusCode: this.statusCode, json: this.json };
  }
}
