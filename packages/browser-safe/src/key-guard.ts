import { TikAPIError } from '@tokkit/core';
import { detectRuntime, isBrowserRuntime, type Runtime } from './detect-runtime.js';

function refusal(kind: 'apiKey' | 'accountKey'): string {
  const what = kind === 'apiKey' ? 'An API key' : 'An account key';
  return (
    `tokkit: ${what} was passed in a browser, where anyone who opens the page can read it. ` +
    "Keep keys on a server: mount createProxy({ apiKey, allow: ['public.*'], basePath: '/tikapi' }) from " +
    "'@tokkit/browser-safe' there, and call TikAPI({ baseUrl: '/tikapi' }) here without a key. " +
    'If exposing the key is really fine (a tool only you use), pass dangerouslyAllowBrowser: true.'
  );
}

/** The `acceptKey` hook for the client: refuses every key in a browser, accepts them elsewhere. */
export function browserKeyGuard(runtime: Runtime = detectRuntime()): ((kind: 'apiKey' | 'accountKey') => void) | undefined {
  if (!isBrowserRuntime(runtime)) return undefined;
  return (kind) => {
    throw new TikAPIError(refusal(kind));
  };
}
