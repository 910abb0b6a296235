import { Temporal } from '@js-temporal/polyfill';
import { describe, expect, it } from 'vitest';
import { applyVoucher, createCart, createVoucher, explainRefusal, removeCartItem, removeVoucher } from '../../src/index.js';
import { deepFreeze, expectTarifkitError } from '../arbitraries/core.js';
import { FIVE, SPRING, VOUCHERS, seedCart } from './fixtures.js';

describe('createVoucher (R20)', () => {
  it('checks a fixed and a percentage voucher into plain data', () => {
    expect(FIVE).toEqual({ code: 'FUENF', minimumCents: 0, validFrom: null, lastDay: null, currency: 'EUR', kind: 'fixed', amountCents: 500 });
    expect(SPRING).toEqual({ code: 'FRUEHLING10', minimumCents: 2000, validFrom: '2026-03-01', lastDay: '2026-03-31', currency: 'EUR', kind: 'percentage', percent: 10 });
    expect(createVoucher({ code: ' ALL ', kind: 'percentage', percent: 100 })).toMatchObject({ code: 'ALL', percent: 100 });
    expect(createVoucher({ code: 'NONE', kind: 'percentage', percent: 0 }).kind).toBe('percentage');
    expect(createVoucher({ code: 'DAY', kind: 'fixed', amountCents: 1, validFrom: Temporal.PlainDate.from('2026-03-01'), lastDay: '2026-03-01' }).lastDay).toBe('2026-03-01');
    expect(createVoucher(JSON.parse(JSON.stringify(SPRING)))).toEqual(SPRING);
  });

  it('refuses a percentage over 100, below 0 or not whole with INVALID_PERCENTAGE', () => {
    for (const percent of [101, -1, 12.5, Number.NaN, '10' as never]) {
      const spec = deepFreeze({ code: 'X', kind: 'percentage' as const, percent });
      expectTarifkitError(() => createVoucher(spec), 'INVALID_PERCENTAGE', 'spec.percent');
      expect(spec).toEqual({ code: 'X', kind: 'percentage', percent });
    }
  });

  it('refuses a bad amount, an empty code, an unknown kind and a last day before the first', () => {
    expectTarifkitError(() => createVoucher({ code: 'X', kind: 'fixed', amountCents: -1 }), 'INVALID_AMOUNT', 'spec.amountCents');
    expectTarifkitError(() => createVoucher({ code: 'X', kind: 'fixed', amountCents: 1.5 }), 'INVALID_AMOUNT', 'spec.amountCents');
    expectTarifkitError(() => createVoucher({ code: 'X', kind: 'fixed', amountCents: 1, minimumCents: -5 }), 'INVALID_AMOUNT', 'spec.minimumCents');
    expectTarifkitError(() => createVoucher({ code: '  ', kind: 'fixed', amountCents: 1 }), 'INVALID_VOUCHER', 'spec.code');
    expectTarifkitError(() => createVoucher({ code: 'X', kind: 'gift' } as never), 'INVALID_VOUCHER', 'spec.kind');
    expectTarifkitError(() => createVoucher(null as never), 'INVALID_VOUCHER', 'spec');
    expectTarifkitError(() => createVoucher({ code: 'X', kind: 'fixed', amountCents: 1, validFrom: '2026-03-02', lastDay: '2026-03-01' }), 'END_BEFORE_START', 'spec.lastDay');
    expectTarifkitError(() => createVoucher({ code: 'X', kind: 'fixed', amountCents: 1, validFrom: '2026-02-30' }), 'INVALID_DATE', 'spec.validFrom');
    expectTarifkitError(() => createVoucher({ code: 'X', kind: 'fixed', amountCents: 1, currency: 'XXX' }), 'INVALID_CURRENCY', 'spec.currency');
  });
});

