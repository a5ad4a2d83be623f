import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const run = promisify(execFile);

/** pnpm from PATH, or the copy scripts/bootstrap.sh puts in .tools/. */
export function pnpmBin(): string {
  const local = join(repoRoot, '.tools', 'node_modules', '.bin', 'pnpm');
  return existsSync(local) ? local : 'pnpm';
}

/**
 * A scratch copy of the working tree (tracked and untracked files that git does not ignore, so uncommitted work is
 * what gets tested), reusing the installed root node_modules through a symlink: offline, and a second or two.
 */
export async function scratchCopy(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'tokkit-release-'));
  const { stdout } = await run('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: repoRoot,
    maxBuffer: 64 * 1024 * 1024,
  });
  for (const file of new Set(stdout.split('\0').filter(Boolean))) {
    const from = join(repoRoot, file);
    if (!existsSync(from)) continue; // deleted in the working tree
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    copyFileSync(from, join(dir, file));
  }
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  linkWorkspaceDependencies(dir);
  return dir;
}

/**
 * `pnpm pack` turns a `workspace:` range into the version of the dependency installed next to the package, so each
 * package under packages/ gets its workspace dependencies linked to the scratch copy's own packages.
 */
function linkWorkspaceDependencies(dir: string): void {
  const byName = new Map<string, string>();
  const manifests = new Map<string, Record<string, Record<string, string> | undefined>>();
  for (const entry of readdirSync(join(dir, 'packages'))) {
    const path = join(dir, 'packages', entry, 'package.json');
    if (!existsSync(path)) continue;
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as { name: string } & Record<string, Record<string, string> | undefined>;
    byName.set(manifest.name, join(dir, 'packages', entry));
    manifests.set(join(dir, 'packages', entry), manifest);
  }
  for (const [pkgDir, manifest] of manifests) {
    const ranges = { ...manifest.devDependencies, ...manifest.peerDependencies, ...manifest.dependencies };
    for (const [dep, range] of Object.entries(ranges)) {
      const target = byName.get(dep);
      if (!range.startsWith('workspace:') || !target) continue;
      const link = join(pkgDir, 'node_modules', dep);
      mkdirSync(dirname(link), { recursive: true });
      symlinkSync(target, link, 'dir');
    }
  }
}
