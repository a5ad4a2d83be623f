// Cold import time of @tokkit/node against ky alone: fresh node processes, alternating, medians and ratio.
// Run from the repository root after a build: node --import tsx bench/cold-import.ts [runs]
import { execFileSync } from 'node:child_process';

const runs = Number(process.argv[2] ?? 21);
/** An empty module: what the first `import()` costs by itself (starting the ESM loader), subtracted below. */
const EMPTY = 'data:text/javascript,export default 1';
const subjects = ['@tokkit/node', '@tokkit/browser-safe', 'ky', EMPTY] as const;

/** One fresh process: ms spent in `await import(specifier)`, and the whole process from spawn to exit. */
function once(specifier: string): { importMs: number; processMs: number } {
  const started = performance.now();
  const out = execFileSync(
    process.execPath,
    ['--input-type=module', '-e', `const t=performance.now();await import(${JSON.stringify(specifier)});console.log(performance.now()-t)`],
    { encoding: 'utf8' },
  );
  return { importMs: Number(out.trim()), processMs: performance.now() - started };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const samples = new Map(subjects.map((s) => [s, { importMs: [] as number[], processMs: [] as number[] }]));
for (const s of subjects) once(s); // warm the file system cache; not counted
for (let i = 0; i < runs; i += 1) {
  // Rotate the order so drift (CPU frequency, other load) hits every subject alike.
  for (let j = 0; j < subjects.length; j += 1) {
    const subject = subjects[(i + j) % subjects.length] ?? 'ky';
    const { importMs, processMs } = once(subject);
    samples.get(subject)?.importMs.push(importMs);
    samples.get(subject)?.processMs.push(processMs);
  }
}

const net = (subject: string) => median(samples.get(subject)?.importMs ?? []) - median(samples.get(EMPTY)?.importMs ?? []);
console.log(`Cold import, ${runs} fresh node ${process.version} processes each (medians):`);
console.log('  module                  import()   minus empty   whole process   net vs ky');
for (const subject of subjects) {
  const s = samples.get(subject);
  const name = subject === EMPTY ? '(empty module)' : subject;
  const ratio = subject === EMPTY ? '' : `${(net(subject) / net('ky')).toFixed(2)}x`;
  console.log(
    `  ${name.padEnd(22)} ${median(s?.importMs ?? []).toFixed(1).padStart(6)} ms  ${net(subject).toFixed(1).padStart(8)} ms  ${median(s?.processMs ?? []).toFixed(1).padStart(10)} ms   ${ratio}`,
  );
}
