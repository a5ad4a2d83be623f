import { describe, expect, it } from 'vitest';
import { parseJson, quoteUnsafeIntegers } from './lossless-json.js';

describe('parseJson', () => {
  it('keeps integers beyond 2^53 exact, as strings of their digits', () => {
    expect(parseJson('{"cursor":1657000000000000001,"hasMore":true}')).toEqual({ cursor: '1657000000000000001', hasMore: true });
    expect(parseJson('[-9007199254740993, 9007199254740993]')).toEqual(['-9007199254740993', '9007199254740993']);
  });

  it('finds them after whitespace and a minus sign too (pretty-printed bodies), and among long digit runs in strings', () => {
    const pretty = '{\n  "ids": [\n    -9007199254740993,\r\n\t9007199254740993\n  ],\n  "n":  18446744073709551615\n}';
    expect(parseJson(pretty)).toEqual({ ids: ['-9007199254740993', '9007199254740993'], n: '18446744073709551615' });
    const urls = '{"url":"https://x.example/video/7109178205151464746?t=17000000000000000000","id":"7109178205151464746","c":7109178205151464746}';
    expect(parseJson(urls)).toEqual({
      url: 'https://x.example/video/7109178205151464746?t=17000000000000000000',
      id: '7109178205151464746',
      c: '7109178205151464746',
    });
    expect(parseJson('{"url":"https://x.example/video/7109178205151464746"}')).toEqual({ url: 'https://x.example/video/7109178205151464746' });
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
