import type { EndpointDescriptor } from '../endpoints/types.js';
import type { ItemStream } from '../paginate/iterate.js';
import type { TikAPIResponse } from '../paginate/response.js';
import type {
  ItemMap,
  Lenient,
  ResponseBody,
  ResponseMap,
  ScavioItemMap,
  ScavioResponseMap,
  UserHandleItemMap,
  UserHandleResponseMap,
} from '../types/schemas.generated.js';
import type { HasRequiredParams, ParamsOf } from '../types/params.js';
import type { CreditsOptions, ItemsOptions, PagesOptions, RequestOptions } from './options.js';

/** What differs between the clients' types: the response and item types per endpoint key, and the paging options. */
export interface ClientKind {
  readonly responses: object;
  readonly items: object;
  readonly pagesOptions: PagesOptions;
  readonly itemsOptions: ItemsOptions;
}

export interface TikAPIKind extends ClientKind {
  readonly responses: ResponseMap;
  readonly items: ItemMap;
  readonly pagesOptions: PagesOptions;
  readonly itemsOptions: ItemsOptions;
}

export interface ScavioKind extends ClientKind {
  readonly responses: ScavioResponseMap;
  readonly items: ScavioItemMap;
  readonly pagesOptions: PagesOptions & CreditsOptions;
  readonly itemsOptions: ItemsOptions & CreditsOptions;
}

export interface UserHandleKind extends ClientKind {
  readonly responses: UserHandleResponseMap;
  readonly items: UserHandleItemMap;
  readonly pagesOptions: PagesOptions;
  readonly itemsOptions: ItemsOptions;
}

/** The success body of an endpoint of a client kind, by key; a lenient body for endpoints without a schema. */
export type ResponseOf<K extends ClientKind, Key extends string> = Key extends keyof K['responses']
  ? K['responses'][Key]
  : ResponseBody;

/** The item type `items()` yields for an endpoint of a client kind. */
export type ItemOf<K extends ClientKind, Key extends string> = Key extends keyof K['items'] ? K['items'][Key] : Lenient;

type Args<D extends EndpointDescriptor, O> =
  HasRequiredParams<D> extends true ? [params: ParamsOf<D>, options?: O] : [params?: ParamsOf<D>, options?: O];

/** One endpoint: call it for a response; `pages()` and `items()` walk its pages. */
export interface Endpoint<D extends EndpointDescriptor, K extends ClientKind = TikAPIKind> {
  (...args: Args<D, RequestOptions>): Promise<TikAPIResponse<ResponseOf<K, D['key']>>>;
  readonly descriptor: D;
  pages(...args: Args<D, K['pagesOptions']>): AsyncGenerator<TikAPIResponse<ResponseOf<K, D['key']>>, void, undefined>;
  items<Item = ItemOf<K, D['key']>>(...args: Args<D, K['itemsOptions']>): ItemStream<Item>;
}

/**
 * The client members for an endpoint tree. A node that is an endpoint and has members (Scavio's `video`, whose own
 * descriptor is under `$self`) is callable and has them too.
 */
export type Namespace<T, K extends ClientKind = TikAPIKind> = {
  readonly [Name in keyof T as Name extends '$self' ? never : Name]: T[Name] extends EndpointDescriptor
    ? Endpoint<T[Name], K>
    : T[Name] extends { readonly $self: infer Self extends EndpointDescriptor }
      ? Endpoint<Self, K> & Namespace<Omit<T[Name], '$self'>, K>
      : Namespace<T[Name], K>;
};
