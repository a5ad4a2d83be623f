// The Scavio and user-handle descriptors, read from the spec files @tokkit/core generates from them
// (`@tokkit/core/spec.<provider>.json`): the same provider descriptors and endpoint descriptors, as data. The core's
// root export stays TikAPI-only, so Workers that bundle it carry no other provider; the spec files are inlined
// into this package's build (tsup.config.ts).
import {
  descriptorFromSpec,
  type EndpointDescriptor,
  type ProviderDescriptor,
  type SpecEndpointData,
} from '@tokkit/core';
import scavioSpec from '@tokkit/core/spec.scavio.json' with { type: 'json' };
import userHandleSpec from '@tokkit/core/spec.userhandle.json' with { type: 'json' };

interface SpecFile {
  provider: ProviderDescriptor;
  endpoints: SpecEndpointData[];
}

export interface ProviderCatalogue {
  readonly provider: ProviderDescriptor;
  readonly endpoints: readonly EndpointDescriptor[];
}

function catalogueOf(spec: SpecFile): ProviderCatalogue {
  return { provider: spec.provider, endpoints: spec.endpoints.map(descriptorFromSpec) };
}

export const scavioCatalogue = catalogueOf(scavioSpec as unknown as SpecFile);
export const userHandleCatalogue = catalogueOf(userHandleSpec as unknown as SpecFile);
