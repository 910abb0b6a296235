/**
 * Telecom plans (R32, TKG §56, §71): the plan marks, the 24-month first term in
 * the consumer-terms check, and one month's notice on any day after a tacit
 * renewal for consumers and protected small businesses, through a subscription's
 * `cancel` event.
 */
import { Temporal } from '@js-temporal/polyfill';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  advance, applyEvent, checkConsumerTerms, createCatalog, createSubscription, revive, termAt,
  type Catalog, type PlanData, type Subscription,
} from '../../src/index.js';
import { cancellationPoint, termShape } from '../../src/contract/terms.js';
import { expectTarifkitError, isoDateArb, RUNS, temporalEpochDay, temporalFromEpochDay } from '../arbitraries/core.js';

type PolicyData = PlanData['policy'];

function plan(policy: Partial<PolicyData>, rest: Partial<PlanData> = {}): PlanData {
  return {
    id: 'office', name: 'Office Fiber', price: { cents: 4990, per: 'billingPeriod' }, billingCycle: { kind: 'calendarMonth' },
    termMonths: 12, renewal: { kind: 'fixed', months: 12 },
    policy: { optionsChangeable: false, notice: { unit: 'month', count: 3 }, customer: 'business', ...policy },
    ...rest,
  };
}

function catalogOf(policy: Partial<PolicyData>, rest: Partial<PlanData> = {}): Catalog {
  return createCatalog({ plans: [plan(policy, rest)] });
}

const SMALL_BUSINESS = { telecom: true, smallBusiness: true } as const;

/** The subscription advanced to `on` and cancelled that day: the contract's cancellation. */
function cancelOn(catalog: Catalog, start: string, on: string): NonNullable<Subscription['contract']['cancellation']> {
  const { subscription } = advance(createSubscription(catalog, { planId: 'office', start }), on);
  const done = applyEvent(subscription, { type: 'cancel', on });
  if (!done.ok) throw new Error(`refused: ${done.reason}`);
  return done.subscription.contract.cancellation!;
}

describe('telecom plans in the catalog (R32)', () => {
  it('keeps the marks on the validated plan and carries them into the contract, after the customer', () => {
    const catalog = catalogOf(SMALL_BUSINESS);
    expect(catalog.plans[0]!.policy).toEqual({ optionsChangeable: false, notice: { unit: 'month', count: 3 }, customer: 'business', telecom: true, smallBusiness: true });
    const { contract } = createSubscription(catalog, { planId: 'office', start: '2026-01-01' });
    expect(Object.keys(contract).slice(6, 10)).toEqual(['customer', 'telecom', 'smallBusiness', 'billingCycle']);
    expect(contract.telecom).toBe(true);
    expect(contract.smallBusiness).toBe(true);
  });

  it('writes nothing for a plan without the marks, or with them false: such plans and contracts store as before', () => {
    for (const policy of [{}, { telecom: false }, { telecom: false, smallBusiness: false }, { telecom: true, smallBusiness: false }]) {
      const catalog = catalogOf(policy);
      expect(Object.keys(catalog.plans[0]!.policy)).toEqual(policy.telecom === true ? ['optionsChangeable', 'notice', 'customer', 'telecom'] : ['optionsChangeable', 'notice', 'customer']);
      const { contract } = createSubscription(catalog, { planId: 'office', start: '2026-01-01' });
      expect('smallBusiness' in contract).toBe(false);
      expect('telecom' in contract).toBe(policy.telecom === true);
    }
  });

  it('reads a telecom catalog and contract back from JSON, the same text again', () => {
    const catalog = catalogOf(SMALL_BUSINESS);
    const back = revive(JSON.parse(JSON.stringify(catalog)), 'catalog');
    expect(JSON.stringify(back)).toBe(JSON.stringify(catalog));
    const { subscription } = advance(createSubscription(catalog, { planId: 'office', start: '2026-01-01' }), '2027-03-10');
    const done = applyEvent(subscription, { type: 'cancel', on: '2027-03-10' });
    if (!done.ok) throw new Error('refused');
    const text = JSON.stringify(done.subscription.contract);
    expect(JSON.stringify(revive(JSON.parse(text), 'contract'))).toBe(text);
    const sub = revive(JSON.parse(JSON.stringify(done.subscription)), 'subscription');
    expect(sub.contract.cancellation!.lastDay).toBe('2027-04-10');
  });

  it('refuses a mark that is no boolean, and smallBusiness without telecom or on a consumer plan (INVALID_CATALOG naming the field)', () => {
    expectTarifkitError(() => catalogOf({ telecom: 'yes' as unknown as boolean }), 'INVALID_CATALOG', 'plans.0.policy.telecom');
    expectTarifkitError(() => catalogOf({ telecom: true, smallBusiness: 1 as unknown as boolean }), 'INVALID_CATALOG', 'plans.0.policy.smallBusiness');
    expectTarifkitError(() => catalogOf({ smallBusiness: true }), 'INVALID_CATALOG', 'plans.0.policy.smallBusiness');
    expectTarifkitError(() => catalogOf({ customer: 'consumer', telecom: true, smallBusiness: true }), 'INVALID_CATALOG', 'plans.0.policy.smallBusiness');
  });

  it('refuses a contract from outside whose marks are not as tarifkit writes them (INVALID_ARGUMENT naming the field)', () => {
    const { contract } = createSubscription(catalogOf({ telecom: true }), { planId: 'office', start: '2026-01-01' });
    expectTarifkitError(() => termAt({ ...contract, telecom: false } as never, '2026-02-01'), 'INVALID_ARGUMENT', 'contract.telecom');
    expectTarifkitError(() => termAt({ ...contract, smallBusiness: true, customer: 'consumer' } as never, '2026-02-01'), 'INVALID_ARGUMENT', 'contract.smallBusiness');
    expectTarifkitError(() => termAt({ ...contract, telecom: undefined, smallBusiness: true } as never, '2026-02-01'), 'INVALID_ARGUMENT', 'contract.smallBusiness');
  });
});

