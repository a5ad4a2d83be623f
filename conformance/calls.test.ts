import { readFileSync } from 'node:fs';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { endpointAt } from './endpoint-at.js';
import { type ExpectedRequest, expectSentAs, recordingFetch } from './recorded.js';
import {
  callRequest,
  type ClientOptions,
  createClient,
  endpointByKey,
  resolveCall,
  TikAPIError,
  ValidationError,
} from '../packages/core/src/index.js';

interface Case {
  name: string;
  client: ClientOptions;
  scope?: { accountKey: string };
  endpoint: string;
  params: Record<string, unknown>;
  options?: Record<string, unknown>;
  expect: {
    request?: ExpectedRequest;
    paging?: Record<string, string | number> | null;
    transport?: { timeout: number; maxRetries: number; maxResponseBytes: number; safeToRetry: boolean };
    error?: { type: 'TikAPIError' | 'ValidationError'; field?: string; messageIncludes: string };
  };
}

const vectors = JSON.parse(readFileSync(new URL('./calls.json', import.meta.url), 'utf8')) as { $comment: string; cases: Case[] };

function resolve(vector: Case) {
  const descriptor = endpointByKey(vector.endpoint);
  if (!descriptor) throw new Error(`no endpoint ${vector.endpoint}`);
  return resolveCall({ options: vector.client, accountKey: vector.scope?.accountKey }, descriptor, vector.params, vector.options);
}

function checkError(error: unknown, expected: NonNullable<Case['expect']['error']>): void {
  expect(error).toBeInstanceOf(expected.type === 'ValidationError' ? ValidationError : TikAPIError);
  expect((error as Error).message).toContain(expected.messageIncludes);
  if (expected.field !== undefined) expect((error as ValidationError).field).toBe(expected.field);
}

/** The call made through a real client (and account scope) over a transport that records what it is sent. */
async function sentThroughClient(vector: Case) {
  const { sent, fetch } = recordingFetch();
  const api = createClient({ ...vector.client, fetch, logger: { warn: () => undefined } });
  const root = vector.scope && vector.endpoint.startsWith('user.') ? api.user(vector.scope) : api;
  const key = root === api ? vector.endpoint : vector.endpoint.slice('user.'.length);
  await endpointAt(root, key)(vector.params, vector.options);
  return sent;
}

describe('call vectors (resolveCall)', () => {
  it('start with a $comment and cover a read, a write, a scope, the sandbox, a resume value and a refusal', () => {
    expect(Object.keys(vectors)[0]).toBe('$comment');
    const { cases } = vectors;
    expect(cases.some((c) => c.expect.transport?.safeToRetry === false)).toBe(true);
    expect(cases.some((c) => c.scope)).toBe(true);
    expect(cases.some((c) => c.client.sandbox)).toBe(true);
    expect(cases.some((c) => c.expect.paging)).toBe(true);
    expect(cases.some((c) => c.expect.error)).toBe(true);
  });

  it.each(vectors.cases.map((c) => [c.name, c] as const))('%s', async (_name, vector) => {
    const { error } = vector.expect;
    if (error) {
      expect(() => callRequest(resolve(vector))).toThrow();
      try {
        callRequest(resolve(vector));
      } catch (thrown) {
        checkError(thrown, error);
      }
      await expect(sentThroughClient(vector)).rejects.toThrow(error.messageIncludes);
      return;
    }
    const call = resolve(vector);
    const request = callRequest(call);
    const expected = vector.expect.request as ExpectedRequest;
    expect({ ...request, body: request.body === undefined ? undefined : JSON.parse(request.body) }).toEqual({
      ...expected,
      body: expected.body,
    });
    expect(call.paging ?? null).toEqual(vector.expect.paging);
    const { timeout, maxRetries, maxResponseBytes, safeToRetry } = call.transport;
    expect({ timeout, maxRetries, maxResponseBytes, safeToRetry }).toEqual(vector.expect.transport);
    // The user's keys are part of the call but never shown when it is logged or serialized.
    for (const key of [vector.client.apiKey, vector.client.accountKey, vector.scope?.accountKey]) {
      if (key) expect(`${JSON.stringify(call)} ${inspect(call, { depth: 9 })}`).not.toContain(key);
    }

    const sent = await sentThroughClient(vector);
    expect(sent).toHaveLength(1);
    await expectSentAs(sent[0] as Request, expected, new URL(expected.url).href);
  });
});
