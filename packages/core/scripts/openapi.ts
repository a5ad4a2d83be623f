import type { Spec, SpecEndpoint, SpecParam } from './spec.js';

type Schema = Record<string, unknown>;

function schemaOf(param: SpecParam): Schema {
  const schema: Schema = {};
  if (param.type) schema.type = param.type;
  else schema.type = ['string', 'number', 'boolean'];
  if (param.enum) schema.enum = [...param.enum];
  if (param.pattern) schema.pattern = param.pattern;
  if (param.min !== undefined) schema.minimum = param.min;
  if (param.max !== undefined) schema.maximum = param.max;
  if (param.minLength !== undefined) schema.minLength = param.minLength;
  if (param.maxLength !== undefined) schema.maxLength = param.maxLength;
  if (param.default !== undefined) schema.default = param.default;
  if (param.example !== undefined) schema.examples = [param.example];
  // A string ID that clients may also pass as a number (they send it as its decimal text).
  if (param.acceptsNumber) schema['x-tokkit-accepts-number'] = true;
  return schema;
}

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

const success = { description: 'Success', content: { 'application/json': { schema: { type: 'object' } } } };

const tikapiResponses = {
  200: success,
  400: errorResponse('Missing or invalid parameters; `fields` names each.'),
  401: errorResponse('The API key (or account key) is missing or not valid.'),
  403: errorResponse('Refused; `statusCode` may carry a TikTok status code.'),
  428: errorResponse("The account key's session expired."),
  429: errorResponse('Rate or subscription limit reached; see Retry-After.'),
};

const otherResponses = {
  200: success,
  400: errorResponse('Missing or invalid parameters.'),
  401: errorResponse('The API key is missing or not valid.'),
  429: errorResponse('Rate or credit limit reached; see Retry-After.'),
  502: errorResponse('TikTok could not be reached; safe to retry.'),
};

/** How the provider's key header is described: a Bearer token, or a key in a named header. */
function keyScheme(how: { header: string; format: string }): Schema {
  if (how.header.toLowerCase() === 'authorization' && how.format.startsWith('Bearer ')) return { type: 'http', scheme: 'bearer' };
  return { type: 'apiKey', in: 'header', name: how.header };
}

function errorSchema(spec: Spec): Schema {
  if (spec.provider.name !== 'tikapi') {
    return { type: 'object', properties: { [spec.provider.errorBody.message]: { type: 'string' } } };
  }
  return {
    type: 'object',
    properties: {
      status: { type: 'string' },
      message: { type: 'string' },
      statusCode: { type: 'integer' },
      fields: { type: 'object', additionalProperties: { type: 'string' } },
    },
  };
}

function servers(spec: Spec): Schema[] {
  const out: Schema[] = [];
  if (spec.baseUrl) out.push({ url: spec.baseUrl });
  else out.push({ url: '{baseUrl}', variables: { baseUrl: { default: 'https://example.invalid', description: 'Your own base URL' } } });
  if (spec.sandboxBaseUrl) out.push({ url: spec.sandboxBaseUrl, description: 'Sandbox (demo keys)' });
  return out;
}

function wireNames(endpoint: SpecEndpoint, group: readonly string[]): string[] {
  return group.map((name) => endpoint.params.find((p) => p.name === name)?.wire ?? name);
}

/** One-of groups made only of body fields, as JSON Schema: `anyOf` of the `required` alternatives. */
function bodyOneOf(endpoint: SpecEndpoint, body: readonly SpecParam[]): Schema {
  const inBody = new Set(body.map((p) => p.name));
  const groups = (endpoint.oneOf ?? []).filter((group) => group.every((name) => inBody.has(name)));
  if (groups.length === 0) return {};
  const alternatives = groups.map((group) => ({ anyOf: wireNames(endpoint, group).map((wire) => ({ required: [wire] })) }));
  return alternatives.length === 1 ? (alternatives[0] as Schema) : { allOf: alternatives };
}

function operation(endpoint: SpecEndpoint, spec: Spec): Schema {
  const inline = endpoint.params.filter((p) => p.in !== 'body');
  const body = endpoint.params.filter((p) => p.in === 'body');
  const op: Schema = {
    operationId: endpoint.key,
    summary: endpoint.description,
    tags: [endpoint.key.split('.').slice(0, -1).join('.') || endpoint.key],
    security: [endpoint.auth === 'apiKey' ? { apiKey: [] } : { apiKey: [], accountKey: endpoint.scopes ?? [] }],
    parameters: inline.map((p) => ({
      name: p.wire,
      in: p.in,
      required: p.in === 'path' ? true : p.required,
      ...(p.description ? { description: p.description } : {}),
      schema: schemaOf(p),
    })),
    responses: spec.provider.name === 'tikapi' ? tikapiResponses : otherResponses,
  };
  if (body.length > 0) {
    op.requestBody = {
      required: true,
      content: {
        'application/json': {
          schema: {
            type: 'object',
            required: body.filter((p) => p.required).map((p) => p.wire),
            properties: Object.fromEntries(body.map((p) => [p.wire, { ...schemaOf(p), description: p.description }])),
            ...bodyOneOf(endpoint, body),
          },
        },
      },
    };
  }
  if (endpoint.deprecated) op.deprecated = true;
  // Whether a client may send the request again after a failed attempt (reads yes, writes no).
  op['x-tokkit-safe-to-retry'] = endpoint.safeToRetry;
  if (endpoint.paging) op['x-tokkit-paging'] = endpoint.paging;
  // Query parameters cannot say "at least one of these" in OpenAPI: the groups are stated as an extension.
  if (endpoint.oneOf?.length) op['x-tokkit-one-of'] = endpoint.oneOf.map((group) => wireNames(endpoint, group));
  if (endpoint.undocumented) op['x-tokkit-undocumented'] = true;
  return op;
}

/** An OpenAPI 3.1 document of the same endpoints. */
export function toOpenAPI(spec: Spec): Schema {
  const paths: Record<string, Record<string, Schema>> = {};
  for (const endpoint of spec.endpoints) {
    const item = (paths[endpoint.path] ??= {});
    item[endpoint.method.toLowerCase()] = operation(endpoint, spec);
  }
  const { keys, clientName } = spec.provider;
  return {
    openapi: '3.1.0',
    info: {
      title: `${clientName === 'TikAPI' ? 'TikAPI REST' : clientName} API (as described by tokkit)`,
      version: spec.apiVersion ?? '1',
      description: spec.$comment,
    },
    servers: servers(spec),
    paths,
    components: {
      securitySchemes: {
        apiKey: keyScheme(keys.apiKey),
        ...(keys.accountKey ? { accountKey: keyScheme(keys.accountKey) } : {}),
      },
      schemas: { Error: errorSchema(spec) },
    },
  };
}
