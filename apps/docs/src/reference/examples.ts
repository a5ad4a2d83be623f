// The parameters a sample and the captured response use: every parameter with a documented example, plus any
// required one, minus the proxy-routing parameters every endpoint accepts (they would only add noise).
import type { Scalar, Spec, SpecEndpoint, SpecParam } from '../spec.js';

const routingParams = new Set(['country', 'session_id']);

export interface ExampleValue {
  value: Scalar;
  /** Where the value came from when the parameter documents no example. */
  borrowedFrom?: string;
}

function fallback(spec: Spec, param: SpecParam): ExampleValue | undefined {
  if (param.default !== undefined) return { value: param.default };
  if (param.enum?.length) return { value: param.enum[0] as Scalar };
  for (const other of spec.endpoints) {
    const same = other.params.find((p) => p.name === param.name && p.example !== undefined);
    if (same?.example !== undefined) return { value: same.example, borrowedFrom: other.key };
  }
  return undefined;
}

export function exampleParams(spec: Spec, endpoint: SpecEndpoint): Record<string, ExampleValue> {
  const out: Record<string, ExampleValue> = {};
  for (const param of endpoint.params) {
    if (routingParams.has(param.name) && !param.required) continue;
    if (param.example !== undefined) out[param.name] = { value: param.example };
    else if (param.required) {
      const value = fallback(spec, param);
      if (!value) throw new Error(`${endpoint.key}: required parameter "${param.name}" has no example to show`);
      out[param.name] = value;
    }
  }
  return out;
}

export function exampleValues(spec: Spec, endpoint: SpecEndpoint): Record<string, Scalar> {
  return Object.fromEntries(Object.entries(exampleParams(spec, endpoint)).map(([name, { value }]) => [name, value]));
}
