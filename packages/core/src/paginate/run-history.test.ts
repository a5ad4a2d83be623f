import { describe, expect, it } from 'vitest';
import { historyAfter } from './run-history.js';

/** What a page at `depth` reads of a history: the entries below its depth. */
const below = (history: ReadonlyMap<string, number>, depth: number) => [...history].filter(([, at]) => at < depth);

describe('historyAfter: the pages of a run share one history', () => {
  it('grows in place along a run; each page reads only the entries below its depth', () => {
    const first = historyAfter(new Map(), 0, ['a']).history;
    const second = historyAfter(first, 1, ['b', 'a']).history;
    expect(second.get('a')).toBe(0);
    const third = historyAfter(second, 2, ['c']).history;
    expect(third).toBe(first);
    expect(below(third, 1)).toEqual([['a', 0]]);
    expect(below(third, 2)).toEqual([['a', 0], ['b', 1]]);
    expect(below(third, 3)).toEqual([['a', 0], ['b', 1], ['c', 2]]);
  });

  it('a page fetched a second time gets a copy of what it read: neither branch sees the other', () => {
    const first = historyAfter(new Map(), 0, ['a']).history;
    const left = historyAfter(first, 1, ['left']).history;
    const leftNext = historyAfter(left, 2, ['l2']).history;
    const right = historyAfter(first, 1, ['right']).history;
    expect(right).not.toBe(left);
    expect([...right]).toEqual([['a', 0], ['right', 1]]);
    expect([...leftNext]).toEqual([['a', 0], ['left', 1], ['l2', 2]]);
    expect(historyAfter(right, 2, ['r2']).history).toBe(right);
  });

  it('starts from any map (a RunState built by hand) without changing it', () => {
    const given = new Map([['p', 0]]);
    const next = historyAfter(given, 1, ['q']).history;
    expect([...given]).toEqual([['p', 0]]);
    expect(next).toEqual(new Map([['p', 0], ['q', 1]]));
  });
});
