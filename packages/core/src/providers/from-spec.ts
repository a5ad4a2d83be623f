import type { EndpointDescriptor, ParamDescriptor } from '../endpoints/types.js';

/** One parameter as a spec file lists it: with its name, its wire name and `required` always written out. */
export interface SpecParamData extends ParamDescriptor {
  readonly name: string;
  readonly wire?: string;
  readonly required: boolean;
}

/** One endpoint as a spec file (`@tokkit/core/spec*.json`) lists it: params as a list, response schema names beside. */
export interface SpecEndpointData extends Omit<EndpointDescriptor, 'params'> {
  readonly params: readonly SpecParamData[];
  readonly response?: string;
  readonly item?: string;
}

/** The descriptor a spec file's endpoint was emitted from: the inverse of the spec emitter, for readers of spec files. */
export function descriptorFromSpec(endpoint: SpecEndpointData): EndpointDescriptor {
  const params: Record<string, ParamDescriptor> = {};
  for (const { name, required, wire, ...param } of endpoint.params) {
    params[name] = { ...param, ...(wire !== undefined && wire !== name ? { wire } : {}), ...(required ? { required } : {}) };
  }
  const { params: _listed, response: _response, item: _item, ...rest } = endpoint;
  return { ...rest, params };
}
