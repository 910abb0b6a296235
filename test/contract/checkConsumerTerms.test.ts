import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkConsumerTerms, createCatalog, createContract, getPlan, type NoticePeriod, type Plan, type PlanData, type RenewalRule } from '../../src/index.js';
import { HOME, hostingCatalog, RUNS } from '../arbitraries/contract.js';

function plan(overrides: Partial<PlanData>, policy: Partial<PlanData['policy']> = {}): Plan {
  const data: PlanData = { ...HOME, ...overrides, policy: { ...HOME.policy, ...policy } };
  return createCatalog({ plans: [data] }).plans[0]!;
}

describe('checkConsumerTerms (R25, §309 Nr. 9 BGB)', () => {
  it('a consumer plan of 24 months, then open-ended with one month\'s notice, is not flagged', () => {
    expect(checkConsumerTerms(getPlan(hostingCatalog(), 'home'))).toEqual({ flagged: false, customer: 'consumer', findings: [] });
  });

  it('a first term over 24 months is flagged', () => {
    expect(checkConsumerTerms(plan({ termMonths: 25 })).findings).toEqual([{ reason: 'FIRST_TERM_OVER_24_MONTHS', termMonths: 25 }]);
  });

  it('a tacit renewal for a fixed term is flagged', () => {
    const result = checkConsumerTerms(plan({ renewal: { kind: 'fixed', months: 12 } }));
    expect(result.flagged).toBe(true);
    expect(result.findings).toEqual([{ reason: 'RENEWAL_NOT_OPEN_ENDED', renewal: { kind: 'fixed', months: 12 } }]);
  });

  it('a notice longer than one month is flagged; 4 weeks and 28 days are not, 30 days is', () => {
    expect(checkConsumerTerms(plan({}, { notice: { unit: 'month', count: 3 } })).findings).toEqual([
      { reason: 'NOTICE_OVER_ONE_MONTH', notice: { unit: 'month', count: 3 } },
    ]);
    expect(checkConsumerTerms(plan({}, { notice: { unit: 'week', count: 4 } })).flagged).toBe(false);
    expect(checkConsumerTerms(plan({}, { notice: { unit: 'day', count: 28 } })).flagged).toBe(false);
    expect(checkConsumerTerms(plan({}, { notice: { unit: 'day', count: 30 } })).flagged).toBe(true);
  });

  it('the old German default (24 months, renewing for 12, three months\' notice) gets all three findings but the term', () => {
    const result = checkConsumerTerms(plan({ termMonths: 36, renewal: { kind: 'fixed', months: 12 } }, { notice: { unit: 'month', count: 3 } }));
    expect(result.findings.map((finding) => finding.reason)).toEqual(['FIRST_TERM_OVER_24_MONTHS', 'RENEWAL_NOT_OPEN_ENDED', 'NOTICE_OVER_ONE_MONTH']);
  });

  it('a plan that never renews needs no notice and is judged by its term only', () => {
    expect(checkConsumerTerms(plan({ renewal: { kind: 'none' } }, { notice: { unit: 'month', count: 6 } })).flagged).toBe(false);
  });

  it('checks a contract by its plan in force', () => {
    const contract = createContract(hostingCatalog(), { planId: 'home', start: '2026-01-01' });
    expect(checkConsumerTerms(contract).flagged).toBe(false);
    const business = createContract(hostingCatalog(), { planId: 'basic', start: '2026-01-01' });
    expect(checkConsumerTerms(business)).toEqual({ flagged: false, customer: 'business', findings: [] });
  });

  const renewalArb: fc.Arbitrary<RenewalRule> = fc.oneof(
    fc.constant({ kind: 'none' } as const),
    fc.constant({ kind: 'openEnded' } as const),
    fc.integer({ min: 1, max: 60 }).map((months) => ({ kind: 'fixed', months }) as const),
  );
  const noticeArb: fc.Arbitrary<NoticePeriod> = fc.record({ unit: fc.constantFrom('day', 'week', 'month'), count: fc.integer({ min: 0, max: 100 }) });

  it('property: business contracts are never flagged, whatever their terms', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 120 }), renewalArb, noticeArb, (termMonths, renewal, notice) => {
        const result = checkConsumerTerms(plan({ termMonths, renewal }, { notice, customer: 'business' }));
        expect(result).toEqual({ flagged: false, customer: 'business', findings: [] });
      }),
      RUNS,
    );
  });

  it('property: a consumer contract is flagged exactly when its term, renewal or notice breaks the rule', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 120 }), renewalArb, noticeArb, (termMonths, renewal, notice) => {
        const result = checkConsumerTerms(plan({ termMonths, renewal }, { notice }));
        const noticeTooLong = renewal.kind !== 'none'
          && (notice.unit === 'month' ? notice.count > 1 : notice.unit === 'week' ? notice.count > 4 : notice.count > 28);
        expect(result.flagged).toBe(termMonths > 24 || renewal.kind === 'fixed' || noticeTooLong);
        expect(result.findings.length).toBe(Number(termMonths > 24) + Number(renewal.kind === 'fixed') + Number(noticeTooLong));
      }),
      RUNS,
    );
  });
});
