import { contractOf } from './contractOf.js';
import { evaluate } from './evaluate.js';
import type { ApplyResult, ChangeOptions, Contract, ContractEvent } from './types.js';

/**
 * Applies an event to a contract: a pure function that returns the new contract
 * and the invoice lines, or a typed refusal (R2–R5). The contract passed in is
 * never changed. A replay folds an event log through this, in date order.
 *
 * - `upgrade`: in force at once; the term's end stays (R2). Lines: `upgradeCharge`
 *   and `upgradeCredit`, the same amounts {@link quoteChange} showed.
 * - `downgrade`: scheduled for the term's end (R3); the result says so (`scheduled`,
 *   `effectiveOn`).
 * - `cancel`: to the term's end when it meets the notice deadline, else to the end
 *   of the following term (R3); open-ended contracts end when the notice has run.
 * - `terminateEarly`: refused; closing the business is no ground (R5).
 *
 * Plans whose options may not change refuse an option change (R4, "contact sales").
 *
 * @param contract - the contract
 * @param event - the event
 * @param options - the basis: `day` (default) or `month`; a replay passes the same for every event
 * @returns `{ ok: true, contract, lines, … }` or `{ ok: false, reason, allowedFrom, refusal }`
 * @throws TarifkitError `CHANGE_OUTSIDE_CONTRACT` (field `event.on`), `EVENT_OUT_OF_ORDER`,
 *   `UNKNOWN_EVENT` (field `event.type`), `UNKNOWN_PLAN`, `UNKNOWN_OPTION`, `CONFIGURATION_MISMATCH`,
 *   `INVALID_QUANTITY`, `INVALID_DATE`, `INVALID_BASIS`; the contract stays as it was
 * @example
 * ```ts
 * // A downgrade asked for mid-term waits for the term's end.
 * const result = applyEvent(contract, { type: 'downgrade', on: '2026-03-10', configuration: { ram: 4 } });
 * if (result.ok) {
 *   result.scheduled;              // true
 *   result.effectiveOn.toString(); // "2027-01-01", the first day of the next term
 *   result.contract.configuration; // still the old one until then
 * }
 * ```
 */
export function applyEvent(contract: Contract, event: ContractEvent, options?: ChangeOptions): ApplyResult {
  return evaluate(contractOf(contract, 'contract'), event, options, 'event', true) as ApplyResult;
}
