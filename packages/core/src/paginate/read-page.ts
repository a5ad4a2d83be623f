import type { EndpointDescriptor, Scalar } from '../endpoints/types.js';
import { TikAPIError } from '../errors.js';

/** Why a run of pages ended. */
export type StopReason =
  | 'not-paged'
  | 'end'
  | 'empty-page'
  | 'repeated-cursor'
  | 'missing-cursor'
  | 'max-items';

export interface PageReading {
  /** The value that fetches the next page, or null when there is none. */
  next: Scalar | null;
  stopReason: StopReason | undefined;
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
): PageReading {
  const paging = endpoint.paging;
  if (!paging) return { next: null, stopReason: 'not-paged' };
  const container = pageContainer(endpoint, json) ?? {};
  const { items } = findItems(endpoint, json, itemsField);
  const more = hasMore(container, json);
  if (more === false) return { next: null, stopReason: 'end' };
  if (items !== undefined && items.length === 0) return { next: null, stopReason: 'empty-page' };

  // The next value is read from the container only: a field of the same name elsewhere in the body is not a cursor.
  const next = paging.style === 'page' ? Number(requestedWith ?? 1) + 1 : container[paging.param];
  if (!usableCursor(next)) return { next: null, stopReason: more ? 'missing-cursor' : 'end' };
  const seenAt = history.get(String(next));
  if (seenAt !== undefined && seenAt <= depth) return { next: null, stopReason: 'repeated-cursor' };
  return { next, stopReason: undefined };
}
