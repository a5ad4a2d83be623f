import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What scripts/build.ts wrote about the last build. */
export interface BuildInfo {
  base: string;
  seconds: number;
  bytes: number;
  files: number;
  swBytes: number;
  pages: number;
  apiPages: number;
  typedocWarnings: number;
}

export function readBuildInfo(): BuildInfo {
  const path = join(dirname(fileURLToPath(import.meta.url)), '..', '.vitepress', 'build-info.json');
  if (!existsSync(path)) throw new Error('no built site: run `pnpm --filter @tokkit/docs build` first');
  return JSON.parse(readFileSync(path, 'utf8')) as BuildInfo;
}
