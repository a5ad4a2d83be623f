// The providers the sandbox can serve, each below its descriptor's `sandboxPrefix`.
export const SANDBOX_PROVIDERS = ['tikapi', 'scavio', 'userhandle'] as const;

export type SandboxProvider = (typeof SANDBOX_PROVIDERS)[number];

export function isSandboxProvider(name: string): name is SandboxProvider {
  return (SANDBOX_PROVIDERS as readonly string[]).includes(name);
}

/** The providers to serve, in catalogue order; every one by default. Throws on an unknown name or an empty list. */
export function resolveProviders(given: readonly string[] | undefined): readonly SandboxProvider[] {
  if (given === undefined) return SANDBOX_PROVIDERS;
  const unknown = given.filter((name) => !isSandboxProvider(name));
  if (unknown.length) {
    throw new RangeError(
      `Unknown provider ${unknown.map((name) => JSON.stringify(name)).join(', ')}: the sandbox serves ${SANDBOX_PROVIDERS.join(', ')}.`,
    );
  }
  if (given.length === 0) throw new RangeError(`providers must name at least one of ${SANDBOX_PROVIDERS.join(', ')}.`);
  return SANDBOX_PROVIDERS.filter((name) => given.includes(name));
}
