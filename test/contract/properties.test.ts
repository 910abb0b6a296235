import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoFromEpochDay } from '../../src/calendar/epochDay.js';
import {
  applyEvent,
  createContract,
  createCycle,
  getPlan,
  money,
  periodContaining,
  prorate,
  quoteChange,
  termAt,
  type ApplyResult,
  type Contract,
  type ContractEvent,
  type CycleSpec,
  type Plan,
  type ProrationBasis,
  type UpgradeQuote,
} from '../../src/index.js';
import { changesArb, configurationArb, dayOf, familyArb, RUNS, startArb, type PlanFamily } from '../arbitraries/contract.js';

const basisArb: fc.Arbitrary<ProrationBasis> = fc.constantFrom('day', 'month');

/** The cycle a plan's price is for, anchored on the start, through the public calendar API. */
function priceCycleSpec(plan: Plan, startIso: string): CycleSpec {
  if (plan.price.per === 'term' || plan.billingCycle.kind === 'term') return { kind: 'term', months: plan.termMonths, anchor: startIso };
  const cycle = plan.billingCycle;
  if (cycle.kind === 'calendarMonth') return { kind: 'calendarMonth' };
  if (cycle.kind === 'days') return { kind: 'days', days: cycle.days, anchor: startIso };
  return { kind: cycle.kind, anchor: startIso };
}

/** The contract start: the 1st of the month for calendar-month billing, so the start opens a billing period. */
function startFor(family: PlanFamily, start: { iso: string }): string {
  const plan = getPlan(family.catalog, family.planIds[0]!);
  return !family.perTerm && plan.billingCycle.kind === 'calendarMonth' ? `${start.iso.slice(0, 8)}01` : start.iso;
}

function upgradeOf(result: ApplyResult): (UpgradeQuote & { contract: Contract }) | null {
  return result.ok && result.type === 'upgrade' ? result : null;
}

/** The first stretch the plan's price is for: the term, or the first billing period cut at the term's end. */
function firstStretch(contract: Contract, plan: Plan, startIso: string): { start: number; end: number; periodDays: number } {
  const term = contract.term;
  const period = periodContaining(createCycle(priceCycleSpec(plan, startIso)), startIso);
  return { start: term.startDay, end: Math.min(period.endDay, term.endDay), periodDays: period.days };
}

