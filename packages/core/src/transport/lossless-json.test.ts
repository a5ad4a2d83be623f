import { describe, expect, it } from 'vitest';
import { parseJson, quoteUnsafeIntegers } from './lossless-json.js';

describe('parseJson', () => {
  it('keeps integers beyond 2^53 exact, as strings of their digits', () => {
    expect(parseJson('{"cursor":1657000000000000001,"hasMore":true}')).toEqual({ cursor: '1657000000000000001', hasMore: true });
    expect(parseJson('[-9007199254740993, 9007199254740993]')).toEqual(['-9007199254740993', '9007199254740993']);
  });

  it('leaves safe integers, floats and exponents as numbers', () => {
    expect(parseJson('{"a":9007199254740991,"b":1615902725060022,"c":12345678901234567.5,"d":1e300,"e":-0}')).toEqual({
      a: 9007199254740991,
      b: 1615902725060022,
      c: 12345678901234567.5,
      d: 1e300,
      e: -0,
    });
  });

  it('never touches digits inside strings, also after escaped quotes', () => {
    const text = '{"desc":"x\\": 12345678901234567890 [99999999999999999999","id":"7109178205151464746","n":18446744073709551615}';
    expect(parseJson(text)).toEqual({
      desc: 'x": 12345678901234567890 [99999999999999999999',
      id: '7109178205151464746',
      n: '18446744073709551615',
    });
  });

  it('returns the very text when nothing needs quoting, and JSON.parse errors unchanged', () => {
    const text = '{"a":"12345678901234567890"}';
    expect(quoteUnsafeIntegers(text)).toBe(text);
    expect(() => parseJson('{"a":12345678901234567890')).toThrow(SyntaxError);
  });
});
