import { rangeOf } from '../calendar/days.js';
import type { PeriodInput } from '../calendar/types.js';
import { fail, optionsOf } from '../errors/fail.js';
import { checkContract } from './check.js';
import type { Line } from '../lines/types.js';
import { basisOf } from '../proration/prorate.js';
import { appendContractLines, factsOf } from './model.js';
import type { Contract, ContractLinesOptions } from './types.js';

/** A contract from outside: INVALID_ARGUMENT unless it has versions. @internal */
export function contractOf(value: unknown, field: string): Contract {
  return checkContract(value, field);
}

/**
 * A contract's regular lines for a range of days: what those days cost under the
 * versions in force (R1–R3, R6, W1). The range is split at the pricing periods (the
 * term for a price per term, else the billing periods) and at every change of
 * version; each piece is priced against its own pricing period, day-exact by
 * default, and nothing is billed before the start or from the end on.
 *
 * Renewals run on with the version in force; a scheduled downgrade prices the
 * days from the term's end; a cancelled contract bills nothing after its last
 * day. A subscription calls this for each billing period: on its first day for
 * billing in advance, on the day after its last for billing in arrears.
 *
 * @param contract - the contract, as a subscription holds it
 * @param range - the days to price, half-open; usually one billing period
 * @param options - the basis for part of a pricing period: `day` (default) or `month`
 * @returns the lines in date order, `ref: "contract"`
 * @throws TarifkitError `INVALID_ARGUMENT` for something that is no contract,
 *   `INVALID_DATE` / `END_BEFORE_START` for a bad range, `INVALID_BASIS` for an unknown basis
 * @example
 * ```ts
 * import { contractLines, createCatalog, createSubscription } from 'tarifkit';
 *
 * const catalog = createCatalog({ plans: [{
 *   id: 'cloud', name: 'Cloud Server', price: { cents: 1500, per: 'billingPeriod' },
 *   billingCycle: { kind: 'calendarMonth' }, termMonths: 12, renewal: { kind: 'fixed', months: 12 },
 *   policy: { optionsChangeable: true, notice: { unit: 'month', count: 3 }, customer: 'business' },
 * }] });
 * const { contract } = createSubscription(catalog, { planId: 'cloud', start: '2026-01-15' });
 * // The first calendar month is partial: 17 of January's 31 days.
 * contractLines(contract, { start: '2026-01-01', end: '2026-02-01' }).map((line) => line.cents); // [823]
 * ```
 */
export function contractLines(contract: Contract, range: PeriodInput, options?: ContractLinesOptions): Line[] {
  const checked = contractOf(contract, 'contract');
  const [from, to] = rangeOf(range, 'range');
  const basis = basisOf(optionsOf(options).basis, 'options.basis');
  if (to - from > 400_000) fail('NOT_WITHIN', 'range', range, { reason: 'more than about a thousand years' });
  const out: Line[] = [];
  appendContractLines(factsOf(checked), from, to, basis, out);
  return out;
}
