// Response schemas as data. Read by scripts only (spec.json, the generated TS types): no runtime build imports it.
import { entitySchemas } from './entities.js';
import { endpointSchemas } from './endpoints.js';
import type { EndpointSchemas, EntitySchema } from './types.js';

export type { EndpointSchemas, EntitySchema, SchemaField, SchemaType } from './types.js';

export const schemas: Readonly<Record<string, EntitySchema>> = entitySchemas;

/** The schemas of one endpoint: its listed ones, else a lenient body (and lenient items when it pages). */
export function schemasOf(
  key: string,
  paged: boolean,
  byKey: Readonly<Record<string, EndpointSchemas>> = endpointSchemas,
): EndpointSchemas {
  const listed = byKey[key];
  if (listed) return listed;
  return paged ? { response: 'ResponseBody', item: 'Lenient' } : { response: 'ResponseBody' };
}

export { endpointSchemas };
