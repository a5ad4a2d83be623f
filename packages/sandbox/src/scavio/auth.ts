// Scavio's key: `Authorization: Bearer <key>`; missing or unknown answers 401 (the key is never echoed).
import { scavioFailure } from './errors.js';

export const SCAVIO_KEY_HEADER = 'authorization';

export function bearerKey(headers: Headers, accepted: ReadonlySet<string>): string {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.get(SCAVIO_KEY_HEADER) ?? '');
  const key = match?.[1];
  if (key === undefined || !accepted.has(key)) {
    throw scavioFailure(401, 'unauthorized', 'A valid API key is required in the Authorization header (Bearer <key>).');
  }
  return key;
}
