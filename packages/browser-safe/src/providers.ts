import {
  createScavio,
  createUserHandleAPI,
  type Platform,
  type ScavioClient,
  type ScavioOptions,
  type UserHandleClient,
  type UserHandleOptions,
} from '@tokkit/core';

type KeyGuard = ((kind: 'apiKey' | 'accountKey') => void) | undefined;

/** What a page may add to a client's options: holding a key although anyone who opens the page can read it. */
interface BrowserOptIn {
  dangerouslyAllowBrowser?: boolean | undefined;
}

export type ScavioBrowserSafeOptions = ScavioOptions & BrowserOptIn;
export type UserHandleBrowserSafeOptions = UserHandleOptions & BrowserOptIn;

/**
 * The other providers' clients of this package, around the same guard as `TikAPI()`: a page passes no key and talks
 * to a proxy at `baseUrl`, which adds it.
 */
function guarded<O extends ScavioOptions, C>(create: (options: O, platform: Platform) => C, keyGuard: () => KeyGuard) {
  return (keyOrOptions: string | (O & BrowserOptIn) = {} as O): C => {
    const given = typeof keyOrOptions === 'string' ? ({ apiKey: keyOrOptions } as O & BrowserOptIn) : keyOrOptions;
    const { dangerouslyAllowBrowser = false, ...options } = given;
    if (!options.apiKey && !options.sandbox && options.baseUrl !== undefined) options.keyless ??= true;
    return create(options as O, { acceptKey: dangerouslyAllowBrowser ? undefined : keyGuard() });
  };
}

/** `Scavio('key')` or `Scavio({ apiKey, baseUrl, ... })` on the runtime's own fetch. */
export const scavioWith = (keyGuard: () => KeyGuard): ((keyOrOptions?: string | ScavioBrowserSafeOptions) => ScavioClient) =>
  guarded(createScavio, keyGuard);

/** `UserHandleAPI({ apiKey, baseUrl })` on the runtime's own fetch; `baseUrl` is required. */
export const userHandleWith = (
  keyGuard: () => KeyGuard,
): ((keyOrOptions?: string | UserHandleBrowserSafeOptions) => UserHandleClient) => guarded(createUserHandleAPI, keyGuard);
