import type { SaveToFile } from '../client/platform.js';
import type { EndpointDescriptor, Scalar } from '../endpoints/types.js';
import { APIConnectionError, APIUserAbortError, TikAPIError } from '../errors.js';
import type { ResponseBody } from '../types/entities.js';
import { type DownloadOptions, downloadVideo } from '../video/download-video.js';
import { type CursorHistory, type ItemHistory, pageItems, readPage, type StopReason } from './read-page.js';

/** How this response's video links are fetched: the client's fetch, and a file writer where the runtime has one. */
export interface VideoAccess {
  fetch?: typeof globalThis.fetch | undefined;
  saveToFile?: SaveToFile | undefined;
  /** The timeout of the call that returned the response: a download's default bound. */
  timeout?: number | undefined;
}

/** Fetches the page selected by a paging value, continuing the same run. */
export type FetchPage<T> = (pagingValue: Scalar, run: PageRun) => Promise<TikAPIResponse<T>>;

/** What one page knows about the run it belongs to. */
export interface PageRun {
  history: CursorHistory;
  depth: number;
  requestedWith: Scalar | undefined;
  itemsField?: string | undefined;
  /** Shared by the run's pages; made by the first page when absent. */
  items?: ItemHistory | undefined;
}

/** A response of the API. `json`, `statusCode`, `headers` and `nextItems()` match the official SDK. */
export class TikAPIResponse<T = ResponseBody> {
  readonly json: T;
  readonly statusCode: number;
  readonly headers: Headers;
  /** The paging value to resume from after this page; null when the run ends here. */
  readonly cursor: Scalar | null;
  /** Why the run ends at this page; undefined while there are more pages. */
  readonly stopReason: StopReason | undefined;
  readonly #endpoint: EndpointDescriptor;
  readonly #run: PageRun;
  readonly #fetchPage: FetchPage<T>;
  readonly #video: VideoAccess;
  readonly #withoutItems: boolean;

  constructor(init: {
    json: T;
    statusCode: number;
    headers: Headers;
    endpoint: EndpointDescriptor;
    run: PageRun;
    fetchPage: FetchPage<T>;
    video?: VideoAccess | undefined;
  }) {
    this.json = init.json;
    this.statusCode = init.statusCode;
    this.headers = init.headers;
    this.#endpoint = init.endpoint;
    this.#run = init.run;
    this.#fetchPage = init.fetchPage;
    this.#video = init.video ?? {};
    const { history, depth, requestedWith } = init.run;
    // The first position ('0', or page '1') counts as requested in every run, also one resumed further on:
    // a server pointing back to it would start the list over.
    const first = init.endpoint.paging?.style === 'page' ? '1' : '0';
    if (!history.has(first)) history.set(first, 0);
    const key = requestedWith === undefined ? first : String(requestedWith);
    if (!history.has(key)) history.set(key, depth);
    const items = (init.run.items ??= { seen: new Map(), pagesWithoutItems: 0 });
    const reading = readPage(init.endpoint, init.json, requestedWith, history, depth, init.run.itemsField, items);
    this.cursor = reading.next;
    this.stopReason = reading.stopReason;
    this.#withoutItems = reading.withoutItems;
  }

  /** The items of this page ([] for endpoints that do not page). */
  get items(): unknown[] {
    return pageItems(this.#endpoint, this.json, this.#run.itemsField);
  }

  /** The next page, or null after the last one (and for endpoints that do not page). */
  nextItems(): Promise<TikAPIResponse<T>> | null {
    if (this.cursor === null) return null;
    const before = this.#run.items ?? { seen: new Map<string, number>(), pagesWithoutItems: 0 };
    const items: ItemHistory = { seen: before.seen, pagesWithoutItems: this.#withoutItems ? before.pagesWithoutItems + 1 : 0 };
    return this.#fetchPage(this.cursor, { ...this.#run, depth: this.#run.depth + 1, requestedWith: this.cursor, items });
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
