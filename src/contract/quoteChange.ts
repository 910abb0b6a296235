import { contractOf } from './contractOf.js';
import { evaluate } from './evaluate.js';
import type { ChangeOptions, Contract, ContractEvent, QuoteResult } from './types.js';

/**
 * Shows what a change would do, before the customer confirms it (R2): for an
 * upgrade the exact lines (the new configuration charged for the rest of the
 * term, the unused part of the configuration in force credited) and the net; for
 * a downgrade or a cancellation the day it takes effect. Changes nothing:
 * {@link applyEvent} with the same event gives the same amounts.
 *
 * With a price per term, charge and credit run to the term's end, measured
 * against the whole term. With a price per billing period they run to the end of
 * the current billing period (never past the term's end), measured against that
 * period: later periods are billed at the new price anyway.
 *
 * @param contract - the contract, from {@link createContract} or an earlier change
 * @param change - the event to quote: an upgrade, downgrade, cancellation or early termination
 * @param options - the basis: `day` (default) or `month`
 * @returns the quote (`ok: true`), or a refusal (`ok: false`) with its reason and `allowedFrom`
 * @throws TarifkitError `CHANGE_OUTSIDE_CONTRACT` (field `change.on`) for a day before the start or
 *   on or after the contract's end, `EVENT_OUT_OF_ORDER` for a day before the contract's latest event,
 *   `UNKNOWN_EVENT` (field `change.type`), `UNKNOWN_PLAN` (field `change.planId`), `UNKNOWN_OPTION`,
 *   `CONFIGURATION_MISMATCH`, `INVALID_QUANTITY` (fields `change.configuration.<option>`),
 *   `INVALID_DATE`, `INVALID_BASIS`
 * @example
 * ```ts
 * // W1: Basic at 100 € for 12 months from 2026-01-01; on 2026-07-01 the customer
 * // asks for Pro at 200 €. 184 of 365 days are left.
 * const quote = quoteChange(contract, { type: 'upgrade', on: '2026-07-01', planId: 'pro' });
 * if (quote.ok && quote.type === 'upgrade') {
 *   quote.charge.cents; // 10082
 *   quote.credit.cents; // -5041
 *   quote.netCents;     // 5041
 * }
 * // The month basis gives the seed's round figures: 10000, -5000, 5000.
 * quoteChange(contract, { type: 'upgrade', on: '2026-07-01', planId: 'pro' }, { basis: 'month' });
 * ```
 */
export function quoteChange(contract: Contract, change: ContractEvent, options?: ChangeOptions): QuoteResult {
  return evaluate(contractOf(contract, 'contract'), change, options, 'change', false) as QuoteResult;
}
