// The built site in headless Chromium, served on 127.0.0.1 below the base it was built for.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBuildInfo } from '../scripts/build-info.js';
import { type ServedSite, serveSite } from '../scripts/serve.js';
import { loadSpec, loadSpecs, pageSlug } from '../src/spec.js';
import { type Browser, launchChromium } from './helpers/chromium.js';
import { crawl } from './helpers/crawl.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const endpoints = loadSpec().endpoints;
let site: ServedSite;
let browser: Browser;

beforeAll(async () => {
  site = await serveSite(readBuildInfo().base);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${page.url()}: HTTP ${response.status()} for ${response.url()}`);
  });
  return errors;
}

const statusSettled = (page: Page) =>
  page.waitForFunction(() => {
    const text = document.querySelector('.try-it-status')?.textContent ?? '';
    return text !== '' && !text.startsWith('running');
  }, null, { timeout: 30_000 });

describe('the docs site in Chromium', () => {
  it('loads the home page and every endpoint page with no console error and no request leaving 127.0.0.1', async () => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    const others = loadSpecs()
      .filter((s) => s.provider.name !== 'tikapi')
      .flatMap((s) => s.endpoints.map((e) => ({ path: `reference/${pageSlug(e.key, s.provider.name)}.html`, key: e.key })));
    const paths = ['', 'reference/', ...endpoints.map((e) => `reference/${pageSlug(e.key)}.html`), ...others.map((o) => o.path)];
    for (const path of paths) {
      await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
      await page.waitForSelector('.VPContent', { timeout: 15_000 });
      const other = others.find((o) => o.path === path);
      if (other) expect(await page.textContent('h1')).toContain(other.key);
      else if (path.startsWith('reference/') && path.endsWith('.html')) {
        const key = path.slice('reference/'.length, -'.html'.length).split('/').join('.');
        expect(await page.textContent('h1')).toContain(key);
        await page.waitForSelector(`.try-it[data-endpoint="${key}"]`, { timeout: 15_000 });
      }
    }
    await page.close();
    console.log(`docs pages: ${paths.length} loaded, ${errors.length} console errors, ${browser.offLoopback.length} requests off 127.0.0.1`);
    expect(errors).toEqual([]);
    expect(browser.offLoopback).toEqual([]);
  });

  it('search for "comments" lists the comment endpoints', async () => {
    const page = await browser.context.newPage();
    await page.goto(site.url, { waitUntil: 'load' });
    await page.click('.VPNavBarSearch button');
    await page.fill('.VPLocalSearchBox input', 'comments');
    await page.waitForSelector('.VPLocalSearchBox .result', { timeout: 15_000 });
    const results = await page.locator('.VPLocalSearchBox .result').allTextContents();
    const text = results.join("\n");
    const commentEndpoints = loadSpecs()
      .flatMap((s) => s.endpoints.map((e) => (s.provider.name === 'tikapi' ? e.key : `sc.${e.key}`)))
      .filter((k) => /comment/i.test(k));
    console.log(`docs search "comments": ${results.length} results, ${commentEndpoints.filter((k) => text.includes(k)).length}/${commentEndpoints.length} comment endpoints`);
    expect(commentEndpoints.length).toBeGreaterThanOrEqual(10);
    for (const key of commentEndpoints) expect(text, key).toContain(key);
    await page.close();
  });

  it('switches the samples between the TypeScript and the Python tab', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.url}reference/public/check.html`, { waitUntil: 'load' });
    const group = page.locator('.vp-code-group').first();
    const ts = group.locator('div.language-ts');
    const py = group.locator('div.language-python');
    expect(await ts.isVisible()).toBe(true);
    expect(await py.isVisible()).toBe(false);
    await group.locator('label', { hasText: 'Python' }).click();
    expect(await py.isVisible()).toBe(true);
    expect(await ts.isVisible()).toBe(false);
    expect(await py.textContent()).toContain('api.public.check(username="lilyachty")');
    await group.locator('label', { hasText: 'TypeScript' }).click();
    expect(await ts.isVisible()).toBe(true);
    await page.close();
  });

  it('Try it runs public.check in the page against the sandbox in a service worker', async () => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${site.url}reference/public/check.html`, { waitUntil: 'load' });
    await page.click('.try-it-run');
    await statusSettled(page);
    expect(await page.textContent('.try-it-status')).toBe('page 1: HTTP 200');
    expect(await page.textContent('.try-it-json')).toContain('"nickname": "Lil Yachty"');
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${site.url}sw.js`);
    expect(errors).toEqual([]);
    expect(browser.offLoopback).toEqual([]);
    await page.close();
  });

  it('Try it pages public.posts to a second page', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.url}reference/public/posts.html`, { waitUntil: 'load' });
    await page.click('.try-it-run');
    await statusSettled(page);
    const first = await page.textContent('.try-it-json');
    expect(await page.textContent('.try-it-status')).toBe('page 1: HTTP 200');
    await page.click('.try-it-next');
    await page.waitForFunction(() => document.querySelector('.try-it-status')?.textContent === 'page 2: HTTP 200', null, { timeout: 30_000 });
    const second = await page.textContent('.try-it-json');
    expect(second).toContain('"itemList"');
    expect(second).not.toBe(first);
    expect((await page.locator('.try-it-attempts li').allTextContents())[0]).toMatch(/^attempt 1: HTTP 200 after \d+ ms$/);
    await page.close();
  });

  it('Try it shows a retry, a 429 and a timeout through the fault selector', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.url}reference/public/check.html`, { waitUntil: 'load' });
    const runWith = async (fault: string) => {
      await page.selectOption('.try-it-fault', fault);
      await page.click('.try-it-run');
      await statusSettled(page);
      return { status: await page.textContent('.try-it-status'), attempts: await page.locator('.try-it-attempts li').allTextContents() };
    };
    const retried = await runWith('503x1');
    expect(retried.status).toBe('page 1: HTTP 200');
    expect(retried.attempts.slice(0, 2).map((a) => a.replace(/ after .*/, ''))).toEqual(['attempt 1: HTTP 503', 'attempt 2: HTTP 200']);
    const limited = await runWith('429');
    expect(limited.status).toMatch(/^RateLimitError \(HTTP 429\)/);
    expect(limited.attempts.filter((a) => a.includes('HTTP 429'))).toHaveLength(2);
    const slow = await runWith('latency=5000');
    expect(slow.status).toMatch(/^APITimeoutError/);
    expect(slow.attempts.filter((a) => a.includes('no answer within the timeout'))).toHaveLength(2);
    console.log(`docs try-it faults: 503x1 -> ${retried.attempts.length - 1} attempts, 429 -> ${limited.status}, latency -> ${slow.status}`);
    await page.close();
  });

  it('a crawl of every internal link finds no broken link', async () => {
    const result = await crawl(site.url);
    console.log(`docs links: ${result.pages} pages crawled, ${result.links} internal links, ${result.broken.length} broken`);
    expect(result.broken).toEqual([]);
    expect(result.pages).toBeGreaterThan(endpoints.length);
  });

  it('has no serious or critical accessibility violation on the home page, a guide and an endpoint page', async () => {
    const counts: string[] = [];
    for (const path of ['', 'guides/errors.html', 'reference/public/check.html']) {
      const page = await browser.context.newPage();
      await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[] }> } }).axe;
        const result = await axe.run();
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)) }));
      });
      const severe = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      counts.push(`${path || 'home'} ${severe.length} serious/critical, ${violations.length - severe.length} minor`);
      expect(severe, path || 'home').toEqual([]);
      await page.close();
    }
    console.log(`docs axe: ${counts.join('; ')}`);
  });
});

