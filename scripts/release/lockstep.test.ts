// The repository at rest: everything we publish is at one version, and the changesets config moves it together.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
