import { isoOf, rangeOf, periodOf } from '../calendar/days.js';
import { epochDayFromInput } from '../calendar/parseDate.js';
import { fail, recordOf } from '../errors/fail.js';
import { MAX_CENTS } from '../money/cents.js';
import { checkLine } from './checkLine.js';
import { invoiceOf } from './totals.js';
import type { CustomerKind, Invoice, InvoiceInput } from './types.js';

/** Checks a customer kind. @internal */
export function customerOf(value: unknown, field: string): CustomerKind {
  if (value !== 'consumer' && value !== 'business') fail('INVALID_CUSTOMER', field, value);
  return value;
}

/**
 * Makes an invoice from lines (R14, R22, R23): the collective invoice that
 * carries the regular period charges, the draft items, credits and credit
 * notes, from any module and from {@link chargeLine}. It consumes lines only.
 *
 * Each line's `cents` is read as the customer says: gross for a consumer, whose
 * VAT is taken out; net for a business, whose VAT is added. VAT is rounded per
 * rate: the lines of one rate are summed, and the VAT of that sum is rounded
 * once, half up. So the lines add up to the gross total (consumer) or the net
 * total (business) to the cent, and net + VAT = gross per rate and in total.
 *
 * @param input - the lines, the customer, the invoice day and optionally the period
 * @returns the invoice with totals per rate and in total
 * @throws TarifkitError `INVALID_ARGUMENT` for an input that is no record,
 *   `INVALID_CUSTOMER` (field `input.customer`), `INVALID_DATE` (field `input.issuedOn`),
 *   `INVALID_LINE` for a list that is none or an entry that is no line (field `input.lines.<i>`),
 *   `CURRENCY_MISMATCH` for lines in different currencies, `INVALID_AMOUNT` when the totals
 *   would pass 10^15 minor units
 * @example
 * ```ts
 * import { chargeLine, createInvoice } from 'tarifkit';
 *
 * // A consumer pays for three extra users at 5,90 € each: 19 % VAT is taken once
 * // from the rate's sum 17,70 € (2,83 €), not per line (3 × 0,94 € = 2,82 €).
 * const user = chargeLine({ item: { id: 'users', name: 'Zusätzliche Benutzer', unitCents: 590, vatRate: 19 } });
 * const invoice = createInvoice({ lines: [user, user, user], customer: 'consumer', issuedOn: '2026-04-18' });
 * [invoice.netCents, invoice.vatCents, invoice.grossCents]; // [1487, 283, 1770]
 * ```
 */
export function createInvoice(input: InvoiceInput): Invoice {
  const data = recordOf(input, 'input');
  const customer = customerOf(data.customer, 'input.customer');
  const issuedDay = epochDayFromInput(data.issuedOn, 'input.issuedOn');
  const lines = data.lines;
  if (!Array.isArray(lines) || lines.length > 100_000) fail('INVALID_LINE', 'input.lines', lines);
  let currency: string | undefined;
  let sum = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const line = checkLine(lines[i], `input.lines.${i}`);
    const code = line.item.currency ?? 'EUR';
    if (currency === undefined) currency = code;
    else if (code !== currency) fail('CURRENCY_MISMATCH', `input.lines.${i}.item.currency`, `${currency} and ${code}`);
    sum += Math.abs(line.cents);
  }
  if (!(sum <= MAX_CENTS)) fail('INVALID_AMOUNT', 'input.lines', sum, { reason: 'the invoice total is too large' });
  let period = null;
  if (data.period !== undefined) {
    const [start, end] = rangeOf(data.period, 'input.period');
    period = periodOf(start, end);
  }
  return invoiceOf(lines.slice(), customer, isoOf(issuedDay), period, currency ?? 'EUR');
}
