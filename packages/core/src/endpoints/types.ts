export type HttpMethod = 'GET' | 'POST';
export type ParamLocation = 'query' | 'path' | 'body';
export type ParamType = 'string' | 'number' | 'boolean';
export type Auth = 'apiKey' | 'apiKey+accountKey';
export type Scalar = string | number | boolean;

/** One request parameter of an endpoint, as the API documents it. */
export interface ParamDescriptor {
  readonly in: ParamLocation;
  /** Name on the wire when it differs from the name users pass. */
  readonly wire?: string;
  /** Absent where the API documents no type: any scalar is accepted. */
  readonly type?: ParamType;
  readonly required?: boolean;
  readonly enum?: readonly (string | number)[];
  readonly pattern?: string;
  /** A string parameter that also takes a number (or bigint in TS): numeric IDs and cursors. */
  readonly acceptsNumber?: boolean;
  readonly min?: number;
  readonly max?: number;
  /** Bounds of a string's length, in characters (code points). */
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly default?: Scalar;
  /** Docs only: absent in the lean build served to Workers and browsers (see scripts/strip-docs.ts). */
  readonly example?: Scalar;
  /** Docs only: absent in the lean build served to Workers and browsers (see scripts/strip-docs.ts). */
  readonly description?: string;
}

/**
 * How an endpoint pages. The response part that holds the list (`container`, the body itself by default)
 * carries the items, the value for the next request (a field named like `param`) and a has-more flag
 * (`hasMore` or `has_more`). `page` style counts pages instead.
 */
export interface PagingDescriptor {
  /** The request parameter that selects the page. */
  readonly param: string;
  /** The field of the list's container holding the next value of `param`, when it is named otherwise (`max_cursor`). */
  readonly from?: string;
  /** A row of `pagingStyles` (paginate/styles.ts); `cursor` by default. */
  readonly style?: 'cursor' | 'offset' | 'page' | 'min_time' | 'token_time';
  /** The time bound sent with the token in the `token_time` style (`min_time`). */
  readonly timeParam?: string;
  /** Dotted path to the part of the body holding the list, e.g. `itemStruct` or `notice_lists.0`. */
  readonly container?: string;
  /** Fields that may hold the items array; the first present one is used. */
  readonly items: readonly string[];
  /** Paging inferred from the parameters rather than documented by the API. */
  readonly inferred?: boolean;
}

/** Everything known about one endpoint; the single source of truth for every package. */
export interface EndpointDescriptor {
  readonly key: string;
  readonly method: HttpMethod;
  readonly path: string;
  readonly auth: Auth;
  /**
   * Whether sending the request twice does no harm, so a failed attempt may be retried: true for reads (also a read
   * sent as POST), false for writes (a retried comment is a double comment).
   */
  readonly safeToRetry: boolean;
  /**
   * Docs only; every descriptor in the source has one (a test checks). In spec.json, openapi.json and the Node
   * build; absent from the lean build served under the
   * `workerd`/`worker`/`browser` conditions, which leaves the docs-only text out (see scripts/strip-docs.ts).
   */
  readonly description?: string;
  readonly params: Readonly<Record<string, ParamDescriptor>>;
  readonly scopes?: readonly string[];
  readonly paging?: PagingDescriptor;
  /**
   * Groups of parameters of which at least one must be given (`[['username', 'user_id']]`): the API answers 400
   * when none of a group is sent, so the request is refused before it is made.
   */
  readonly oneOf?: readonly (readonly string[])[];
  readonly deprecated?: boolean;
  readonly undocumented?: boolean;
}

/** Keeps the literal types of a descriptor while checking its shape. */
// No side effects: a bundle drops the descriptors of a provider it never calls (a TikAPI-only Worker has no Scavio).
/* @__NO_SIDE_EFFECTS__ */
export function defineEndpoint<const D extends EndpointDescriptor>(descriptor: D): D {
  return descriptor;
}

/** A shared parameter, required here. Free of side effects, like `defineEndpoint`, so unused descriptors drop out. */
/* @__NO_SIDE_EFFECTS__ */
export function requiredParam<const P extends ParamDescriptor>(param: P): Omit<P, 'required'> & { readonly required: true } {
  return { ...param, required: true };
}

/** A shared parameter with the description of its use here. */
/* @__NO_SIDE_EFFECTS__ */
export function describedAs<const P extends ParamDescriptor>(param: P, description: string): P {
  return { ...param, description };
}
