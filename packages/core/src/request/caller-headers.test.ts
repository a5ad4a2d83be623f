// Caller headers that would split the request, replace its framing or carry a key: refused before sending,
// and never retried.
import { describe, expect, it } from 'vitest';
import { createClient } from '../client/client.js';
import { ValidationError } from '../errors.js';

const bad: [string, Record<string, string>][] = [
  ['a CR LF in a value', { 'X-Trace': 'a\r\nX-Injected: 1' }],
  ['a NUL in a value', { 'X-Trace': 'a\u0000b' }],
  ['Host', { Host: 'evil.example' }],
  ['Transfer-Encoding', { 'Transfer-Encoding': 'chunked' }],
  ['Content-Length', { 'Content-Length': '1' }],
  ['the API key header', { 'X-Api-Key': 'other' }],
  ['the account key header', { 'x-account-key': 'other' }],
];

describe('caller headers (hardening)', () => {
  function client(headers?: Record<string, string>) {
    let sent = 0;
    const fetch = async () => {
      sent += 1;
      return Response.json({ status: 'success' });
    };
    const api = createClient({ apiKey: 'k', fetch, maxRetries: 2, headers });
    return { api, sent: () => sent };
  }

  it.each(bad)('refuses %s given per call: ValidationError naming it, nothing sent', async (_case, headers) => {
    const { api, sent } = client();
    const error = await api.public.check({ username: 'x' }, { headers }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe(Object.keys(headers)[0]);
    expect(sent()).toBe(0);
  });

  it.each(bad)('refuses %s set on the client', async (_case, headers) => {
    const { api, sent } = client(headers);
    const error = await api.public.check({ username: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(sent()).toBe(0);
  });

  it('sends ordinary caller headers', async () => {
    const { api, sent } = client({ 'X-Client': 'c' });
    await api.public.check({ username: 'x' }, { headers: { 'X-Trace': 't1' } });
    expect(sent()).toBe(1);
  });
});
