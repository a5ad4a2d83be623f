// Faults for tests: added latency, error statuses, dropped or cut connections, malformed, truncated and slow
// bodies. Which rules fire for a request is decided here; the handler only asks for the plan and applies it.
import { Failure } from './failures.js';
import type { FaultRule } from './fault-spec.js';

/** What to do to one request. */
export interface FaultPlan {
  latencyMs: number;
  status: number | undefined;
  retryAfter: number;
  drop: boolean;
  cut: boolean;
  malformed: boolean;
  truncate: boolean;
  slowBodyMs: number;
}

const MAX_COUNTERS = 10_000;

/**
 * The most delay the faults of one request add, latency and slow body together, however many rules ask for more
 * (`latency=1500` four times holds a request 10 s at most, not 6 s more each time): a header cannot hold the
 * sandbox's connections for long.
 */
export const MAX_FAULT_DELAY_MS = 10_000;

/** Counts matching requests per rule, so `503x2` fails twice, passes once, and starts over. */
export class FaultCounters {
  readonly #counts = new Map<string, number>();

  /** Whether the rule fires for this request (and counts it when it does). */
  fires(rule: FaultRule, requestKey: string): boolean {
    if (rule.times === undefined) return true;
    const key = `${rule.source}\u0000${requestKey}`;
    const seen = this.#counts.get(key) ?? 0;
    if (seen >= rule.times) {
      this.#counts.delete(key);
      return false;
    }
    if (this.#counts.size >= MAX_COUNTERS) this.#counts.clear();
    this.#counts.set(key, seen + 1);
    return true;
  }
}

export function planFaults(rules: readonly FaultRule[], counters: FaultCounters, requestKey: string, baseLatencyMs: number): FaultPlan {
  const plan: FaultPlan = {
    latencyMs: baseLatencyMs,
    status: undefined,
    retryAfter: 1,
    drop: false,
    cut: false,
    malformed: false,
    truncate: false,
    slowBodyMs: 0,
  };
  for (const rule of rules) {
    if (rule.kind === 'retry-after') {
      plan.retryAfter = rule.value;
      continue;
    }
    if (!counters.fires(rule, requestKey)) continue;
    switch (rule.kind) {
      case 'status':
        plan.status ??= rule.value;
        break;
      case 'latency':
        plan.latencyMs += rule.value;
        break;
      case 'slow-body':
        plan.slowBodyMs += rule.value;
        break;
      case 'drop':
        plan.drop = true;
        break;
      case 'cut':
        plan.cut = true;
        break;
      case 'malformed':
        plan.malformed = true;
        break;
      case 'truncate':
        plan.truncate = true;
        break;
    }
  }
  const latency = Math.min(plan.latencyMs - baseLatencyMs, MAX_FAULT_DELAY_MS);
  plan.latencyMs = baseLatencyMs + latency;
  plan.slowBodyMs = Math.min(plan.slowBodyMs, MAX_FAULT_DELAY_MS - latency);
  return plan;
}

export function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

/** Builds an error answer in the shape of the provider a request is for (see app.ts `failureFor`). */
export type FailureShape = (status: number, code: string, message: string, headers?: Record<string, string>) => Failure;

const tikapiShape: FailureShape = (status, _code, message, headers) => new Failure(status, { message }, headers);

/** The answer of a status fault: 429 like the API's rate limit (with Retry-After), others generic. */
export function statusFault(plan: FaultPlan, shape: FailureShape = tikapiShape): Response {
  const status = plan.status ?? 500;
  if (status === 429) {
    return shape(429, 'rate_limited', 'API Key Rate-Limit reached.', { 'Retry-After': String(plan.retryAfter) }).toResponse();
  }
  return shape(status, 'sandbox_fault', `Sandbox fault: HTTP ${status} (X-Sandbox-Fault).`).toResponse();
}

/**
 * A response whose body fails: at once (`drop` where no socket can be destroyed) or after `prefix` (`cut`).
 * The failure comes a moment after the first read, so a server has already sent the status and the prefix; where
 * the runtime can end the connection (`dropConnection`), it is ended instead of failing the stream.
 */
export function brokenBody(status: number, headers: Headers, prefix = '', dropConnection?: () => void): Response {
  const bytes = new TextEncoder().encode(prefix);
  let started = false;
  const stream = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!started && bytes.length) {
          started = true;
          controller.enqueue(bytes);
          return;
        }
        await sleep(20);
        if (!dropConnection) {
          controller.error(new Error('sandbox fault: connection dropped'));
          return;
        }
        dropConnection();
        try {
          controller.close();
        } catch {
          // already cancelled by the closed connection
        }
      },
    },
    { highWaterMark: 0 },
  );
  const out = new Headers(headers);
  out.delete('content-length');
  return new Response(stream, { status, headers: out });
}

function slowStream(text: string, totalMs: number): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  const chunks = Math.max(1, Math.min(10, bytes.length));
  const chunkSize = Math.ceil(bytes.length / chunks);
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      await sleep(totalMs / chunks);
      controller.enqueue(bytes.slice(sent, sent + chunkSize));
      sent += chunkSize;
      if (sent >= bytes.length) controller.close();
    },
  });
}

/** Applies the body faults of a plan to a finished answer. */
export async function applyBodyFaults(response: Response, plan: FaultPlan, dropConnection?: () => void): Promise<Response> {
  if (!plan.malformed && !plan.truncate && !plan.cut && plan.slowBodyMs === 0) return response;
  let text = await response.text();
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  if (plan.cut) return brokenBody(response.status, headers, text.slice(0, Math.floor(text.length / 2)), dropConnection);
  if (plan.malformed) text = text.replace(/\}\s*$/, ',}');
  if (plan.truncate) text = text.slice(0, Math.floor(text.length / 2));
  if (plan.slowBodyMs > 0) return new Response(slowStream(text, plan.slowBodyMs), { status: response.status, headers });
  return new Response(text, { status: response.status, headers });
}