describe('applyVoucher (R20)', () => {
  it('redeems a known code, ignoring case and spaces', () => {
    const result = applyVoucher(seedCart(), '  fruehling10 ', VOUCHERS, '2026-03-10');
    expect(result.ok && result.cart.voucher).toEqual(SPRING);
  });

  it('takes voucher specs and revived vouchers as well', () => {
    const result = applyVoucher(seedCart(), 'fuenf', [JSON.parse(JSON.stringify(FIVE)), { code: 'ZEHN', kind: 'percentage', percent: 10 }], '2026-03-10');
    expect(result.ok && result.cart.voucher).toEqual(FIVE);
  });

  it('refuses an unknown code as a value', () => {
    const result = applyVoucher(seedCart(), 'GRATIS', VOUCHERS, '2026-03-10');
    expect(result).toEqual({ ok: false, reason: 'UNKNOWN_VOUCHER', allowedFrom: null, details: { code: 'GRATIS' } });
    if (!result.ok) expect(explainRefusal(result, 'de')).toBe('Der Gutscheincode GRATIS ist unbekannt.');
  });

  it('refuses a voucher not yet valid, with the day it becomes valid', () => {
    const result = applyVoucher(seedCart(), 'FRUEHLING10', VOUCHERS, '2026-02-28');
    expect(result).toEqual({ ok: false, reason: 'VOUCHER_NOT_YET_VALID', allowedFrom: '2026-03-01', details: { code: 'FRUEHLING10' } });
    if (!result.ok) expect(explainRefusal(result, 'de')).toBe('Der Gutschein FRUEHLING10 gilt noch nicht. Möglich ab 01.03.2026.');
  });

  it('refuses an expired voucher: its last day is still in, the day after is out', () => {
    expect(applyVoucher(seedCart(), 'FRUEHLING10', VOUCHERS, '2026-03-31').ok).toBe(true);
    const result = applyVoucher(seedCart(), 'FRUEHLING10', VOUCHERS, '2026-04-01');
    expect(result).toEqual({ ok: false, reason: 'VOUCHER_EXPIRED', allowedFrom: null, details: { code: 'FRUEHLING10', lastDay: '2026-03-31' } });
    if (!result.ok) expect(explainRefusal(result, 'en')).toBe('The voucher FRUEHLING10 has expired (valid until 2026-03-31).');
  });

  it('refuses a cart below the minimum order, with what is missing', () => {
    const small = removeCartItem(removeCartItem(seedCart(), 'funk').cart, 'l-3').cart;
    const result = applyVoucher(small, 'FRUEHLING10', VOUCHERS, '2026-03-10');
    expect(result).toEqual({
      ok: false, reason: 'BELOW_MINIMUM_ORDER', allowedFrom: null,
      details: { code: 'FRUEHLING10', minimumCents: 2000, subtotalCents: 0, missingCents: 2000, currency: 'EUR' },
    });
    if (!result.ok) expect(explainRefusal(result, 'de')).toBe('Der Gutschein FRUEHLING10 gilt ab einem Bestellwert von 20,00 €; es fehlen 20,00 €.');
  });

  it('allows one voucher per cart: a second is refused, after removing the first it is taken', () => {
    const first = applyVoucher(seedCart(), 'FUENF', VOUCHERS, '2026-03-10');
    if (!first.ok) throw new Error(first.reason);
    const second = applyVoucher(first.cart, 'FRUEHLING10', VOUCHERS, '2026-03-10');
    expect(second).toEqual({ ok: false, reason: 'VOUCHER_ALREADY_APPLIED', allowedFrom: null, details: { code: 'FRUEHLING10', appliedCode: 'FUENF' } });
    if (!second.ok) expect(explainRefusal(second, 'en')).toBe('The voucher FRUEHLING10 cannot be added: one voucher per order, and FUENF is already redeemed.');
    const removed = removeVoucher(first.cart);
    expect(removed.ok && removed.cart.voucher).toBeNull();
    const third = applyVoucher(removed.cart, 'FRUEHLING10', VOUCHERS, '2026-03-10');
    expect(third.ok && third.cart.voucher?.code).toBe('FRUEHLING10');
    const plain = seedCart();
    expect(removeVoucher(plain).cart).toBe(plain);
  });

  it('refuses two known vouchers with the same code, another currency, bad arguments and a bad day', () => {
    expectTarifkitError(() => applyVoucher(seedCart(), 'FUENF', [FIVE, { ...FIVE, code: 'fuenf' }], '2026-03-10'), 'DUPLICATE_ID', 'vouchers.1.code');
    expectTarifkitError(() => applyVoucher(seedCart(), 'FUENF', [{ ...FIVE, currency: 'CHF' }], '2026-03-10'), 'CURRENCY_MISMATCH', 'vouchers.0.currency');
    expectTarifkitError(() => applyVoucher(seedCart(), 'FUENF', [{ ...FIVE, amountCents: -1 } as never], '2026-03-10'), 'INVALID_AMOUNT', 'vouchers.0.amountCents');
    expectTarifkitError(() => applyVoucher(seedCart(), 'FUENF', null as never, '2026-03-10'), 'INVALID_ARGUMENT', 'vouchers');
    expectTarifkitError(() => applyVoucher(seedCart(), 5 as never, VOUCHERS, '2026-03-10'), 'INVALID_ARGUMENT', 'code');
    expectTarifkitError(() => applyVoucher(seedCart(), 'FUENF', VOUCHERS, '10.03.2026'), 'INVALID_DATE', 'on');
    expectTarifkitError(() => applyVoucher(null as never, 'FUENF', VOUCHERS, '2026-03-10'), 'INVALID_ARGUMENT', 'cart');
  });

  it('does not mutate the cart or the vouchers', () => {
    const cart = deepFreeze(seedCart());
    const vouchers = deepFreeze([{ code: 'FUENF', kind: 'fixed' as const, amountCents: 500 }]);
    const before = JSON.stringify([cart, vouchers]);
    const result = applyVoucher(cart, 'FUENF', vouchers, '2026-03-10');
    expect(result.ok).toBe(true);
    expect(JSON.stringify([cart, vouchers])).toBe(before);
    expect(cart.voucher).toBeNull();
    expect(createCart().voucher).toBeNull();
  });
});
