import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const run = promisify(execFile);

/** pnpm from PATH, or the copy scripts/bootstrap.sh puts in .tools/. */
export function pnpmBin(): string {
  const local = join(repoRoot, '.tools', 'node_modules', '.bin', 'pnpm');
  return existsSync(local) ? local : 'pnpm';
}

/** `pnpm pack` of workspace packages (workspace: ranges become real versions) into `dir`; returns the tarball paths. */
export async function packPackages(names: readonly string[], dir: string): Promise<string[]> {
  for (const name of names) {
    await run(pnpmBin(), ['pack', '--pack-destination', dir], { cwd: join(repoRoot, 'packages', name) });
  }
  return readdirSync(dir).filter((f) => f.endsWith('.tgz')).map((f) => join(dir, f));
}
