import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { configurationPrice, getPlan, toCents, type Configuration, type Plan } from '../../src/index.js';
import { configurationArb, deepFreeze, expectCode, hostingCatalog, RUNS } from '../arbitraries/contract.js';

const server = getPlan(hostingCatalog(), 'server');

describe('configurationPrice', () => {
  it('is the base price plus Σ unit price × quantity', () => {
    // 15 € + 8 × 2 € + 4 × 5 € + 200 × 0,10 € = 71 €
    expect(toCents(configurationPrice(server, { ram: 8, vcpu: 4, disk: 200 }))).toBe(7100);
  });

  it('takes the default quantity of options left out', () => {
    // 15 € + 2 × 2 € + 1 × 5 € + 20 × 0,10 € = 26 €
    expect(toCents(configurationPrice(server, {}))).toBe(2600);
    expect(toCents(configurationPrice(server, { ram: 4 }))).toBe(3000);
  });

  it('accepts a quantity of 0: an option not taken', () => {
    expect(toCents(configurationPrice(server, { ram: 0, vcpu: 0, disk: 0 }))).toBe(1500);
  });

  it('a negative, fractional or non-numeric quantity is INVALID_QUANTITY', () => {
    for (const ram of [-1, 1.5, Number.NaN, '8', Number.POSITIVE_INFINITY]) {
      expectCode(() => configurationPrice(server, { ram } as unknown as Configuration), 'INVALID_QUANTITY', 'configuration.ram');
    }
  });

  it('an option the plan has not is UNKNOWN_OPTION', () => {
    expectCode(() => configurationPrice(server, { gpu: 1 }), 'UNKNOWN_OPTION', 'configuration.gpu');
  });

  it('a configuration that is not a record is CONFIGURATION_MISMATCH', () => {
    expectCode(() => configurationPrice(server, [8] as unknown as Configuration), 'CONFIGURATION_MISMATCH', 'configuration');
  });

  it('does not mutate its input', () => {
    const configuration = deepFreeze({ ram: 8 });
    expect(toCents(configurationPrice(server, configuration))).toBe(3800);
    expect(configuration).toEqual({ ram: 8 });
  });

  it('accepts a plan read back from JSON', () => {
    const copy = JSON.parse(JSON.stringify(server)) as Plan;
    expect(toCents(configurationPrice(copy, { ram: 8, vcpu: 4, disk: 200 }))).toBe(7100);
  });

  it('property: the price is the base price plus each unit price times its quantity', () => {
    fc.assert(
      fc.property(configurationArb, (configuration) => {
        const expected = 1500 + 200 * configuration.ram + 500 * configuration.vcpu + 10 * configuration.disk;
        expect(toCents(configurationPrice(server, configuration))).toBe(expected);
      }),
      RUNS,
    );
  });
});
