// Which of the SDK's errors an endpoint can raise, and whether a failed call is retried, from its descriptor and
// the transport's retry policy.
import type { Spec, SpecEndpoint } from '../spec.js';

export interface ErrorRow {
  name: string;
  when: string;
}

export function errorsOf(spec: Spec, endpoint: SpecEndpoint): ErrorRow[] {
  return spec.provider.name === 'tikapi' ? tikapiErrors(endpoint) : otherErrors(spec, endpoint);
}

function tikapiErrors(endpoint: SpecEndpoint): ErrorRow[] {
  const rows: ErrorRow[] = [
    {
      name: 'ValidationError',
      when: endpoint.params.length
        ? 'a parameter is missing, unknown or malformed (`field` names it); nothing is sent'
        : 'a parameter is passed (this endpoint takes none); nothing is sent',
    },
  ];
  if (endpoint.params.length) rows.push({ name: 'BadRequestError', when: '400: the API rejected a parameter (`fields`)' });
  rows.push(
    { name: 'AuthenticationError', when: '401: the API key is missing or not valid' },
    { name: 'PermissionDeniedError', when: '403: refused; `tiktokStatusCode` and `tiktokMessage` say why' },
  );
  if (endpoint.auth === 'apiKey+accountKey') {
    rows.push({ name: 'AccountSessionExpiredError', when: "428: the account key's session expired; the account must authorize again" });
  }
  rows.push(
    { name: 'RateLimitError', when: '429: a rate or plan limit was reached (`retryAfter`)' },
    { name: 'InternalServerError', when: '5xx: the API failed' },
    ...connectionRows,
  );
  return rows;
}

export function retryNote(spec: Spec, endpoint: SpecEndpoint): string {
  const policy = spec.retryPolicy;
  if (!endpoint.safeToRetry) {
    return 'Never retried: this request changes something, and it may have taken effect even when no answer came back.';
  }
  return (
    `Retried up to \`maxRetries\` times (default 2) on ${policy.statusCodes.join(', ')}, network errors and timeouts; ` +
    `\`Retry-After\` is honoured up to ${policy.maxRetryAfterMs / 1000} s, otherwise backoff from ${policy.baseDelayMs} ms, ` +
    `capped at ${policy.maxDelayMs / 1000} s.`
  );
}

const connectionRows: ErrorRow[] = [
  { name: 'APIConnectionError', when: 'no usable response: the connection failed or the body could not be read' },
  { name: 'APITimeoutError', when: 'no response within `timeout`' },
  { name: 'APIUserAbortError', when: 'your `signal` aborted the call' },
];

/** The errors of providers that answer plain HTTP statuses (no TikTok status codes, no account keys). */
function otherErrors(spec: Spec, endpoint: SpecEndpoint): ErrorRow[] {
  const rows: ErrorRow[] = [
    { name: 'ValidationError', when: 'a parameter is missing, unknown or malformed (`field` names it); nothing is sent' },
    { name: 'BadRequestError', when: '400: the API rejected a parameter' },
  ];
  if (spec.provider.keys.apiKey.header.toLowerCase() === 'authorization') {
    rows.push({ name: 'AuthenticationError', when: '401: the API key is missing or not valid' });
  } else {
    rows.push({ name: 'PermissionDeniedError', when: '403: the API key is missing or not valid' });
  }
  if (spec.provider.credits) rows.push({ name: 'APIError', when: '402: no credits are left' });
  if (endpoint.params.some((p) => p.in === 'path')) rows.push({ name: 'APIError', when: '404: nothing has that handle or ID' });
  rows.push(
    { name: 'RateLimitError', when: '429: a rate limit was reached (`retryAfter`)' },
    { name: 'InternalServerError', when: '5xx: the API failed (502: TikTok could not be reached)' },
    ...connectionRows,
  );
  return rows;
}
