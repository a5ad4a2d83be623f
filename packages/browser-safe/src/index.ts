export * from '@tokkit/core';
export { TikAPI, TikAPI as default } from './tikapi.js';
export type { BrowserSafeOptions } from './tikapi.js';
export { detectRuntime, isBrowserRuntime } from './detect-runtime.js';
export type { Runtime } from './detect-runtime.js';
