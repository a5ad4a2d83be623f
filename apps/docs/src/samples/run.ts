// Runs the samples of the built site against a sandbox: TypeScript ones type-checked (tsc, strict) and run with
// tsx in one process, Python ones with packages/python/.venv/bin/python in one interpreter, curl ones with bash.
// Each sample is written to its own file verbatim; only the environment points it at the sandbox.
import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { BrowserContext } from 'playwright-core';
import type { Sample, SampleLanguage } from './extract.js';
import { runBrowserSamples } from './run-browser.js';
import { runWorkers } from './run-worker.js';

const run = promisify(execFile);
const docsRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const samplesDir = join(docsRoot, '.samples');
export const pythonPath = join(docsRoot, '..', '..', 'packages', 'python', '.venv', 'bin', 'python');
const RUNNER_TIMEOUT_MS = 240_000;

export interface SampleResult {
  sample: Sample;
  file: string;
  ok: boolean;
  error?: string | undefined;
}

export interface SandboxEnv {
  TIKAPI_KEY: string;
  TIKAPI_ACCOUNT_KEY: string;
  TIKAPI_BASE_URL: string;
}

const extension: Record<SampleLanguage, string> = { typescript: 'mts', javascript: 'mjs', python: 'py', shell: 'sh' };

function fileName(sample: Sample): string {
  return `${sample.page.replace(/\.html$/, '').replace(/[^A-Za-z0-9]+/g, '_')}__${sample.index}.${extension[sample.language as SampleLanguage]}`;
}

function writeSamples(samples: readonly Sample[], language: SampleLanguage, folder: string = language): Map<string, Sample> {
  const dir = join(samplesDir, folder);
  mkdirSync(dir, { recursive: true });
  const files = new Map<string, Sample>();
  for (const sample of samples) {
    const file = join(dir, fileName(sample));
    writeFileSync(file, `${sample.code}\n`);
    files.set(file, sample);
  }
  return files;
}

interface RawResult {
  file: string;
  ok: boolean;
  error?: string;
}

function results(files: Map<string, Sample>, raw: RawResult[]): SampleResult[] {
  return raw.map((r) => ({ sample: files.get(r.file) as Sample, file: r.file, ok: r.ok, error: r.error }));
}

/** tsc errors by file, for the TypeScript samples (checked as strictly as the packages). */
async function typeErrors(dir: string): Promise<Map<string, string>> {
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      extends: '../../../../tsconfig.base.json',
      compilerOptions: { noEmit: true, types: ['node'], lib: ['ES2022', 'DOM'] },
      include: ['*.mts'],
    }),
  );
  const tsc = join(docsRoot, 'node_modules', '.bin', 'tsc');
  const out = await run(tsc, ['-p', dir], { cwd: docsRoot, timeout: RUNNER_TIMEOUT_MS }).then(
    () => '',
    (error: { stdout?: string }) => error.stdout ?? String(error),
  );
  const errors = new Map<string, string>();
  for (const line of out.split('\n')) {
    const match = /^(.+\.mts)\(\d+,\d+\): (error .*)$/.exec(line);
    if (match?.[1] && match[2]) errors.set(join(dir, match[1].split('/').pop() ?? ''), match[2]);
  }
  return errors;
}

/** TypeScript samples are type-checked and run; JavaScript ones (the official SDK's code, as its docs give it) run. */
export async function runTypeScript(samples: readonly Sample[], env: SandboxEnv): Promise<SampleResult[]> {
  if (!samples.length) return [];
  const files = new Map([
    ...writeSamples(samples.filter((s) => s.language === 'typescript'), 'typescript'),
    ...writeSamples(samples.filter((s) => s.language === 'javascript'), 'javascript'),
  ]);
  const tsx = join(docsRoot, 'node_modules', '.bin', 'tsx');
  const runner = join(docsRoot, 'src', 'samples', 'run-typescript.ts');
  const [types, { stdout }] = await Promise.all([
    typeErrors(join(samplesDir, 'typescript')),
    run(tsx, [runner, ...files.keys()], { cwd: samplesDir, env: { ...process.env, ...env }, timeout: RUNNER_TIMEOUT_MS, maxBuffer: 1 << 26 }),
  ]);
  return results(files, JSON.parse(stdout) as RawResult[]).map((r) => {
    const typeError = types.get(r.file);
    return typeError && r.ok ? { ...r, ok: false, error: `tsc: ${typeError}` } : r;
  });
}

