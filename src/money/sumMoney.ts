import { assertSameCurrency, centsOf, currencyOf, DEFAULT_CURRENCY, moneyFromCents } from './cents.js';
import type { Currency, Money } from './types.js';

/**
 * Adds amounts of one currency.
 *
 * @param amounts - the amounts to add
 * @param currency - the currency of an empty sum; default `EUR`
 * @returns their sum (zero for none)
 * @throws TarifkitError `CURRENCY_MISMATCH` when two amounts differ in currency
 * @example
 * ```ts
 * toCents(sumMoney([money(10082), money(-5041)])); // 5041: W1's net
 * sumMoney([money(100), money(100, USD)]);         // throws CURRENCY_MISMATCH
 * ```
 */
export function sumMoney(amounts: readonly Money[], currency: Currency = DEFAULT_CURRENCY): Money {
  const currencies = amounts.map(currencyOf);
  const common = amounts.length > 0 ? assertSameCurrency(currencies, 'amounts') : currency;
  let total = 0;
  amounts.forEach((amount, i) => {
    total += centsOf(amount, `amounts.${i}`);
  });
  return moneyFromCents(total, common);
}
