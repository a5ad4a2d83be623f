import { browserKeyGuard } from './key-guard.js';
import { tikapiWith } from './tikapi.js';

export * from '@tokkit/core';
export const TikAPI = tikapiWith(browserKeyGuard);
export default TikAPI;
export type { BrowserSafeOptions } from './tikapi.js';
export { detectRuntime, isBrowserRuntime } from './detect-runtime.js';
export type { Runtime } from './detect-runtime.js';
