// Build-time trimming of the endpoint descriptors for the lean runtime build (dist/index.lean.js), which package.json
// serves under the `workerd`, `worker` and `browser` export conditions: what Cloudflare Workers and browser
// bundles ship. The docs-only text of the descriptors (an endpoint's `description`, a parameter's `description`
// and `example`) is about a third of a minified Worker and no code reads it; it stays in the source descriptors,
// in the Node build (dist/index.js, dist/index.cjs) and in spec.json / openapi.json.
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';
import ts from 'typescript';

/**
 * The descriptor fields no runtime code reads: documentation (`description`, `example`, the API's `default`, an
 * endpoint's OAuth `scopes`, the `inferred` and `undocumented` marks), and `acceptsNumber`, which only the TypeScript types and the
 * Python generator read (the runtime takes a number for any string parameter and sends its decimal text).
 */
export const DOC_FIELDS: ReadonlySet<string> = new Set([
  'description',
  'example',
  'default',
  'scopes',
  'inferred',
  'undocumented',
  'acceptsNumber',
]);

/**
 * An endpoint's `key` is its path in `endpointTree`, which puts it back at import (src/endpoints/index.ts); the lean
 * build leaves the literal out. Only on endpoint objects (those with a `method`): a parameter may be named `key`.
 */
function isEndpointKey(node: ts.PropertyAssignment): boolean {
  if (!ts.isIdentifier(node.name) || node.name.text !== 'key' || !ts.isStringLiteral(node.initializer)) return false;
  const owner = node.parent;
  return owner.properties.some((p) => p.name !== undefined && ts.isIdentifier(p.name) && p.name.text === 'method');
}

/** The descriptor modules: src/endpoints/*.ts (types.ts holds only types, so nothing there is touched). */
const DESCRIPTOR_FILES = /[\\/]src[\\/]endpoints[\\/][^\\/]+\.ts$/;

function isLiteral(node: ts.Expression): boolean {
  if (ts.isPrefixUnaryExpression(node)) return ts.isNumericLiteral(node.operand);
  if (ts.isArrayLiteralExpression(node)) return node.elements.every((element) => ts.isStringLiteral(element));
  return (
    ts.isStringLiteral(node) ||
    ts.isNoSubstitutionTemplateLiteral(node) ||
    ts.isNumericLiteral(node) ||
    node.kind === ts.SyntaxKind.TrueKeyword ||
    node.kind === ts.SyntaxKind.FalseKeyword
  );
}

/**
 * The source of a descriptor module without its docs-only properties and its endpoints' keys. Only a `DOC_FIELDS`
 * property with a literal value (or an array of string literals) and an endpoint's `key: '<literal>'` go: a parameter that happened
 * to be named `description` has an object as its value and stays. The text is cut, not reprinted, so everything else is byte for byte what the Node build compiles.
 */
export function stripDocs(source: string, fileName = 'descriptors.ts'): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const cuts: [start: number, end: number][] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isPropertyAssignment(node) &&
      ((ts.isIdentifier(node.name) && DOC_FIELDS.has(node.name.text) && isLiteral(node.initializer)) ||
        isEndpointKey(node))
    ) {
      const comma = /^\s*,/.exec(source.slice(node.getEnd()));
      cuts.push([node.getFullStart(), node.getEnd() + (comma?.[0].length ?? 0)]);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const [start, end] of cuts.reverse()) out = out.slice(0, start) + out.slice(end);
  return out;
}

/** esbuild (and tsup) plugin: loads the descriptor modules through `stripDocs`. */
export const stripDocsPlugin: Plugin = {
  name: 'tokkit-strip-docs',
  setup(build) {
    build.onLoad({ filter: DESCRIPTOR_FILES }, async ({ path }) => ({
      contents: stripDocs(await readFile(path, 'utf8'), path),
      loader: 'ts',
    }));
  },
};
