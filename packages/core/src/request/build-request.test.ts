import { describe, expect, it } from 'vitest';
import { defineEndpoint } from '../endpoints/types.js';
import { ValidationError } from '../errors.js';
import { buildRequest } from './build-request.js';

const target = { baseUrl: 'https://api.example/', apiKey: 'api-key', accountKey: 'account-key' };

const lookup = defineEndpoint({
  key: 'test.lookup',
  method: 'GET',
  safeToRetry: true,
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
  safeToRetry: false,
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

  it('adds caller headers next to the key headers', () => {
    const request = buildRequest(action, { id: '1' }, { ...target, headers: { 'X-Trace': 't1' } });
    expect(request.headers).toEqual({
      Accept: 'application/json',
      'X-Trace': 't1',
      'X-API-KEY': 'api-key',
      'X-ACCOUNT-KEY': 'account-key',
      'Content-Type': 'application/json',
    });
  });

  it.each(['x-api-key', 'X-Account-Key', 'X-API-KEY'])('hardening: refuses the key header %s among caller headers', (name) => {
    const error = validationError(() => buildRequest(action, { id: '1' }, { ...target, headers: { [name]: 'stolen' } }));
    expect(error.field).toBe(name);
    expect(error.message).not.toContain('stolen');
  });

  it('sends numbers as JSON numbers and strings as strings in a body', () => {
    const request = buildRequest(action, { id: 42, count: '7' }, target);
    expect(request.body).toBe('{"id":"42","count":7}');
  });

  it('sends a paging value (the explicit paging argument) as-is, even one that breaks the declared pattern', () => {
    const request = buildRequest(lookup, { name: 'x' }, target, { id: 'abc' });
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

  it.each([
    ['a CR LF', 'X-Trace', 't1\r\nX-Injected: 1'],
    ['a bare LF', 'X-Trace', 't1\nX-Injected: 1'],
    ['a NUL', 'X-Trace', 't1\u0000'],
    ['a character above U+00FF', 'X-Trace', 'caf\u00e9 \u2603'],
    ['a space in the name', 'X Trace', 't1'],
    ['a colon in the name', 'X-Trace:', 't1'],
    ['Host', 'Host', 'evil.example'],
    ['Content-Length', 'content-length', '0'],
    ['Transfer-Encoding', 'Transfer-Encoding', 'chunked'],
    ['Connection', 'Connection', 'close'],
  ])('hardening: refuses a caller header with %s, naming it', (_case, name, value) => {
    const error = validationError(() => buildRequest(lookup, { name: 'x' }, { ...target, headers: { [name]: value } }));
    expect(error.field).toBe(name);
    expect(error.endpoint).toBe('test.lookup');
  });

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'])(
    'hardening: refuses the inherited name %s like any unknown parameter',
    (name) => {
      const params = JSON.parse(`{"name": "x", ${JSON.stringify(name)}: "1"}`) as Record<string, unknown>;
      const error = validationError(() => buildRequest(lookup, params, target));
      expect(error.field).toBe(name);
      expect(error.message).toContain('is not a parameter of this endpoint');
    },
  );

  it('hardening: sends an extra parameter named __proto__ as a plain body field', () => {
    const extraParams = JSON.parse('{"__proto__": "v"}') as Record<string, unknown>;
    expect(buildRequest(action, { id: '1' }, { ...target, extraParams }).body).toBe('{"id":"1","__proto__":"v"}');
  });

  it.each([
    ['a lone high surrogate in a path value', { name: 'a\ud800' }, {}, 'name'],
    ['a lone low surrogate in a query value', { name: 'x', id: '\udc00' }, {}, 'id'],
    ['a lone surrogate in an extra param value', { name: 'x' }, { extraParams: { note: 'x\ud83d' } }, 'note'],
    ['a lone surrogate in an extra param name', { name: 'x' }, { extraParams: { 'n\udfff': 'v' } }, 'n\udfff'],
  ] as const)('hardening: refuses %s with a ValidationError, not a URIError', (_case, params, extra, field) => {
    const error = validationError(() => buildRequest(lookup, params, { ...target, ...extra }));
    expect(error.field).toBe(field);
  });

  it('keeps a well-formed surrogate pair (an emoji) and encodes it', () => {
    expect(buildRequest(lookup, { name: '\ud83d\ude00' }, target).url).toBe('https://api.example/things/%F0%9F%98%80/detail');
  });
});

const untyped = defineEndpoint({
  key: 'test.untyped',
  method: 'POST',
  safeToRetry: false,
  path: '/untyped',
  auth: 'apiKey',
  description: 'Params without a documented type, one of them required.',
  params: { title: { in: 'body', required: true }, note: { in: 'query' } },
});

describe('buildRequest refuses values no wire can carry (hardening)', () => {
  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])('an untyped param given %s', (value) => {
    expect(validationError(() => buildRequest(untyped, { title: value }, target)).field).toBe('title');
    expect(validationError(() => buildRequest(untyped, { title: 't', note: value }, target)).field).toBe('note');
  });

  it.each([
    ['an object', { a: 1 }],
    ['an array', [1, 2]],
    ['a function', () => 1],
    ['a symbol', Symbol('s')],
  ])('an untyped param given %s', (_case, value) => {
    expect(validationError(() => buildRequest(untyped, { title: value }, target)).field).toBe('title');
  });

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['an object in a body', { a: 1 }],
    ['an array in a body', ['a']],
    ['a function', () => 1],
    ['a symbol', Symbol('s')],
  ])('an extra param given %s', (_case, value) => {
    const error = validationError(() => buildRequest(untyped, { title: 't' }, { ...target, extraParams: { extra: value } }));
    expect(error.field).toBe('extra');
  });

  it('sends a bigint extra param as its digits, in a query and in a body', () => {
    const big = 7109178205151464746n;
    expect(buildRequest(lookup, { name: 'x' }, { ...target, extraParams: { big } }).url).toContain('big=7109178205151464746');
    expect(buildRequest(untyped, { title: 't' }, { ...target, extraParams: { big } }).body).toBe(
      '{"title":"t","big":"7109178205151464746"}',
    );
  });
});

const either = defineEndpoint({
  key: 'test.either',
  method: 'GET',
  safeToRetry: true,
  path: '/either',
  auth: 'apiKey',
  description: 'An account looked up by one of two names.',
  oneOf: [['username', 'user_id']],
  params: { username: { in: 'query', type: 'string' }, user_id: { in: 'query', type: 'string' }, cursor: { in: 'query' } },
});

describe('buildRequest enforces one-of groups (hardening)', () => {
  it('refuses a call with none of the group, naming every member', () => {
    const error = validationError(() => buildRequest(either, {}, target));
    expect(error.field).toBe('username');
    expect(error.message).toContain('"username" or "user_id" is required');
    expect(error.expected).toBe('a value for one of username, user_id');
    expect(validationError(() => buildRequest(either, { username: null, user_id: undefined }, target)).field).toBe('username');
  });

  it('accepts any member of the group, or a trusted paging value of it', () => {
    expect(buildRequest(either, { user_id: '1' }, target).url).toBe('https://api.example/either?user_id=1');
    expect(buildRequest(either, { username: 'a' }, target).url).toBe('https://api.example/either?username=a');
    expect(buildRequest(either, {}, target, { username: 'a' }).url).toBe('https://api.example/either?username=a');
  });
});
