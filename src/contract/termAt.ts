import { dayOf, isoOf, periodOf } from '../calendar/days.js';
import type { DateInput } from '../calendar/types.js';
import { fail } from '../errors/fail.js';
import { contractOf } from './contractLines.js';
import { factsOf, noticeDeadlineAt, termInfo, versionIndexAt } from './model.js';
import type { Contract, ContractVersion, TermStatus } from './types.js';

/**
 * The term a contract is in on a day (R1, R3): its bounds, the version in force,
 * and the last day on which a cancellation still ends the contract with it.
 *
 * @param contract - the contract, as a subscription holds it
 * @param on - a day of the contract
 * @returns the term (cut at the contract's end), its number, the version and the notice deadline
 * @throws TarifkitError `INVALID_ARGUMENT` for something that is no contract, `INVALID_DATE`,
 *   `NOT_WITHIN` (field `on`) for a day before the start or from the end on
 * @example
 * ```ts
 * import { createCatalog, createSubscription, termAt } from 'tarifkit';
 *
 * const catalog = createCatalog({ plans: [{
 *   id: 'basic', name: 'Basic', price: { cents: 10000, per: 'term' }, billingCycle: { kind: 'term' },
 *   termMonths: 12, renewal: { kind: 'fixed', months: 12 },
 *   policy: { optionsChangeable: true, notice: { unit: 'month', count: 3 }, customer: 'business' },
 * }] });
 * const { contract } = createSubscription(catalog, { planId: 'basic', start: '2026-01-31' });
 * const status = termAt(contract, '2027-03-01');
 * status.term;           // { start: '2027-01-31', end: '2028-01-31' }: the first renewal
 * status.noticeDeadline; // "2027-10-30": three months before the term ends
 * ```
 */
export function termAt(contract: Contract, on: DateInput): TermStatus {
  const checked = contractOf(contract, 'contract');
  const facts = factsOf(checked);
  const day = dayOf(on, 'on');
  if (day < facts.startDay || (facts.endDay !== null && day >= facts.endDay)) {
    fail('NOT_WITHIN', 'on', on, { start: checked.start, end: checked.end });
  }
  const info = termInfo(facts, day);
  const deadline = noticeDeadlineAt(checked, facts, info);
  return {
    term: periodOf(info.startDay, info.endDay),
    index: info.index,
    version: checked.versions[versionIndexAt(facts, day)] as ContractVersion,
    noticeDeadline: deadline === null ? null : isoOf(deadline),
  };
}
