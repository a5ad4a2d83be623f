// The Scavio and user-handle descriptors the sandbox reads from @tokkit/core's spec files are the core's descriptors.
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../core/src/providers/catalogues.js';
import { scavioCatalogue, userHandleCatalogue } from '../src/catalogue.js';

describe('provider catalogues', () => {
  it.each([
    ['scavio', scavioCatalogue],
    ['userhandle', userHandleCatalogue],
  ] as const)('%s: the same provider and endpoint descriptors as packages/core/src/providers', (name, read) => {
    const source = catalogues[name];
    expect(read.provider).toEqual(source.provider);
    expect(read.endpoints).toEqual(JSON.parse(JSON.stringify(source.endpoints)));
  });
});
