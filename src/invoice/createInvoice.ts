import type { Temporal } from '@js-temporal/polyfill';
import { plainDateFromEpochDay } from '../calendar/epochDay.js';
import { epochDayFromInput } from '../calendar/parseDate.js';
import type { Period } from '../calendar/types.js';
import { TarifkitError } from '../errors/TarifkitError.js';
import type { Line, VatRate } from '../lines/types.js';
import { assertSameCurrency, DEFAULT_CURRENCY, moneyFromCents } from '../money/cents.js';
import type { Currency, Money } from '../money/types.js';
import { vatFromGrossCents, vatFromNetCents } from '../money/vat.js';
import type { CustomerType, Invoice, InvoiceInput, VatRateTotal } from './types.js';

/** One rate's totals: VAT extracted from the gross sum (b2c) or added to the net sum (b2b), rounded once. */
function rateTotal(b2c: boolean, vatRate: VatRate, lineCount: number, sum: number): VatRateTotal {
  if (b2c) {
    const vatCents = vatFromGrossCents(sum, vatRate);
    return { vatRate, lineCount, netCents: sum - vatCents, vatCents, grossCents: sum };
  }
  const vatCents = vatFromNetCents(sum, vatRate);
  return { vatRate, lineCount, netCents: sum, vatCents, grossCents: sum + vatCents };
}

/** The rates that have lines, 19 % first, then 7 %, then 0 %, in a list of exactly their number. */
function ratesOf(t19: VatRateTotal | null, t7: VatRateTotal | null, t0: VatRateTotal | null): VatRateTotal[] {
  if (t19 !== null) {
    if (t7 !== null) return t0 !== null ? [t19, t7, t0] : [t19, t7];
    return t0 !== null ? [t19, t0] : [t19];
  }
  if (t7 !== null) return t0 !== null ? [t7, t0] : [t7];
  return t0 !== null ? [t0] : [];
}

class InvoiceValue implements Invoice {
  // Declared, not initialised as class fields: the constructor assigns each once.
  declare readonly customerType: CustomerType;
  declare readonly pricesAre: 'gross' | 'net';
  declare readonly issuedDay: number;
  declare readonly period: Period | null;
  declare readonly currency: Currency;
  declare readonly lines: readonly Line[];
  declare readonly vatRounding: 'perRate';
  declare readonly rounding: 'halfUp';
  declare readonly byRate: readonly VatRateTotal[];
  declare readonly linesCents: number;
  declare readonly netCents: number;
  declare readonly vatCents: number;
  declare readonly grossCents: number;
  #issuedOn: Temporal.PlainDate | undefined;
  #net: Money | undefined;
  #vat: Money | undefined;
  #gross: Money | undefined;

  constructor(
    customerType: CustomerType,
    issuedDay: number,
    period: Period | null,
    currency: Currency,
    lines: readonly Line[],
    byRate: readonly VatRateTotal[],
    linesCents: number,
    netCents: number,
    vatCents: number,
  ) {
    this.customerType = customerType;
    this.pricesAre = customerType === 'b2c' ? 'gross' : 'net';
    this.issuedDay = issuedDay;
    this.period = period;
    this.currency = currency;
    this.lines = lines;
    this.vatRounding = 'perRate';
    this.rounding = 'halfUp';
    this.byRate = byRate;
    this.linesCents = linesCents;
    this.netCents = netCents;
    this.vatCents = vatCents;
    this.grossCents = netCents + vatCents;
    this.#issuedOn = undefined;
    this.#net = undefined;
    this.#vat = undefined;
    this.#gross = undefined;
  }

