import { endpointTree } from './index.js';
import type { EndpointDescriptor } from './types.js';

function collect(node: object, out: EndpointDescriptor[]): EndpointDescriptor[] {
  for (const child of Object.values(node)) {
    if ('method' in child && 'path' in child) out.push(child as EndpointDescriptor);
    else collect(child as object, out);
  }
  return out;
}

// Module-level work is marked pure or done on first use, so a bundle that never reads the list (a Worker that only
// calls endpoints) drops it: dist/index.js is one module, where `sideEffects: false` alone cannot remove it.

/** Every endpoint descriptor, in catalogue order. */
export const allEndpoints: readonly EndpointDescriptor[] = /* @__PURE__ */ collect(endpointTree, []);

let byKey: Map<string, EndpointDescriptor> | undefined;

export function endpointByKey(key: string): EndpointDescriptor | undefined {
  byKey ??= new Map(allEndpoints.map((e) => [e.key, e]));
  return byKey.get(key);
}
