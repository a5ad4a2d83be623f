import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { baseUrlFromEnv, PROVIDER_ENV, type Provider, scavio, TikAPIError, tikapi, userhandle } from '../packages/core/src/index.js';

interface Case {
  name: string;
  provider: Provider;
  value: string | null;
  baseUrl?: string | null;
  error?: string[];
  neverShown?: string;
}
interface Vectors {
  providers: Record<string, { apiKey: string; baseUrl: string }>;
  cases: Case[];
}

const vectors = JSON.parse(readFileSync(new URL('./environment.json', import.meta.url), 'utf8')) as Vectors;

describe('conformance: base URL from the environment', () => {
  it('reads the same variables for every provider as the vectors say', () => {
    for (const [name, row] of Object.entries(vectors.providers)) expect(PROVIDER_ENV[name as Provider], name).toEqual(row);
  });

  it('takes every row from its provider descriptor', () => {
    expect(PROVIDER_ENV).toEqual(Object.fromEntries([tikapi, scavio, userhandle].map((p) => [p.name, p.env])));
  });

  it.each(vectors.cases)('$name', ({ provider, value, baseUrl, error, neverShown }) => {
    const env: Record<string, string> = value === null ? {} : { [PROVIDER_ENV[provider].baseUrl]: value };
    if (error) {
      let thrown: unknown;
      try {
        baseUrlFromEnv(env, provider);
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(TikAPIError);
      for (const fragment of error) expect((thrown as Error).message).toContain(fragment);
      if (neverShown) expect((thrown as Error).message).not.toContain(neverShown);
    } else {
      expect(baseUrlFromEnv(env, provider) ?? null).toBe(baseUrl);
    }
  });
});
