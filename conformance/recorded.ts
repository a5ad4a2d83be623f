import { expect } from 'vitest';

/** The exact HTTP request a vector expects. */
export interface ExpectedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: unknown;
}

/** A fetch that records every request it is sent and answers a plain success. */
export function recordingFetch(): { sent: Request[]; fetch: typeof globalThis.fetch } {
  const sent: Request[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    sent.push(new Request(input, init));
    return Response.json({ status: 'success' });
  };
  return { sent, fetch };
}

/** Checks a recorded request against the vector, byte for byte: method, URL (`url`, by default the vector's), headers, body. */
export async function expectSentAs(request: Request, expected: ExpectedRequest, url = expected.url): Promise<void> {
  expect(request.method).toBe(expected.method);
  expect(request.url).toBe(url);
  expect(Object.fromEntries(request.headers)).toEqual(
    Object.fromEntries(Object.entries(expected.headers).map(([k, v]) => [k.toLowerCase(), v])),
  );
  const text = await request.text();
  if (expected.body === undefined) expect(text).toBe('');
  else expect(JSON.parse(text)).toEqual(expected.body);
}
