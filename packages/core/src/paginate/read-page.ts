import type { EndpointDescriptor, Scalar } from '../endpoints/types.js';
import { TikAPIError } from '../errors.js';
import { itemIdentity } from './item-identity.js';

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
  | 'max-items';

/** Pages in a row without an items array (missing or null) after which a run that says has-more ends anyway. */
export const MAX_PAGES_WITHOUT_ITEMS = 3;

/** What a run remembers of its pages' items, to notice a server that serves the same page again. */
export interface ItemHistory {
  /** Identity of every item of the run's pages so far -> the depth of the page it was first on. */
  seen: Map<string, number>;
  /** Pages in a row without an items array, up to the one before this page. */
  pagesWithoutItems: number;
}

export interface PageReading {
  /** The value that fetches the next page, or null when there is none. */
  next: Scalar | null;
  stopReason: StopReason | undefined;
  /** True when the page has no items array at all (missing or null). */
  withoutItems: boolean;
}

/** Cursors already requested in one run, with the depth of the page they fetched. */
export type CursorHistory = Map<string, number>;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

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

function usableCursor(value: unknown): value is Scalar {
  return (typeof value === 'string' && value !== '') || (typeof value === 'number' && Number.isFinite(value));
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
 * Reads where a page leaves the run: the next paging value, or why it stops.
 * `requestedWith` is the paging value this page was fetched with; `depth` counts pages from 0.
 */
export function readPage(
  endpoint: EndpointDescriptor,
  json: unknown,
  requestedWith: Scalar | undefined,
  history: CursorHistory,
  depth: number,
  itemsField?: string,
  itemHistory: ItemHistory = { seen: new Map(), pagesWithoutItems: 0 },
): PageReading {
  const paging = endpoint.paging;
  if (!paging) return { next: null, stopReason: 'not-paged', withoutItems: false };
  const container = pageContainer(endpoint, json) ?? {};
  const { items } = findItems(endpoint, json, itemsField);
  const withoutItems = items === undefined;
  const stop = (stopReason: StopReason): PageReading => ({ next: null, stopReason, withoutItems });
  const more = hasMore(container, json);
  if (more === false) return stop('end');
  if (items !== undefined && items.length === 0) return stop('empty-page');
  if (items !== undefined && repeatsEarlierItems(items, itemHistory.seen, depth)) return stop('repeated-page');
  if (withoutItems && itemHistory.pagesWithoutItems + 1 >= MAX_PAGES_WITHOUT_ITEMS) return stop('no-items');

  // The next value is read from the container only: a field of the same name elsewhere in the body is not a cursor.
  const next = paging.style === 'page' ? Number(requestedWith ?? 1) + 1 : container[paging.param];
  if (!usableCursor(next)) return stop(more ? 'missing-cursor' : 'end');
  const seenAt = history.get(String(next));
  if (seenAt !== undefined && seenAt <= depth) return stop('repeated-cursor');
  return { next, stopReason: undefined, withoutItems };
}

/**
 * True when every item of a non-empty page was already on an earlier page of the run (a server handing out a new
 * cursor for the same page: `5`, `05`, `005`, ...). Fetching the same page again (same depth) is not a repeat.
 * The page's items join the run's history either way.
 */
function repeatsEarlierItems(items: readonly unknown[], seen: Map<string, number>, depth: number): boolean {
  const identities = items.map(itemIdentity);
  const repeated = identities.every((identity) => (seen.get(identity) ?? depth) < depth);
  for (const identity of identities) if (!seen.has(identity)) seen.set(identity, depth);
  return repeated;
}
