// The Scavio and user-handle descriptors, read from the spec files @tokkit/core generates from them
// (`@tokkit/core/spec.<provider>.json`): the same provider descriptors and endpoint descriptors, as data. The core's
// root export stays TikAPI-only, so Workers that bundle it carry no other provider; the spec files are inlined
// into this package's build (tsup.config.ts).
import type { EndpointDescriptor, ParamDescriptor, PagingDescriptor, ProviderDescriptor } from '@tokkit/core';
import scavioSpec from '@tokkit/core/spec.scavio.json' with { type: 'json' };
import userHandleSpec from '@tokkit/core/spec.userhandle.json' with { type: 'json' };

/** One endpoint as spec files list it: parameters as an array, each with its name and `required`. */
interface SpecEndpoint {
  key: string;
  method: EndpointDescriptor['method'];
  path: string;
  auth: EndpointDescriptor['auth'];
  safeToRetry: boolean;
  description?: string;
  paging?: PagingDescriptor;
  oneOf?: string[][];
  params: (ParamDescriptor & { name: string; required: boolean })[];
  /** The response schemas: spec-file only, not part of a descriptor. */
  response?: string;
  item?: string;
}

interface SpecFile {
  provider: ProviderDescriptor;
  endpoints: SpecEndpoint[];
}

function descriptorOf(endpoint: SpecEndpoint): EndpointDescriptor {
  const params: Record<string, ParamDescriptor> = {};
  for (const { name, required, wire, ...param } of endpoint.params) {
    params[name] = { ...param, ...(wire !== undefined && wire !== name ? { wire } : {}), ...(required ? { required } : {}) };
  }
  const { params: _listed, response: _response, item: _item, ...rest } = endpoint;
  return { ...rest, params };
}

export interface ProviderCatalogue {
  readonly provider: ProviderDescriptor;
  readonly endpoints: readonly EndpointDescriptor[];
}

function catalogueOf(spec: SpecFile): ProviderCatalogue {
  return { provider: spec.provider, endpoints: spec.endpoints.map(descriptorOf) };
}

export const scavioCatalogue = catalogueOf(scavioSpec as unknown as SpecFile);
export const userHandleCatalogue = catalogueOf(userHandleSpec as unknown as SpecFile);
