import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';

const srcDir = fileURLToPath(new URL('.', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    const isTest = /\.test\.ts$|\.test-helper\.ts$|\.typetest\.ts$/.test(entry.name);
    return entry.name.endsWith('.ts') && !isTest ? [path] : [];
  });
}

const nodeBuiltins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
const importPattern = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;
// Globals that exist only in browsers or only in Node; core code must not touch them.
const platformGlobals = /\b(window|document|navigator|localStorage|sessionStorage|XMLHttpRequest|process|Buffer|__dirname|__filename|require)\s*[.([]/;

describe('packages/core/src is runtime-agnostic', () => {
  const files = sourceFiles(srcDir);

  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files.map((f) => [relative(srcDir, f), f] as const))('%s imports no Node builtin and no platform global', (_name, file) => {
    const code = readFileSync(file, 'utf8');
    const imports = [...code.matchAll(importPattern)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
    expect(imports.filter((spec) => nodeBuiltins.has(spec) || spec.startsWith('node:'))).toEqual([]);
    const withoutComments = code.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(withoutComments.match(platformGlobals)?.[0]).toBeUndefined();
  });

  it('would catch a violation', () => {
    expect("import { readFile } from 'node:fs';".match(importPattern)).not.toBeNull();
    expect(platformGlobals.test('const k = process.env.KEY;')).toBe(true);
    expect(platformGlobals.test('window.fetch(url)')).toBe(true);
  });
});
