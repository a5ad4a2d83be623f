// The descriptors as the build emits them (`@tokkit/core/spec.json`): the one input of every reference page.
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
  default?: Scalar;
  example?: Scalar;
  description?: string;
}

export interface SpecPaging {
  param: string;
  style?: 'cursor' | 'page';
  container?: string;
  items: string[];
  inferred?: boolean;
}

export interface SpecEndpoint {
  key: string;
  method: 'GET' | 'POST';
  path: string;
  auth: 'apiKey' | 'apiKey+accountKey';
  description?: string;
  params: SpecParam[];
  /** Groups of parameters of which at least one must be given (`public.check`: `username` or `user_id`). */
  oneOf?: string[][];
  scopes?: string[];
  paging?: SpecPaging;
  deprecated?: boolean;
  undocumented?: boolean;
}

export interface Spec {
  baseUrl: string;
  headers: { apiKey: string; accountKey: string };
  demoKeys: { apiKey: string; accountKey: string };
  retryPolicy: { methods: string[]; statusCodes: number[]; maxRetryAfterMs: number; baseDelayMs: number; maxDelayMs: number };
  tiktokStatusCodes: Record<string, string>;
  endpoints: SpecEndpoint[];
}

export function specPath(): string {
  return createRequire(import.meta.url).resolve('@tokkit/core/spec.json');
}

export function loadSpec(): Spec {
  return JSON.parse(readFileSync(specPath(), 'utf8')) as Spec;
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

/** `public/check`, `user/posts/comments/list`: where an endpoint's page lives below `reference/`. */
export function pageSlug(key: string): string {
  return key.split('.').join('/');
}
