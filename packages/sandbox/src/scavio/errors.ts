// Scavio's error body: `{ "error": "<short code>", "message": "<text>" }`.
import { Failure } from '../failures.js';

export function scavioFailure(status: number, error: string, message: string, headers: Record<string, string> = {}): Failure {
  return Failure.exact(status, { error, message }, headers);
}

export const notFoundFailure = (what: string, value: string) =>
  scavioFailure(404, `${what}_not_found`, `No ${what} matches ${JSON.stringify(value)}.`);

export const badParameter = (name: string, message: string) => scavioFailure(400, 'invalid_parameter', `Invalid ${name}: ${message}`);
