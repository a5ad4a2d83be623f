// The CLI: one ready line on stdout, a working server, a clean exit on SIGTERM.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { DEMO_API_KEY } from './helpers.js';

const cli = join(import.meta.dirname, '..', 'dist', 'cli.js');

describe('tokkit-sandbox', () => {
  it.skipIf(!existsSync(cli))('prints its URL, serves, and exits cleanly on SIGTERM and SIGINT', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const child = spawn(process.execPath, [cli, '--', '--port', '0', '--lists', '3'], { stdio: ['ignore', 'pipe', 'pipe'] });
      const lines: string[] = [];
      const ready = new Promise<string>((resolve, reject) => {
        createInterface({ input: child.stdout }).on('line', (line) => {
          lines.push(line);
          resolve(line);
        });
        child.once('exit', (code) => reject(new Error(`exited early with ${code}`)));
      });
      const line = await ready;
      expect(line).toMatch(/^tokkit-sandbox listening on http:\/\/127\.0\.0\.1:\d+$/);
      const url = line.slice('tokkit-sandbox listening on '.length);
      const response = await fetch(`${url}/public/check?username=lilyachty`, { headers: { 'X-API-KEY': DEMO_API_KEY } });
      expect(response.status).toBe(200);
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill(signal);
      expect(await exited).toBe(0);
      expect(lines).toHaveLength(1);
    }
  });

  it.skipIf(!existsSync(cli))('refuses bad options with a message on stderr', async () => {
    const child = spawn(process.execPath, [cli, '--port', 'abc'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toMatch(/--port/);
  });
});
