import type { EndpointDescriptor, Scalar } from '../endpoints/types.js';
import { TikAPIError } from '../errors.js';
import { isObject, itemIdentity } from './item-identity.js';
import { historyAfter } from './run-history.js';
import { type PagingValues, pagingStyles } from './styles.js';

/** Why a run of pages ended. */
export type StopReason =
  | 'not-paged'
  | 'end'
  | 'empty-page'
  | 'repeated-cursor'
  | 'missing-cursor'
  | 'repeated-page'
  | 'no-items'
  | 'max-pages'
  | 'max-items'
  | 'credits';

/** Pages in a row without an items array (missing or null) after which a run that says has-more ends anyway. */
export const MAX_PAGES_WITHOUT_ITEMS = 3;

/**
 * Where a page stands in its run: what the pages before it requested and held. Each page reads the state it was
 * fetched with and hands a new one to the next request. The two maps are shared along the run (copying them on every
 * page would cost time and memory growing with the run): a page's state holds the entries below its `depth`, and
 * entries at or past it belong to the pages after it.
 */
export interface RunState {
  /** Pages before this one (0 for the first page fetched). */
  readonly depth: number;
  /** Paging positions requested -> the depth of the page they fetched (this page's: those below `depth`). */
  readonly cursors: ReadonlyMap<string, number>;
  /** Identity of every item -> the depth of the page it was first on (the pages before this one: below `depth`). */
  readonly items: ReadonlyMap<string, number>;
  /** Pages in a row without an items array, up to the one before this page. */
  readonly pagesWithoutItems: number;
}

export const FIRST_PAGE: RunState = { depth: 0, cursors: new Map(), items: new Map(), pagesWithoutItems: 0 };

export interface PageReading {
  /** The values that fetch the next page, or undefined when there is none. */
  next: PagingValues | undefined;
  stopReason: StopReason | undefined;
  /** The state the next page's request carries. */
  nextRun: RunState;
  /** Indices of the page's items that an earlier page, or this one further up, already had. */
  repeats: readonly number[];
}

type Json = Record<string, unknown>;

/** The part of a body that holds the list (`itemStruct`, `notice_lists.0`, or the body itself). */
export function pageContainer(endpoint: EndpointDescriptor, json: unknown): Json | undefined {
  let node: unknown = json;
  for (const step of endpoint.paging?.container?.split('.') ?? []) {
    node = Array.isArray(node) ? node[Number(step)] : isObject(node) ? node[step] : undefined;
  }
  return isObject(node) ? node : undefined;
}

function flag(value: unknown): boolean | undefined {
  if (value === true || value === 1 || value === '1' || value === 'true') return true;
  if (value === false || value === 0 || value === '0' || value === 'false') return false;
  return undefined;
}

function hasMore(container: Json, body: unknown): boolean | undefined {
  const root = isObject(body) ? body : {};
  return flag(container.hasMore ?? container.has_more ?? root.hasMore ?? root.has_more);
}

interface FoundItems {
  items: unknown[] | undefined;
  /** Non-empty arrays under fields that were not asked for. */
  otherArrays: string[];
  candidates: readonly string[];
}

function findItems(endpoint: EndpointDescriptor, json: unknown, itemsField?: string): FoundItems {
  const container = pageContainer(endpoint, json);
  const candidates = itemsField ? [itemsField] : (endpoint.paging?.items ?? []);
  if (!container) return { items: undefined, otherArrays: [], candidates };
  for (const field of candidates) {
    const value = container[field];
    if (Array.isArray(value)) return { items: value, otherArrays: [], candidates };
  }
  const otherArrays = Object.entries(container)
    .filter(([, v]) => Array.isArray(v) && v.length > 0)
    .map(([k]) => k);
  return { items: undefined, otherArrays, candidates };
}

/**
 * The items of a page: the first declared array (or the override); [] when the page has no array at all.
 * Throws when items sit under a field nobody declared, so a renamed field is never read as an empty list.
 */
export function pageItems(endpoint: EndpointDescriptor, json: unknown, itemsField?: string): unknown[] {
  if (!endpoint.paging && !itemsField) return [];
  const found = findItems(endpoint, json, itemsField);
  if (found.items) return found.items;
  if (found.otherArrays.length > 0) {
    throw new TikAPIError(
      `${endpoint.key}: no items under ${found.candidates.join(' or ')}; the page has arrays under ` +
        `${found.otherArrays.join(', ')}. Pass { itemsField: '${found.otherArrays[0]}' } to read them.`,
    );
  }
  return [];
}

/**
 * Reads where a page leaves the run: the next paging values, or why it stops. `requested` holds the paging values
 * this page was fetched with (undefined for a first page); `run` is what the pages before it left. Pure.
 */
export function readPage(
  endpoint: EndpointDescriptor,
  json: unknown,
  requested: PagingValues | undefined,
  run: RunState = FIRST_PAGE,
  itemsField?: string,
): PageReading {
  const paging = endpoint.paging;
  if (!paging) return { next: undefined, stopReason: 'not-paged', nextRun: run, repeats: [] };
  const { depth } = run;
  const style = pagingStyles[paging.style ?? 'cursor'];
  const container = pageContainer(endpoint, json) ?? {};
  const { items } = findItems(endpoint, json, itemsField);
  const withoutItems = items === undefined;
  // The first position ('0', or page '1') counts as requested in every run, also one resumed further on: a server
  // pointing back to it would start the list over.
  const first = run.cursors.has(style.first) ? [] : [style.first];
  const position = requested?.[paging.param];
  const cursors = historyAfter(run.cursors, depth, position === undefined ? first : [...first, String(position)]).history;
  const identities = items?.map(itemIdentity) ?? [];
  const { history: seen, earlier, repeats } = historyAfter(run.items, depth, identities);
  // Every item of a non-empty page already on an earlier page: a server handing out a new cursor for the same page
  // (`5`, `05`, `005`, ...). Fetching the same page again (same depth) is not a repeat.
  const repeated = items !== undefined && earlier === identities.length;
  const nextRun: RunState = { depth: depth + 1, cursors, items: seen, pagesWithoutItems: withoutItems ? run.pagesWithoutItems + 1 : 0 };
  const stop = (stopReason: StopReason): PageReading => ({ next: undefined, stopReason, nextRun, repeats });
  const more = hasMore(container, json);
  if (more === false) return stop('end');
  if (items !== undefined && items.length === 0) return stop('empty-page');
  if (repeated) return stop('repeated-page');
  if (withoutItems && run.pagesWithoutItems + 1 >= MAX_PAGES_WITHOUT_ITEMS) return stop('no-items');

  // The next value is read from the container only: a field of the same name elsewhere in the body is not a cursor.
  const next = style.next(paging, container, requested);
  if (!Object.values(next).every(usableCursor)) return stop(more ? 'missing-cursor' : 'end');
  const seenAt = cursors.get(String(next[paging.param]));
  if (seenAt !== undefined && seenAt <= depth) return stop('repeated-cursor');
  return { next: next as PagingValues, stopReason: undefined, nextRun, repeats };
}

function usableCursor(value: unknown): value is Scalar {
  return (typeof value === 'string' && value !== '') || (typeof value === 'number' && Number.isFinite(value));
}