describe('chained upgrades (R2, section 4)', () => {
  it('property: after any sequence of upgrades, the total charged equals Σ price_i × days_i / period days within one cent per change', () => {
    fc.assert(
      fc.property(familyArb, startArb, changesArb, (family, start, changes) => {
        const startIso = startFor(family, start);
        let contract = createContract(family.catalog, { planId: family.planIds[0]!, start: startIso });
        const plan = contract.plan;
        const stretch = firstStretch(contract, plan, startIso);
        const length = stretch.end - stretch.start;
        // What the customer paid for the stretch at first, exactly (the regular charge).
        let paidTimesDays = contract.current.priceCents * length; // × periodDays below
        const spans: Array<[number, number]> = []; // [price, from day]
        spans.push([contract.current.priceCents, stretch.start]);
        let netSum = 0;
        let accepted = 0;
        for (const change of changes) {
          const day = stretch.start + Math.floor(change.at * length);
          const current = contract.configuration;
          const configuration = {
            ram: (current.ram ?? 0) + change.configuration.ram % 8,
            vcpu: (current.vcpu ?? 0) + change.configuration.vcpu % 3,
            disk: (current.disk ?? 0) + change.configuration.disk % 50,
          };
          const planId = family.planIds[change.planIndex % family.planIds.length]!;
          const event: ContractEvent = { type: 'upgrade', on: isoFromEpochDay(day), planId, ...(planId === contract.plan.id ? { configuration } : {}) };
          const result = upgradeOf(applyEvent(contract, event));
          if (result === null) continue; // a switch to a cheaper tier: refused, nothing changes
          accepted += 1;
          netSum += result.netCents;
          spans.push([result.to.priceCents, day]);
          contract = result.contract;
        }
        let exact = 0; // Σ price_i × days_i
        spans.forEach(([price, from], i) => {
          const until = i + 1 < spans.length ? spans[i + 1]![1] : stretch.end;
          exact += price * (until - from);
        });
        paidTimesDays += netSum * stretch.periodDays;
        expect(Math.abs(paidTimesDays - exact)).toBeLessThanOrEqual(accepted * stretch.periodDays);
      }),
      RUNS,
    );
  });

  it('property: the credit never exceeds what was paid for the configuration it replaces (both bases)', () => {
    fc.assert(
      fc.property(familyArb, startArb, changesArb, basisArb, (family, start, changes, basis) => {
        const startIso = startFor(family, start);
        let contract = createContract(family.catalog, { planId: family.planIds[0]!, start: startIso });
        const stretch = firstStretch(contract, contract.plan, startIso);
        const length = stretch.end - stretch.start;
        // Only whole stretches: a stretch cut short by the term is covered by the total property.
        if (length !== stretch.periodDays) return;
        // The regular charge paid for the first configuration: its whole price.
        let paid = contract.current.priceCents;
        for (const change of changes) {
          const day = stretch.start + Math.floor(change.at * length);
          const result = upgradeOf(applyEvent(contract, { type: 'upgrade', on: isoFromEpochDay(day), configuration: {
            ram: (contract.configuration.ram ?? 0) + (change.configuration.ram % 4),
          } }, { basis }));
          if (result === null) continue;
          expect(-result.credit.cents).toBeLessThanOrEqual(paid);
          expect(result.credit.cents).toBeLessThanOrEqual(0);
          paid = result.charge.cents;
          contract = result.contract;
        }
      }),
      RUNS,
    );
  });

  it('property: an upgrade to the same configuration nets to zero (both bases)', () => {
    fc.assert(
      fc.property(familyArb, startArb, fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), basisArb, configurationArb, (family, start, at, basis, configuration) => {
        const contract = createContract(family.catalog, { planId: family.planIds[0]!, start: start.iso, configuration });
        const day = contract.term.startDay + Math.floor(at * contract.term.days);
        const result = upgradeOf(applyEvent(contract, { type: 'upgrade', on: isoFromEpochDay(day), configuration: { ...contract.configuration } }, { basis }));
        expect(result).not.toBeNull();
        expect(result!.netCents).toBe(0);
        expect(result!.charge.cents + result!.credit.cents).toBe(0);
        expect(Object.is(result!.credit.cents, -0)).toBe(false); // a zero credit is +0, never -0
      }),
      RUNS,
    );
  });

  it('property: the upgrade lines are prorate\'s amounts for the same price, cycle and days', () => {
    fc.assert(
      fc.property(familyArb, startArb, fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), basisArb, configurationArb, (family, start, at, basis, configuration) => {
        const contract = createContract(family.catalog, { planId: family.planIds[0]!, start: start.iso });
        const day = contract.term.startDay + Math.floor(at * contract.term.days);
        const result = upgradeOf(applyEvent(contract, { type: 'upgrade', on: isoFromEpochDay(day), configuration }, { basis }));
        if (result === null) return; // cheaper: refused
        const cycle = createCycle(priceCycleSpec(contract.plan, start.iso));
        const range = result.charge.range!;
        const charged = prorate(money(result.to.priceCents), cycle, range, { basis });
        const credited = prorate(money(result.from.priceCents), cycle, range, { basis });
        expect(result.charge.cents).toBe(charged.cents);
        expect(result.credit.cents).toBe(credited.cents === 0 ? 0 : -credited.cents);
        expect(result.charge.fraction).toEqual(charged.fraction);
        expect(result.charge.exact.numerator * charged.exact.denominator).toBe(charged.exact.numerator * result.charge.exact.denominator);
        expect(result.charge.period!.toString()).toBe(periodContaining(cycle, range.start).toString());
        expect(range.startDay).toBe(day);
        expect(range.endDay).toBeLessThanOrEqual(contract.term.endDay);
      }),
      RUNS,
    );
  });

  it('property: an upgrade never moves the term end (R2)', () => {
    fc.assert(
      fc.property(familyArb, startArb, fc.integer({ min: 0, max: 2000 }), configurationArb, (family, start, offset, configuration) => {
        const contract = createContract(family.catalog, { planId: family.planIds[0]!, start: start.iso });
        const day = dayOf(start.iso) + offset;
        if (contract.end !== null && day >= contract.term.endDay) return;
        const result = upgradeOf(applyEvent(contract, { type: 'upgrade', on: isoFromEpochDay(day), configuration }));
        if (result === null) return;
        expect(result.contract.termEnd.toString()).toBe(termAt(contract, isoFromEpochDay(day)).end.toString());
        expect(result.term.endDay).toBe(result.contract.term.endDay);
      }),
      RUNS,
    );
  });
});

