// The CLI: one ready line on stdout, a working server, a clean exit on SIGTERM.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { DEMO_API_KEY } from './helpers.js';
import { SCAVIO_KEY, USERHANDLE_KEY } from './provider-helpers.js';

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

  it.skipIf(!existsSync(cli))('--provider restricts what is served (repeatable or a comma list); one ready line still', async () => {
    for (const args of [['--provider', 'scavio'], ['--provider', 'scavio,userhandle'], ['--provider', 'scavio', '--provider', 'userhandle']]) {
      const child = spawn(process.execPath, [cli, '--port', '0', '--lists', '3', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
      const lines: string[] = [];
      const line = await new Promise<string>((resolve, reject) => {
        createInterface({ input: child.stdout }).on('line', (text) => {
          lines.push(text);
          resolve(text);
        });
        child.once('exit', (code) => reject(new Error(`exited early with ${code}`)));
      });
      const url = line.slice('tokkit-sandbox listening on '.length);
      const scavio = await fetch(`${url}/scavio/api/v1/tiktok/profile`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${SCAVIO_KEY}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: 'lilyachty' }),
      });
      expect(scavio.status).toBe(200);
      const root = await fetch(`${url}/public/check?username=lilyachty`, { headers: { 'X-API-KEY': DEMO_API_KEY } });
      expect(root.status).toBe(404);
      const handle = await fetch(`${url}/userhandle/user/lilyachty`, { headers: { 'x-api-key': USERHANDLE_KEY } });
      expect(handle.status).toBe(args.length > 2 || args[1]?.includes(',') ? 200 : 404);
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(lines).toHaveLength(1);
    }
  });

  it.skipIf(!existsSync(cli))('--provider with an unknown name exits 1 naming the providers; --help documents it', async () => {
    const child = spawn(process.execPath, [cli, '--port', '0', '--provider', 'scavio,tiktok'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    expect(await new Promise<number | null>((resolve) => child.once('exit', resolve))).toBe(1);
    expect(stderr).toMatch(/--provider: Unknown provider "tiktok": the sandbox serves tikapi, scavio, userhandle/);

    const help = spawn(process.execPath, [cli, '--help'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    help.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    expect(await new Promise<number | null>((resolve) => help.once('exit', resolve))).toBe(0);
    expect(stdout).toContain('--provider');
    expect(stdout).toContain('/scavio');
    expect(stdout).toContain('--credits');
  });
});
