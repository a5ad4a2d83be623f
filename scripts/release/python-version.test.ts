import { describe, expect, it } from 'vitest';
import { pythonVersionModule, toPep440 } from './python-version.js';

describe('toPep440', () => {
  it.each([
    ['1.2.0', '1.2.0'],
    ['0.10.3', '0.10.3'],
    ['1.2.0-beta.1', '1.2.0b1'],
    ['1.2.0-alpha.0', '1.2.0a0'],
    ['2.0.0-rc.12', '2.0.0rc12'],
  ])('%s -> %s', (semver, pep440) => {
    expect(toPep440(semver)).toBe(pep440);
  });

  it.each(['1.2', '1.2.0-next.1', '1.2.0-beta', '1.2.0+build.5', 'v1.2.0', ''])('refuses %j, naming the forms it takes', (version) => {
    expect(() => toPep440(version)).toThrow(/no PEP 440 form: expected MAJOR\.MINOR\.PATCH, optionally followed by -alpha\.N, -beta\.N or -rc\.N/);
  });
});

describe('pythonVersionModule', () => {
  it('says on line one that it is generated, and declares the PEP 440 version', () => {
    const [first, second] = pythonVersionModule('1.0.0-rc.2').split('\n');
    expect(first).toMatch(/^# Generated from packages\/python\/package\.json by pnpm version-packages; do not edit\.$/);
    expect(second).toBe('__version__ = "1.0.0rc2"');
  });
});
