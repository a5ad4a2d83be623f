import type { EndpointDescriptor, ParamDescriptor } from '../endpoints/types.js';

type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** What TypeScript accepts for one parameter: enums as unions, numeric IDs as string, number or bigint. */
export type ParamValue<P extends ParamDescriptor> = P extends { enum: readonly (infer E)[] }
  ? E
  : P extends { type: 'number' }
    ? number | `${number}`
    : P extends { type: 'boolean' }
      ? boolean
      : P extends { type: 'string' }
        ? P extends { acceptsNumber: true }
          ? string | number | bigint
          : string
        : string | number | bigint | boolean;

type RequiredNames<Ps> = { [K in keyof Ps]: Ps[K] extends { required: true } ? K : never }[keyof Ps];

/** The params object of an endpoint: required keys required, the rest optional, nothing else. */
export type ParamsOf<D extends EndpointDescriptor> = [keyof D['params']] extends [never]
  ? Record<string, never>
  : Simplify<
      { [K in RequiredNames<D['params']>]: ParamValue<D['params'][K]> } & {
        [K in Exclude<keyof D['params'], RequiredNames<D['params']>>]?: ParamValue<D['params'][K]> | null | undefined;
      }
    >;

export type HasRequiredParams<D extends EndpointDescriptor> = [RequiredNames<D['params']>] extends [never] ? false : true;
