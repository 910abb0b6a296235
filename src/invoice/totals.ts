/**
 * Invoice totals on integers (R22, R23), shared by createInvoice and the
 * subscription's closes.
 *
 * @internal
 * @module
 */
import type { Period } from '../calendar/types.js';
import type { VatRate } from '../items/types.js';
import type { Line } from '../lines/types.js';
import { vatFromGrossCents, vatFromNetCents } from '../money/vat.js';
import type { CustomerKind, Invoice, VatRateTotal } from './types.js';

function rateTotal(consumer: boolean, vatRate: VatRate, lineCount: number, sum: number): VatRateTotal {
  if (consumer) {
    const vatCents = vatRate === 0 ? 0 : vatFromGrossCents(sum, vatRate);
    return { vatRate, lineCount, netCents: sum - vatCents, vatCents, grossCents: sum };
  }
  const vatCents = vatRate === 0 ? 0 : vatFromNetCents(sum, vatRate);
  return { vatRate, lineCount, netCents: sum, vatCents, grossCents: sum + vatCents };
}

/** An invoice from trusted lines: one pass for the sums per rate, then each rate's VAT rounded once. */
export function invoiceOf(lines: readonly Line[], customer: CustomerKind, issuedOn: string, period: Period | null, currency: string): Invoice {
  let sum19 = 0;
  let sum7 = 0;
  let sum0 = 0;
  let count19 = 0;
  let count7 = 0;
  let count0 = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] as Line;
    const rate = line.item.vatRate;
    if (rate === 19) { sum19 += line.cents; count19 += 1; }
    else if (rate === 7) { sum7 += line.cents; count7 += 1; }
    else { sum0 += line.cents; count0 += 1; }
  }
  const consumer = customer === 'consumer';
  let byRate: VatRateTotal[];
  if (count7 === 0 && count0 === 0) {
    // One rate (the common case): a list of one, not a growable one.
    byRate = count19 > 0 ? [rateTotal(consumer, 19, count19, sum19)] : [];
  } else {
    byRate = [];
    if (count19 > 0) byRate.push(rateTotal(consumer, 19, count19, sum19));
    if (count7 > 0) byRate.push(rateTotal(consumer, 7, count7, sum7));
    if (count0 > 0) byRate.push(rateTotal(consumer, 0, count0, sum0));
  }
  let netCents = 0;
  let vatCents = 0;
  let grossCents = 0;
  for (let i = 0; i < byRate.length; i += 1) {
    const total = byRate[i] as VatRateTotal;
    netCents += total.netCents;
    vatCents += total.vatCents;
    grossCents += total.grossCents;
  }
  return {
    tarifkit: 1,
    kind: 'invoice',
    customer,
    pricesAre: consumer ? 'gross' : 'net',
    issuedOn,
    period,
    currency,
    lines,
    vatRounding: 'perRate',
    rounding: 'halfUp',
    byRate,
    netCents,
    vatCents,
    grossCents,
  };
}
