// Property: whatever pages a server hands out, forever if it likes, a run of pages ends within its bound and
// items() never yields one item twice.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createClient } from '../client/client.js';
import { TikAPIError } from '../errors.js';
import { DEFAULT_MAX_PAGES } from './iterate.js';
import { itemIdentity } from './item-identity.js';

const SEC_UID = 'MS4wLjABAAAAsHntXC3s0AvxcecggxsoVa4eAiT8OVafVZ4OQXxy-9htpnUi0sOYSr0kGGD1Loud';

/** Items from a small pool, so pages overlap and repeat; some without an id, some with the id as a number. */
const anItem = fc.oneof(
  fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f').map((id) => ({ id })),
  fc.constantFrom(1, 2, 3).map((id) => ({ id })),
  fc.constantFrom('1', '2').map((id) => ({ id })),
  fc.constantFrom('u1', 'u2').map((id) => ({ user: { id }, stats: { n: 1 } })),
  fc.constantFrom({ note: 'x' }, { note: 'y' }),
);
const aCursor = fc.oneof(
  fc.constantFrom('0', '5', '05', '005', '30', '', 'abc', null, undefined, true, { a: 1 }),
  fc.nat({ max: 60 }),
  fc.nat({ max: 60 }).map(String),
);
const aPage = fc.record(
  {
    itemList: fc.oneof(fc.array(anItem, { maxLength: 4 }), fc.constant(null)),
    hasMore: fc.constantFrom(true, false, 1, 0, 'true', undefined),
    cursor: aCursor,
  },
  { requiredKeys: [] },
);
/** A server that answers page after page from a script, then cycles through it again: it never stops by itself. */
const aServer = fc.array(aPage, { minLength: 1, maxLength: 12 });

function serving(script: readonly unknown[]) {
  let sent = 0;
  const fetch = async () => {
    const body = script[sent % script.length];
    sent += 1;
    return Response.json(body ?? {});
  };
  return { api: createClient({ apiKey: 'k', fetch, maxRetries: 0 }), requests: () => sent };
}

describe('paging, property-based (hardening)', () => {
  it('items() ends within maxPages pages and never yields an item twice', async () => {
    await fc.assert(
      fc.asyncProperty(aServer, fc.integer({ min: 1, max: 40 }), fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }), async (script, maxPages, maxItems) => {
        const { api, requests } = serving(script);
        const stream = api.public.posts.items({ secUid: SEC_UID }, { maxPages, maxItems });
        const seen = new Set<string>();
        try {
          for await (const item of stream) {
            const identity = itemIdentity(item);
            expect(seen.has(identity)).toBe(false);
            seen.add(identity);
          }
        } catch (error) {
          // A page whose items sit under an undeclared array is refused; any other failure is a bug.
          expect(error).toBeInstanceOf(TikAPIError);
        }
        expect(requests()).toBeLessThanOrEqual(maxPages);
        if (maxItems !== undefined) expect(seen.size).toBeLessThanOrEqual(maxItems);
      }),
      { numRuns: 400 },
    );
  });

  it('pages() ends within maxPages, and by itself within the default bound', async () => {
    await fc.assert(
      fc.asyncProperty(aServer, fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }), async (script, maxPages) => {
        const { api, requests } = serving(script);
        let pages = 0;
        for await (const page of api.public.posts.pages({ secUid: SEC_UID }, { maxPages })) {
          pages += 1;
          if (page.cursor === null) expect(page.stopReason).toBeDefined();
        }
        expect(pages).toBe(requests());
        expect(pages).toBeLessThanOrEqual(maxPages ?? DEFAULT_MAX_PAGES);
      }),
      { numRuns: 300 },
    );
  });

  it('the official nextItems() loop ends on a cycling server too', async () => {
    await fc.assert(
      fc.asyncProperty(aServer, async (script) => {
        const { api, requests } = serving(script);
        let page: Awaited<ReturnType<typeof api.public.posts>> | null = await api.public.posts({ secUid: SEC_UID });
        while (page && requests() <= DEFAULT_MAX_PAGES) page = await page.nextItems();
        expect(page).toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});