const eventArb = (family: PlanFamily): fc.Arbitrary<{ type: ContractEvent['type']; offset: number; planIndex: number; configuration: { ram: number; vcpu: number; disk: number } }> =>
  fc.record({
    type: fc.constantFrom('upgrade', 'downgrade', 'cancel', 'terminateEarly'),
    offset: fc.integer({ min: 0, max: 1500 }),
    planIndex: fc.integer({ min: 0, max: family.planIds.length - 1 }),
    configuration: configurationArb,
  });

describe('quote and apply', () => {
  it('property: a quote equals the change applied, and neither changes the contract', () => {
    fc.assert(
      fc.property(
        familyArb.chain((family) => fc.tuple(fc.constant(family), startArb, eventArb(family), basisArb, fc.boolean())),
        ([family, start, spec, basis, cancelFirst]) => {
          let contract = createContract(family.catalog, { planId: family.planIds[0]!, start: start.iso });
          if (cancelFirst) {
            // Half the time the contract was cancelled on its first day: later changes must keep its end.
            const cancelled = applyEvent(contract, { type: 'cancel', on: start.iso });
            if (!cancelled.ok) throw new Error('a first cancellation is accepted');
            contract = cancelled.contract;
          }
          const before = JSON.stringify(contract);
          const on = isoFromEpochDay(dayOf(start.iso) + spec.offset);
          const event = (spec.type === 'upgrade' || spec.type === 'downgrade'
            ? { type: spec.type, on, planId: family.planIds[spec.planIndex], configuration: spec.configuration }
            : { type: spec.type, on }) as ContractEvent;
          let quoted: string;
          try {
            quoted = JSON.stringify(quoteChange(contract, event, { basis }));
          } catch (error) {
            // Bad input (a day after the end): the change throws the same error, and nothing changes.
            expect(() => applyEvent(contract, event, { basis })).toThrow(expect.objectContaining({ code: (error as { code: string }).code }));
            expect(JSON.stringify(contract)).toBe(before);
            return;
          }
          const applied = applyEvent(contract, event, { basis });
          expect(JSON.stringify(applied)).toBe(quoted);
          expect(JSON.stringify(contract)).toBe(before);
          if (applied.ok) {
            expect(JSON.stringify(applied.contract)).not.toBe(before);
            if (applied.type !== 'cancel') expect(applied.contract.end?.toString()).toBe(contract.end?.toString());
          }
        },
      ),
      RUNS,
    );
  });
});

describe('cancellation (R3)', () => {
  it('property: on time before the deadline ends with the term; later, with a later term end', () => {
    fc.assert(
      fc.property(familyArb, startArb, fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), (family, start, at) => {
        const contract = createContract(family.catalog, { planId: family.planIds[0]!, start: start.iso });
        if (contract.renewal.kind !== 'fixed') return;
        const day = contract.term.startDay + Math.floor(at * contract.term.days);
        const result = applyEvent(contract, { type: 'cancel', on: isoFromEpochDay(day) });
        if (!result.ok || result.type !== 'cancel') throw new Error('a cancellation is always accepted once');
        const deadline = contract.noticeDeadline!;
        expect(result.onTime).toBe(isoFromEpochDay(day) <= deadline.toString());
        if (result.onTime) {
          expect(result.effectiveOn.toString()).toBe(contract.termEnd.toString());
        } else {
          expect(result.effectiveOn.toString() > contract.termEnd.toString()).toBe(true);
          // It lands on a term end, and the deadline of that end was met.
          expect(termAt(contract, result.lastDay).end.toString()).toBe(result.effectiveOn.toString());
          expect(isoFromEpochDay(day) <= result.noticeDeadline.toString()).toBe(true);
        }
      }),
      RUNS,
    );
  });
});
