const REDACTED = '[redacted]';

/** `a` -> `[aA]`, so hex digits match in either case; other characters stand for themselves. */
function anyCase(hex: string): string {
  return [...hex].map((c) => (/[a-f]/i.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c)).join('');
}

function hex(value: number, width: number): string {
  return value.toString(16).padStart(width, '0');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/**
 * Every way one character can be written where a reader decodes it again: itself, a JSON escape (`\u0053`, and
 * `\/`), percent-encoded UTF-8 (`%53`, also encoded twice: `%2553`) and an HTML character reference (`&#83;`).
 */
function characterForms(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  const forms = [escapeRegExp(char)];
  const units = char.length === 2 ? [char.charCodeAt(0), char.charCodeAt(1)] : [code];
  forms.push(units.map((unit) => `\\\\[uU]${anyCase(hex(unit, 4))}`).join(''));
  if (char === '/' || char === '"' || char === '\\') forms.push(`\\\\${escapeRegExp(char)}`);
  const bytes = [...new TextEncoder().encode(char)].map((b) => anyCase(hex(b, 2)));
  forms.push(bytes.map((b) => `%${b}`).join(''), bytes.map((b) => `%25${b}`).join(''));
  forms.push(`&#0*${code};`, `&#[xX]0*${anyCase(hex(code, 1))};`);
  return `(?:${forms.join('|')})`;
}

/**
 * A function that replaces each secret in a text, written plainly or with any of its characters escaped or
 * encoded (`\u0053ecret`, `%53ecret`, mixed), so an upstream that echoes a key in another spelling leaks nothing.
 */
export function encodedSecretsRedactor(secrets: readonly string[]): (text: string) => string {
  const ordered = secrets.filter((secret) => secret.length >= 4).sort((a, b) => b.length - a.length);
  if (ordered.length === 0) return (text) => text;
  const pattern = new RegExp(ordered.map((secret) => [...secret].map(characterForms).join('')).join('|'), 'g');
  return (text) => text.replace(pattern, REDACTED);
}
