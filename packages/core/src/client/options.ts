import { tikapi } from '../providers/tikapi.js';
import type { ItemsResumePoint } from '../paginate/iterate.js';
import type { Hooks } from '../transport/hooks.js';
import type { Logger } from '../transport/policy.js';

export const API_BASE_URL = tikapi.baseUrl;
export const SANDBOX_BASE_URL = tikapi.sandboxUrl;
/** The public demo keys of the sandbox; the sandbox never receives a user's own key. */
export const DEMO_API_KEY = tikapi.demoKeys.apiKey;
export const DEMO_ACCOUNT_KEY = tikapi.demoKeys.accountKey;

export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_RETRIES = 2;
/** 32 MiB: far above any page the API sends, far below what would exhaust memory. */
export const DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

export interface ClientOptions {
  apiKey?: string | undefined;
  /** Default account key for `api.user.*` calls; `api.user({ accountKey })` sets one per account. */
  accountKey?: string | undefined;
  /** Talk to the sandbox with the public demo keys (at `baseUrl` when given). */
  sandbox?: boolean | undefined;
  baseUrl?: string | undefined;
  /** The server at `baseUrl` adds the keys (a tokkit proxy): requests carry no key headers. */
  keyless?: boolean | undefined;
  /** Per attempt, in milliseconds. Default 60 000. */
  timeout?: number | undefined;
  /** Retries of a call that is safe to retry (every read, never a write). Default 2. */
  maxRetries?: number | undefined;
  fetch?: typeof globalThis.fetch | undefined;
  logger?: Logger | undefined;
  /** Headers added to every request; key and framing headers, and values with CR, LF or NUL, are refused. */
  headers?: Readonly<Record<string, string>> | undefined;
  /** ky's hooks, for tracing and headers; they run with ky's semantics but never change which keys are sent. */
  hooks?: Hooks | undefined;
  /** A body larger than this, once decoded, fails with `ResponseTooLargeError`. Default 32 MiB. */
  maxResponseBytes?: number | undefined;
  /** At most this many calls of the client in flight at once (a call keeps its slot through its retries). */
  maxConcurrency?: number | undefined;
}

/** The official SDK's `api.set()` names, alongside tokkit's own options. */
export interface SetOptions extends ClientOptions {
  $sandbox?: boolean | undefined;
}

export interface RequestOptions {
  signal?: AbortSignal | undefined;
  timeout?: number | undefined;
  maxRetries?: number | undefined;
  headers?: Readonly<Record<string, string>> | undefined;
  /** Parameters the API added after this SDK was released: sent without descriptor checks (finite scalars only). */
  extraParams?: Readonly<Record<string, unknown>> | undefined;
  /** Run after the client's hooks, for this call only. */
  hooks?: Hooks | undefined;
  maxResponseBytes?: number | undefined;
}

export interface PagesOptions extends RequestOptions {
  /** Pages fetched at most. Default 1000 (DEFAULT_MAX_PAGES); raise it for longer lists. */
  maxPages?: number | undefined;
  /** Read items from this field instead of the endpoint's declared one. */
  itemsField?: string | undefined;
}

/** Paging options of providers that count credits (Scavio). */
export interface CreditsOptions {
  /**
   * Stop before requesting the next page once a page reports fewer `credits.remaining` than this: `items()` then
   * ends with stopReason 'credits' and a `resumePoint` at the next page. Only for providers that count credits;
   * elsewhere it is refused (TikAPIError) before anything is sent.
   */
  minCreditsRemaining?: number | undefined;
}

export interface ItemsOptions extends RequestOptions {
  maxItems?: number | undefined;
  /** Pages fetched at most. Default 1000 (DEFAULT_MAX_PAGES); the run then stops with 'max-pages', resumable. */
  maxPages?: number | undefined;
  itemsField?: string | undefined;
  /** An earlier stream's `resumePoint`: continues right after its last item. */
  resume?: ItemsResumePoint | undefined;
}
