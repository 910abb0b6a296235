import { fail } from '../errors/fail.js';
import type { Temporal } from '@js-temporal/polyfill';
import { plainDateFromEpochDay } from '../calendar/epochDay.js';
import { epochDayFromInput } from '../calendar/parseDate.js';
import type { Period } from '../calendar/types.js';
import type { Line, VatRate } from '../lines/types.js';
import { assertSameCurrency, DEFAULT_CURRENCY, moneyFromCents } from '../money/cents.js';
import type { Currency, Money } from '../money/types.js';
import { vatFromGrossCents, vatFromNetCents } from '../money/vat.js';
import type { CustomerType, Invoice, InvoiceInput, VatRateTotal } from './types.js';

/** One rate's totals: VAT extracted from the gross sum (b2c) or added to the net sum (b2b), rounded once. */
function rateTotal(b2c: boolean, vatRate: VatRate, lineCount: number, sum: number, vatCents: number): VatRateTotal {
  if (b2c) return { vatRate, lineCount, netCents: sum - vatCents, vatCents, grossCents: sum };
  return { vatRate, lineCount, netCents: sum, vatCents, grossCents: sum + vatCents };
}

/** The VAT of one rate's sum, rounded once, half up (R22, R23). */
function vatOf(b2c: boolean, sum: number, vatRate: VatRate): number {
  return b2c ? vatFromGrossCents(sum, vatRate) : vatFromNetCents(sum, vatRate);
}

class InvoiceValue implements Invoice {
  // Declared, not initialised as class fields: the constructor assigns each once.
  declare readonly customerType: CustomerType;
  declare readonly issuedDay: number;
  declare readonly period: Period | null;
  declare readonly currency: Currency;
  declare readonly lines: readonly Line[];
  declare readonly linesCents: number;
  declare readonly netCents: number;
  declare readonly vatCents: number;
  declare readonly grossCents: number;
  /** Per rate (19, 7, 0): the lines' sum, their count and the rate's VAT; the totals are built when read. */
  #sum19: number;
  #sum7: number;
  #sum0: number;
  #count19: number;
  #count7: number;
  #count0: number;
  #vat19: number;
  #vat7: number;
  #built: InvoiceObjects | null;

  constructor(
    customerType: CustomerType,
    issuedDay: number,
    period: Period | null,
    currency: Currency,
    lines: readonly Line[],
    sum19: number,
    sum7: number,
    sum0: number,
    count19: number,
    count7: number,
    count0: number,
    vat19: number,
    vat7: number,
  ) {
    this.customerType = customerType;
    this.issuedDay = issuedDay;
    this.period = period;
    this.currency = currency;
    this.lines = lines;
    const linesCents = sum19 + sum7 + sum0;
    this.linesCents = linesCents;
    const vatCents = vat19 + vat7;
    this.vatCents = vatCents;
    this.netCents = customerType === 'b2c' ? linesCents - vatCents : linesCents;
    this.grossCents = customerType === 'b2c' ? linesCents : linesCents + vatCents;
    this.#sum19 = sum19;
    this.#sum7 = sum7;
    this.#sum0 = sum0;
    this.#count19 = count19;
    this.#count7 = count7;
    this.#count0 = count0;
    this.#vat19 = vat19;
    this.#vat7 = vat7;
    this.#built = null;
  }

  /** How the line amounts are read: gross for a consumer, net for a business (R23). */
  get pricesAre(): 'gross' | 'net' {
    return this.customerType === 'b2c' ? 'gross' : 'net';
  }

  /** VAT is rounded once per rate, on the rate's sum. */
  get vatRounding(): 'perRate' {
    return 'perRate';
  }

  /** Every rounding is half up (R22). */
  get rounding(): 'halfUp' {
    return 'halfUp';
  }

  get byRate(): readonly VatRateTotal[] {
    const built = (this.#built ??= new InvoiceObjects());
    if (built.byRate === null) {
      const b2c = this.customerType === 'b2c';
      const count19 = this.#count19;
      const count7 = this.#count7;
      const count0 = this.#count0;
      const rates: VatRateTotal[] = [];
      if (count19 > 0) rates.push(rateTotal(b2c, 19, count19, this.#sum19, this.#vat19));
      if (count7 > 0) rates.push(rateTotal(b2c, 7, count7, this.#sum7, this.#vat7));
      if (count0 > 0) rates.push(rateTotal(b2c, 0, count0, this.#sum0, 0));
      built.byRate = Object.freeze(rates);
    }
    return built.byRate;
  }

  get issuedOn(): Temporal.PlainDate {
    const built = (this.#built ??= new InvoiceObjects());
    return (built.issuedOn ??= plainDateFromEpochDay(this.issuedDay));
  }

  get net(): Money {
    const built = (this.#built ??= new InvoiceObjects());
    return (built.net ??= moneyFromCents(this.netCents, this.currency));
  }

  get vat(): Money {
    const built = (this.#built ??= new InvoiceObjects());
    return (built.vat ??= moneyFromCents(this.vatCents, this.currency));
  }

  get gross(): Money {
    const built = (this.#built ??= new InvoiceObjects());
    return (built.gross ??= moneyFromCents(this.grossCents, this.currency));
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

/** The objects an invoice builds from its integers when first read. */
class InvoiceObjects {
  byRate: readonly VatRateTotal[] | null = null;
  issuedOn: Temporal.PlainDate | undefined = undefined;
  net: Money | undefined = undefined;
  vat: Money | undefined = undefined;
  gross: Money | undefined = undefined;
}

/** The error for line `index`, naming its field (`input.lines.<index><suffix>`); out of line. */
function badLine(code: 'INVALID_LINE' | 'INVALID_AMOUNT' | 'INVALID_VAT_RATE', index: number, suffix: string, value: unknown): never {
  fail(code, `input.lines.${index}${suffix}`, value);
}

/** CURRENCY_MISMATCH unless two currency objects are the same currency; out of line. */
function sameCurrency(first: Currency, other: Currency, index: number): void {
  assertSameCurrency([first, other], `input.lines.${index}.currency`);
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
    fail('INVALID_CUSTOMER_TYPE', 'input.customerType', customerType);
  }
  const issuedDay = epochDayFromInput(input.issuedOn, 'input.issuedOn');
  const lines = input.lines;
  if (!Array.isArray(lines)) fail('INVALID_LINE', 'input.lines', lines);
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
      badLine('INVALID_LINE', i, '', line);
    }
    const cents = line.cents;
    if (typeof cents !== 'number' || !Number.isSafeInteger(cents)) {
      badLine('INVALID_AMOUNT', i, '.cents', cents);
    }
    if (currency === undefined) currency = line.currency;
    else if (line.currency !== currency) sameCurrency(currency, line.currency, i);
    switch (line.vatRate) {
      case 19: sum19 += cents; count19 += 1; break;
      case 7: sum7 += cents; count7 += 1; break;
      case 0: sum0 += cents; count0 += 1; break;
      default: badLine('INVALID_VAT_RATE', i, '.vatRate', line.vatRate);
    }
  }
  // One pass over the lines gave each rate's sum; now each rate's VAT, rounded once (R22, R23).
  const b2c = customerType === 'b2c';
  return new InvoiceValue(
    customerType, issuedDay, input.period ?? null, currency ?? DEFAULT_CURRENCY, lines.slice(),
    sum19, sum7, sum0, count19, count7, count0,
    count19 > 0 ? vatOf(b2c, sum19, 19) : 0, count7 > 0 ? vatOf(b2c, sum7, 7) : 0,
  );
}
