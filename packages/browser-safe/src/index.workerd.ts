// What the `workerd` export condition serves: the same API as index.ts, without the browser key guard, which can
// never fire in a Worker (and would only add its bytes to every Worker bundle).
import { tikapiWith } from './tikapi.js';

export * from '@tokkit/core';
export const TikAPI = tikapiWith(() => undefined);
export default TikAPI;
export type { BrowserSafeOptions } from './tikapi.js';
export { detectRuntime, isBrowserRuntime } from './detect-runtime.js';
export type { Runtime } from './detect-runtime.js';
