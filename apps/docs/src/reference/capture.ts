// Real responses for the reference pages: the sandbox runs in this process, and each endpoint is called through
// the SDK with its example parameters, the way a reader's first call would be made.
import { DEMO_ACCOUNT_KEY, DEMO_API_KEY, Scavio, TikAPI, UserHandleAPI } from '@tokkit/node';
import { createSandbox } from '@tokkit/sandbox';
import type { Spec, SpecEndpoint } from '../spec.js';
import { exampleValues } from './examples.js';

export interface Captured {
  statusCode: number;
  contentType: string;
  json: unknown;
}

type Call = (params: Record<string, unknown>) => Promise<{ statusCode: number; headers: Headers; json: unknown }>;

function endpointFunction(root: unknown, key: string): Call {
  let node = root;
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  if (typeof node !== 'function') throw new Error(`the client has no endpoint ${key}`);
  return node as Call;
}

/** A client of the spec's provider talking to the sandbox with its demo keys. */
export function sandboxClient(spec: Spec, sandboxUrl: string): unknown {
  const baseUrl = `${sandboxUrl}${spec.provider.sandboxPrefix}`;
  const apiKey = spec.demoKeys.apiKey;
  switch (spec.provider.name) {
    case 'tikapi':
      // No logger: the deprecation warnings of the two deprecated endpoints would only add noise to the build.
      return TikAPI({ apiKey: DEMO_API_KEY, accountKey: DEMO_ACCOUNT_KEY, baseUrl, maxRetries: 0, logger: {} });
    case 'scavio':
      return Scavio({ apiKey, baseUrl, maxRetries: 0 });
    case 'userhandle':
      return UserHandleAPI({ apiKey, baseUrl, maxRetries: 0 });
  }
}

export async function captureResponses(spec: Spec): Promise<Map<string, Captured>> {
  const sandbox = await createSandbox().listen(0);
  try {
    const api = sandboxClient(spec, sandbox.url);
    const out = new Map<string, Captured>();
    for (const endpoint of spec.endpoints) out.set(endpoint.key, await captureOne(api, spec, endpoint));
    return out;
  } finally {
    await sandbox.close();
  }
}

async function captureOne(api: unknown, spec: Spec, endpoint: SpecEndpoint): Promise<Captured> {
  const call = endpointFunction(api, endpoint.key);
  try {
    const res = await call(exampleValues(spec, endpoint));
    return { statusCode: res.statusCode, contentType: res.headers.get('content-type') ?? '', json: res.json };
  } catch (error) {
    throw new Error(`capturing ${endpoint.key} from the sandbox failed: ${String(error)}`, { cause: error });
  }
}

/** Arrays cut to their first `keep` entries (with a note of how many there were), long strings shortened. */
export function abridge(value: unknown, keep = 2): unknown {
  if (Array.isArray(value)) {
    const head = value.slice(0, keep).map((v) => abridge(v, keep));
    return value.length > keep ? [...head, `… ${value.length - keep} more`] : head;
  }
  if (typeof value === 'string' && value.length > 160) return `${value.slice(0, 157)}…`;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, abridge(v, keep)]));
  }
  return value;
}
