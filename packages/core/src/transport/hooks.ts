import type { AfterResponseHook, BeforeRequestHook, BeforeRetryHook } from 'ky';

/**
 * ky's own hooks, with ky's own semantics: the user's extension point for tracing and headers. Whatever a hook does
 * to the key headers, the keys sent are the ones the call was made with (see `readingFetch`).
 */
export interface Hooks {
  beforeRequest?: readonly BeforeRequestHook[] | undefined;
  beforeRetry?: readonly BeforeRetryHook[] | undefined;
  afterResponse?: readonly AfterResponseHook[] | undefined;
}

export type HookName = keyof Hooks;

/** A user hook threw: not retried, surfaced as a `TikAPIError` that names the hook. */
export class HookFailed extends Error {
  override name = 'HookFailed';
  constructor(
    readonly hook: HookName,
    override readonly cause: unknown,
  ) {
    super(`the ${hook} hook threw`);
  }
}

type AnyHook = (...args: never[]) => unknown;
type Merged = { [K in HookName]: NonNullable<Hooks[K]>[number][] };

/** The client's hooks, then the call's: each wrapped so that what it throws is recognised as its own. */
export function mergeHooks(...layers: (Hooks | undefined)[]): Merged {
  const merged = (name: HookName) =>
    layers
      .flatMap((hooks): readonly AnyHook[] => hooks?.[name] ?? [])
      .map((hook) => async (...args: never[]) => {
        try {
          return await hook(...args);
        } catch (error) {
          throw new HookFailed(name, error);
        }
      });
  return { beforeRequest: merged('beforeRequest'), beforeRetry: merged('beforeRetry'), afterResponse: merged('afterResponse') } as Merged;
}
