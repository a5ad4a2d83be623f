// Error answers, shaped like the real API's: TikAPI's carry `status: "error"`; other providers' bodies go out as given.
import { tiktokStatusCodes } from '@tokkit/core';

/** An error answer; thrown by any step of a request and turned into the response by the handler. */
export class Failure extends Error {
  readonly status: number;
  readonly body: Readonly<Record<string, unknown>>;
  readonly headers: Readonly<Record<string, string>>;

  constructor(status: number, body: Record<string, unknown>, headers: Record<string, string> = {}, exact = false) {
    super(typeof body.message === 'string' ? body.message : `HTTP ${status}`);
    this.status = status;
    this.body = exact ? { ...body } : { status: 'error', ...body };
    this.headers = headers;
  }

  /** An error answer whose body is exactly `body` (the Scavio and user-handle shapes). */
  static exact(status: number, body: Record<string, unknown>, headers: Record<string, string> = {}): Failure {
    return new Failure(status, body, headers, true);
  }

  toResponse(): Response {
    return jsonResponse(this.body, this.status, this.headers);
  }
}

export function jsonResponse(body: unknown, status = 200, headers: Readonly<Record<string, string>> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

/** 403 with a documented TikTok statusCode (10202 user doesn't exist, 10204 video doesn't exist, ...). */
export function tiktokFailure(code: number): Failure {
  return new Failure(403, { message: tiktokStatusCodes[code] ?? 'Something went wrong.', statusCode: code });
}

/** 400 for parameters: "Missing fields." when any is missing, otherwise "Invalid fields.". */
export function fieldsFailure(missing: Record<string, string>, invalid: Record<string, string> = {}): Failure {
  const anyMissing = Object.keys(missing).length > 0;
  return new Failure(400, { message: anyMissing ? 'Missing fields.' : 'Invalid fields.', fields: { ...invalid, ...missing } });
}
