// The packed packages as npm users get them: `pnpm pack`, `npm install` of the tarballs into a fresh project,
// then an ESM and a CommonJS consumer against the sandbox, and tsc on a .mts and a .cts consumer.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunningSandbox } from '@tokkit/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packPackages, run } from './helpers/pack.js';
import { startSandbox } from './helpers/sandbox.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const fixtures = join(here, 'fixtures', 'consumer');
let sandbox: RunningSandbox;
let work: string;
let project: string;

beforeAll(async () => {
  sandbox = await startSandbox();
  work = mkdtempSync(join(tmpdir(), 'tokkit-packed-'));
  const tarballs = await packPackages(['core', 'node', 'browser-safe'], work);
  expect(tarballs).toHaveLength(3);
  project = join(work, 'consumer');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'tokkit-consumer', version: '1.0.0', private: true }, null, 2));
  await run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error', ...tarballs, '@types/node@^20.19.0'], {
    cwd: project,
    timeout: 240_000,
  });
  for (const file of ['consumer.mjs', 'consumer.cjs', 'types.mts', 'types.cts', 'tsconfig.json']) {
    copyFileSync(join(fixtures, file), join(project, file));
  }
});

afterAll(async () => {
  await sandbox?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed packages', () => {
  it('install from their tarballs alone: @tokkit/* never comes from the registry', () => {
    for (const name of ['core', 'node', 'browser-safe']) {
      const manifest = JSON.parse(readFileSync(join(project, 'node_modules', '@tokkit', name, 'package.json'), 'utf8')) as {
        dependencies?: Record<string, string>;
      };
      expect(JSON.stringify(manifest.dependencies ?? {})).not.toContain('workspace:');
    }
    const nested = join(project, 'node_modules', '@tokkit', 'node', 'node_modules', '@tokkit');
    expect(() => readFileSync(join(nested, 'core', 'package.json'))).toThrow();
  });

  it.each(['consumer.mjs', 'consumer.cjs'])('%s calls the sandbox', async (file) => {
    const { stdout } = await run(process.execPath, [file], { cwd: project, env: { ...process.env, SANDBOX_URL: sandbox.url } });
    expect(JSON.parse(stdout.trim())).toEqual({
      format: file.endsWith('.mjs') ? 'esm' : 'cjs',
      nickname: 'Lil Yachty',
      edge: 'Lil Yachty',
      defaultExport: true,
      proxy: 'function',
      validation: 'secUID',
    });
  });

  it('type-check in a .mts and a .cts consumer (module nodenext)', async () => {
    const tsc = join(here, 'node_modules', 'typescript', 'bin', 'tsc');
    const result = await run(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: project }).then(
      ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
      (error: { code?: number; stdout?: string; stderr?: string }) => ({ code: error.code ?? 1, output: `${error.stdout}${error.stderr}` }),
    );
    expect(result.output).toBe('');
    expect(result.code).toBe(0);
  });
});
