import type { NoticePeriod, Plan, RenewalRule } from '../catalog/types.js';
import { fail, isRecord } from '../errors/fail.js';
import type { CustomerKind } from '../invoice/types.js';
import type { Contract } from './types.js';

/** Why {@link checkConsumerTerms} flags a consumer contract (§309 Nr. 9 BGB) or a protected telecom one (TKG §56). */
export type ConsumerTermsFinding =
  | { /** The first term is longer than 24 months. */ readonly reason: 'FIRST_TERM_OVER_24_MONTHS'; readonly termMonths: number }
  | { /** It renews tacitly for a fixed term instead of running on open-ended. */ readonly reason: 'RENEWAL_NOT_OPEN_ENDED'; readonly renewal: RenewalRule }
  | { /** The notice period may be longer than one month. */ readonly reason: 'NOTICE_OVER_ONE_MONTH'; readonly notice: NoticePeriod };

/** The answer of {@link checkConsumerTerms}. */
export interface ConsumerTermsCheck {
  /** True when at least one finding was made. Business contracts are flagged only as protected telecom end users. */
  readonly flagged: boolean;
  readonly customer: CustomerKind;
  /** Every finding, in the order above; empty when not flagged. */
  readonly findings: readonly ConsumerTermsFinding[];
}

/** At most one month, whatever the month: 1 month, 4 weeks, or 28 days. */
function atMostOneMonth(notice: NoticePeriod): boolean {
  if (notice.unit === 'month') return notice.count <= 1;
  if (notice.unit === 'week') return notice.count <= 4;
  return notice.count <= 28;
}

/**
 * Checks a consumer contract (or a plan sold to consumers) against German
 * consumer law (R25, §309 Nr. 9 BGB since March 2022): a first term of at most
 * 24 months, and a tacit renewal only into an open-ended contract that can be
 * cancelled with at most one month's notice. A notice in days counts as "at
 * most one month" only up to 28 days; in weeks up to 4.
 *
 * Telecom plans (R32) are covered too: a telecom contract of a small business
 * that TKG §71 (3) protects (`policy.telecom` and `policy.smallBusiness`) is
 * flagged for a first term over 24 months (TKG §56 (1)); its renewal and notice
 * are not flagged, since tarifkit lets it cancel any day with one month's
 * notice after a tacit renewal (TKG §56 (3)). Other business contracts are not flagged.
 *
 * @param subject - a plan of a catalog, or a contract
 * @returns whether it is flagged, and every finding with its reason
 * @throws TarifkitError `INVALID_ARGUMENT` for something that is neither
 * @example
 * ```ts
 * import { checkConsumerTerms, createCatalog } from 'tarifkit';
 *
 * // A consumer plan of 24 months that renews for 12 more: the term is fine, the renewal is not.
 * const { plans } = createCatalog({ plans: [{
 *   id: 'dsl', name: 'DSL 100', price: { cents: 3999, per: 'billingPeriod' }, billingCycle: { kind: 'calendarMonth' },
 *   termMonths: 24, renewal: { kind: 'fixed', months: 12 },
 *   policy: { optionsChangeable: false, notice: { unit: 'month', count: 1 }, customer: 'consumer' },
 * }] });
 * checkConsumerTerms(plans[0]!).findings.map((f) => f.reason); // ["RENEWAL_NOT_OPEN_ENDED"]
 *
 * // A telecom plan of 36 months for small businesses (TKG §56 (1), §71 (3)): the first term is too long.
 * const office = createCatalog({ plans: [{
 *   id: 'office', name: 'Office Fiber', price: { cents: 4990, per: 'billingPeriod' }, billingCycle: { kind: 'calendarMonth' },
 *   termMonths: 36, renewal: { kind: 'fixed', months: 12 },
 *   policy: { optionsChangeable: false, notice: { unit: 'month', count: 3 }, customer: 'business', telecom: true, smallBusiness: true },
 * }] });
 * checkConsumerTerms(office.plans[0]!).findings; // [{ reason: "FIRST_TERM_OVER_24_MONTHS", termMonths: 36 }]
 * ```
 */
export function checkConsumerTerms(subject: Plan | Contract): ConsumerTermsCheck {
  if (!isRecord(subject)) fail('INVALID_ARGUMENT', 'subject', subject);
  const plan = subject as Partial<Plan>;
  const contract = subject as Partial<Contract>;
  const notice = plan.policy?.notice ?? contract.notice;
  const customer = plan.policy?.customer ?? contract.customer;
  const termMonths = subject.termMonths;
  const renewal = subject.renewal as RenewalRule | undefined;
  if (notice === undefined || (customer !== 'consumer' && customer !== 'business') || typeof termMonths !== 'number' || !isRecord(renewal)) {
    fail('INVALID_ARGUMENT', 'subject', subject);
  }
  const where = plan.policy === undefined ? 'subject' : 'subject.policy';
  if (!isRecord(notice) || !['day', 'week', 'month'].includes(notice.unit as string) || !Number.isSafeInteger(notice.count) || notice.count < 0) {
    fail('INVALID_ARGUMENT', `${where}.notice`, notice);
  }
  if (!Number.isSafeInteger(termMonths) || termMonths < 1) fail('INVALID_ARGUMENT', 'subject.termMonths', termMonths);
  if (!['none', 'fixed', 'openEnded'].includes(renewal.kind) || (renewal.kind === 'fixed' && !(Number.isSafeInteger(renewal.months) && renewal.months >= 1))) {
    fail('INVALID_ARGUMENT', 'subject.renewal', renewal);
  }
  const findings: ConsumerTermsFinding[] = [];
  if (customer === 'consumer') {
    if (termMonths > 24) findings.push({ reason: 'FIRST_TERM_OVER_24_MONTHS', termMonths });
    if (renewal.kind === 'fixed') findings.push({ reason: 'RENEWAL_NOT_OPEN_ENDED', renewal });
    if (renewal.kind !== 'none' && !atMostOneMonth(notice)) findings.push({ reason: 'NOTICE_OVER_ONE_MONTH', notice });
  } else if ((plan.policy?.smallBusiness ?? contract.smallBusiness) === true && (plan.policy?.telecom ?? contract.telecom) === true) {
    // TKG §56 (1) with §71 (3) (R32): a protected business end user's first term is at most 24 months.
    if (termMonths > 24) findings.push({ reason: 'FIRST_TERM_OVER_24_MONTHS', termMonths });
  }
  return { flagged: findings.length > 0, customer, findings };
}
