// The handler is runtime-agnostic: no node:* anywhere but the Node listener and the CLI.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSandboxHandler } from '../src/handler-entry.js';
import { DEMO_API_KEY } from './helpers.js';

const root = join(import.meta.dirname, '..');
const nodeOnly = new Set(['node.ts', 'cli.ts', 'index.ts']);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('runtime-agnostic handler', () => {
  const shared = sources(join(root, 'src')).filter((path) => !nodeOnly.has(path.slice(join(root, 'src').length + 1)));

  it('imports no node:* module and nothing Node-only outside node.ts and cli.ts', () => {
    expect(shared.length).toBeGreaterThan(20);
    for (const path of shared) {
      const text = readFileSync(path, 'utf8');
      expect(text, path).not.toMatch(/from ['"]node:/);
      expect(text, path).not.toMatch(/from ['"]@hono\/node-server/);
      expect(text, path).not.toMatch(/from ['"]\.\/(node|cli|index)\.js['"]/);
      expect(text, path).not.toMatch(/\bprocess\.|\bBuffer\b|\brequire\(/);
    }
  });

  it('draws no value from Math.random or the clock in the world', () => {
    for (const path of shared.filter((p) => p.includes('/world/'))) {
      expect(readFileSync(path, 'utf8'), path).not.toMatch(/Math\.random|Date\.now|new Date\(/);
    }
  });

  it('builds a handler entry free of Node imports', () => {
    const built = join(root, 'dist', 'handler.js');
    if (!existsSync(built)) return;
    const chunks = readdirSync(join(root, 'dist')).filter((f) => f.endsWith('.js') && f !== 'cli.js' && f !== 'index.js');
    for (const file of chunks) expect(readFileSync(join(root, 'dist', file), 'utf8'), file).not.toMatch(/from ['"](node:|@hono\/node-server)/);
  });

  it('answers plain Requests, as a Worker or Deno would call it', async () => {
    const worker = { fetch: createSandboxHandler({ sizes: { lists: 3 } }).fetch };
    const response = await worker.fetch(
      new Request('http://sandbox.test/public/check?username=lilyachty', { headers: { 'X-API-KEY': DEMO_API_KEY } }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(await response.json()).toHaveProperty('userInfo.user.uniqueId', 'lilyachty');
  });

  it('cut: the body breaks after half of it', async () => {
    const handler = createSandboxHandler();
    const response = await handler.fetch(
      new Request('http://sandbox.test/key/info', { headers: { 'X-API-KEY': DEMO_API_KEY, 'X-Sandbox-Fault': 'cut' } }),
    );
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
  });
});
