// Property: whatever a caller passes, buildRequest either forms a request every fetch accepts, or throws a
// ValidationError; never another error, and (through a client) never a byte sent for a refused call.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createClient } from '../client/client.js';
import { allEndpoints } from '../endpoints/list.js';
import type { EndpointDescriptor } from '../endpoints/types.js';
import { ValidationError } from '../errors.js';
import { buildRequest } from './build-request.js';

const awkwardText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('', '.', '..', '../key/info', 'a\r\nb', '\u0000', '\ud800', 'x\udc00y', '😀', '%2e%2e', '0', '-1', '1e400'),
);
const anyValue = fc.oneof(
  awkwardText,
  fc.integer(),
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 2 ** 53 + 2, -0),
  fc.bigInt(),
  fc.boolean(),
  fc.constantFrom(null, undefined),
  fc.object({ maxDepth: 1 }),
  fc.array(fc.integer(), { maxLength: 2 }),
  fc.constant(() => 1),
  fc.constant(Symbol('s')),
);
const paramName = (declared: readonly string[]) =>
  fc.oneof(
    fc.constantFrom(...declared, 'constructor', 'toString', '__proto__', 'hasOwnProperty'),
    fc.string({ maxLength: 8 }),
  );
const headerName = fc.oneof(
  fc.constantFrom('X-Trace', 'Host', 'content-length', 'X-API-KEY', 'x-account-key', 'Connection', 'Bad Name', 'X:Y', ''),
  fc.string({ maxLength: 8 }),
);

/** A call to a random endpoint: params (mostly declared names), caller headers and extra params. */
const aCall: fc.Arbitrary<GeneratedCall> = fc.constantFrom<EndpointDescriptor>(...allEndpoints).chain((endpoint) => {
  const declared = Object.keys(endpoint.params);
  const record = (keys: fc.Arbitrary<string>) => fc.dictionary(keys, anyValue, { maxKeys: 4 });
  return fc.record({
    endpoint: fc.constant(endpoint),
    params: record(declared.length ? paramName(declared) : fc.string({ maxLength: 6 })),
    headers: fc.option(fc.dictionary(headerName, fc.oneof(awkwardText, fc.integer() as fc.Arbitrary<unknown>), { maxKeys: 2 }), { nil: undefined }),
    extraParams: fc.option(record(fc.string({ maxLength: 6 })), { nil: undefined }),
  });
});

/** What a call may carry: nothing (not sent) or a scalar; a number only when finite; text only when well-formed. */
function sendable(value: unknown): boolean {
  if (value === undefined || value === null || typeof value === 'boolean' || typeof value === 'bigint') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'string') return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(value);
  return false;
}

interface GeneratedCall {
  endpoint: EndpointDescriptor;
  params: Record<string, unknown>;
  headers?: Record<string, unknown> | undefined;
  extraParams?: Record<string, unknown> | undefined;
}

function build(call: GeneratedCall) {
  return buildRequest(call.endpoint, call.params, {
    baseUrl: 'https://api.example',
    apiKey: 'api-key-0123',
    accountKey: 'account-key-0123',
    headers: call.headers as Record<string, string> | undefined,
    extraParams: call.extraParams,
  });
}

describe('buildRequest, property-based (hardening)', () => {
  it('any generated call builds a request fetch accepts, or throws a ValidationError', () => {
    fc.assert(
      fc.property(aCall, (call) => {
        let built: ReturnType<typeof build>;
        try {
          built = build(call);
        } catch (error) {
          if (error instanceof ValidationError) {
            expect(error.endpoint).toBe(call.endpoint.key);
            expect(error.message).not.toContain('api-key-0123');
            return;
          }
          throw error;
        }
        const given = [...Object.values(call.params), ...Object.values(call.extraParams ?? {})];
        expect(given.every(sendable), 'a value no wire can carry was accepted').toBe(true);
        const request = new Request(built.url, { method: built.method, headers: built.headers, body: built.body ?? null });
        expect(new URL(request.url).origin).toBe('https://api.example');
        expect(new URL(request.url).pathname.startsWith(call.endpoint.path.split('{')[0] ?? '/')).toBe(true);
        expect(request.headers.get('x-api-key')).toBe('api-key-0123');
        if (built.body !== undefined) {
          const body = JSON.parse(built.body) as Record<string, unknown>;
          for (const value of Object.values(body)) expect(['string', 'number', 'boolean']).toContain(typeof value);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('through a client, a refused call sends nothing and is not retried', async () => {
    await fc.assert(
      fc.asyncProperty(aCall, async (call) => {
        let sent = 0;
        const api = createClient({
          apiKey: 'api-key-0123',
          accountKey: 'account-key-0123',
          maxRetries: 2,
          logger: { warn: () => undefined },
          fetch: async () => {
            sent += 1;
            return Response.json({ status: 'success' });
          },
        });
        let node: unknown = api;
        for (const part of call.endpoint.key.split('.')) node = (node as Record<string, unknown>)[part];
        const endpoint = node as (params: unknown, options: unknown) => Promise<unknown>;
        const outcome = await endpoint(call.params, { headers: call.headers, extraParams: call.extraParams }).then(
          () => 'sent',
          (error: unknown) => error,
        );
        if (outcome === 'sent') expect(sent).toBe(1);
        else {
          expect(outcome).toBeInstanceOf(ValidationError);
          expect(sent).toBe(0);
        }
      }),
      { numRuns: 500 },
    );
  });
});
