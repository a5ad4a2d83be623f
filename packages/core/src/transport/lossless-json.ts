/**
 * JSON.parse, except that integers beyond Number.MAX_SAFE_INTEGER keep their exact digits, as strings.
 * JSON.parse would round 1657000000000000001 to 1657000000000000000: a cursor sent back like that fetches the
 * wrong page, and an ID read like that names another object. (Node 20 has no JSON.parse source-text access.)
 */
export function parseJson(text: string): unknown {
  return JSON.parse(mayHoldUnsafeInteger(text) ? quoteUnsafeIntegers(text) : text);
}

/** 16 digits, spelled out: so written, the regexp engine looks 16 characters ahead and skips text fast. */
const DIGIT_RUN = /\d\d\d\d\d\d\d\d\d\d\d\d\d\d\d\d/g;

/**
 * Whether a run of 16 digits or more follows `:`, `[` or `,` (then JSON whitespace and a minus sign, optionally), as
 * a number token of that length does. A run inside a string (an ID sent as text) only costs the check. `test` rather
 * than `exec`: a page of IDs holds dozens of runs, and no match object is made for any of them.
 */
function mayHoldUnsafeInteger(text: string): boolean {
  DIGIT_RUN.lastIndex = 0;
  while (DIGIT_RUN.test(text)) {
    let before = DIGIT_RUN.lastIndex - 17;
    let code = text.charCodeAt(before);
    if (code === QUOTE || isDigit(code)) continue;
    if (code === MINUS) code = text.charCodeAt(--before);
    while (code === 32 || code === 9 || code === 10 || code === 13) code = text.charCodeAt(--before);
    if (code === 58 || code === 91 || code === 44) return true;
  }
  return false;
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

const QUOTE = 34;
const BACKSLASH = 92;
const MINUS = 45;

function isNumberChar(code: number): boolean {
  // 0-9 . e E + -
  return isDigit(code) || code === 46 || code === 101 || code === 69 || code === 43 || code === 45;
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
