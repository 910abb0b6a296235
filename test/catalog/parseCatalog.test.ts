import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/index.js';
import { expectCode, hostingCatalog, hostingCatalogData } from '../arbitraries/contract.js';

describe('parseCatalog', () => {
  it('reads a catalog from JSON text', () => {
    expect(parseCatalog(JSON.stringify(hostingCatalogData()))).toEqual(hostingCatalog());
  });

  it('malformed JSON is INVALID_JSON with the parser error as cause', () => {
    for (const text of ['{"plans": [', '', "{'plans': []}", '{"plans": [],}']) {
      expectCode(() => parseCatalog(text), 'INVALID_JSON', 'json');
    }
    try {
      parseCatalog('{"plans": [');
    } catch (error) {
      expect((error as Error).cause).toBeInstanceOf(SyntaxError);
    }
  });

  it('a value that is not text is INVALID_JSON', () => {
    expectCode(() => parseCatalog({ plans: [] } as unknown as string), 'INVALID_JSON', 'json');
  });

  it('valid JSON that is no valid catalog gets the catalog error', () => {
    expectCode(() => parseCatalog('[]'), 'INVALID_CATALOG', 'catalog');
    expectCode(() => parseCatalog('{"plans":[{"id":"a","name":"A"}]}'), 'MISSING_PRICE', 'plans[0].price');
  });
});
