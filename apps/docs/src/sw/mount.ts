/** Where the try-it service worker mounts the proxy, below the site's base: `<base>__sandbox/public/check`. */
export const SANDBOX_SEGMENT = '__sandbox';
