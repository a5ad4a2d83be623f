import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Call, endpointAt } from './endpoint-at.js';
import { type ExpectedRequest, expectSentAs, recordingFetch } from './recorded.js';
import { createClient, ValidationError } from '../packages/core/src/index.js';

interface Case {
  name: string;
  endpoint: string;
  params: Record<string, unknown>;
  options?: Record<string, unknown>;
  request?: ExpectedRequest;
  error?: { field: string; messageIncludes?: string };
}
interface Vectors {
  client: { apiKey: string; accountKey: string };
  valid: Case[];
  invalid: Case[];
}

const vectors = JSON.parse(readFileSync(new URL('./requests.json', import.meta.url), 'utf8')) as Vectors;

function recordingClient() {
  const { sent, fetch } = recordingFetch();
  const api = createClient({ ...vectors.client, fetch, maxRetries: 0, logger: { warn: () => undefined } });
  const endpoint = (key: string): Call => endpointAt(api, key);
  return { sent, endpoint };
}

describe('call -> request vectors', () => {
  it('covers every endpoint of the catalogue', () => {
    const catalogue = JSON.parse(readFileSync(new URL('./reference/tikapi-endpoints.json', import.meta.url), 'utf8')) as {
      endpoints: { key: string }[];
    };
    const covered = new Set(vectors.valid.map((c) => c.endpoint));
    expect(catalogue.endpoints.filter((e) => !covered.has(e.key))).toEqual([]);
  });

  it.each(vectors.valid.map((c) => [c.name, c] as const))('%s', async (_name, vector) => {
    const { sent, endpoint } = recordingClient();
    await endpoint(vector.endpoint)(vector.params, vector.options);
    expect(sent).toHaveLength(1);
    await expectSentAs(sent[0] as Request, vector.request as ExpectedRequest);
  });

  it.each(vectors.invalid.map((c) => [c.name, c] as const))('rejects %s before sending', async (_name, vector) => {
    const { sent, endpoint } = recordingClient();
    const error = await endpoint(vector.endpoint)(vector.params, vector.options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    const validation = error as ValidationError;
    expect(validation.field).toBe(vector.error?.field);
    expect(validation.endpoint).toBe(vector.endpoint);
    if (vector.error?.messageIncludes) expect(validation.message).toContain(vector.error.messageIncludes);
    expect(sent).toHaveLength(0);
  });
});
