import { epochDayFromInput } from '../calendar/parseDate.js';
import type { DateInput, Period } from '../calendar/types.js';
import { isoFromEpochDay } from '../calendar/epochDay.js';
import { TarifkitError } from '../errors/TarifkitError.js';
import { contractOf } from './contractOf.js';
import { termPeriod } from './contractValue.js';
import type { Contract } from './types.js';

/**
 * The term of a contract that contains a day (R1): the first term, or a renewal
 * term. Terms count in months from the start day and clamp in short months, so
 * they never drift. A term is cut at the contract's end when the contract ends inside it.
 *
 * @param contract - the contract
 * @param date - a day inside the contract
 * @returns the term, half-open: `term.last` is its last day
 * @throws TarifkitError `CHANGE_OUTSIDE_CONTRACT` (field `date`) for a day before the start or on
 *   or after the contract's end, `INVALID_DATE`
 * @example
 * ```ts
 * // 12 months from 2024-02-29, renewing for 12: February 28th in common years, the 29th again in 2028.
 * termAt(contract, '2025-06-01').toString(); // "[2025-02-28, 2026-02-28)"
 * termAt(contract, '2028-01-15').toString(); // "[2027-02-28, 2028-02-29)"
 * ```
 */
export function termAt(contract: Contract, date: DateInput): Period {
  const value = contractOf(contract, 'contract');
  const day = epochDayFromInput(date, 'date');
  const endDay = value.endDay;
  if (day < value.basis.startDay || (endDay !== null && day >= endDay)) {
    throw new TarifkitError('CHANGE_OUTSIDE_CONTRACT', { field: 'date', value: date, start: isoFromEpochDay(value.basis.startDay) });
  }
  return termPeriod(value.basis, day, endDay);
}
