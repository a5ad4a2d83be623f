// The JSON object of a POST body (or a form-encoded one); `bad` words the 400 when it is neither.
import type { Failure } from './failures.js';

export async function readBody(request: Request, bad: () => Failure): Promise<Record<string, unknown>> {
  const text = await request.text();
  if (text.trim() === '') return {};
  if ((request.headers.get('content-type') ?? '').includes('application/x-www-form-urlencoded')) {
    return Object.fromEntries(new URLSearchParams(text));
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // answered below
  }
  throw bad();
}
