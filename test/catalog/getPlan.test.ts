import { describe, expect, it } from 'vitest';
import { getPlan, type Catalog } from '../../src/index.js';
import { expectCode, hostingCatalog } from '../arbitraries/contract.js';

describe('getPlan', () => {
  it('finds a plan by id', () => {
    expect(getPlan(hostingCatalog(), 'pro').name).toBe('Pro');
  });

  it('an unknown id is UNKNOWN_PLAN; ids are case-sensitive', () => {
    expectCode(() => getPlan(hostingCatalog(), 'Pro'), 'UNKNOWN_PLAN', 'planId');
    expectCode(() => getPlan(hostingCatalog(), undefined as unknown as string), 'UNKNOWN_PLAN', 'planId');
  });

  it('accepts a catalog read back from JSON', () => {
    const copy = JSON.parse(JSON.stringify(hostingCatalog())) as Catalog;
    expect(getPlan(copy, 'server').options.map((option) => option.id)).toEqual(['ram', 'vcpu', 'disk']);
  });
});