  get issuedOn(): Temporal.PlainDate {
    return (this.#issuedOn ??= plainDateFromEpochDay(this.issuedDay));
  }

  get net(): Money {
    return (this.#net ??= moneyFromCents(this.netCents, this.currency));
  }

  get vat(): Money {
    return (this.#vat ??= moneyFromCents(this.vatCents, this.currency));
  }

  get gross(): Money {
    return (this.#gross ??= moneyFromCents(this.grossCents, this.currency));
  }

  toJSON(): Record<string, unknown> {
    return {
      customerType: this.customerType,
      pricesAre: this.pricesAre,
      issuedOn: this.issuedOn.toString(),
      period: this.period,
      currency: this.currency.code,
      lines: this.lines,
      vatRounding: this.vatRounding,
      rounding: this.rounding,
      byRate: this.byRate,
      linesCents: this.linesCents,
      netCents: this.netCents,
      vatCents: this.vatCents,
      grossCents: this.grossCents,
    };
  }
}

/**
 * Makes an invoice from lines (R14, R22, R23): the collective invoice that
 * carries the regular period charges, the draft items, credits and credit
 * notes, from any module (add-ons, options, contracts). It consumes lines only.
 *
 * Each line's `cents` is read as the customer type says: gross for a consumer
 * (`b2c`), whose VAT is extracted; net for a business (`b2b`), whose VAT is
 * added. VAT is rounded per rate: the lines of one rate are summed, and the
 * VAT of that sum is rounded once, half up (`vatRounding: 'perRate'`). So the
 * lines add up to the gross total (b2c) or the net total (b2b) to the cent, and
 * net + VAT = gross per rate and in total.
 *
 * @param input - the lines, the customer type, the invoice day and optionally the period
 * @returns the invoice with totals per rate and in total
 * @throws TarifkitError `INVALID_CUSTOMER_TYPE` (field `input.customerType`),
 *   `INVALID_DATE` (field `input.issuedOn`), `INVALID_LINE` for a list that is not
 *   one or an entry that is no line, `INVALID_AMOUNT` for a line whose cents
 *   are not a safe integer, `INVALID_VAT_RATE` for a rate other than 19, 7 or 0,
 *   `CURRENCY_MISMATCH` for lines in different currencies
 * @example
 * ```ts
 * // A consumer pays for three extra users at 5,90 € each: 19 % VAT is taken once
 * // from the rate's sum 17,70 € (2,83 €), not per line (3 × 0,94 € = 2,82 €).
 * const invoice = createInvoice({ lines: [user, user, user], customerType: 'b2c', issuedOn: '2026-04-18' });
 * [invoice.netCents, invoice.vatCents, invoice.grossCents]; // [1487, 283, 1770]
 * createInvoice({ lines: [user], customerType: 'consumer', issuedOn: '2026-04-18' }); // throws INVALID_CUSTOMER_TYPE
 * ```
 */
export function createInvoice(input: InvoiceInput): Invoice {
  const customerType = input.customerType;
  if (customerType !== 'b2c' && customerType !== 'b2b') {
    throw new TarifkitError('INVALID_CUSTOMER_TYPE', { field: 'input.customerType', value: customerType });
  }
  const issuedDay = epochDayFromInput(input.issuedOn, 'input.issuedOn');
  const lines = input.lines;
  if (!Array.isArray(lines)) throw new TarifkitError('INVALID_LINE', { field: 'input.lines', value: lines });
  let sum19 = 0;
  let sum7 = 0;
  let sum0 = 0;
  let count19 = 0;
  let count7 = 0;
  let count0 = 0;
  let currency: Currency | undefined = input.currency;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] as Line;
    if (typeof line !== 'object' || line === null || typeof line.currency !== 'object' || line.currency === null) {
      throw new TarifkitError('INVALID_LINE', { field: `input.lines.${i}`, value: line });
    }
    const cents = line.cents;
    if (typeof cents !== 'number' || !Number.isSafeInteger(cents)) {
      throw new TarifkitError('INVALID_AMOUNT', { field: `input.lines.${i}.cents`, value: cents });
    }
    if (currency === undefined) currency = line.currency;
    else if (line.currency !== currency) assertSameCurrency([currency, line.currency], `input.lines.${i}.currency`);
    switch (line.vatRate) {
      case 19: sum19 += cents; count19 += 1; break;
      case 7: sum7 += cents; count7 += 1; break;
      case 0: sum0 += cents; count0 += 1; break;
      default: throw new TarifkitError('INVALID_VAT_RATE', { field: `input.lines.${i}.vatRate`, value: line.vatRate });
    }
  }
  // One pass over the lines gave each rate's sum; now each rate's VAT, rounded once, and the totals.
  const b2c = customerType === 'b2c';
  const t19 = count19 > 0 ? rateTotal(b2c, 19, count19, sum19) : null;
  const t7 = count7 > 0 ? rateTotal(b2c, 7, count7, sum7) : null;
  const t0 = count0 > 0 ? rateTotal(b2c, 0, count0, sum0) : null;
  const byRate = ratesOf(t19, t7, t0);
  let net = 0;
  let vat = 0;
  for (let i = 0; i < byRate.length; i += 1) {
    const total = byRate[i] as VatRateTotal;
    net += total.netCents;
    vat += total.vatCents;
  }
  const period = input.period ?? null;
  return new InvoiceValue(
    customerType, issuedDay, period, currency ?? DEFAULT_CURRENCY, lines.slice(), byRate, sum19 + sum7 + sum0, net, vat,
  );
}
