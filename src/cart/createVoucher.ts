import { epochDayFromInput } from '../calendar/parseDate.js';
import { TarifkitError } from '../errors/TarifkitError.js';
import { DEFAULT_CURRENCY } from '../money/cents.js';
import type { Currency } from '../money/types.js';
import { centsIn } from './checks.js';
import type { Voucher, VoucherSpec } from './types.js';

/**
 * Checks a voucher (R20): a fixed amount or a whole percentage, an optional
 * minimum order (the gross subtotal before the discount) and an optional
 * validity window `[validFrom, validBefore)`.
 *
 * @param spec - the voucher as plain data
 * @param currency - the currency of its amounts; default EUR
 * @returns the voucher
 * @throws TarifkitError `INVALID_PERCENTAGE` for a percentage below 0, above 100 or not whole
 *   (field `spec.percent`), `INVALID_AMOUNT` for a negative amount or minimum, `CURRENCY_MISMATCH`,
 *   `INVALID_VOUCHER` for an empty code or an unknown kind, `INVALID_DATE`, `END_BEFORE_START`
 *   when `validBefore` is not after `validFrom`
 * @example
 * ```ts
 * const spring = createVoucher({ code: 'FRUEHLING10', kind: 'percentage', percent: 10,
 *   minimumOrder: money(2000), validFrom: '2026-03-01', validBefore: '2026-04-01' });
 * createVoucher({ code: 'X', kind: 'percentage', percent: 120 }); // throws INVALID_PERCENTAGE
 * ```
 */
export function createVoucher(spec: VoucherSpec, currency: Currency = DEFAULT_CURRENCY): Voucher {
  if (typeof spec !== 'object' || spec === null) throw new TarifkitError('INVALID_VOUCHER', { field: 'spec', value: spec });
  const { code, kind } = spec;
  if (typeof code !== 'string' || code.trim().length === 0) throw new TarifkitError('INVALID_VOUCHER', { field: 'spec.code', value: code });
  let amountCents = 0;
  let percent = 0;
  if (kind === 'fixed') {
    amountCents = centsIn(spec.amount, currency, 'spec.amount');
  } else if (kind === 'percentage') {
    percent = spec.percent;
    if (typeof percent !== 'number' || !Number.isInteger(percent) || percent < 0 || percent > 100) {
      throw new TarifkitError('INVALID_PERCENTAGE', { field: 'spec.percent', value: percent });
    }
  } else {
    throw new TarifkitError('INVALID_VOUCHER', { field: 'spec.kind', value: kind });
  }
  const minimumCents = spec.minimumOrder === undefined ? 0 : centsIn(spec.minimumOrder, currency, 'spec.minimumOrder');
  const validFromDay = spec.validFrom === undefined ? null : epochDayFromInput(spec.validFrom, 'spec.validFrom');
  const validBeforeDay = spec.validBefore === undefined ? null : epochDayFromInput(spec.validBefore, 'spec.validBefore');
  if (validFromDay !== null && validBeforeDay !== null && validBeforeDay <= validFromDay) {
    throw new TarifkitError('END_BEFORE_START', { field: 'spec.validBefore', value: `${String(spec.validFrom)}..${String(spec.validBefore)}` });
  }
  return Object.freeze({ code: code.trim(), kind, amountCents, percent, minimumCents, validFromDay, validBeforeDay, currency });
}
