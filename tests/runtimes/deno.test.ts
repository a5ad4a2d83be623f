// @tokkit/browser-safe in Deno (the binary shipped by the `deno` npm package), against the sandbox.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { RunningSandbox } from '@tokkit/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from './helpers/sandbox.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const deno = join(here, 'node_modules', '.bin', 'deno');
let sandbox: RunningSandbox;
let denoDir: string;

beforeAll(async () => {
  sandbox = await startSandbox();
  denoDir = mkdtempSync(join(tmpdir(), 'tokkit-deno-'));
});

afterAll(async () => {
  await sandbox?.close();
  rmSync(denoDir, { recursive: true, force: true });
});

describe('Deno', () => {
  it('runs TikAPI and createProxy (Deno.serve) against the sandbox', async () => {
    const host = new URL(sandbox.url).host;
    const { stdout } = await promisify(execFile)(
      deno,
      [
        'run',
        '--no-remote',
        '--no-prompt',
        '--node-modules-dir=manual',
        `--allow-net=${host},127.0.0.1`,
        '--allow-env=SANDBOX_URL',
        join(here, 'fixtures', 'deno-check.ts'),
      ],
      {
        cwd: here,
        env: { PATH: process.env.PATH ?? '', HOME: denoDir, DENO_DIR: denoDir, DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1', SANDBOX_URL: sandbox.url },
        timeout: 90_000,
      },
    );
    const result: unknown = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}');
    expect(result).toEqual({ runtime: 'deno', nickname: 'Lil Yachty', pages: 3, viaProxy: 'Lil Yachty', refused: 403, leaked: false });
  });
});