describe('checkConsumerTerms covers telecom plans (TKG §56 (1), §71 (3))', () => {
  const reasons = (data: PlanData): string[] => checkConsumerTerms(createCatalog({ plans: [data] }).plans[0]!).findings.map((f) => f.reason);

  it('flags a first term over 24 months for a protected small business, and nothing else', () => {
    expect(reasons(plan(SMALL_BUSINESS, { termMonths: 25 }))).toEqual(['FIRST_TERM_OVER_24_MONTHS']);
    expect(reasons(plan(SMALL_BUSINESS, { termMonths: 24 }))).toEqual([]);
    // A fixed renewal and three months' notice are not flagged: tarifkit ends it with one month's notice after the renewal.
    expect(checkConsumerTerms(catalogOf(SMALL_BUSINESS, { termMonths: 36 }).plans[0]!)).toEqual({
      flagged: true, customer: 'business', findings: [{ reason: 'FIRST_TERM_OVER_24_MONTHS', termMonths: 36 }],
    });
  });

  it('does not flag a business that is not protected, telecom or not', () => {
    expect(reasons(plan({ telecom: true }, { termMonths: 36 }))).toEqual([]);
    expect(reasons(plan({}, { termMonths: 36 }))).toEqual([]);
  });

  it('checks a telecom consumer plan as every consumer plan (§309 Nr. 9 BGB)', () => {
    expect(reasons(plan({ customer: 'consumer', telecom: true }, { termMonths: 36 }))).toEqual(['FIRST_TERM_OVER_24_MONTHS', 'RENEWAL_NOT_OPEN_ENDED', 'NOTICE_OVER_ONE_MONTH']);
  });

  it('reads the marks from a contract as from a plan', () => {
    const { contract } = createSubscription(catalogOf(SMALL_BUSINESS, { termMonths: 36 }), { planId: 'office', start: '2026-01-01' });
    expect(checkConsumerTerms(contract).findings).toEqual([{ reason: 'FIRST_TERM_OVER_24_MONTHS', termMonths: 36 }]);
  });
});

