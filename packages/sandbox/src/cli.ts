#!/usr/bin/env node
// tokkit-sandbox: serves the sandbox until SIGINT/SIGTERM. Prints exactly one line on stdout when ready:
//   tokkit-sandbox listening on http://127.0.0.1:<port>
import { parseArgs } from 'node:util';
import { createSandbox } from './node.js';
import type { SandboxOptions } from './options.js';
import { resolveProviders, SANDBOX_PROVIDERS, type SandboxProvider } from './providers.js';

const usage = `Usage: tokkit-sandbox [--port 8787] [--host 127.0.0.1] [--provider NAME]... [--seed N] [--latency MS]
                      [--rps N] [--credits N] [--faults SPEC] [--no-fault-header] [--posts N] [--comments N] [--lists N]

  --port         port to listen on (0 picks a free one; default 8787)
  --host         address to bind (default 127.0.0.1)
  --provider     serve only this provider: ${SANDBOX_PROVIDERS.join(', ')} (repeat it or give a comma list;
                 default all). TikAPI is served at the root, the others below /scavio and /userhandle
  --seed         seed of the generated data (default 1)
  --latency      milliseconds added to every answer
  --rps          answer 429 once an API key sends more requests per second
  --credits      Scavio credits each API key starts with (default 10000); at 0 requests answer 402
  --faults       faults for every request, e.g. "latency=100, 503x1" (same syntax as X-Sandbox-Fault)
  --no-fault-header  ignore the X-Sandbox-Fault request header
  --posts        lilyachty's posts (default 1000)
  --comments     comments on video 7109178205151464746 (default 5000)
  --lists        length of every other list (default 50)`;

function integer(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} needs a whole number (got "${value}")`);
  return n;
}

/** `--provider scavio --provider userhandle` or `--provider scavio,userhandle`; undefined serves all. */
function providerList(given: readonly string[] | undefined): readonly SandboxProvider[] | undefined {
  if (given === undefined) return undefined;
  const names = given.flatMap((value) => value.split(',')).map((name) => name.trim().toLowerCase()).filter(Boolean);
  try {
    return resolveProviders(names);
  } catch (error) {
    throw new Error(`--provider: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((arg) => arg !== '--'),
    options: {
      port: { type: 'string', default: '8787' },
      host: { type: 'string', default: '127.0.0.1' },
      seed: { type: 'string' },
      latency: { type: 'string' },
      rps: { type: 'string' },
      faults: { type: 'string' },
      'no-fault-header': { type: 'boolean', default: false },
      posts: { type: 'string' },
      comments: { type: 'string' },
      lists: { type: 'string' },
      provider: { type: 'string', multiple: true },
      credits: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  const rps = integer('rps', values.rps);
  const providers = providerList(values.provider);
  const options: SandboxOptions = {
    seed: integer('seed', values.seed),
    latencyMs: integer('latency', values.latency),
    rateLimit: rps ? { rps } : undefined,
    faults: values.faults,
    faultHeader: !values['no-fault-header'],
    providers,
    credits: integer('credits', values.credits),
    sizes: {
      ...(values.posts === undefined ? {} : { lilyachtyPosts: integer('posts', values.posts) }),
      ...(values.comments === undefined ? {} : { anchorComments: integer('comments', values.comments) }),
      ...(values.lists === undefined ? {} : { lists: integer('lists', values.lists) }),
    },
  };
  const running = await createSandbox(options).listen(integer('port', values.port) ?? 8787, values.host);
  process.stdout.write(`tokkit-sandbox listening on ${running.url}\n`);

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`tokkit-sandbox: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
