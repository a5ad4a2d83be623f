// Everything we publish, and the one version it shares: the npm packages (packages/*/package.json that are not
// private) and the Python distribution, whose version lives in packages/python/package.json (a private manifest
// that changesets versions) and, for Python, in _version.py.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PYTHON_MANIFEST, PYTHON_VERSION_FILE, toPep440 } from './python-version.js';

export interface PublishedPackage {
  name: string;
  registry: 'npm' | 'pypi';
  /** The package's folder, relative to the repository root. */
  dir: string;
  /** The version as that registry spells it (PEP 440 for PyPI). */
  version: string;
}

interface Manifest {
  name: string;
  version: string;
  private?: boolean;
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** The Python distribution's name, read from pyproject.toml. */
export function pythonDistName(root: string): string {
  const pyproject = readFileSync(join(root, 'packages', 'python', 'pyproject.toml'), 'utf8');
  const name = /^\[project\][^[]*?^name\s*=\s*"([^"]+)"/ms.exec(pyproject)?.[1];
  if (!name) throw new Error('packages/python/pyproject.toml has no [project] name');
  return name;
}

/** The version `_version.py` declares. */
export function pythonModuleVersion(root: string): string {
  const text = readFileSync(join(root, PYTHON_VERSION_FILE), 'utf8');
  const version = /^__version__ = "([^"]+)"$/m.exec(text)?.[1];
  if (!version) throw new Error(`${PYTHON_VERSION_FILE} declares no __version__`);
  return version;
}

export function publishedPackages(root: string): PublishedPackage[] {
  const packages: PublishedPackage[] = [];
  for (const entry of readdirSync(join(root, 'packages')).sort()) {
    const dir = join('packages', entry);
    if (!existsSync(join(root, dir, 'package.json'))) continue;
    const manifest = readJson<Manifest>(join(root, dir, 'package.json'));
    if (!manifest.private) packages.push({ name: manifest.name, registry: 'npm', dir, version: manifest.version });
  }
  packages.push({ name: pythonDistName(root), registry: 'pypi', dir: 'packages/python', version: pythonModuleVersion(root) });
  return packages;
}

/** The one semver version of the release, or an error listing every package that is out of step. */
export function lockstepVersion(root: string): string {
  const { version } = readJson<Manifest>(join(root, PYTHON_MANIFEST));
  const problems: string[] = [];
  for (const pkg of publishedPackages(root)) {
    const wanted = pkg.registry === 'pypi' ? toPep440(version) : version;
    if (pkg.version !== wanted) problems.push(`${pkg.name} (${pkg.registry}) is at ${pkg.version}, expected ${wanted}`);
  }
  if (problems.length > 0) {
    throw new Error(`Packages out of step with ${PYTHON_MANIFEST} (${version}): ${problems.join('; ')}. Run pnpm version-packages.`);
  }
  return version;
}
