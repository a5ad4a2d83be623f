/**
 * JSON.parse, except that integers beyond Number.MAX_SAFE_INTEGER keep their exact digits, as strings.
 * JSON.parse would round 1657000000000000001 to 1657000000000000000: a cursor sent back like that fetches the
 * wrong page, and an ID read like that names another object. (Node 20 has no JSON.parse source-text access.)
 */
export function parseJson(text: string): unknown {
  // A number token follows `:`, `[` or `,`; 16 digits or more may be unsafe. A match inside a string only costs the scan.
  return JSON.parse(/[:[,]\s*-?\d{16}/.test(text) ? quoteUnsafeIntegers(text) : text);
}

const QUOTE = 34;
const BACKSLASH = 92;

function isNumberChar(code: number): boolean {
  // 0-9 . e E + -
  return (code >= 48 && code <= 57) || code === 46 || code === 101 || code === 69 || code === 43 || code === 45;
}

/** The same JSON text with every unsafe integer literal (outside strings) wrapped in quotes. */
export function quoteUnsafeIntegers(text: string): string {
  let out = '';
  let copiedUpTo = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      for (i++; i < text.length; i++) {
        const inner = text.charCodeAt(i);
        if (inner === BACKSLASH) i++;
        else if (inner === QUOTE) break;
      }
      continue;
    }
    if (!isNumberChar(code)) continue;
    let end = i + 1;
    while (end < text.length && isNumberChar(text.charCodeAt(end))) end++;
    const token = text.slice(i, end);
    if (/^-?\d{16,}$/.test(token) && !Number.isSafeInteger(Number(token))) {
      out += `${text.slice(copiedUpTo, i)}"${token}"`;
      copiedUpTo = end;
    }
    i = end - 1;
  }
  return copiedUpTo === 0 ? text : out + text.slice(copiedUpTo);
}
