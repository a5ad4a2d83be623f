import { describe, expect, it } from 'vitest';
import { defineEndpoint } from '../endpoints/types.js';
import { ValidationError } from '../errors.js';
import { buildRequest } from './build-request.js';

const target = { baseUrl: 'https://api.example/', apiKey: 'api-key', accountKey: 'account-key' };

const lookup = defineEndpoint({
  key: 'test.lookup',
  method: 'GET',
  path: '/things/{name}/detail',
  auth: 'apiKey',
  description: 'A free-form path parameter, to prove encoding alone keeps it in its segment.',
  params: {
    name: { in: 'path', required: true, type: 'string' },
    id: { in: 'query', type: 'string', pattern: '^[0-9]+$' },
    limit: { in: 'query', type: 'number', min: 1, max: 50 },
  },
});

const action = defineEndpoint({
  key: 'test.action',
  method: 'POST',
  path: '/act',
  auth: 'apiKey+accountKey',
  description: 'An account action with a JSON body.',
  params: { id: { in: 'body', type: 'string', pattern: '^[0-9]+$' }, count: { in: 'body', type: 'number' } },
});

function validationError(run: () => unknown): ValidationError {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('buildRequest', () => {
  it.each([
    ['../key/info', '/things/..%2Fkey%2Finfo/detail'],
    ['a?b#c', '/things/a%3Fb%23c/detail'],
    ['%2e%2e', '/things/%252e%252e/detail'],
  ])('keeps the path value %j inside its segment', (name, path) => {
    const request = buildRequest(lookup, { name }, target);
    expect(request.url).toBe(`https://api.example${path}`);
    expect(new URL(request.url).pathname).toBe(path);
  });

  it.each(['..', '.', ''])('refuses the path value %j, which URL parsers would resolve', (name) => {
    expect(validationError(() => buildRequest(lookup, { name }, target)).field).toBe('name');
  });

  it('accepts numbers and bigints for numeric strings, and rejects numbers that lost precision', () => {
    expect(buildRequest(lookup, { name: 'x', id: 123 }, target).url).toContain('id=123');
    expect(buildRequest(lookup, { name: 'x', id: 7109178205151464746n }, target).url).toContain('id=7109178205151464746');
    const error = validationError(() => buildRequest(lookup, { name: 'x', id: 7109178205151464746 }, target));
    expect(error.field).toBe('id');
    expect(error.message).toMatch(/string or bigint/);
  });

  it('checks min and max on numbers given as strings', () => {
    expect(validationError(() => buildRequest(lookup, { name: 'x', limit: '0' }, target)).message).toMatch(/minimum/);
    expect(validationError(() => buildRequest(lookup, { name: 'x', limit: 51 }, target)).message).toMatch(/maximum/);
    expect(validationError(() => buildRequest(lookup, { name: 'x', limit: Number.NaN }, target)).field).toBe('limit');
  });

  it('never lets caller headers replace the key headers', () => {
    const request = buildRequest(action, { id: '1' }, {
      ...target,
      headers: { 'x-api-key': 'stolen', 'X-Account-Key': 'stolen', 'X-Trace': 't1' },
    });
    expect(request.headers).toEqual({
      Accept: 'application/json',
      'X-Trace': 't1',
      'X-API-KEY': 'api-key',
      'X-ACCOUNT-KEY': 'account-key',
      'Content-Type': 'application/json',
    });
  });

  it('sends numbers as JSON numbers and strings as strings in a body', () => {
    const request = buildRequest(action, { id: 42, count: '7' }, target);
    expect(request.body).toBe('{"id":"42","count":7}');
  });

  it('sends a trusted paging value as-is, even one that breaks the declared pattern', () => {
    const request = buildRequest(lookup, { name: 'x' }, { ...target, trusted: { id: 'abc' } });
    expect(request.url).toBe('https://api.example/things/x/detail?id=abc');
  });

  it('names the closest parameter for a misspelling', () => {
    const error = validationError(() => buildRequest(lookup, { Limit: 5, name: 'x' }, target));
    expect(error.field).toBe('Limit');
    expect(error.message).toContain('did you mean "limit"');
    expect(error.expected).toBe('one of name, id, limit');
  });

  it('rejects non-scalar extra params in a query string', () => {
    const error = validationError(() => buildRequest(lookup, { name: 'x' }, { ...target, extraParams: { filter: { a: 1 } } }));
    expect(error.field).toBe('filter');
  });
});