describe('cancelling a telecom contract after a tacit renewal (TKG §56 (3))', () => {
  it('a small business cancelling on 2027-03-10 after the renewal of 2027-01-01 has its last day on 2027-04-10', () => {
    const c = cancelOn(catalogOf(SMALL_BUSINESS), '2026-01-01', '2027-03-10');
    expect(c).toEqual({ receivedOn: '2027-03-10', onTime: true, noticeDeadline: '2027-03-10', effectiveOn: '2027-04-11', lastDay: '2027-04-10' });
  });

  it('a business that is not protected stays bound to the renewed term: last day 2027-12-31', () => {
    const c = cancelOn(catalogOf({ telecom: true }), '2026-01-01', '2027-03-10');
    expect(c).toEqual({ receivedOn: '2027-03-10', onTime: true, noticeDeadline: '2027-09-30', effectiveOn: '2028-01-01', lastDay: '2027-12-31' });
  });

  it('a consumer on a telecom plan has the same right: cancelled 2027-01-31, last day 2027-02-28 (the month clamps)', () => {
    const c = cancelOn(catalogOf({ customer: 'consumer', telecom: true, notice: { unit: 'month', count: 1 } }), '2026-01-01', '2027-01-31');
    expect(c.effectiveOn).toBe('2027-03-01');
    expect(c.lastDay).toBe('2027-02-28');
  });

  it('in the first term the plan\'s notice still counts; a late cancellation runs out one month after it arrived, never before the first term ends', () => {
    const catalog = catalogOf(SMALL_BUSINESS);
    // On time for the first term (deadline: one month's notice is shorter than the plan's three).
    expect(cancelOn(catalog, '2026-01-01', '2026-11-30')).toEqual({ receivedOn: '2026-11-30', onTime: true, noticeDeadline: '2026-11-30', effectiveOn: '2027-01-01', lastDay: '2026-12-31' });
    // Late for it: one month from 2026-12-10, past the renewal.
    expect(cancelOn(catalog, '2026-01-01', '2026-12-10')).toEqual({ receivedOn: '2026-12-10', onTime: false, noticeDeadline: '2026-12-10', effectiveOn: '2027-01-11', lastDay: '2027-01-10' });
  });

  it('caps a longer notice of an open-ended telecom contract at one month after its first term', () => {
    const catalog = catalogOf({ customer: 'consumer', telecom: true, notice: { unit: 'month', count: 3 } }, { renewal: { kind: 'openEnded' } });
    expect(cancelOn(catalog, '2026-01-01', '2027-03-10').lastDay).toBe('2027-04-10');
    // A shorter notice of the plan stays the customer's: two weeks.
    const short = catalogOf({ customer: 'consumer', telecom: true, notice: { unit: 'week', count: 2 } }, { renewal: { kind: 'openEnded' } });
    expect(cancelOn(short, '2026-01-01', '2027-03-10').lastDay).toBe('2027-03-24');
  });

  it('termAt shows no notice deadline in a renewed term of a protected contract, and the one-month deadline in its first term', () => {
    const { contract } = createSubscription(catalogOf(SMALL_BUSINESS), { planId: 'office', start: '2026-01-01' });
    expect(termAt(contract, '2026-06-01').noticeDeadline).toBe('2026-11-30');
    expect(termAt(contract, '2027-03-10').noticeDeadline).toBeNull();
    const { contract: plain } = createSubscription(catalogOf({ telecom: true }), { planId: 'office', start: '2026-01-01' });
    expect(termAt(plain, '2026-06-01').noticeDeadline).toBe('2026-09-30');
    expect(termAt(plain, '2027-03-10').noticeDeadline).toBe('2027-09-30');
  });

  it('tells no cancellation deadline for a renewed term of a protected contract while advancing', () => {
    const notices = advance(createSubscription(catalogOf(SMALL_BUSINESS), { planId: 'office', start: '2026-01-01' }), '2028-06-01').notices;
    expect(notices.filter((n) => n.type === 'cancellationDeadline' || n.type === 'termRenewed')).toEqual([
      { type: 'cancellationDeadline', on: '2026-11-30', termEnd: '2027-01-01' },
      { type: 'termRenewed', on: '2027-01-01', term: { start: '2027-01-01', end: '2028-01-01' } },
      { type: 'termRenewed', on: '2028-01-01', term: { start: '2028-01-01', end: '2029-01-01' } },
    ]);
  });

  it('does not mutate the subscription it cancels', () => {
    const { subscription } = advance(createSubscription(catalogOf(SMALL_BUSINESS), { planId: 'office', start: '2026-01-01' }), '2027-03-10');
    const before = JSON.stringify(subscription);
    applyEvent(subscription, { type: 'cancel', on: '2027-03-10' });
    expect(JSON.stringify(subscription)).toBe(before);
  });

  it('property: after a tacit renewal a protected end user\'s contract ends one month after the cancellation arrived, whatever the day', () => {
    const start = Temporal.PlainDate.from('2026-01-31');
    const shape = termShape(temporalEpochDay(start), 24, { kind: 'fixed', months: 24 });
    fc.assert(fc.property(fc.integer({ min: 0, max: 6 * 366 }), fc.integer({ min: 0, max: 6 }), (offset, months) => {
      const on = start.add({ months: 24 }).add({ days: offset });
      const point = cancellationPoint(shape, temporalEpochDay(on), { unit: 'month', count: months }, true);
      // §187 (1), §188 (2) BGB: the month starts the day after the cancellation arrived; a shorter notice of the plan stays.
      const oneMonth = on.add({ days: 1 }).add({ months: 1 });
      const planEnd = on.add({ days: 1 }).add({ months });
      const regular = cancellationPoint(shape, temporalEpochDay(on), { unit: 'month', count: months }, false).effectiveDay;
      const expected = Math.min(temporalEpochDay(oneMonth), regular);
      return point.effectiveDay === expected && point.effectiveDay <= temporalEpochDay(oneMonth) && point.effectiveDay >= Math.min(temporalEpochDay(planEnd), temporalEpochDay(oneMonth));
    }), RUNS);
  });

  it('property: in the first term a protected contract ends with the first term, or one month after a late cancellation, never later than without the right', () => {
    fc.assert(fc.property(isoDateArb(2000, 2100), fc.integer({ min: 1, max: 24 }), fc.integer({ min: 0, max: 800 }), fc.integer({ min: 1, max: 6 }), (iso, term, offset, months) => {
      const start = Temporal.PlainDate.from(iso);
      const shape = termShape(temporalEpochDay(start), term, { kind: 'fixed', months: 12 });
      const firstEnd = temporalEpochDay(start.add({ months: term }));
      const day = temporalEpochDay(start) + (offset % (firstEnd - temporalEpochDay(start)));
      const notice = { unit: 'month', count: months } as const;
      const point = cancellationPoint(shape, day, notice, true);
      const oneMonth = temporalEpochDay(temporalFromEpochDay(day).add({ days: 1 }).add({ months: 1 }));
      return point.effectiveDay === Math.max(firstEnd, Math.min(oneMonth, cancellationPoint(shape, day, notice, false).effectiveDay))
        && point.onTime === (point.effectiveDay === firstEnd);
    }), RUNS);
  });
});
