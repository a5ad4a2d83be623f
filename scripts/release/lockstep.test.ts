// The repository at rest: everything we publish is at one version, and the changesets config moves it together.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lockstepVersion, publishedPackages } from './lockstep.js';
import { PYTHON_MANIFEST, PYTHON_VERSION_FILE, pythonVersionModule } from './python-version.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');

describe('the release at rest', () => {
  it('publishes four npm packages and the Python distribution tokkit-sdk', () => {
    expect(publishedPackages(root).map((p) => `${p.registry}:${p.name}`)).toEqual([
      'npm:@tokkit/browser-safe',
      'npm:@tokkit/core',
      'npm:@tokkit/node',
      'npm:@tokkit/sandbox',
      'pypi:tokkit-sdk',
    ]);
  });

  it('has every package at one version, and _version.py is what pnpm version-packages writes', () => {
    const version = lockstepVersion(root);
    const manifest = JSON.parse(read(PYTHON_MANIFEST)) as { name: string; private: boolean; version: string };
    expect(manifest).toEqual({ name: 'tokkit-sdk', version, private: true });
    expect(read(PYTHON_VERSION_FILE)).toBe(pythonVersionModule(version));
  });

  it('moves every published package together (changesets fixed) and versions the private Python manifest', () => {
    const config = JSON.parse(read('.changeset/config.json')) as {
      fixed: string[][];
      privatePackages: { version: boolean; tag: boolean };
    };
    const published = publishedPackages(root).map((p) => (p.registry === 'pypi' ? 'tokkit-sdk' : p.name));
    expect(config.fixed).toHaveLength(1);
    expect([...(config.fixed[0] ?? [])].sort()).toEqual([...published].sort());
    expect(config.privatePackages).toEqual({ version: true, tag: false });
  });

  it('has no changeset with empty frontmatter (it would bump nothing and reach no changelog)', () => {
    const files = readdirSync(join(root, '.changeset')).filter((f) => f.endsWith('.md') && f !== 'README.md');
    for (const file of files) {
      const frontmatter = /^---\n([\s\S]*?)^---$/m.exec(read(join('.changeset', file)))?.[1] ?? '';
      expect(frontmatter.trim(), file).toMatch(/^['"][^'"]+['"]: (patch|minor|major)$/m);
    }
  });
});

describe('lockstepVersion', () => {
  function tree(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'tokkit-lockstep-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  }
  const python = (manifest: string, module: string) => ({
    'packages/python/package.json': JSON.stringify({ name: 'tokkit-sdk', version: manifest, private: true }),
    'packages/python/pyproject.toml': '[project]\nname = "tokkit-sdk"\ndynamic = ["version"]\n',
    [PYTHON_VERSION_FILE]: pythonVersionModule(module),
  });

  it('names every package that is out of step, with the version it should have', () => {
    const dir = tree({
      'packages/a/package.json': JSON.stringify({ name: '@tokkit/a', version: '1.2.0-beta.1' }),
      'packages/b/package.json': JSON.stringify({ name: '@tokkit/b', version: '1.1.0' }),
      'packages/c/package.json': JSON.stringify({ name: 'private-c', version: '0.0.1', private: true }),
      ...python('1.2.0-beta.1', '1.2.0'),
    });
    try {
      expect(() => lockstepVersion(dir)).toThrow(
        'Packages out of step with packages/python/package.json (1.2.0-beta.1): @tokkit/b (npm) is at 1.1.0, expected 1.2.0-beta.1; ' +
          'tokkit-sdk (pypi) is at 1.2.0, expected 1.2.0b1. Run pnpm version-packages.',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives the version when everything published agrees (private packages do not count)', () => {
    const dir = tree({
      'packages/a/package.json': JSON.stringify({ name: '@tokkit/a', version: '1.2.0-rc.3' }),
      'packages/c/package.json': JSON.stringify({ name: 'private-c', version: '0.0.1', private: true }),
      ...python('1.2.0-rc.3', '1.2.0-rc.3'),
    });
    try {
      expect(lockstepVersion(dir)).toBe('1.2.0-rc.3');
      expect(publishedPackages(dir).map((p) => `${p.name}@${p.version}`)).toEqual(['@tokkit/a@1.2.0-rc.3', 'tokkit-sdk@1.2.0rc3']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
