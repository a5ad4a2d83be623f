/** What a runtime entry (`@tokkit/node`, `@tokkit/browser-safe`) injects into the runtime-agnostic client. */
export interface Platform {
  /**
   * Called whenever the client is handed a key: at creation, by `api.set()` and by `api.user({ accountKey })`.
   * Throws to refuse it (the browser guard). Never receives the key itself.
   */
  acceptKey?(kind: 'apiKey' | 'accountKey'): void;
  /** Writes a download to a file; only runtimes with a file system provide it (used by `response.saveVideo`). */
  saveToFile?: SaveToFile | undefined;
}

/** Streams `body` into the file at `path`; leaves no partial file behind when it fails. */
export type SaveToFile = (body: ReadableStream<Uint8Array>, path: string, signal?: AbortSignal) => Promise<void>;
