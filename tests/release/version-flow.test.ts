// The release flow on a scratch copy of the repository: a changeset naming one package, `pnpm version-packages`,
// then every published package — npm and PyPI — carries the same new version, in its manifest, in its packed
// tarball (workspace: ranges resolved to it), in the built wheel, and in its CHANGELOG.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lockstepVersion, publishedPackages } from '../../scripts/release/lockstep.js';
import { toPep440 } from '../../scripts/release/python-version.js';
import { pnpmBin, repoRoot, run, scratchCopy } from './scratch.js';

const python = join(repoRoot, 'packages', 'python', '.venv', 'bin', 'python');
const scratches: string[] = [];

afterAll(() => {
  for (const dir of scratches) rmSync(dir, { recursive: true, force: true });
});

interface Flow {
  dir: string;
  before: string;
  after: string;
}

/** A scratch copy whose only pending changeset is `bump` for `name`, versioned with `pnpm version-packages`. */
async function versionScratch(name: string, bump: 'patch' | 'minor', summary: string, pre?: string): Promise<Flow> {
  const dir = await scratchCopy();
  scratches.push(dir);
  const before = lockstepVersion(dir);
  for (const file of readdirSync(join(dir, '.changeset'))) {
    if (file.endsWith('.md') && file !== 'README.md') unlinkSync(join(dir, '.changeset', file));
  }
  if (pre) await run(pnpmBin(), ['exec', 'changeset', 'pre', 'enter', pre], { cwd: dir });
  writeFileSync(join(dir, '.changeset', 'release-flow-test.md'), `---\n'${name}': ${bump}\n---\n\n${summary}\n`);
  await run(pnpmBin(), ['version-packages'], { cwd: dir, timeout: 60_000 });
  return { dir, before, after: lockstepVersion(dir) };
}

/** The package.json inside the tarball `pnpm pack` makes of `pkgDir`. */
async function packedManifest(dir: string, pkgDir: string): Promise<{ version: string; dependencies?: Record<string, string> }> {
  const out = join(dir, '.packed');
  mkdirSync(out, { recursive: true });
  const { stdout } = await run(pnpmBin(), ['pack', '--pack-destination', out], { cwd: join(dir, pkgDir) });
  const tarball = stdout.trim().split('\n').at(-1) ?? '';
  const { stdout: manifest } = await run('tar', ['-xzOf', tarball, 'package/package.json']);
  return JSON.parse(manifest) as { version: string; dependencies?: Record<string, string> };
}

/** The Version field of the wheel built from the scratch copy. */
async function wheelVersion(dir: string): Promise<string> {
  const out = join(dir, '.wheel');
  await run(python, ['-m', 'build', '--no-isolation', '--wheel', '--outdir', out, join(dir, 'packages', 'python')], { timeout: 120_000 });
  const wheel = readdirSync(out).find((f) => f.endsWith('.whl')) ?? '';
  const read = 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); print(next(z.read(n).decode() for n in z.namelist() if n.endswith(".dist-info/METADATA")))';
  const { stdout } = await run(python, ['-c', read, join(out, wheel)]);
  return /^Version: (.+)$/m.exec(stdout)?.[1] ?? '';
}

async function expectLockstep({ dir, after }: Flow, summary: string, namedDir: string): Promise<void> {
  const packages = publishedPackages(dir);
  expect(packages.length).toBe(5);
  for (const pkg of packages) {
    expect(`${pkg.name}@${pkg.version}`).toBe(`${pkg.name}@${pkg.registry === 'pypi' ? toPep440(after) : after}`);
    const changelog = readFileSync(join(dir, pkg.dir, 'CHANGELOG.md'), 'utf8');
    expect(changelog, `${pkg.dir}/CHANGELOG.md`).toContain(`\n## ${after}\n`);
    if (pkg.dir === namedDir) expect(changelog).toContain(summary);
    if (pkg.registry === 'npm') {
      const manifest = await packedManifest(dir, pkg.dir);
      expect(manifest.version).toBe(after);
      for (const [dep, range] of Object.entries(manifest.dependencies ?? {})) {
        if (dep.startsWith('@tokkit/')) expect(`${dep}@${range}`).toBe(`${dep}@^${after}`);
      }
    }
  }
  expect(await wheelVersion(dir)).toBe(toPep440(after));
  // Examples and tests are private and stay out of the flow: no version change, no CHANGELOG.
  const others = ['examples', 'tests'].flatMap((parent) =>
    readdirSync(join(dir, parent))
      .map((entry) => join(parent, entry))
      .filter((path) => existsSync(join(dir, path, 'package.json'))),
  );
  expect(others).toEqual(expect.arrayContaining(['examples/node', 'examples/worker', 'tests/runtimes', 'tests/examples']));
  for (const other of others) {
    expect(JSON.parse(readFileSync(join(dir, other, 'package.json'), 'utf8')).version).toBe('0.0.0');
    expect(existsSync(join(dir, other, 'CHANGELOG.md'))).toBe(false);
  }
}

describe('pnpm version-packages', () => {
  it('a Python-only patch moves every npm package to the same version', async () => {
    const summary = 'Python: a fix only the Python SDK needs.';
    const flow = await versionScratch('tokkit-sdk', 'patch', summary);
    const [major, minor, patch] = flow.before.split('.').map(Number);
    expect(flow.after).toBe(`${major}.${minor}.${(patch ?? 0) + 1}`);
    await expectLockstep(flow, summary, 'packages/python');
  });

  it('an npm-only minor prerelease moves the Python package too, spelled the PEP 440 way', async () => {
    const summary = 'Sandbox: a new fault for tests.';
    const flow = await versionScratch('@tokkit/sandbox', 'minor', summary, 'beta');
    const [major, minor] = flow.before.split('.').map(Number);
    expect(flow.after).toBe(`${major}.${(minor ?? 0) + 1}.0-beta.0`);
    expect(readFileSync(join(flow.dir, 'packages', 'python', 'src', 'tokkit', '_version.py'), 'utf8')).toContain(
      `__version__ = "${major}.${(minor ?? 0) + 1}.0b0"`,
    );
    await expectLockstep(flow, summary, 'packages/sandbox');
  });
});
