import type { EndpointDescriptor } from '../endpoints/types.js';
import { TikAPIError, ValidationError } from '../errors.js';

/** The keys one call sends. */
export interface CallKeys {
  apiKey?: string | undefined;
  accountKey?: string | undefined;
}

export interface KeySource {
  apiKey?: string | undefined;
  accountKey?: string | undefined;
  sandbox?: boolean | undefined;
  keyless?: boolean | undefined;
}

/** The keys a call sends: the demo keys in sandbox mode, none through a keyless proxy, else the client's. */
export function keysFor(
  endpoint: EndpointDescriptor,
  options: KeySource,
  scopeAccountKey: string | undefined,
  demoKeys: { readonly apiKey: string; readonly accountKey?: string | undefined },
): CallKeys {
  if (options.sandbox) return demoKeys;
  if (options.keyless && !options.apiKey) return {};
  if (!options.apiKey) {
    throw new TikAPIError(`${endpoint.key}: no API key. Pass one: TikAPI('your key') or TikAPI({ apiKey }).`);
  }
  const accountKey = scopeAccountKey ?? options.accountKey;
  if (endpoint.auth === 'apiKey+accountKey' && !accountKey) {
    throw new ValidationError(
      endpoint.key,
      'accountKey',
      "an account key: api.user({ accountKey: '...' })",
      'is required for account endpoints',
    );
  }
  return { apiKey: options.apiKey, accountKey };
}
