import { bodyField, TikAPIError } from '../errors.js';
import type { ProviderDescriptor } from '../providers/types.js';
import type { StopReason } from './read-page.js';

/** What a request cost and what the account has left, for providers that bill per request (Scavio). */
export interface Credits {
  readonly used: number;
  readonly remaining: number;
}

/** What a response says about credits: both numbers, and how long the provider took to answer. */
export interface CreditsReading {
  readonly credits?: Credits | undefined;
  readonly responseTime?: number | undefined;
}

/**
 * How a client of a provider that counts credits reads them and stops a run on them. Only such a client (Scavio)
 * is built with one, so a bundle of the other clients carries none of this code.
 */
export interface CreditsSupport {
  read(json: unknown): CreditsReading;
  /** The run's stop rule for `minCreditsRemaining` (none when it is undefined): after a page with fewer credits left, no next page. */
  stopBelow(min: number | undefined): ((page: { readonly credits?: Credits | undefined }) => StopReason | undefined) | undefined;
}

function numberAt(json: unknown, field: string | undefined): number | undefined {
  const value = field === undefined ? undefined : bodyField(json, field);
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Credits read from the body fields the provider's `credits` names; none for a body without both numbers. */
export function creditsSupport(fields: NonNullable<ProviderDescriptor['credits']>): CreditsSupport {
  return {
    read(json) {
      const used = numberAt(json, fields.used);
      const remaining = numberAt(json, fields.remaining);
      const credits = used === undefined || remaining === undefined ? undefined : { used, remaining };
      return { credits, responseTime: numberAt(json, fields.responseTime) };
    },
    stopBelow(min) {
      if (min === undefined) return undefined;
      if (!(typeof min === 'number' && min >= 0 && Number.isFinite(min))) {
        throw new TikAPIError(`minCreditsRemaining must be a number >= 0 (got ${String(min)}).`);
      }
      return (page) => (page.credits !== undefined && page.credits.remaining < min ? 'credits' : undefined);
    },
  };
}
