import type { Scalar } from '../endpoints/types.js';
import { APIUserAbortError, TikAPIError } from '../errors.js';
import { nextMacrotask, PAGES_PER_JOB } from './job-turns.js';
import type { StopReason } from './read-page.js';
import { repeatedItems, type TikAPIResponse } from './response.js';
import type { PagingValues } from './styles.js';

/**
 * Pages one pages() or items() run fetches at most unless `maxPages` says otherwise: generous for real lists
 * (30 000 items at 30 a page), and an end for a server that never stops handing out cursors.
 */
export const DEFAULT_MAX_PAGES = 1000;

/** A run's own stop rule, asked after each page: a reason ends the run before the next page is requested. */
export type StopAfter = (page: TikAPIResponse<unknown>) => StopReason | undefined;

export interface PageBounds {
  maxPages?: number | undefined;
  maxItems?: number | undefined;
  signal?: AbortSignal | undefined;
  /** Scavio's `minCreditsRemaining`, as a rule: see `CreditsSupport.stopBelow`. */
  stopAfter?: StopAfter | undefined;
}

/** Where an items() run stopped: fetch the page with `cursor` again and skip `skip` items to go on. */
export interface ItemsResumePoint {
  /**
   * Paging value of the page to fetch; null for the first page. For a style that sends more than one value back
   * (`token_time`), all of them by param name: `{ page_token, min_time }`.
   */
  cursor: Scalar | PagingValues | null;
  skip: number;
  /** True once the run reached its last item. */
  done?: boolean;
}

function checkBound(name: string, value: number | undefined): void {
  if (value !== undefined && !(Number.isInteger(value) && value > 0)) {
    throw new TikAPIError(`${name} must be a positive integer (got ${String(value)}).`);
  }
}

function checkResume(resume: ItemsResumePoint | undefined): void {
  if (resume === undefined) return;
  if (typeof resume !== 'object' || resume === null) {
    throw new TikAPIError(`resume must be a resumePoint of an earlier items() run (got ${String(resume)}).`);
  }
  const { cursor, skip } = resume;
  if (!(Number.isSafeInteger(skip) && skip >= 0)) {
    throw new TikAPIError(`resume.skip must be an integer >= 0 (got ${String(skip)}).`);
  }
  // Several values by name (token_time's) are checked one by one when the request is made.
  const several = typeof cursor === 'object' && Object.keys(cursor ?? {}).length > 1;
  const usable = cursor === null || several || typeof cursor === 'string' || (typeof cursor === 'number' && Number.isFinite(cursor));
  if (!usable) throw new TikAPIError(`resume.cursor must be null, a string or a number (got ${typeof cursor}).`);
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new APIUserAbortError('The request was aborted.');
}

/** Pages from the first response on, until the run ends or a bound is reached. */
export async function* iteratePages<T>(
  first: () => Promise<TikAPIResponse<T>>,
  bounds: PageBounds,
): AsyncGenerator<TikAPIResponse<T>, void, undefined> {
  checkBound('maxPages', bounds.maxPages);
  const maxPages = bounds.maxPages ?? DEFAULT_MAX_PAGES;
  throwIfAborted(bounds.signal);
  let turned = true;
  let page: TikAPIResponse<T> | null = await first();
  for (let count = 1; page; count++) {
    yield page;
    if (count >= maxPages || bounds.stopAfter?.(page as TikAPIResponse<unknown>)) return;
    // Every PAGES_PER_JOB pages: when the event loop did not turn meanwhile, let it turn once (see job-turns.ts).
    if (count % PAGES_PER_JOB === 1) {
      if (!turned) await nextMacrotask();
      turned = false;
      void nextMacrotask().then(() => {
        turned = true;
      });
    }
    throwIfAborted(bounds.signal);
    page = await page.nextItems();
  }
}

/** The items of a run of pages, one by one; `resumePoint` says where to pick up after a break. */
export class ItemStream<Item> implements AsyncIterable<Item> {
  // The resume point, as fields: written for every item, so no object is made until someone asks for it.
  #cursor: ItemsResumePoint['cursor'] = null;
  #skip = 0;
  #done = false;
  #stopReason: StopReason | undefined;
  readonly #pages: (start: ItemsResumePoint['cursor'] | undefined) => AsyncIterable<TikAPIResponse<unknown>>;
  readonly #stopAfter: StopAfter | undefined;
  readonly #maxItems: number | undefined;
  readonly #maxPages: number;
  readonly #start: ItemsResumePoint | undefined;
  readonly #signal: AbortSignal | undefined;

