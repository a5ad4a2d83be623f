/** A UTF-16 surrogate without its partner: not text, and `encodeURIComponent` throws on it. */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when the string is valid Unicode (no lone surrogate), so it can be sent as UTF-8. */
export function isWellFormed(text: string): boolean {
  return !loneSurrogate.test(text);
}
