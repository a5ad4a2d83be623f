import { createSandbox, type RunningSandbox } from '@tokkit/sandbox';

/** The sandbox on 127.0.0.1 with a free port; every runtime under test talks to it. */
export function startSandbox(): Promise<RunningSandbox> {
  return createSandbox().listen(0, '127.0.0.1');
}
