// Every provider with its endpoints and response schemas: what spec files, OpenAPI documents and tests are made
// from. Imports the schemas, so no runtime build imports this module.
import { allEndpoints } from '../endpoints/list.js';
import type { EndpointDescriptor } from '../endpoints/types.js';
import { endpointSchemas, schemas } from '../schemas/index.js';
import type { EndpointSchemas, EntitySchema } from '../schemas/types.js';
import { scavio, scavioEndpoints } from './scavio/index.js';
import { scavioEndpointSchemas, scavioSchemas } from './scavio/schemas.js';
import { tikapi } from './tikapi.js';
import type { ProviderDescriptor } from './types.js';
import { userhandle, userHandleEndpoints } from './userhandle/index.js';
import { userHandleEndpointSchemas, userHandleSchemas } from './userhandle/schemas.js';

export interface Catalogue {
  readonly provider: ProviderDescriptor;
  /** The API version the descriptors follow, when the provider numbers its docs. */
  readonly apiVersion?: string;
  readonly endpoints: readonly EndpointDescriptor[];
  readonly schemas: Readonly<Record<string, EntitySchema>>;
  /** The schemas of each endpoint by key; unlisted endpoints answer `ResponseBody` (and yield `Lenient` items). */
  readonly endpointSchemas: Readonly<Record<string, EndpointSchemas>>;
}

export const catalogues = {
  tikapi: { provider: tikapi, apiVersion: '3.1.4', endpoints: allEndpoints, schemas, endpointSchemas },
  scavio: { provider: scavio, endpoints: scavioEndpoints, schemas: scavioSchemas, endpointSchemas: scavioEndpointSchemas },
  userhandle: {
    provider: userhandle,
    endpoints: userHandleEndpoints,
    schemas: userHandleSchemas,
    endpointSchemas: userHandleEndpointSchemas,
  },
} as const satisfies Readonly<Record<string, Catalogue>>;

export type ProviderName = keyof typeof catalogues;

/** The file names a provider's spec and OpenAPI document are written to in dist/: TikAPI's keep their names. */
export function specFileNames(name: string): { spec: string; openapi: string } {
  return name === 'tikapi'
    ? { spec: 'spec.json', openapi: 'openapi.json' }
    : { spec: `spec.${name}.json`, openapi: `openapi.${name}.json` };
}
