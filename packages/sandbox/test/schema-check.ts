// Test support: where a JSON value does not fit a response schema of a spec file (spec.json, spec.<provider>.json).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

type SchemaType = string | { ref: string } | { arrayOf: SchemaType } | { mapOf: SchemaType } | { oneOf: SchemaType[] };
interface Field {
  type: SchemaType;
  required?: boolean;
}
interface Schema {
  extends?: string;
  fields: Record<string, Field>;
}
export interface SpecParam {
  name: string;
  in: string;
  required: boolean;
  example?: unknown;
}
export interface SpecEndpoint {
  key: string;
  method: string;
  path: string;
  auth: string;
  response: string;
  item?: string;
  oneOf?: string[][];
  params: SpecParam[];
  paging?: { container?: string; items: string[] };
}
export interface Spec {
  schemas: Record<string, Schema>;
  endpoints: SpecEndpoint[];
}

const require = createRequire(import.meta.url);

/** A spec file of @tokkit/core's build: `spec.json` (TikAPI) or `spec.<provider>.json`. */
export function loadSpec(file: string): Spec {
  return JSON.parse(readFileSync(require.resolve(`@tokkit/core/${file}`), 'utf8')) as Spec;
}

export function fieldsOf(spec: Spec, name: string): Record<string, Field> {
  const schema = spec.schemas[name];
  if (!schema) throw new Error(`no schema ${name}`);
  return { ...(schema.extends ? fieldsOf(spec, schema.extends) : {}), ...schema.fields };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every place where `value` does not fit `type`; empty when it fits. */
export function misfits(spec: Spec, value: unknown, type: SchemaType, at: string): string[] {
  if (typeof type === 'string') {
    if (type === 'unknown') return [];
    const ok = type === 'number' ? typeof value === 'number' : typeof value === type;
    return ok ? [] : [`${at}: ${JSON.stringify(value)} is not a ${type}`];
  }
  if ('ref' in type) {
    if (!isObject(value)) return [`${at}: not an object (${type.ref})`];
    return Object.entries(fieldsOf(spec, type.ref)).flatMap(([name, field]) => {
      if (name in value) return misfits(spec, value[name], field.type, `${at}.${name}`);
      return field.required ? [`${at}.${name}: missing, but ${type.ref} requires it`] : [];
    });
  }
  if ('arrayOf' in type) {
    if (!Array.isArray(value)) return [`${at}: not an array`];
    return value.flatMap((element, i) => misfits(spec, element, type.arrayOf, `${at}[${i}]`));
  }
  if ('mapOf' in type) {
    if (!isObject(value)) return [`${at}: not an object`];
    return Object.entries(value).flatMap(([key, element]) => misfits(spec, element, type.mapOf, `${at}.${key}`));
  }
  return type.oneOf.some((option) => misfits(spec, value, option, at).length === 0)
    ? []
    : [`${at}: ${JSON.stringify(value)} is none of ${JSON.stringify(type.oneOf)}`];
}

/** Fields a schema names that `value` lacks (one level): for entities the replica must answer in full. */
export function absentFields(spec: Spec, value: unknown, schema: string): string[] {
  if (!isObject(value)) return ['(not an object)'];
  return Object.keys(fieldsOf(spec, schema)).filter((name) => !(name in value));
}
