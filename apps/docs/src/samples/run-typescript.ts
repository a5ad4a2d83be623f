// Runs TypeScript samples in order in this process (started with tsx), each as its own module file, and prints
// one JSON line of results. A sample passes when its module finishes without throwing within the time limit.
import { pathToFileURL } from 'node:url';

const SAMPLE_TIMEOUT_MS = 30_000;

interface Result {
  file: string;
  ok: boolean;
  error?: string;
  lines: number;
}

async function runOne(file: string): Promise<Result> {
  const original = { log: console.log, info: console.info, warn: console.warn, error: console.error };
  let lines = 0;
  const count = () => {
    lines += 1;
  };
  Object.assign(console, { log: count, info: count, warn: count, error: count });
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      import(pathToFileURL(file).href),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`still running after ${SAMPLE_TIMEOUT_MS} ms`)), SAMPLE_TIMEOUT_MS);
      }),
    ]);
    return { file, ok: true, lines };
  } catch (error) {
    return { file, ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error), lines };
  } finally {
    clearTimeout(timer);
    Object.assign(console, original);
  }
}

const results: Result[] = [];
for (const file of process.argv.slice(2)) results.push(await runOne(file));
process.stdout.write(`${JSON.stringify(results)}\n`);
process.exit(0);
