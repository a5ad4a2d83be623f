// Starts the try-it service worker (at most once per page) and resolves once it controls the page.
const CONTROL_TIMEOUT_MS = 15_000;
let ready: Promise<void> | undefined;

export function startServiceWorker(scriptUrl: string, scope: string): Promise<void> {
  ready ??= (async () => {
    if (!('serviceWorker' in navigator)) throw new Error('this browser has no service workers, which Try it needs');
    await navigator.serviceWorker.register(scriptUrl, { scope });
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the try-it service worker did not take control')), CONTROL_TIMEOUT_MS);
      navigator.serviceWorker.addEventListener('controllerchange', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  })();
  return ready;
}