/** Worker samples (TypeScript) are type-checked, then bundled and run in workerd. */
export async function runWorkerSamples(samples: readonly Sample[], env: SandboxEnv): Promise<SampleResult[]> {
  if (!samples.length) return [];
  const files = writeSamples(samples, 'typescript', 'worker');
  const [types, results] = await Promise.all([typeErrors(join(samplesDir, 'worker')), runWorkers(files, env)]);
  return results.map((r) => {
    const typeError = types.get(r.file);
    return typeError && r.ok ? { ...r, ok: false, error: `tsc: ${typeError}` } : r;
  });
}

/** Browser samples (TypeScript) are type-checked, then bundled and run in a page in Chromium. */
export async function runInBrowser(samples: readonly Sample[], env: SandboxEnv, browser: BrowserContext): Promise<SampleResult[]> {
  if (!samples.length) return [];
  const files = writeSamples(samples, 'typescript', 'browser');
  const types = await typeErrors(join(samplesDir, 'browser'));
  return (await runBrowserSamples(files, env, browser)).map((r) => {
    const typeError = types.get(r.file);
    return typeError && r.ok ? { ...r, ok: false, error: `tsc: ${typeError}` } : r;
  });
}

export async function runPython(samples: readonly Sample[], env: SandboxEnv): Promise<SampleResult[]> {
  if (!samples.length) return [];
  const files = writeSamples(samples, 'python');
  const runner = join(docsRoot, 'src', 'samples', 'run_python.py');
  const { stdout } = await run(pythonPath, [runner, ...files.keys()], {
    cwd: samplesDir,
    env: { ...process.env, ...env, PYTHONDONTWRITEBYTECODE: '1' },
    timeout: RUNNER_TIMEOUT_MS,
    maxBuffer: 1 << 26,
  });
  return results(files, JSON.parse(stdout.trim().split('\n').pop() ?? '[]') as RawResult[]);
}

/**
 * Whether a shell sample printed a successful API answer: TikAPI's say `"status": "success"`; the other providers'
 * are JSON objects without the `error` / `message` fields their error bodies carry. Other output (a guide's
 * command that prints text) counts when it holds a TikAPI success.
 */
export function isSuccessfulAnswer(stdout: string): boolean {
  if (/"status"\s*:\s*"success"/.test(stdout)) return true;
  let body: unknown;
  try {
    body = JSON.parse(stdout);
  } catch {
    return false;
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) return false;
  return !('status' in body) && !('error' in body) && !('message' in body);
}

/** Shell samples run with bash; one passes when it exits 0 and prints a successful API answer. */
export async function runShell(samples: readonly Sample[], env: SandboxEnv): Promise<SampleResult[]> {
  const files = writeSamples(samples, 'shell');
  const out: SampleResult[] = [];
  for (const [file, sample] of files) {
    try {
      const { stdout } = await run('bash', ['-eo', 'pipefail', file], { env: { ...process.env, ...env }, timeout: 30_000 });
      const ok = isSuccessfulAnswer(stdout);
      out.push({ sample, file, ok, error: ok ? undefined : `no successful answer: ${stdout.slice(0, 200)}` });
    } catch (error) {
      out.push({ sample, file, ok: false, error: String(error) });
    }
  }
  return out;
}

export function cleanSamples(): void {
  rmSync(samplesDir, { recursive: true, force: true });
}
