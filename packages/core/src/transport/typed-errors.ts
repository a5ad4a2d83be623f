import { APIConnectionError, type APIError, APITimeoutError } from '../errors.js';
import { type ErrorBodyFields, errorFromResponse } from './error-from-response.js';
import { redactError, redactHeaders, redactJson, redactText } from './redact.js';

/** The typed error for an error status, with every secret taken out of the body and headers. */
export function statusError(
  status: number,
  json: unknown,
  headers: Headers,
  secrets: readonly string[],
  errorBody?: ErrorBodyFields,
): APIError {
  return errorFromResponse(status, redactJson(json, secrets), redactHeaders(headers, secrets), errorBody);
}

export function timeoutError(timeout: number, method: string, retryable: boolean): APITimeoutError {
  const applied = retryable ? '' : ` The ${method} may have been applied.`;
  return new APITimeoutError(`No response within ${timeout} ms.${applied}`);
}

/** An unreadable or invalid body of a success: a POST may have been applied all the same. */
export function bodyError(problem: string, method: string, retryable: boolean): APIConnectionError {
  return new APIConnectionError(retryable ? problem : `${problem} The ${method} may have been applied.`);
}

/** fetch rejected (DNS, refused connection, TLS...): the cause is kept, without secrets. */
export function networkError(error: unknown, secrets: readonly string[]): APIConnectionError {
  if (!(error instanceof Error)) {
    return new APIConnectionError(`Could not reach the API: ${redactText(String(error), secrets)}`);
  }
  const inner = error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return new APIConnectionError(`Could not reach the API: ${redactText(`${error.message}${inner}`, secrets)}`, {
    cause: redactError(error, secrets),
  });
}

export const bodyProblems = {
  cut: (status: number) => `The connection closed before the body of HTTP ${status} was complete.`,
  notJson: (status: number) => `The API sent a body that is not valid JSON (HTTP ${status}).`,
};
