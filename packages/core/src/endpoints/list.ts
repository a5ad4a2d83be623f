import { endpointTree } from './index.js';
import type { EndpointDescriptor } from './types.js';

function collect(node: object, out: EndpointDescriptor[]): EndpointDescriptor[] {
  for (const child of Object.values(node)) {
    if ('method' in child && 'path' in child) out.push(child as EndpointDescriptor);
    else collect(child as object, out);
  }
  return out;
}

/** Every endpoint descriptor, in catalogue order. */
export const allEndpoints: readonly EndpointDescriptor[] = collect(endpointTree, []);

const byKey = new Map(allEndpoints.map((e) => [e.key, e]));

export function endpointByKey(key: string): EndpointDescriptor | undefined {
  return byKey.get(key);
}
