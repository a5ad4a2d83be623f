/**
 * JSON.parse, except that integers beyond Number.MAX_SAFE_INTEGER keep their exact digits, as strings.
 * JSON.parse would round 1657000000000000001 to 1657000000000000000: a cursor sent back like that fetches the
 * wrong page, and an ID read like that names another object. (Node 20 has no JSON.parse source-text access.)
 */
export function parseJson(text: string): unknown {
  return JSON.parse(mayHoldUnsafeInteger(text) ? quoteUnsafeIntegers(text) : text);
}

/** 16 digits or more, spelled out: so written, the regexp engine looks 16 characters ahead and skips text fast. */
const DIGIT_RUN = /\d\d\d\d\d\d\d\d\d\d\d\d\d\d\d\d\d*/g;

/**
 * Whether a run of 16 digits or more follows `:`, `[` or `,` (then JSON whitespace and a minus sign, optionally), as
 * a number token of that length does. A run inside a string (an ID sent as text) only costs the check.
 */
function mayHoldUnsafeInteger(text: string): boolean {
  DIGIT_RUN.lastIndex = 0;
  for (let run = DIGIT_RUN.exec(text); run; run = DIGIT_RUN.exec(text)) {
    let before = run.index - 1;
    if (text.charCodeAt(before) === MINUS) before--;
    while (/[ \t\n\r]/.test(text.charAt(before))) before--;
    if (':[,'.includes(text.charAt(before) || '.')) return true;
  }
  return false;
}

const QUOTE = 34;
const BACKSLASH = 92;
const MINUS = 45;

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
