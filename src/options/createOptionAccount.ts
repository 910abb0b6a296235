import { TarifkitError } from '../errors/TarifkitError.js';
import type { OptionAccount, OptionBooking, OptionTariff } from './types.js';

/** The one empty booking list every new account starts with (frozen, so sharing it is safe). */
const NO_BOOKINGS: readonly OptionBooking[] = Object.freeze([]);

/**
 * Opens an empty option account (one customer line) on a validated tariff.
 *
 * @param tariff - a tariff from {@link createOptionTariff}
 * @returns an account with no bookings
 * @throws TarifkitError `INVALID_CATALOG` when `tariff` did not come from {@link createOptionTariff}
 * @example
 * ```ts
 * const tariff = createOptionTariff({ kind: 'postpaidMonth', options: [{ id: 'lte50', name: 'LTE 50', unitCents: 500, vatRate: 19 }] });
 * const account = createOptionAccount(tariff);
 * account.bookings.length; // 0
 * createOptionAccount({ kind: 'optionTariff' } as never); // throws INVALID_CATALOG: not a validated tariff
 * ```
 */
export function createOptionAccount(tariff: OptionTariff): OptionAccount {
  if (typeof tariff !== 'object' || tariff === null || !Object.isFrozen(tariff) || !Array.isArray(tariff.options)
    || typeof tariff.timeZone !== 'string') {
    throw new TarifkitError('INVALID_CATALOG', { field: 'tariff', value: tariff });
  }
  return { tariff, bookings: NO_BOOKINGS, bookingCount: 0 };
}
