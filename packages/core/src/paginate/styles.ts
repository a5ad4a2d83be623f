import type { PagingDescriptor, Scalar } from '../endpoints/types.js';

/** The paging values one request carries: paging param name -> value, sent back exactly as the server gave it. */
export type PagingValues = Readonly<Record<string, Scalar>>;

type Json = Record<string, unknown>;

/**
 * How one paging style finds the next page: the values it reads from the part of the page holding the list (or
 * counts from the page requested), by param name. `first` is the first page's position in the run's history.
 */
export interface PagingStyle {
  readonly first: string;
  next(paging: PagingDescriptor, container: Json, requested: PagingValues | undefined): Record<string, unknown>;
}

/**
 * The next value sits in the list's container under the param's own name (`cursor`, `offset`, `min_time`), or under
 * `from` when the API names it otherwise (Scavio sends `cursor` = `max_cursor`).
 */
const readField: PagingStyle = { first: '0', next: ({ param, from = param }, container) => ({ [param]: container[from] }) };

export const pagingStyles: Readonly<Record<NonNullable<PagingDescriptor['style']>, PagingStyle>> = {
  cursor: readField,
  offset: readField,
  min_time: readField,
  /** Pages are counted from 1: the next page is the one after the page requested. */
  page: { first: '1', next: ({ param }, _container, requested) => ({ [param]: Number(requested?.[param] ?? 1) + 1 }) },
  /**
   * A page token plus a time bound, both read from the page and both sent back (`page_token` = `next_page_token`,
   * `min_time`).
   */
  token_time: {
    first: '0',
    next: ({ param, from = param, timeParam = 'min_time' }, container) => ({
      [param]: container[from],
      [timeParam]: container[timeParam],
    }),
  },
};
