/** The version of the Python package, kept in step with the npm packages: semver in, PEP 440 out. */

const SEMVER = /^(\d+)\.(\d+)\.(\d+)(?:-(alpha|beta|rc)\.(\d+))?$/;
const PEP440_PRE = { alpha: 'a', beta: 'b', rc: 'rc' } as const;

/** `1.2.0` -> `1.2.0`, `1.2.0-beta.1` -> `1.2.0b1`, `-alpha.N` -> `aN`, `-rc.N` -> `rcN`. Anything else is refused. */
export function toPep440(version: string): string {
  const match = SEMVER.exec(version);
  if (!match) {
    throw new Error(
      `Version ${JSON.stringify(version)} has no PEP 440 form: expected MAJOR.MINOR.PATCH, optionally followed by -alpha.N, -beta.N or -rc.N.`,
    );
  }
  const [, major, minor, patch, tag, number] = match;
  const release = `${Number(major)}.${Number(minor)}.${Number(patch)}`;
  return tag ? `${release}${PEP440_PRE[tag as keyof typeof PEP440_PRE]}${Number(number)}` : release;
}

export const PYTHON_MANIFEST = 'packages/python/package.json';
export const PYTHON_VERSION_FILE = 'packages/python/src/tokkit/_version.py';

/** The text of `_version.py` for a semver version. */
export function pythonVersionModule(version: string): string {
  return (
    `# Generated from ${PYTHON_MANIFEST} by pnpm version-packages; do not edit.\n` +
    `__version__ = "${toPep440(version)}"\n`
  );
}
