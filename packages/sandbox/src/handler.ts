// The sandbox as a fetch handler (Request -> Response): runs on Node, Deno, Bun and workerd alike.
// Faults wrap the router: latency first, then a dropped connection or an error status, then body faults.
import { buildApp, failureFor, providerServers, serverFor } from './app.js';
import { FaultSyntaxError, parseFaults } from './fault-spec.js';
import { applyBodyFaults, brokenBody, FaultCounters, type FailureShape, planFaults, sleep, statusFault } from './faults.js';
import { resolveOptions, type SandboxOptions } from './options.js';
import type { SandboxProvider } from './providers.js';
import { RateLimiter } from './rate-limit.js';
import type { WorldConfig } from './world/config.js';

export const FAULT_HEADER = 'X-Sandbox-Fault';

/** What the runtime lets the handler do beyond answering. */
export interface SandboxEnv {
  /** Ends the connection without an answer (the Node listener destroys the socket). */
  dropConnection?: (() => void) | undefined;
}

export interface SandboxHandler {
  fetch(request: Request, env?: SandboxEnv): Promise<Response>;
  /** The world the handler serves (seed and list sizes). */
  readonly world: WorldConfig;
  /** The providers it serves, each below its `sandboxPrefix`. */
  readonly providers: readonly SandboxProvider[];
}

export function createSandboxHandler(options: SandboxOptions = {}): SandboxHandler {
  const resolved = resolveOptions(options);
  const serverFaults = parseFaults(resolved.faults);
  const counters = new FaultCounters();
  const limiter = resolved.rateLimit ? new RateLimiter(resolved.rateLimit.rps) : undefined;
  const servers = providerServers({ options: resolved, limiter });
  const app = buildApp(servers);

  async function fetch(request: Request, env: SandboxEnv = {}): Promise<Response> {
    const url = new URL(request.url);
    const shape: FailureShape = (status, code, message, headers) => failureFor(servers, url.pathname, status, code, message, headers);
    let rules = serverFaults;
    const header = resolved.faultHeader ? request.headers.get(FAULT_HEADER) : null;
    if (header) {
      try {
        rules = [...serverFaults, ...parseFaults(header)];
      } catch (error) {
        if (!(error instanceof FaultSyntaxError)) throw error;
        return shape(400, 'invalid_fault_header', `Invalid ${FAULT_HEADER} header: ${error.message}.`).toResponse();
      }
    }
    const key = serverFor(servers, url.pathname)?.keyHeader ?? 'x-api-key';
    const requestKey = `${request.method} ${url.pathname}${url.search} ${request.headers.get(key) ?? ''}`;
    const plan = planFaults(rules, counters, requestKey, resolved.latencyMs);
    await sleep(plan.latencyMs);
    if (plan.drop) {
      if (!env.dropConnection) return brokenBody(200, new Headers({ 'content-type': 'application/json; charset=utf-8' }));
      env.dropConnection();
      return new Response(null, { status: 502 });
    }
    if (plan.status !== undefined) return statusFault(plan, shape);
    return applyBodyFaults(await app.fetch(request), plan, env.dropConnection);
  }

  return { fetch, world: resolved.world, providers: resolved.providers };
}
