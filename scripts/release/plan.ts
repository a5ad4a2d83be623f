// Prints what a release publishes, with which version, after checking every package is at the same one.
// Usage: tsx scripts/release/plan.ts [--lines]   (--lines: "registry name version dir", one package a line, for release.sh)
import { fileURLToPath } from 'node:url';
import { lockstepVersion, publishedPackages } from './lockstep.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const version = lockstepVersion(root);
const packages = publishedPackages(root);
if (process.argv.includes('--lines')) {
  for (const pkg of packages) console.log(`${pkg.registry} ${pkg.name} ${pkg.version} ${pkg.dir}`);
} else {
  console.log(`release ${version}: ${packages.length} packages`);
  for (const pkg of packages) console.log(`  ${pkg.registry.padEnd(4)}  ${pkg.name}@${pkg.version}`);
}
