import { epochDayFromInput } from '../calendar/parseDate.js';
import type { DateInput } from '../calendar/types.js';
import { isoFromEpochDay } from '../calendar/epochDay.js';
import { TarifkitError } from '../errors/TarifkitError.js';
import { contractOf } from './contractOf.js';
import { versionAtDay } from './contractValue.js';
import type { Contract, ContractVersion } from './types.js';

/**
 * The plan and configuration in force on a day (R1–R3), scheduled versions
 * included: what a regular invoice for a period starting that day charges.
 *
 * @param contract - the contract
 * @param date - a day inside the contract
 * @returns the version in force on that day
 * @throws TarifkitError `CHANGE_OUTSIDE_CONTRACT` (field `date`) for a day before the start or on
 *   or after the contract's end, `INVALID_DATE`
 * @example
 * ```ts
 * // After a downgrade asked for on 2026-03-10 in a term that ends with 2026:
 * versionAt(contract, '2026-12-31').cause; // "start": the old configuration to the last day
 * versionAt(contract, '2027-01-01').cause; // "downgrade"
 * ```
 */
export function versionAt(contract: Contract, date: DateInput): ContractVersion {
  const value = contractOf(contract, 'contract');
  const day = epochDayFromInput(date, 'date');
  const endDay = value.endDay;
  if (day < value.basis.startDay || (endDay !== null && day >= endDay)) {
    throw new TarifkitError('CHANGE_OUTSIDE_CONTRACT', { field: 'date', value: date, start: isoFromEpochDay(value.basis.startDay) });
  }
  return versionAtDay(value.lastVersion, day);
}
