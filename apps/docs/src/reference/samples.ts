// The TypeScript, Python and curl samples of an endpoint page, written from the descriptor. The docs tests run the
// TypeScript and Python ones verbatim against the sandbox, with each provider's key and base URL variables
// (TIKAPI_KEY, TIKAPI_ACCOUNT_KEY, TIKAPI_BASE_URL; SCAVIO_API_KEY, SCAVIO_BASE_URL; USERHANDLE_API_KEY,
// USERHANDLE_API_URL) pointing there; left unset, a base URL variable means the live API.
import { buildRequest, descriptorFromSpec, type ProviderDescriptor } from '@tokkit/core';
import { clientVariable, type Scalar, type Spec, type SpecEndpoint } from '../spec.js';
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

/**
 * `api.public.check`, `user.posts.feed` (after `const user = api.user({ accountKey })`), `api.key`;
 * `sc.user.posts` for Scavio, `uh.video` for the user-handle API.
 */
export function callExpression(endpoint: SpecEndpoint, spec?: Spec): string {
  return isAccount(endpoint) ? endpoint.key : `${spec ? clientVariable(spec) : 'api'}.${endpoint.key}`;
}

/** Where the sample's client reads its key and base URL, in words. */
function envNote(spec: Spec): string {
  const { env, baseUrl } = spec.provider;
  const where = baseUrl ? `without ${env.baseUrl} the client talks to the live API` : `${env.baseUrl} is your own base URL`;
  return `The key comes from ${env.apiKey}; ${where}.`;
}

function typescriptClient(spec: Spec): string[] {
  const { clientName, env, name } = spec.provider;
  const client = clientVariable(spec);
  const created = spec.provider.baseUrl ? `${clientName}({ baseUrl: process.env.${env.baseUrl} })` : `${clientName}()`;
  const importLine = name === 'tikapi' ? "import TikAPI from '@tokkit/node';" : `import { ${clientName} } from '@tokkit/node';`;
  return [importLine, '', `// ${envNote(spec)}`, `const ${client} = ${created};`];
}

export function typescriptSample(spec: Spec, endpoint: SpecEndpoint): string {
  const values = exampleValues(spec, endpoint);
  const args = tsObject(values);
  const call = callExpression(endpoint, spec);
  const lines = typescriptClient(spec);
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
  const client = clientVariable(spec);
  const scope = isAccount(endpoint) ? 'user' : client;
  const call = `${scope}.${isAccount(endpoint) ? endpoint.key.replace(/^user\./, '') : endpoint.key}`;
  const { clientName, env } = spec.provider;
  const created = spec.provider.baseUrl ? `${clientName}(base_url=os.environ.get("${env.baseUrl}"))` : `${clientName}()`;
  const lines = spec.provider.baseUrl ? ['import os', ''] : [];
  lines.push(`from tokkit import ${clientName}`, '', `# ${envNote(spec)}`, `with ${created} as ${client}:`);
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
 * like the other samples, goes to the provider's base URL variable (when set, and to the live API otherwise).
 */
export function curlSample(spec: Spec, endpoint: SpecEndpoint): string {
  const { env } = spec.provider;
  const origin = spec.baseUrl ?? 'https://example.invalid';
  const provider = spec.provider as unknown as ProviderDescriptor;
  const built = buildRequest(descriptorFromSpec(endpoint), exampleValues(spec, endpoint), { baseUrl: origin, provider });
  const target = built.url.slice(origin.length);
  if (/["$`\\]/.test(target)) throw new Error(`${endpoint.key}: ${target} cannot be written inside double quotes`);
  const url = spec.baseUrl ? `"\${${env.baseUrl}:-${spec.baseUrl}}${target}"` : `"\$${env.baseUrl}${target}"`;
  const lines = [`curl -sS ${built.method === 'GET' ? '' : `-X ${built.method} `}${url}`];
  const key = spec.provider.keys.apiKey;
  lines.push(`  -H "${key.header}: ${key.format.replace('{key}', `$${env.apiKey}`)}"`);
  if (isAccount(endpoint)) lines.push(`  -H "${spec.headers.accountKey ?? ''}: $TIKAPI_ACCOUNT_KEY"`);
  if (built.body !== undefined) lines.push(`  -H 'Content-Type: application/json'`, `  -d ${shellQuote(built.body)}`);
  return lines.join(' \\\n');
}
