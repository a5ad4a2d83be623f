/** A finite, indexable list whose items are computed on demand. */
export interface List<T> {
  readonly size: number;
  at(index: number): T;
  /** A strictly decreasing time per index, for lists paged by time. */
  timeAt?(index: number): number;
}

export function makeList<T>(size: number, at: (index: number) => T, timeAt?: (index: number) => number): List<T> {
  return timeAt ? { size, at, timeAt } : { size, at };
}

/** The first `count` items of a list as an array. */
export function take<T>(list: List<T>, count: number): T[] {
  const out: T[] = [];
  for (let i = 0; i < Math.min(count, list.size); i++) out.push(list.at(i));
  return out;
}

/** Index of the first item whose time is below `time` (list.size when none): binary search. */
export function firstOlderThan(list: List<unknown>, time: number): number {
  const timeAt = list.timeAt;
  if (!timeAt) throw new Error('firstOlderThan() needs a timed list');
  let low = 0;
  let high = list.size;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (timeAt(mid) < time) high = mid;
    else low = mid + 1;
  }
  return low;
}
