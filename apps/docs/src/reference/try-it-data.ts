// What the Try it form of each endpoint page needs, and nothing more: the call, its parameters and examples.
import type { Scalar, Spec } from '../spec.js';
import { exampleValues } from './examples.js';

export interface TryItParam {
  name: string;
  type: string;
  required: boolean;
  enum?: (string | number)[];
}

export interface TryItEndpoint {
  key: string;
  method: 'GET' | 'POST';
  account: boolean;
  paged: boolean;
  params: TryItParam[];
  example: Record<string, Scalar>;
}

export function tryItData(spec: Spec): Record<string, TryItEndpoint> {
  return Object.fromEntries(
    spec.endpoints.map((e) => [
      e.key,
      {
        key: e.key,
        method: e.method,
        account: e.auth === 'apiKey+accountKey',
        paged: e.paging !== undefined,
        params: e.params.map((p) => ({
          name: p.name,
          type: p.type ?? 'string',
          required: p.required,
          ...(p.enum ? { enum: p.enum } : {}),
        })),
        example: exampleValues(spec, e),
      },
    ]),
  );
}
