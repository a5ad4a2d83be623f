// What counts as a successful answer of a shell sample, for each provider's body shape.
import { describe, expect, it } from 'vitest';
import { isSuccessfulAnswer } from '../src/samples/run.js';

describe('a shell sample succeeds when it prints a success body', () => {
  it('of TikAPI ("status": "success"), also inside other output', () => {
    expect(isSuccessfulAnswer('{"status":"success","userInfo":{}}')).toBe(true);
    expect(isSuccessfulAnswer('HTTP 200\n{"status": "success"}')).toBe(true);
    expect(isSuccessfulAnswer('{"status":"error","message":"API Key is invalid"}')).toBe(false);
  });

  it('of Scavio and the user-handle API (no error fields), never their error bodies', () => {
    expect(isSuccessfulAnswer('{"data":{"user":{}},"credits_used":1,"credits_remaining":9}')).toBe(true);
    expect(isSuccessfulAnswer('{"user":{"id":"1"},"stats":{}}')).toBe(true);
    expect(isSuccessfulAnswer('{"error":"unauthorized","message":"Invalid or missing API key."}')).toBe(false);
    expect(isSuccessfulAnswer('{"message":"Forbidden"}')).toBe(false);
    expect(isSuccessfulAnswer('not json')).toBe(false);
    expect(isSuccessfulAnswer('[1,2]')).toBe(false);
  });
});
