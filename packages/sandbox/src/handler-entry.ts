// `@tokkit/sandbox/handler`: the runtime-agnostic fetch handler, without the Node listener.
export { createSandboxHandler, FAULT_HEADER } from './handler.js';
export type { SandboxEnv, SandboxHandler } from './handler.js';
export type { SandboxOptions } from './options.js';
export type { ListSizes, WorldConfig } from './world/config.js';
export { defaultSizes } from './world/config.js';
export { SANDBOX_PROVIDERS } from './providers.js';
export type { SandboxProvider } from './providers.js';
