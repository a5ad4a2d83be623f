// Every example in examples/, run the way its README says, against one sandbox on 127.0.0.1 that each finds
// through TIKAPI_BASE_URL; what it prints or serves is checked. Run after the build and scripts/test-python.sh
// (the Python examples use its venv): bash scripts/test-examples.sh.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { DEMO_API_KEY } from '@tokkit/core';
import { createSandbox, type RunningSandbox } from '@tokkit/sandbox';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const examples = join(root, 'examples');
const python = join(root, 'packages', 'python', '.venv', 'bin', 'python');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const run = promisify(execFile);

let sandbox: RunningSandbox;
let home: string;
/** The environment every example gets: nothing from the shell but PATH, the demo key and the sandbox's URL. */
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  sandbox = await createSandbox().listen(0, '127.0.0.1');
  home = mkdtempSync(join(tmpdir(), 'tokkit-examples-'));
  env = { PATH: process.env.PATH ?? '', HOME: home, NO_COLOR: '1', TIKAPI_KEY: DEMO_API_KEY, TIKAPI_BASE_URL: sandbox.url };
});

afterAll(async () => {
  await sandbox?.close();
  if (home) rmSync(home, { recursive: true, force: true });
});

async function runExample(dir: string, command: string, args: string[]): Promise<string> {
  const { stdout } = await run(command, args, { cwd: join(examples, dir), env, timeout: 90_000 });
  return stdout;
}

describe('examples/node', () => {
  it('demo.ts reads every post of the account from the sandbox TIKAPI_BASE_URL names', async () => {
    const out = await runExample('node', process.execPath, ['--import', 'tsx', 'demo.ts']);
    expect(out).toContain(`sandbox at ${sandbox.url} (TIKAPI_BASE_URL)`);
    expect(out).toMatch(/profile {2}@lilyachty "Lil Yachty"/);
    expect(out).toMatch(/1000 posts \(1000 distinct\), run ended: end/);
    expect(out).toMatch(/TikAPI public\.check {4}@lilyachty: \d+ followers/);
    expect(out).toMatch(/Scavio profile {9}@lilyachty: \d+ followers, sec_uid MS4w.*\(credits: 1 used, \d+ left\)/);
    expect(out).toMatch(/UserHandleAPI user {5}@lilyachty: \d+ followers/);
    expect(out).toContain('one account: yes');
    expect(out).toMatch(/error {4}unknown user -> PermissionDeniedError \(HTTP 403/);
    expect(out).toMatch(/summary {2}1 profile, 1000 posts, 3 comments/);
  });
});

describe('examples/python', () => {
  beforeAll(() => {
    if (!existsSync(python)) throw new Error(`${python} is missing: run bash scripts/test-python.sh first (scripts/test-examples.sh does)`);
  });

  it('sync_demo.py resumes a stored resume point without repeating a post', async () => {
    const out = await runExample('python', python, ['sync_demo.py']);
    expect(out.trim().split('\n')).toEqual([
      'profile  @lilyachty "Lil Yachty"',
      expect.stringMatching(/^run 1 {4}50 posts, resume point saved \(\d+ bytes\)$/),
      'run 2    100 posts, none seen before: True',
      'error    PermissionDeniedError (HTTP 403, TikTok statusCode 10202)',
      'done     150 posts in two runs',
    ]);
  });

  it('async_demo.py fetches three profiles at once, pages, and resumes from a cursor', async () => {
    const out = await runExample('python', python, ['async_demo.py']);
    const lines = out.trim().split('\n');
    expect(lines.slice(0, 3)).toEqual(['profile  @lilyachty: "Lil Yachty"', 'profile  @demoapi: "Demo API"', 'profile  @sandbox.friend: "Sandbox Friend"']);
    expect(lines.slice(3, 5)).toEqual([expect.stringMatching(/^page {5}30 posts, cursor \d+$/), expect.stringMatching(/^page {5}30 posts, cursor \d+$/)]);
    const cursor = /cursor (\d+)$/.exec(lines[4] ?? '')?.[1];
    expect(lines[5]).toBe(`resumed  30 posts after cursor ${cursor}, none seen before: True`);
  });
});

describe('examples/deno', () => {
  it('`deno task start` reads a profile, three pages and a handled error', async () => {
    const deno = join(examples, 'deno', 'node_modules', '.bin', 'deno');
    const { stdout } = await run(deno, ['task', 'start'], {
      cwd: join(examples, 'deno'),
      env: { ...env, DENO_DIR: join(home, 'deno'), DENO_NO_UPDATE_CHECK: '1' },
      timeout: 90_000,
    });
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^profile {2}@lilyachty "Lil Yachty": \d+ followers$/);
    expect(lines.slice(1, 4)).toEqual([1, 2, 3].map((n) => expect.stringMatching(new RegExp(`^page ${n} {3}30 posts, next cursor \\d+$`))));
    expect(lines.slice(4)).toEqual(['error    PermissionDeniedError (HTTP 403, TikTok statusCode 10202)', 'done     3 pages']);
  });
});

