import { describe, expect, it } from 'vitest';
import { applyVoucher, createVoucher, money, removeCartItem, removeVoucher } from '../../src/index.js';
import { deepFreeze, expectTarifkitError } from '../arbitraries/core.js';
import { FIVE, SPRING, VOUCHERS, seedCart } from './fixtures.js';

describe('createVoucher (R20)', () => {
  it('checks a fixed and a percentage voucher', () => {
    expect(FIVE).toMatchObject({ code: 'FUENF', kind: 'fixed', amountCents: 500, percent: 0, minimumCents: 0, validFromDay: null, validBeforeDay: null });
    expect(SPRING).toMatchObject({ code: 'FRUEHLING10', kind: 'percentage', percent: 10, minimumCents: 2000 });
    expect(createVoucher({ code: 'ALL', kind: 'percentage', percent: 100 }).percent).toBe(100);
    expect(createVoucher({ code: 'NONE', kind: 'percentage', percent: 0 }).percent).toBe(0);
  });

  it('refuses a percentage over 100, below 0 or not whole with INVALID_PERCENTAGE', () => {
    for (const percent of [101, -1, 12.5, Number.NaN]) {
      const spec = deepFreeze({ code: 'X', kind: 'percentage' as const, percent });
      expectTarifkitError(() => createVoucher(spec), 'INVALID_PERCENTAGE', 'spec.percent');
      expect(spec).toEqual({ code: 'X', kind: 'percentage', percent });
    }
  });

  it('refuses a negative amount, an empty code, an unknown kind and an empty window', () => {
    expectTarifkitError(() => createVoucher({ code: 'X', kind: 'fixed', amount: money(-1) }), 'INVALID_AMOUNT', 'spec.amount');
    expectTarifkitError(() => createVoucher({ code: '  ', kind: 'fixed', amount: money(1) }), 'INVALID_VOUCHER', 'spec.code');
    expectTarifkitError(() => createVoucher({ code: 'X', kind: 'gift' } as never), 'INVALID_VOUCHER', 'spec.kind');
    expectTarifkitError(() => createVoucher({ code: 'X', kind: 'fixed', amount: money(1), validFrom: '2026-03-01', validBefore: '2026-03-01' }), 'END_BEFORE_START', 'spec.validBefore');
    expectTarifkitError(() => createVoucher({ code: 'X', kind: 'fixed', amount: money(1), validFrom: '2026-02-30' }), 'INVALID_DATE', 'spec.validFrom');
  });
});

describe('applyVoucher (R20)', () => {
  it('redeems a known code, ignoring case and spaces', () => {
    const result = applyVoucher(seedCart(), '  fruehling10 ', VOUCHERS, '2026-03-10');
    expect(result.ok).toBe(true);
    expect(result.ok && result.cart.voucher?.code).toBe('FRUEHLING10');
  });

  it('refuses an unknown code as a value', () => {
    expect(applyVoucher(seedCart(), 'GRATIS', VOUCHERS, '2026-03-10')).toEqual({ ok: false, reason: 'UNKNOWN_VOUCHER', allowedFrom: null, code: 'GRATIS' });
  });

  it('refuses a voucher not yet valid, with the day it becomes valid', () => {
    const result = applyVoucher(seedCart(), 'FRUEHLING10', VOUCHERS, '2026-02-28');
    expect(result).toMatchObject({ ok: false, reason: 'VOUCHER_NOT_YET_VALID', code: 'FRUEHLING10' });
    expect(!result.ok && result.allowedFrom?.toString()).toBe('2026-03-01');
  });

  it('refuses an expired voucher: the window is half-open, its end day is out', () => {
    expect(applyVoucher(seedCart(), 'FRUEHLING10', VOUCHERS, '2026-03-31').ok).toBe(true);
    const result = applyVoucher(seedCart(), 'FRUEHLING10', VOUCHERS, '2026-04-01');
    expect(result).toMatchObject({ ok: false, reason: 'VOUCHER_EXPIRED', allowedFrom: null });
    expect(!result.ok && result.reason === 'VOUCHER_EXPIRED' && result.expiredAfter.toString()).toBe('2026-03-31');
  });

  it('refuses a cart below the minimum order, with what is missing', () => {
    const small = removeCartItem(removeCartItem(seedCart(), 'funk'), 'l-3');
    expect(applyVoucher(small, 'FRUEHLING10', VOUCHERS, '2026-03-10')).toMatchObject({
      ok: false, reason: 'BELOW_MINIMUM_ORDER', minimumCents: 2000, subtotalCents: 0, missingCents: 2000,
    });
  });

  it('allows one voucher per cart: a second is refused, after removing the first it is taken', () => {
    const first = applyVoucher(seedCart(), 'FUENF', VOUCHERS, '2026-03-10');
    if (!first.ok) throw new Error(first.reason);
    expect(applyVoucher(first.cart, 'FRUEHLING10', VOUCHERS, '2026-03-10')).toEqual({
      ok: false, reason: 'VOUCHER_ALREADY_APPLIED', allowedFrom: null, code: 'FRUEHLING10', appliedCode: 'FUENF',
    });
    const second = applyVoucher(removeVoucher(first.cart), 'FRUEHLING10', VOUCHERS, '2026-03-10');
    expect(second.ok && second.cart.voucher?.code).toBe('FRUEHLING10');
  });

  it('refuses two known vouchers with the same code and a bad day', () => {
    expectTarifkitError(() => applyVoucher(seedCart(), 'FUENF', [FIVE, { ...FIVE, code: 'fuenf' }], '2026-03-10'), 'DUPLICATE_ID', 'vouchers');
    expectTarifkitError(() => applyVoucher(seedCart(), 'FUENF', VOUCHERS, '10.03.2026'), 'INVALID_DATE', 'on');
  });

  it('does not mutate the cart', () => {
    const cart = deepFreeze(seedCart());
    const before = JSON.stringify(cart);
    applyVoucher(cart, 'FUENF', VOUCHERS, '2026-03-10');
    expect(JSON.stringify(cart)).toBe(before);
    expect(cart.voucher).toBeNull();
  });
});
