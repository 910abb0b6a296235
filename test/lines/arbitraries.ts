/**
 * Generated chargeLine inputs for the line, invoice and explanation tests (not a
 * test file): items with extra fields, quantities, a range inside a period of a
 * cycle of any kind (or none, for a one-off item), basis, sign, reason and ref.
 */
import fc from 'fast-check';
import {
  createCycle,
  periodContaining,
  type ChargeLineInput,
  type Cycle,
  type CycleSpec,
  type LineReason,
  type Period,
  type PricedItem,
  type ProrationBasis,
} from '../../src/index.js';
import { centsArb, cycleSpecArb, epochDayArb, temporalFromEpochDay } from '../arbitraries/core.js';
import { fastDay, fastPeriod } from '../calendar/helpers.js';

export const REASONS: readonly LineReason[] = [
  'periodCharge', 'prorataCharge', 'upgradeCharge', 'upgradeCredit', 'quantityIncrease', 'withdrawalCredit',
  'renewal', 'oneOff', 'usage', 'discount', 'credit',
];

/** A priced item with optional unit, currency and a field of the caller's own. */
export const itemArb: fc.Arbitrary<PricedItem & { sku?: string }> = fc
  .record(
    {
      id: fc.constantFrom('users', 'storage', 'setup', 'lte50', 'basic'),
      name: fc.constantFrom('Zusätzliche Benutzer', 'Speicherpaket 10 GB', 'Einrichtung', 'LTE 50', 'Basic'),
      unitCents: centsArb,
      vatRate: fc.constantFrom(19 as const, 7 as const, 0 as const),
      unit: fc.constantFrom('GB', 'Nutzer'),
      currency: fc.constantFrom('EUR', 'USD'),
      sku: fc.string({ maxLength: 8 }),
    },
    { requiredKeys: ['id', 'name', 'unitCents', 'vatRate'], noNullPrototype: true },
  );

/** A period of a cycle of any kind and a range inside it (possibly empty, possibly the whole period). */
export const rangeInPeriodArb: fc.Arbitrary<{ spec: CycleSpec; cycle: Cycle; period: Period; range: Period }> = fc
  .tuple(cycleSpecArb(1960, 2140), epochDayArb(1960, 2140), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(3))
  .map(([spec, day, a, b, shape]) => {
    const cycle = createCycle(spec);
    const period = periodContaining(cycle, temporalFromEpochDay(day));
    const [start, end] = [fastDay(period.start), fastDay(period.end)];
    const at = (x: number): number => start + Math.floor(x * (end - start + 1)) - (x === 1 ? 1 : 0);
    let [from, to] = [at(Math.min(a, b)), at(Math.max(a, b))];
    if (shape === 0) [from, to] = [start, end]; // the whole period, often
    if (shape === 1) to = end; // the rest of the period, as bookings are charged
    return { spec, cycle, period, range: fastPeriod(from, to) };
  });

/** A chargeLine input of any shape, with the cycle of its period (for the month basis). */
export const chargeInputArb: fc.Arbitrary<ChargeLineInput> = fc
  .record({
    item: itemArb,
    quantity: fc.option(fc.integer({ min: 1, max: 1000 }), { nil: undefined }),
    dated: fc.option(rangeInPeriodArb, { nil: undefined, freq: 5 }),
    basis: fc.option(fc.constantFrom<ProrationBasis>('day', 'month'), { nil: undefined }),
    credit: fc.option(fc.boolean(), { nil: undefined }),
    reason: fc.option(fc.constantFrom(...REASONS), { nil: undefined }),
    ref: fc.option(fc.constantFrom('users#1', 'contract', 'order-4711', ''), { nil: undefined }),
  })
  .map(({ item, quantity, dated, basis, credit, reason, ref }) => {
    const input: Record<string, unknown> = { item };
    if (quantity !== undefined) input.quantity = quantity;
    if (dated !== undefined) {
      input.range = dated.range;
      input.period = dated.period;
      if (basis !== undefined) input.basis = basis;
      if (basis === 'month') input.cycle = dated.cycle;
    }
    if (credit !== undefined) input.credit = credit;
    if (reason !== undefined) input.reason = reason;
    if (ref !== undefined) input.ref = ref;
    return input as unknown as ChargeLineInput;
  });