describe('examples/worker', () => {
  let mf: Miniflare;

  beforeAll(async () => {
    // wrangler.toml decides what runs: its `main`, bundled the way wrangler does (esbuild, workerd conditions).
    const toml = readFileSync(join(examples, 'worker', 'wrangler.toml'), 'utf8');
    const main = /^main = "([^"]+)"$/m.exec(toml)?.[1];
    const compatibilityDate = /^compatibility_date = "([^"]+)"$/m.exec(toml)?.[1];
    expect(main).toBe('src/index.ts');
    expect(toml).not.toMatch(/^compatibility_flags\b.*nodejs_compat/m);
    const bundle = await build({
      entryPoints: [join(examples, 'worker', main ?? '')],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'neutral',
      target: 'es2022',
      mainFields: ['module', 'main'],
      conditions: ['workerd', 'worker', 'browser'],
      logLevel: 'silent',
    });
    mf = new Miniflare({
      modules: true,
      script: bundle.outputFiles[0]?.text ?? '',
      compatibilityDate,
      bindings: { TIKAPI_KEY: DEMO_API_KEY, TIKAPI_BASE_URL: sandbox.url },
    });
    await mf.ready;
  });

  afterAll(async () => {
    await mf?.dispose();
  });

  it('GET /profile answers the profile', async () => {
    const response = await mf.dispatchFetch('http://worker.test/profile?username=lilyachty');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ username: 'lilyachty', nickname: 'Lil Yachty', followers: expect.any(Number) });
  });

  it('GET /posts pages through items() up to max', async () => {
    const response = await mf.dispatchFetch('http://worker.test/posts?username=lilyachty&max=45');
    const body = (await response.json()) as { count: number; stopReason: string; posts: { id: string }[] };
    expect(body.count).toBe(45);
    expect(new Set(body.posts.map((p) => p.id)).size).toBe(45);
    expect(body.stopReason).toBe('max-items');
  });

  it('GET /profile of an unknown user answers 403 with the error name', async () => {
    const response = await mf.dispatchFetch('http://worker.test/profile?username=no.such.user');
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: 'PermissionDeniedError' });
  });

  it('/tikapi/* is the proxy: public endpoints forwarded with the key added, /tikapi/key/info refused', async () => {
    const forwarded = await mf.dispatchFetch('http://worker.test/tikapi/public/check?username=lilyachty');
    expect(forwarded.status).toBe(200);
    const text = await forwarded.text();
    expect(text).toContain('Lil Yachty');
    expect(text).not.toContain(DEMO_API_KEY);
    const refused = await mf.dispatchFetch('http://worker.test/tikapi/key/info');
    expect(refused.status).toBe(403);
    expect(await refused.text()).not.toContain(DEMO_API_KEY);
  });
});

describe('examples/browser', () => {
  let server: ChildProcess;
  let url: string;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (scripts/test-runtimes.sh does)`);
    server = spawn(process.execPath, ['--import', 'tsx', 'server.ts'], {
      cwd: join(examples, 'browser'),
      env: { ...env, PORT: '0' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the browser example did not start within 30 s')), 30_000);
      let seen = '';
      server.stdout?.on('data', (chunk: Buffer) => {
        seen += chunk.toString();
        const found = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(seen)?.[1];
        if (found) {
          clearTimeout(timer);
          resolve(found);
        }
      });
      server.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the browser example exited with ${String(code)}`));
      });
    });
  });

  afterAll(() => {
    server?.kill('SIGTERM');
  });

  it('the page shows the profile and ten posts fetched through the proxy, and never holds the key', async () => {
    const profileDir = mkdtempSync(join(home, 'chromium-'));
    const browser = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = await browser.newPage();
      const requests: { url: string; headers: Promise<Record<string, string>> }[] = [];
      page.on('request', (request) => requests.push({ url: request.url(), headers: request.allHeaders() }));
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.goto(url);
      await page.waitForSelector('body[data-state="done"]', { timeout: 60_000 });

      expect(await page.textContent('#error')).toBe('');
      expect(await page.textContent('#nickname')).toBe('Lil Yachty');
      expect(Number(await page.textContent('#followers'))).toBeGreaterThan(0);
      expect(await page.locator('#posts li').count()).toBe(10);
      expect(pageErrors).toEqual([]);

      // An unknown user: the page shows tokkit's error, fetched through the same proxy.
      await page.fill('input[name="username"]', 'no.such.user');
      await page.click('button');
      await page.waitForFunction(() => document.querySelector('#error')?.textContent !== '', undefined, { timeout: 30_000 });
      expect(await page.textContent('#error')).toMatch(/^PermissionDeniedError: /);
      expect(await page.textContent('#nickname')).toBe('');

      expect(requests.filter((r) => r.url.includes('/tikapi/public/')).length).toBeGreaterThanOrEqual(3);
      for (const request of requests) {
        expect(request.url.startsWith(url)).toBe(true);
        expect(Object.keys(await request.headers).map((h) => h.toLowerCase())).not.toContain('x-api-key');
      }
      expect(await page.content()).not.toContain(DEMO_API_KEY);
      if (process.env.SCREENSHOT) await page.screenshot({ path: process.env.SCREENSHOT, fullPage: true });
    } finally {
      await browser.close();
      rmSync(profileDir, { recursive: true, force: true });
    }
  });
});
