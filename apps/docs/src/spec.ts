// The descriptors as the build emits them (`@tokkit/core/spec.json` for TikAPI, `spec.<provider>.json` for the
// others): the one input of every reference page.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export type Scalar = string | number | boolean;

export interface SpecParam {
  name: string;
  wire: string;
  in: 'query' | 'path' | 'body';
  type?: 'string' | 'number' | 'boolean';
  required: boolean;
  enum?: (string | number)[];
  pattern?: string;
  min?: number;
  max?: number;
  minLength?: number;
  maxLength?: number;
  default?: Scalar;
  example?: Scalar;
  description?: string;
}

export interface SpecPaging {
  param: string;
  style?: 'cursor' | 'offset' | 'page' | 'min_time' | 'token_time';
  /** The container field holding the next value, when it is not named like `param`. */
  from?: string;
  /** The time bound sent back with the token in the `token_time` style. */
  timeParam?: string;
  container?: string;
  items: string[];
  inferred?: boolean;
}

export interface SpecEndpoint {
  key: string;
  method: 'GET' | 'POST';
  path: string;
  auth: 'apiKey' | 'apiKey+accountKey';
  /** Whether a failed attempt may be sent again: reads yes (also a read sent as POST), writes no. */
  safeToRetry: boolean;
  description?: string;
  params: SpecParam[];
  /** Groups of parameters of which at least one must be given (`public.check`: `username` or `user_id`). */
  oneOf?: string[][];
  scopes?: string[];
  paging?: SpecPaging;
  deprecated?: boolean;
  undocumented?: boolean;
}

export interface SpecProvider {
  name: ProviderName;
  clientName: string;
  baseUrl?: string;
  sandboxPrefix: string;
  keys: { apiKey: { header: string; format: string }; accountKey?: { header: string; format: string } };
  env: { apiKey: string; baseUrl: string };
  credits?: { used: string; remaining: string; responseTime?: string };
}

export interface Spec {
  provider: SpecProvider;
  /** Absent when every customer has an own base URL. */
  baseUrl?: string;
  headers: { apiKey: string; accountKey?: string };
  demoKeys: { apiKey: string; accountKey?: string };
  retryPolicy: { methods: string[]; statusCodes: number[]; maxRetryAfterMs: number; baseDelayMs: number; maxDelayMs: number };
  endpoints: SpecEndpoint[];
}

/** Every provider the SDK speaks, in the order the docs show them. */
export const providerNames = ['tikapi', 'scavio', 'userhandle'] as const;
export type ProviderName = (typeof providerNames)[number];

export function specPath(provider: ProviderName = 'tikapi'): string {
  const file = provider === 'tikapi' ? 'spec.json' : `spec.${provider}.json`;
  return createRequire(import.meta.url).resolve(`@tokkit/core/${file}`);
}

/** TikAPI's spec, or another provider's. */
export function loadSpec(provider: ProviderName = 'tikapi'): Spec {
  return JSON.parse(readFileSync(specPath(provider), 'utf8')) as Spec;
}

export function loadSpecs(): Spec[] {
  return providerNames.map((name) => loadSpec(name));
}

/** The variable a sample holds the client in: `api` for TikAPI, `sc` for Scavio, `uh` for UserHandleAPI. */
export function clientVariable(spec: Spec): string {
  return { tikapi: 'api', scavio: 'sc', userhandle: 'uh' }[spec.provider.name];
}

/** The reference groups, in the client's order: `public`, `user`, `user.posts`, `user.live`, `key`. */
export const groups = ['public', 'user', 'user.posts', 'user.live', 'key'] as const;
export type Group = (typeof groups)[number];

export function groupOf(key: string): Group {
  if (key === 'key') return 'key';
  if (key.startsWith('public.')) return 'public';
  if (key.startsWith('user.posts.')) return 'user.posts';
  if (key.startsWith('user.live.')) return 'user.live';
  return 'user';
}

/**
 * `public/check`, `user/posts/comments/list`: where an endpoint's page lives below `reference/`; the other
 * providers' pages live below their own folder (`scavio/user/posts`, `userhandle/video`).
 */
export function pageSlug(key: string, provider: ProviderName = 'tikapi'): string {
  const path = key.split('.').join('/');
  return provider === 'tikapi' ? path : `${provider}/${path}`;
}
