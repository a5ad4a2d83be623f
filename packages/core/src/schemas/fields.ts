// The field types every provider's response schemas are written with.

export const str = { type: 'string' } as const;
export const num = { type: 'number' } as const;
export const bool = { type: 'boolean' } as const;
/** A has-more flag some APIs send as `0`/`1` and others as `false`/`true`. */
export const flag = { type: { oneOf: ['number', 'boolean'] } } as const;
export const ref = (name: string) => ({ type: { ref: name } }) as const;
export const listOf = (name: string) => ({ type: { arrayOf: { ref: name } } }) as const;
export const required = <F extends object>(field: F) => ({ ...field, required: true }) as const;
