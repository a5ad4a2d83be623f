import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectRuntime, isBrowserRuntime } from './detect-runtime.js';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A stand-in for a worker's global scope class: `globalThis instanceof WorkerGlobalScope` is true. */
class FakeWorkerGlobalScope {
  static [Symbol.hasInstance](value: unknown): boolean {
    return value === globalThis;
  }
}

describe('detectRuntime on stubbed globals', () => {
  it('a page: window + document', () => {
    vi.stubGlobal('window', globalThis);
    vi.stubGlobal('document', { title: '' });
    expect(detectRuntime()).toBe('browser');
  });

  it("a browser's dedicated, shared or service worker: a WorkerGlobalScope", () => {
    vi.stubGlobal('WorkerGlobalScope', FakeWorkerGlobalScope);
    vi.stubGlobal('navigator', { userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0' });
    expect(detectRuntime()).toBe('web-worker');
  });

  it('Cloudflare Workers, although it has a WorkerGlobalScope-like self', () => {
    vi.stubGlobal('WorkerGlobalScope', FakeWorkerGlobalScope);
    vi.stubGlobal('navigator', { userAgent: 'Cloudflare-Workers' });
    expect(detectRuntime()).toBe('cloudflare-workers');
  });

  it('Deno, also one that defines window (Deno 1) and runs web workers', () => {
    vi.stubGlobal('Deno', { version: { deno: '2.1.0' } });
    vi.stubGlobal('window', globalThis);
    vi.stubGlobal('WorkerGlobalScope', FakeWorkerGlobalScope);
    expect(detectRuntime()).toBe('deno');
  });

  it('Bun', () => {
    vi.stubGlobal('Bun', { version: '1.2.0' });
    expect(detectRuntime()).toBe('bun');
  });

  it('Node (this test run)', () => {
    expect(detectRuntime()).toBe('node');
  });

  it('a page wins over Node globals (jsdom, happy-dom)', () => {
    vi.stubGlobal('window', {});
    vi.stubGlobal('document', {});
    expect(detectRuntime()).toBe('browser');
  });

  it('window alone, or a null document, is not a page', () => {
    expect(detectRuntime({ window: {} })).toBe('unknown');
    expect(detectRuntime({ window: {}, document: null })).toBe('unknown');
  });

  it('nothing recognisable', () => {
    expect(detectRuntime({})).toBe('unknown');
  });
});

describe('isBrowserRuntime', () => {
  it('is true for pages and browser workers only', () => {
    expect(['browser', 'web-worker', 'cloudflare-workers', 'deno', 'bun', 'node', 'unknown'].filter((r) => isBrowserRuntime(r as never))).toEqual([
      'browser',
      'web-worker',
    ]);
  });
});
