import { describe, expect, it } from 'vitest';
import { RunHistory } from './run-history.js';

describe('RunHistory: one shared history per run, a view per page', () => {
  it('a page sees only the pages before it, also after later pages were added', () => {
    const first = RunHistory.after(new Map(), 0, ['a']);
    const second = RunHistory.after(first, 1, ['b', 'a']);
    const third = RunHistory.after(second, 2, ['c']);
    expect([...first]).toEqual([['a', 0]]);
    expect([...second]).toEqual([['a', 0], ['b', 1]]);
    expect([...third]).toEqual([['a', 0], ['b', 1], ['c', 2]]);
    expect(first.has('b')).toBe(false);
    expect(second.get('c')).toBeUndefined();
    expect(third.get('a')).toBe(0);
    expect([first.size, second.size, third.size]).toEqual([1, 2, 3]);
  });

  it('a page extended twice (fetched again) branches: neither branch sees the other', () => {
    const first = RunHistory.after(new Map(), 0, ['a']);
    const left = RunHistory.after(first, 1, ['left']);
    const right = RunHistory.after(first, 1, ['right']);
    const leftNext = RunHistory.after(left, 2, ['l2']);
    expect([...left.keys()]).toEqual(['a', 'left']);
    expect([...right.keys()]).toEqual(['a', 'right']);
    expect([...leftNext.keys()]).toEqual(['a', 'left', 'l2']);
    expect(right.has('left') || right.has('l2') || left.has('right')).toBe(false);
    expect(first.size).toBe(1);
  });

  it('an entry older than the page is never added in place, so earlier pages never see it', () => {
    const first = RunHistory.after(new Map(), 0, ['x']);
    const second = RunHistory.after(first, 1, ['y']);
    const third = RunHistory.after(second, 2, ['z'], 'old');
    expect(third.get('old')).toBe(0);
    expect(third.get('z')).toBe(2);
    expect(second.has('old') || first.has('old')).toBe(false);
  });

  it('starts from any map (a RunState built by hand) without changing it, and reads as a Map', () => {
    const given = new Map([['p', 0]]);
    const next = RunHistory.after(given, 1, ['q']);
    expect([...given]).toEqual([['p', 0]]);
    expect(Object.fromEntries(next)).toEqual({ p: 0, q: 1 });
    expect(new Map(next)).toEqual(new Map([['p', 0], ['q', 1]]));
    expect(Object.prototype.toString.call(next)).toBe('[object Map]');
    const seen: string[] = [];
    next.forEach((value, key) => seen.push(`${key}=${value}`));
    expect(seen).toEqual(['p=0', 'q=1']);
  });
});
