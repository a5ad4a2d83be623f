// The fault syntax shared by the X-Sandbox-Fault header and the `faults` option:
//   fault[, fault...]      fault := kind [x<count>]
//   kinds: <HTTP status 400-599> | latency=<ms> | drop | cut | malformed | truncate | slow-body=<ms> | retry-after=<s>
// `503x2` fails the first two matching requests, lets the third through, then starts over.

export type FaultKind = 'status' | 'latency' | 'drop' | 'cut' | 'malformed' | 'truncate' | 'slow-body' | 'retry-after';

export interface FaultRule {
  readonly kind: FaultKind;
  /** Status code, milliseconds or seconds, by kind. */
  readonly value: number;
  /** Fail this many matching requests, then let one through; unlimited when absent. */
  readonly times?: number | undefined;
  /** The rule's text, which also names its counter. */
  readonly source: string;
}

/** The most one latency or slow-body rule may ask for; all of a request's rules together add at most as much. */
const MAX_RULE_MS = 10_000;

export class FaultSyntaxError extends Error {
  override name = 'FaultSyntaxError';
}

const withValue: Readonly<Record<string, FaultKind>> = {
  latency: 'latency',
  'slow-body': 'slow-body',
  'retry-after': 'retry-after',
};
const bare: Readonly<Record<string, FaultKind>> = { drop: 'drop', cut: 'cut', malformed: 'malformed', truncate: 'truncate' };

function parseRule(text: string): FaultRule {
  const counted = /^(.*?)\s*[xX](\d+)$/.exec(text);
  const body = (counted?.[1] ?? text).trim().toLowerCase();
  const times = counted ? Number(counted[2]) : undefined;
  if (times !== undefined && times < 1) throw new FaultSyntaxError(`"${text}": a count must be 1 or more`);
  if (/^\d{3}$/.test(body)) {
    const status = Number(body);
    if (status < 400 || status > 599) throw new FaultSyntaxError(`"${text}": status faults are 400-599`);
    return { kind: 'status', value: status, times, source: text };
  }
  const [name = '', value] = body.split('=', 2).map((s) => s.trim());
  const kind = value === undefined ? bare[name] : withValue[name];
  if (!kind) throw new FaultSyntaxError(`"${text}" is not a fault (try 503, 429, latency=200, drop, cut, malformed, truncate, slow-body=500)`);
  if (value === undefined) return { kind, value: 0, times, source: text };
  const amount = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(amount)) throw new FaultSyntaxError(`"${text}": ${name} needs a whole number`);
  if (kind !== 'retry-after' && amount > MAX_RULE_MS) throw new FaultSyntaxError(`"${text}": at most ${MAX_RULE_MS} ms`);
  return { kind, value: amount, times, source: text };
}

export function parseFaults(spec: string | null | undefined): FaultRule[] {
  if (!spec) return [];
  return spec
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map(parseRule);
}
