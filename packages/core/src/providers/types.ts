/** How one key travels: in header `header`, as `format` with `{key}` replaced by the key (`Bearer {key}`). */
export interface KeyHeader {
  readonly header: string;
  readonly format: string;
}

/**
 * Everything that differs from one data provider to the next; endpoint descriptors hold the rest. A second
 * provider is a second value of this type (plus its endpoint descriptors), not a change to the engine.
 */
export interface ProviderDescriptor {
  /** Lower case, one word: names the provider in spec files, environment rows and the sandbox. */
  readonly name: string;
  /** The client's name in both SDKs (`TikAPI`, `Scavio`, `UserHandleAPI`). */
  readonly clientName: string;
  /** Absent when every customer has an own base URL: the client then needs `baseUrl` (or `env.baseUrl`). */
  readonly baseUrl?: string;
  /** Where `sandbox: true` sends requests (with `demoKeys`); absent when the provider hosts no sandbox. */
  readonly sandboxUrl?: string;
  /** Where the embedded sandbox (`@tokkit/sandbox`) serves this provider, below its origin: `''` is the root. */
  readonly sandboxPrefix: string;
  /** Keys the sandboxes accept; never a user's own key. */
  readonly demoKeys: { readonly apiKey: string; readonly accountKey?: string };
  /** How keys are sent; `accountKey` only by providers with per-account endpoints. */
  readonly keys: { readonly apiKey: KeyHeader; readonly accountKey?: KeyHeader };
  /** The environment variables read when no key or base URL is given. */
  readonly env: { readonly apiKey: string; readonly baseUrl: string };
  /** Dotted path to the part of a success body holding the data; absent when the body is the data. */
  readonly envelope?: string;
  /** The fields of an error body: the human message, and a provider status code when there is one. */
  readonly errorBody: { readonly message: string; readonly code?: string };
  /** Body fields of every success answer that count the account's credits, for providers that bill per request. */
  readonly credits?: { readonly used: string; readonly remaining: string; readonly responseTime?: string };
}
