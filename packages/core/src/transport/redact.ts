const REDACTED = '[redacted]';

/** Replaces every occurrence of the given secrets in a string (longest first, so no fragment survives). */
export function redactText(text: string, secrets: readonly string[]): string {
  let out = text;
  const ordered = secrets.filter((secret) => secret.length >= 4).sort((a, b) => b.length - a.length);
  for (const secret of ordered) out = out.split(secret).join(REDACTED);
  return out;
}

/**
 * Deep copy of a JSON value with every secret replaced in its strings. Iterative, so a body nested past the call
 * stack's depth (a hostile server's) is copied like any other.
 */
export function redactJson(value: unknown, secrets: readonly string[]): unknown {
  const copy = (node: unknown): unknown => {
    if (typeof node === 'string') return redactText(node, secrets);
    if (Array.isArray(node)) return new Array<unknown>(node.length);
    return typeof node === 'object' && node !== null ? {} : node;
  };
  const root = copy(value);
  const pending: [source: unknown, target: unknown][] = [[value, root]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [source, target] = next;
    if (typeof source !== 'object' || source === null) continue;
    for (const [key, child] of Object.entries(source)) {
      const childCopy = copy(child);
      // defineProperty: a "__proto__" key is data in JSON, and must stay data in the copy.
      Object.defineProperty(target, Array.isArray(source) ? key : redactText(key, secrets), {
        value: childCopy,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      pending.push([child, childCopy]);
    }
  }
  return root;
}

/** Copy of response headers with every secret replaced in their values (a server may echo a key back). */
export function redactHeaders(headers: Headers, secrets: readonly string[]): Headers {
  const out = new Headers();
  headers.forEach((value, name) => out.append(name, redactText(value, secrets)));
  return out;
}

/**
 * Copy of an error (and of its causes) safe to keep as a `cause`: same name, `code` and stack frames,
 * with every secret replaced in the messages and stack.
 */
export function redactError(error: Error, secrets: readonly string[], depth = 0): Error {
  const copy = new Error(redactText(error.message, secrets));
  copy.name = error.name;
  copy.stack = error.stack === undefined ? undefined : redactText(error.stack, secrets);
  const code: unknown = (error as Error & { code?: unknown }).code;
  if (typeof code === 'string' || typeof code === 'number') Object.assign(copy, { code });
  if (error.cause instanceof Error && depth < 4) copy.cause = redactError(error.cause, secrets, depth + 1);
  else if (error.cause !== undefined) copy.cause = redactText(String(error.cause), secrets);
  return copy;
}
