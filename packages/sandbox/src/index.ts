// `@tokkit/sandbox`: the Node listener plus everything of the runtime-agnostic handler.
export { createSandbox } from './node.js';
export type { RunningSandbox, Sandbox } from './node.js';
export * from './handler-entry.js';
