import { ValidationError } from '../errors.js';

/** Any character a header value cannot carry, or that no key contains: controls (CR, LF, NUL...) and non-Latin-1. */
const notKeyText = /[\u0000-\u001F\u007F]|[^\u0000-\u00FF]/;

/**
 * A key as given, without the whitespace around it (a key read from a file or made with `echo` ends in a newline).
 * One with a control character inside is refused, by name only: the message never contains the key.
 */
export function cleanKey(option: 'apiKey' | 'accountKey', key: string | undefined): string | undefined {
  if (key === undefined) return undefined;
  if (typeof key !== 'string') throw new ValidationError('client', option, 'a string', `is a ${typeof key}`);
  const trimmed = key.trim();
  if (notKeyText.test(trimmed)) {
    throw new ValidationError('client', option, 'the key as the dashboard shows it', 'has a control or non-Latin-1 character inside');
  }
  return trimmed === '' ? undefined : trimmed;
}
