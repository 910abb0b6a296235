import { TarifkitError } from '../errors/TarifkitError.js';
import type { Period } from '../calendar/types.js';
import type { Line } from '../lines/types.js';
import { appendBookingLines } from './internals.js';
import type { OptionAccount } from './types.js';

/**
 * The charge lines of an account's options whose charged days start in `range`: what a
 * collective invoice for that range carries for the options (R8–R11, R13, R14).
 *
 * Each booking gives one line per period of its cycle: a `periodCharge` for a whole
 * period, a `prorataCharge` (day-exact, rounded once half up) for a postpaid option's
 * first part-month (R11). Nothing from its end on (R12), and nothing at all for a
 * withdrawn (R13) or dropped (R9) booking. Ranges that tile time give every charge
 * exactly once. Lines are in booking order, then by period.
 *
 * @param account - the account
 * @param range - the billing range, half-open
 * @returns the lines, `item.id` the option id, `item.quantity` its units
 * @throws TarifkitError `INVALID_DATE` when `range` is no period
 * @example
 * ```ts
 * // Postpaid: LTE 50 (5,00 €/month) active from 2026-03-19: 13/31 of March, then whole months.
 * const lines = optionLinesFor(account, createPeriod('2026-03-01', '2026-05-01'));
 * lines.map((l) => `${l.reason} ${l.cents}`); // ["prorataCharge 210", "periodCharge 500"]
 * ```
 */
export function optionLinesFor(account: OptionAccount, range: Period): readonly Line[] {
  const fromDay = (range as Partial<Period> | null)?.startDay;
  const toDay = (range as Partial<Period> | null)?.endDay;
  if (typeof fromDay !== 'number' || typeof toDay !== 'number' || !Number.isSafeInteger(fromDay) || !Number.isSafeInteger(toDay)) {
    throw new TarifkitError('INVALID_DATE', { field: 'range', value: range });
  }
  const out: Line[] = [];
  for (const booking of account.bookings) appendBookingLines(account.tariff, booking, fromDay, toDay, out);
  return out;
}
