/**
 * The depth up to which each history map of a run has been extended in place. The pages of a run share their history
 * maps (key -> depth of the page that first had it) instead of copying them on every page, which would cost time and
 * memory growing with the run; a page reads only the entries below its own depth.
 */
const extendedTo = new WeakMap<ReadonlyMap<string, number>, number>();

export interface PageHistory {
  history: Map<string, number>;
  /** Whether each of the keys was had by an earlier page (true for no keys). */
  allEarlier: boolean;
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
  let allEarlier = true;
  for (const key of keys) {
    const at = history.get(key);
    if (at === undefined) {
      history.set(key, depth);
      allEarlier = false;
    } else if (at === depth) allEarlier = false;
  }
  extendedTo.set(history, depth + 1);
  return { history, allEarlier };
}
