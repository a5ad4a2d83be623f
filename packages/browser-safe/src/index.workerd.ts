// What the `workerd` export condition serves: the same API as index.ts, without the browser key guard, which can
// never fire in a Worker (and would only add its bytes to every Worker bundle).
import { scavioWith, userHandleWith } from './providers.js';
import { tikapiWith } from './tikapi.js';

export * from '@tokkit/core';
export const TikAPI = tikapiWith(() => undefined);
export default TikAPI;
export type { BrowserSafeOptions } from './tikapi.js';
// Built only when used: a Worker that calls TikAPI alone carries none of the other providers' descriptors.
export const Scavio = /* @__PURE__ */ scavioWith(() => undefined);
export const UserHandleAPI = /* @__PURE__ */ userHandleWith(() => undefined);
export type { ScavioBrowserSafeOptions, UserHandleBrowserSafeOptions } from './providers.js';
export { detectRuntime, isBrowserRuntime } from './detect-runtime.js';
export type { Runtime } from './detect-runtime.js';
