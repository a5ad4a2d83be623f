// What makes two items of a run the same item, so a page that repeats earlier ones can be told apart from a new
// one. Python's `_identity.py` follows the same rules.

/** Fields that name an item, in the order they are tried (posts, comments, users, rooms, messages). */
const ID_FIELDS = ['id', 'cid', 'aweme_id', 'uid', 'user_id', 'room_id', 'conversation_id', 'msg_id'] as const;
/** Where an item that has no id of its own keeps the thing it is about (`{ user: { id }, stats }`). */
const NESTED = ['user', 'aweme', 'item', 'challenge', 'music', 'room'] as const;

type Json = Record<string, unknown>;

/** A JSON object (not an array, not null). */
export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function ownId(item: Json): string | undefined {
  for (const field of ID_FIELDS) {
    const value = item[field];
    if ((typeof value === 'string' && value !== '') || (typeof value === 'number' && Number.isFinite(value))) {
      return `${field}:${String(value)}`;
    }
  }
  return undefined;
}

/** JSON text with object keys sorted, so two equal values always read the same. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (isObject(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * A key that is equal for the same item on two pages: its id (`id`, `cid`, `aweme_id`, ..., a number and its
 * decimal text being one id), else the id of what it wraps (`user.id`), else its whole JSON.
 */
export function itemIdentity(item: unknown): string {
  if (isObject(item)) {
    const own = ownId(item);
    if (own !== undefined) return own;
    for (const field of NESTED) {
      const inner = item[field];
      const nested = isObject(inner) ? ownId(inner) : undefined;
      if (nested !== undefined) return `${field}.${nested}`;
    }
  }
  return `json:${stableJson(item)}`;
}
