import { voucherOf } from './checks.js';
import type { Voucher, VoucherSpec } from './types.js';

/**
 * Checks a voucher (R20): a fixed amount or a whole percentage, an optional
 * minimum order (the gross subtotal before the discount, in minor units) and
 * an optional validity from `validFrom` to `lastDay`, both days included.
 *
 * @param spec - the voucher as plain data (a voucher from here, or revived from JSON, is a spec too)
 * @returns the voucher: frozen plain data, code trimmed, dates as ISO text
 * @throws TarifkitError `INVALID_PERCENTAGE` for a percentage below 0, above 100 or not whole
 *   (field `spec.percent`), `INVALID_AMOUNT` for a negative or fractional amount or minimum,
 *   `INVALID_VOUCHER` for a spec that is no record, a blank code or an unknown kind,
 *   `INVALID_CURRENCY`, `INVALID_DATE`, `END_BEFORE_START` when `lastDay` lies before `validFrom`
 * @example
 * ```ts
 * import { createVoucher } from 'tarifkit';
 *
 * const spring = createVoucher({ code: ' FRUEHLING10 ', kind: 'percentage', percent: 10,
 *   minimumCents: 2000, validFrom: '2026-03-01', lastDay: '2026-03-31' });
 * spring.code;    // "FRUEHLING10"
 * spring.lastDay; // "2026-03-31"
 * createVoucher({ code: 'X', kind: 'percentage', percent: 12.5 }); // throws INVALID_PERCENTAGE
 * ```
 */
export function createVoucher(spec: VoucherSpec): Voucher {
  return voucherOf(spec, 'spec');
}
