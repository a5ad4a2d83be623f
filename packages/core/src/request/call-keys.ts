import type { EndpointDescriptor } from '../endpoints/types.js';
import { TikAPIError, ValidationError } from '../errors.js';
import type { ProviderDescriptor } from '../providers/types.js';

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
  provider: Pick<ProviderDescriptor, 'clientName' | 'demoKeys' | 'env'>,
): CallKeys {
  if (options.sandbox) return provider.demoKeys;
  if (options.keyless && !options.apiKey) return {};
  if (!options.apiKey) {
    throw new TikAPIError(`${endpoint.key}: no API key. Pass ${provider.clientName}({ apiKey }) or set ${provider.env.apiKey}.`);
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
