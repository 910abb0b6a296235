import { planEntryOf } from '../catalog/resolve.js';
import type { NoticePeriod, Plan } from '../catalog/types.js';
import { ContractValue } from './contractValue.js';
import type { ConsumerTermsCheck, ConsumerTermsFinding, Contract } from './types.js';

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
 * cancelled with at most one month's notice. Business contracts are not flagged.
 *
 * A notice in days counts as "at most one month" only up to 28 days, the
 * shortest month; in weeks up to 4.
 *
 * @param subject - a plan of a catalog, or a contract (its plan in force is checked)
 * @returns whether it is flagged, and every finding with its reason
 * @throws TarifkitError the codes of {@link createCatalog} for a plan that did not come from a catalog and is not valid
 * @example
 * ```ts
 * // A consumer plan of 24 months that renews for 12 more: the term is fine, the renewal is not.
 * checkConsumerTerms(plan).findings; // [{ reason: 'RENEWAL_NOT_OPEN_ENDED', renewal: { kind: 'fixed', months: 12 } }]
 * // The same plan sold to businesses:
 * checkConsumerTerms(businessPlan).flagged; // false
 * ```
 */
export function checkConsumerTerms(subject: Plan | Contract): ConsumerTermsCheck {
  const plan = subject instanceof ContractValue ? subject.plan : planEntryOf(subject as Plan).plan;
  const customer = plan.policy.customer;
  const findings: ConsumerTermsFinding[] = [];
  if (customer === 'consumer') {
    if (plan.termMonths > 24) findings.push({ reason: 'FIRST_TERM_OVER_24_MONTHS', termMonths: plan.termMonths });
    if (plan.renewal.kind === 'fixed') findings.push({ reason: 'RENEWAL_NOT_OPEN_ENDED', renewal: plan.renewal });
    if (plan.renewal.kind !== 'none' && !atMostOneMonth(plan.policy.notice)) {
      findings.push({ reason: 'NOTICE_OVER_ONE_MONTH', notice: plan.policy.notice });
    }
  }
  return Object.freeze({ flagged: findings.length > 0, customer, findings: Object.freeze(findings) });
}
