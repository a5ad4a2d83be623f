// A page in headless Chromium (Debian's chromium, driven by playwright-core) calling the sandbox through createProxy.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_API_KEY } from '@tokkit/core';
import type { RunningSandbox } from '@tokkit/sandbox';
import { type BrowserContext, chromium, type Request as PageRequest } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleFixture } from './helpers/bundle.js';
import { startPageServer } from './helpers/page-server.js';
import { startSandbox } from './helpers/sandbox.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
let sandbox: RunningSandbox;
let site: Awaited<ReturnType<typeof startPageServer>>;
let browser: BrowserContext;
let profileDir: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (scripts/test-runtimes.sh does)`);
  sandbox = await startSandbox();
  site = await startPageServer(await bundleFixture('page.ts', 'browser'), sandbox.url);
  profileDir = mkdtempSync(join(tmpdir(), 'tokkit-chromium-'));
  // A fresh profile per run (--user-data-dir, passed the way playwright wants it).
  browser = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await sandbox?.close();
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
});

describe('a page in headless Chromium', () => {
  it('renders data fetched through createProxy, holding no key', async () => {
    const page = await browser.newPage();
    const requests: PageRequest[] = [];
    page.on('request', (request) => requests.push(request));
    const consoleErrors: string[] = [];
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    await page.goto(site.url);
    await page.waitForSelector('body[data-done="true"]', { timeout: 60_000 });

    expect(await page.textContent('#error')).toBe('');
    expect(await page.textContent('#runtime')).toBe('browser');
    expect(await page.textContent('#nickname')).toBe('Lil Yachty');
    expect(Number(await page.textContent('#followers'))).toBeGreaterThan(0);
    expect(await page.locator('#posts li').count()).toBe(5);
    expect(await page.textContent('#refused')).toBe('PermissionDeniedError 403');
    expect(await page.textContent('#guard')).toMatch(/createProxy/);
    expect(consoleErrors).toEqual([]);

    // Every API call went to the page's own origin, below /tikapi, without a key header; the key never reached the page.
    const apiCalls = requests.filter((r) => r.url().includes('/tikapi/'));
    expect(apiCalls.length).toBeGreaterThanOrEqual(3);
    for (const request of requests) {
      expect(request.url().startsWith(site.url)).toBe(true);
      const headers = await request.allHeaders();
      expect(Object.keys(headers).map((h) => h.toLowerCase())).not.toContain('x-api-key');
    }
    expect(await page.content()).not.toContain(DEMO_API_KEY);
    if (process.env.SCREENSHOT) await page.screenshot({ path: process.env.SCREENSHOT, fullPage: true });
    await page.close();
  });
});