  constructor(
    pages: (start: ItemsResumePoint['cursor'] | undefined) => AsyncIterable<TikAPIResponse<unknown>>,
    options: {
      /** A stop rule of the run's own (Scavio's credits): its reason becomes the stream's `stopReason`. */
      stopAfter?: StopAfter | undefined;
      maxItems?: number | undefined;
      /** Pages fetched at most; default DEFAULT_MAX_PAGES. The run then stops with 'max-pages', resumable. */
      maxPages?: number | undefined;
      resume?: ItemsResumePoint | undefined;
      signal?: AbortSignal | undefined;
    },
  ) {
    checkBound('maxItems', options.maxItems);
    checkBound('maxPages', options.maxPages);
    checkResume(options.resume);
    this.#pages = pages;
    this.#stopAfter = options.stopAfter;
    this.#maxItems = options.maxItems;
    this.#maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
    this.#start = options.resume;
    this.#signal = options.signal;
  }

  /** Pass as `resume` to a later items() call to continue exactly after the last item yielded. */
  get resumePoint(): ItemsResumePoint {
    return this.#done ? { cursor: null, skip: 0, done: true } : { cursor: this.#cursor, skip: this.#skip };
  }

  /**
   * Why the run ended: the last page's reason, 'max-items' when `maxItems` cut it short, 'max-pages' when the
   * page bound did, or the run's own rule's ('credits': a page reported fewer credits left than
   * `minCreditsRemaining`); `resumePoint` then goes on from the next page.
   * Undefined while items remain (also when the loop was left early).
   */
  get stopReason(): StopReason | undefined {
    return this.#stopReason;
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
    this.#stopReason = undefined;
    if (this.#start?.done) {
      this.#resumeAt(null, 0, true);
      this.#stopReason = 'end';
      return;
    }
    let yielded = 0;
    let pages = 0;
    let skip = this.#start?.skip ?? 0;
    let requestedWith = this.#start?.cursor ?? null;
    this.#resumeAt(requestedWith, skip);
    for await (const page of this.#pages(requestedWith ?? undefined)) {
      pages++;
      const items = page.items as Item[];
      // An item the run already had is passed over: a server whose pages overlap never yields one twice.
      const repeats = repeatedItems(page);
      for (let index = skip; index < items.length; index++) {
        if (this.#maxItems !== undefined && yielded >= this.#maxItems) {
          this.#stopReason = 'max-items';
          return;
        }
        throwIfAborted(this.#signal);
        if (index + 1 === items.length) this.#resumeAfter(page);
        else this.#resumeAt(requestedWith, index + 1);
        if (repeats.length > 0 && repeats.includes(index)) continue;
        yielded++;
        yield items[index] as Item;
      }
      skip = 0;
      requestedWith = this.#resumeAfter(page);
      if (page.cursor === null) {
        this.#stopReason = page.stopReason;
        return;
      }
      if (this.#maxItems !== undefined && yielded >= this.#maxItems) {
        this.#stopReason = 'max-items';
        return;
      }
      if (pages >= this.#maxPages) {
        this.#stopReason = 'max-pages';
        return;
      }
      const stop = this.#stopAfter?.(page);
      if (stop) {
        this.#stopReason = stop;
        return;
      }
    }
  }

  #resumeAt(cursor: ItemsResumePoint['cursor'], skip: number, done = false): void {
    this.#cursor = cursor;
    this.#skip = skip;
    this.#done = done;
  }

  /** Sets the resume point after `page` and returns its cursor: the page's, or (token_time) all its next values. */
  #resumeAfter(page: TikAPIResponse<unknown>): ItemsResumePoint['cursor'] {
    const next = page.nextPageRequest()?.paging ?? {};
    const cursor = Object.keys(next).length > 1 ? next : page.cursor;
    this.#resumeAt(cursor, 0, page.cursor === null);
    return cursor;
  }
}
