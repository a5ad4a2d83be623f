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

/** A property of an object literal by name, when its name is a plain identifier. */
function property(owner: ts.ObjectLiteralExpression, name: string): ts.PropertyAssignment | undefined {
  return owner.properties.find(
    (p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === name,
  );
}

function literalText(node: ts.Expression | undefined): string | boolean | undefined {
  if (node === undefined) return undefined;
  if (ts.isStringLiteral(node)) return node.text;
  if (node.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (node.kind === ts.SyntaxKind.FalseKeyword) return false;
  return undefined;
}

/**
 * The properties of an endpoint literal that say what `restoreDefaults` (src/endpoints/index.ts) puts back at
 * import: `method` when it is `GET`, `safeToRetry` when it is `method === 'GET'`, `auth` when it is the one its key's namespace has (an account
 * key under `user.`), and a literal param's `in` when it is the method's own (`query` for GET, `body` otherwise).
 */
function defaultedProperties(endpoint: ts.ObjectLiteralExpression): ts.PropertyAssignment[] {
  const method = literalText(property(endpoint, 'method')?.initializer);
  const key = literalText(property(endpoint, 'key')?.initializer);
  if (typeof method !== 'string' || typeof key !== 'string') return [];
  const out: ts.PropertyAssignment[] = [];
  const methodProperty = property(endpoint, 'method');
  if (methodProperty && method === 'GET') out.push(methodProperty);
  const safeToRetry = property(endpoint, 'safeToRetry');
  if (safeToRetry && literalText(safeToRetry.initializer) === (method === 'GET')) out.push(safeToRetry);
  const auth = property(endpoint, 'auth');
  if (auth && literalText(auth.initializer) === (key.startsWith('user.') ? 'apiKey+accountKey' : 'apiKey')) out.push(auth);
  const params = property(endpoint, 'params')?.initializer;
  if (params && ts.isObjectLiteralExpression(params)) {
    for (const param of params.properties) {
      if (!ts.isPropertyAssignment(param) || !ts.isObjectLiteralExpression(param.initializer)) continue;
      const location = property(param.initializer, 'in');
      if (location && literalText(location.initializer) === (method === 'GET' ? 'query' : 'body')) out.push(location);
    }
  }
  return out;
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
 * The source of a descriptor module without its docs-only properties, its endpoints' keys and the properties that
 * hold their defaults (see `defaultedProperties`). Only a `DOC_FIELDS`
 * property with a literal value (or an array of string literals) and an endpoint's `key: '<literal>'` go: a parameter that happened
 * to be named `description` has an object as its value and stays. The text is cut, not reprinted, so everything else is byte for byte what the Node build compiles.
 */
export function stripDocs(source: string, fileName = 'descriptors.ts'): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const cuts = new Set<ts.Node>();
  const visit = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node) && property(node, 'method')) {
      for (const defaulted of defaultedProperties(node)) cuts.add(defaulted);
    }
    if (
      ts.isPropertyAssignment(node) &&
      ((ts.isIdentifier(node.name) && DOC_FIELDS.has(node.name.text) && isLiteral(node.initializer)) ||
        isEndpointKey(node))
    ) {
      cuts.add(node);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const node of [...cuts].sort((a, b) => b.getStart() - a.getStart())) {
    const comma = /^\s*,/.exec(source.slice(node.getEnd()));
    out = out.slice(0, node.getFullStart()) + out.slice(node.getEnd() + (comma?.[0].length ?? 0));
  }
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
