import { browserKeyGuard } from './key-guard.js';
import { scavioWith, userHandleWith } from './providers.js';
import { tikapiWith } from './tikapi.js';

export * from '@tokkit/core';
export const TikAPI = tikapiWith(browserKeyGuard);
export default TikAPI;
export type { BrowserSafeOptions } from './tikapi.js';
// Built only when used: a Worker that calls TikAPI alone carries none of the other providers' descriptors.
export const Scavio = /* @__PURE__ */ scavioWith(browserKeyGuard);
export const UserHandleAPI = /* @__PURE__ */ userHandleWith(browserKeyGuard);
export type { ScavioBrowserSafeOptions, UserHandleBrowserSafeOptions } from './providers.js';
export { detectRuntime, isBrowserRuntime } from './detect-runtime.js';
export type { Runtime } from './detect-runtime.js';
