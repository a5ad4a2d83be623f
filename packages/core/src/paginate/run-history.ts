/**
 * The depth up to which each history map of a run has been extended in place. The pages of a run share their history
 * maps (key -> depth of the page that first had it) instead of copying them on every page, which would cost time and
 * memory growing with the run; a page reads only the entries below its own depth.
 */
const extendedTo = new WeakMap<ReadonlyMap<string, number>, number>();

export interface PageHistory {
  history: Map<string, number>;
  /** How many of the keys an earlier page had. */
  earlier: number;
  /** Where the keys repeat one had before (an earlier page, or this one further up); usually none. */
  repeats: readonly number[];
}

/**
 * The history after the page at `depth` (whose run saw `before`): `before` plus each of `keys` not in it yet, as
 * first had by that page. `before` itself grows when no page extended it yet; a page fetched a second time gets a
 * copy of the entries below its depth, so two pages at one depth never see each other's entries.
 */
export function historyAfter(before: ReadonlyMap<string, number>, depth: number, keys: readonly string[]): PageHistory {
  const tip = extendedTo.get(before);
  const history =
    tip === depth ? (before as Map<string, number>) : new Map(tip === undefined ? before : [...before].filter(([, at]) => at < depth));
  // From here every entry is below `depth`, but for those this page adds.
  let earlier = 0;
  const repeats: number[] = [];
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index] as string;
    const at = history.get(key);
    if (at === undefined) {
      history.set(key, depth);
      continue;
    }
    if (at < depth) earlier++;
    repeats.push(index);
  }
  extendedTo.set(history, depth + 1);
  return { history, earlier, repeats };
}