describe('the docs budgets (measured and printed, not asserted against a limit)', () => {
  it('prints the build time, the site size and the JavaScript an endpoint page loads before and after the service worker starts', async () => {
    const info = readBuildInfo();
    const fresh = await launchChromium();
    try {
      const page = await fresh.context.newPage();
      const js = (from: number, prefetch: boolean) =>
        site.served
          .slice(from)
          .filter((f) => f.path.endsWith('.js') && f.prefetch === prefetch)
          .reduce((sum, f) => sum + f.bytes, 0);
      const jsBytes = (from: number) => js(from, false);
      const start = site.served.length;
      await page.goto(`${site.url}reference/public/check.html`, { waitUntil: 'networkidle' });
      const beforeWorker = jsBytes(start);
      const prefetched = js(start, true);
      const afterLoad = site.served.length;
      await page.click('.try-it-run');
      await statusSettled(page);
      expect(await page.textContent('.try-it-status')).toBe('page 1: HTTP 200');
      const workerAndSdk = jsBytes(afterLoad);
      const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
      console.log(
        `docs budgets: build ${info.seconds.toFixed(1)} s, site ${(info.bytes / 1024 / 1024).toFixed(2)} MiB in ${info.files} files, ` +
          `endpoint page JS ${kib(beforeWorker)} before the service worker starts (+${kib(prefetched)} prefetched for the links in view), ` +
          `+${kib(workerAndSdk)} once it runs (sw.js ${kib(info.swBytes)} and the SDK)`,
      );
      expect(beforeWorker).toBeGreaterThan(0);
      expect(workerAndSdk).toBeGreaterThanOrEqual(info.swBytes);
    } finally {
      await fresh.close();
    }
  });
});
