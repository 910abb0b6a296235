import { TarifkitError } from '../errors/TarifkitError.js';
import { assertCurrency, assertSameCurrency, centsOfSnapshot, DEFAULT_CURRENCY, moneyFromCents, snapshotOf } from './cents.js';
import type { Currency, Money } from './types.js';

/**
 * Adds amounts of one currency.
 *
 * @param amounts - the amounts to add
 * @param currency - the currency of an empty sum; default `EUR`
 * @returns their sum (zero for none)
 * @throws TarifkitError `CURRENCY_MISMATCH` when two amounts differ in currency,
 *   `UNSUPPORTED_CURRENCY` for an empty sum's currency that is no dinero.js currency,
 *   `INVALID_AMOUNT` for an entry that is no whole-cent amount or a sum beyond 2^53 cents
 * @example
 * ```ts
 * toCents(sumMoney([money(10082), money(-5041)])); // 5041: W1's net
 * toCents(sumMoney([]));                           // 0
 * sumMoney([money(100), money(100, USD)]);         // throws CURRENCY_MISMATCH
 * ```
 */
export function sumMoney(amounts: readonly Money[], currency: Currency = DEFAULT_CURRENCY): Money {
  if (!Array.isArray(amounts)) throw new TarifkitError('INVALID_AMOUNT', { field: 'amounts', value: amounts });
  const currencies: Currency[] = [];
  let total = 0;
  amounts.forEach((amount, i) => {
    const snapshot = snapshotOf(amount, `amounts.${i}`);
    total += centsOfSnapshot(snapshot, `amounts.${i}`);
    currencies.push(snapshot.currency);
  });
  const common = amounts.length > 0 ? assertSameCurrency(currencies, 'amounts') : assertCurrency(currency, 'currency');
  if (!Number.isSafeInteger(total)) throw new TarifkitError('INVALID_AMOUNT', { field: 'amounts', value: total });
  return moneyFromCents(total, common);
}
