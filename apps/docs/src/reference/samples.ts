// The TypeScript, Python and curl samples of an endpoint page, written from the descriptor. The docs tests run the
// TypeScript and Python ones verbatim against the sandbox, with TIKAPI_KEY, TIKAPI_ACCOUNT_KEY and
// TIKAPI_BASE_URL pointing there; left unset, TIKAPI_BASE_URL means the live API.
import { buildRequest, endpointByKey } from '@tokkit/core';
import type { Scalar, Spec, SpecEndpoint } from '../spec.js';
import { exampleValues } from './examples.js';

const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function tsLiteral(value: Scalar): string {
  if (typeof value !== 'string') return String(value);
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

export function tsObject(values: Record<string, Scalar>): string {
  const entries = Object.entries(values).map(([k, v]) => `${identifier.test(k) ? k : tsLiteral(k)}: ${tsLiteral(v)}`);
  return entries.length ? `{ ${entries.join(', ')} }` : '';
}

export function pyLiteral(value: Scalar): string {
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

function pyKwargs(values: Record<string, Scalar>): string {
  return Object.entries(values)
    .map(([k, v]) => (identifier.test(k) ? `${k}=${pyLiteral(v)}` : `**{${JSON.stringify(k)}: ${pyLiteral(v)}}`))
    .join(', ');
}

const isAccount = (e: SpecEndpoint) => e.auth === 'apiKey+accountKey';

/** `api.public.check`, `user.posts.feed` (after `const user = api.user({ accountKey })`), `api.key`. */
export function callExpression(endpoint: SpecEndpoint): string {
  return isAccount(endpoint) ? endpoint.key : `api.${endpoint.key}`;
}

export function typescriptSample(spec: Spec, endpoint: SpecEndpoint): string {
  const values = exampleValues(spec, endpoint);
  const args = tsObject(values);
  const call = callExpression(endpoint);
  const lines = [
    "import TikAPI from '@tokkit/node';",
    '',
    '// The key comes from TIKAPI_KEY; without TIKAPI_BASE_URL the client talks to the live API.',
    'const api = TikAPI({ baseUrl: process.env.TIKAPI_BASE_URL });',
  ];
  if (isAccount(endpoint)) lines.push("const user = api.user({ accountKey: process.env.TIKAPI_ACCOUNT_KEY ?? '' });");
  if (!endpoint.paging) {
    lines.push('', `const res = await ${call}(${args});`, 'console.log(res.statusCode, res.json);');
    return lines.join('\n');
  }
  lines.push(
    '',
    `const params = ${args || '{}'} as const;`,
    `const res = await ${call}(params);`,
    'console.log(res.statusCode, res.json);',
    '',
    '// every item of every page, at most 3 here',
    `for await (const item of ${call}.items(params, { maxItems: 3 })) {`,
    '  console.log(item);',
    '}',
  );
  return lines.join('\n');
}

export function pythonSample(spec: Spec, endpoint: SpecEndpoint): string {
  const values = exampleValues(spec, endpoint);
  const kwargs = pyKwargs(values);
  const scope = isAccount(endpoint) ? 'user' : 'api';
  const call = `${scope}.${isAccount(endpoint) ? endpoint.key.replace(/^user\./, '') : endpoint.key}`;
  const lines = [
    'import os',
    '',
    'from tokkit import TikAPI',
    '',
    '# The key comes from TIKAPI_KEY; without TIKAPI_BASE_URL the client talks to the live API.',
    'with TikAPI(base_url=os.environ.get("TIKAPI_BASE_URL")) as api:',
  ];
  if (isAccount(endpoint)) lines.push('    user = api.user(accountKey=os.environ.get("TIKAPI_ACCOUNT_KEY", ""))');
  lines.push(`    res = ${call}(${kwargs})`, '    print(res.status_code, res.json())');
  if (endpoint.paging) {
    lines.push(`    for item in ${call}.items(${kwargs ? `${kwargs}, ` : ''}max_items=3):`, '        print(item)');
  }
  return lines.join('\n');
}

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * The exact request the SDK sends for the example params (built by core's buildRequest), as a curl command that,
 * like the other samples, goes to TIKAPI_BASE_URL when set and to the live API otherwise.
 */
export function curlSample(spec: Spec, endpoint: SpecEndpoint): string {
  const descriptor = endpointByKey(endpoint.key);
  if (!descriptor) throw new Error(`${endpoint.key} is in spec.json but not in @tokkit/core`);
  const built = buildRequest(descriptor, exampleValues(spec, endpoint), { baseUrl: spec.baseUrl });
  const target = built.url.slice(spec.baseUrl.length);
  if (/["$`\\]/.test(target)) throw new Error(`${endpoint.key}: ${target} cannot be written inside double quotes`);
  const url = `"\${TIKAPI_BASE_URL:-${spec.baseUrl}}${target}"`;
  const lines = [`curl -sS ${built.method === 'GET' ? '' : `-X ${built.method} `}${url}`];
  lines.push(`  -H "${spec.headers.apiKey}: $TIKAPI_KEY"`);
  if (isAccount(endpoint)) lines.push(`  -H "${spec.headers.accountKey}: $TIKAPI_ACCOUNT_KEY"`);
  if (built.body !== undefined) lines.push(`  -H 'Content-Type: application/json'`, `  -d ${shellQuote(built.body)}`);
  return lines.join(' \\\n');
}
