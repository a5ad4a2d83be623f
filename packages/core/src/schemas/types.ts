// The shape of response schemas: plain data, emitted into spec.json and turned into TS types and Python TypedDicts.

/** A field's type: a primitive, another schema by name, an array, a string-keyed map, or one of several. */
export type SchemaType =
  | 'string'
  | 'number'
  | 'boolean'
  | 'unknown'
  | { readonly ref: string }
  | { readonly arrayOf: SchemaType }
  | { readonly mapOf: SchemaType }
  | { readonly oneOf: readonly SchemaType[] };

export interface SchemaField {
  readonly type: SchemaType;
  /** Only when the API sends the field in every success body. */
  readonly required?: true;
}

/** An object the API returns. Every schema is lenient: fields it does not name are kept (typed `unknown`). */
export interface EntitySchema {
  readonly description?: string;
  /** A schema whose fields this one has too. */
  readonly extends?: string;
  readonly fields: Readonly<Record<string, SchemaField>>;
}

/** What an endpoint's success body is, and what `items()` yields; both name a schema. */
export interface EndpointSchemas {
  readonly response: string;
  readonly item?: string;
}
