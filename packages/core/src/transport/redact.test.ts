import { describe, expect, it } from 'vitest';
import { redactJson } from './redact.js';

const KEY = 'sk_live_REDACTME123';

describe('redactJson', () => {
  it('copies every string, key and value, with the secret taken out', () => {
    const body = { message: `bad key ${KEY}`, [KEY]: [1, { echo: KEY }, null, true], n: 2 };
    expect(redactJson(body, [KEY])).toEqual({ message: 'bad key [redacted]', '[redacted]': [1, { echo: '[redacted]' }, null, true], n: 2 });
  });

  it('hardening: copies a body nested 100,000 deep without running out of stack', () => {
    const deep = JSON.parse(`${'{"a":['.repeat(100_000)}"${KEY}"${']}'.repeat(100_000)}`) as unknown;
    let node = redactJson(deep, [KEY]) as { a: unknown[] };
    for (let depth = 1; depth < 100_000; depth++) node = node.a[0] as { a: unknown[] };
    expect(node.a).toEqual(['[redacted]']);
  });

  it('hardening: a "__proto__" key stays data in the copy', () => {
    const copy = redactJson(JSON.parse('{"__proto__":{"polluted":true}}'), [KEY]) as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
