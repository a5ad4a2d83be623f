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
  readonly name: string;
  readonly baseUrl: string;
  /** Where `sandbox: true` sends requests (with `demoKeys`). */
  readonly sandboxUrl: string;
  readonly demoKeys: { readonly apiKey: string; readonly accountKey: string };
  /** How keys are sent; `accountKey` only by providers with per-account endpoints. */
  readonly keys: { readonly apiKey: KeyHeader; readonly accountKey?: KeyHeader };
  /** Dotted path to the part of a success body holding the data; absent when the body is the data. */
  readonly envelope?: string;
  /** The fields of an error body: the human message, and a provider status code when there is one. */
  readonly errorBody: { readonly message: string; readonly code?: string };
}
