import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  advance, advancePrepaid, applyEvent, bookPrepaid, createCorrection, finalizeDocument, priceCart, revive, toCents, type StoredKind,
} from '../../src/index.js';
import { expectTarifkitError } from '../arbitraries/core.js';

/** Values as version 1 of the stored form wrote them: a later release must read them as they are. */
const DIR = new URL('./fixtures/v1/', import.meta.url);

function fixture<K extends StoredKind>(kind: K, variant = ''): ReturnType<typeof revive<K>> {
  return revive(readFileSync(new URL(`${kind}${variant === '' ? '' : `.${variant}`}.json`, DIR), 'utf8'), kind);
}

describe('stored form version 1: the fixtures read back and go on', () => {
  it('every fixture reads back to the same JSON', () => {
    const files = readdirSync(DIR).filter((name) => name.endsWith('.json'));
    expect(files).toHaveLength(12);
    for (const name of files) {
      const text = readFileSync(new URL(name, DIR), 'utf8');
      expect(JSON.stringify(revive(text))).toBe(JSON.stringify(JSON.parse(text)));
    }
  });

  it('the CRM subscription, stored on 2026-04-18, bills May as 54,90 € net + 10,43 € VAT = 65,33 € (R14–R16)', () => {
    let sub = fixture('subscription');
    expect(sub.invoices.map((invoice) => invoice.grossCents)).toEqual([5831, 11131]);
    for (const event of [
      { type: 'bookAddOn', on: '2026-04-25', addOnId: 'storage', quantity: 1 },
      { type: 'withdrawAddOn', on: '2026-05-02', bookingId: 'storage#3' },
      { type: 'changeAddOnQuantity', on: '2026-05-05', bookingId: 'users#1', quantity: 1 },
      { type: 'cancelAddOn', on: '2026-05-05', bookingId: 'storage#2' },
    ] as const) {
      const result = applyEvent(sub, event);
      if (!result.ok) throw new Error(result.reason);
      sub = result.subscription;
    }
    const [may] = advance(sub, '2026-05-18').invoices;
    expect([may!.netCents, may!.vatCents, may!.grossCents]).toEqual([5490, 1043, 6533]);
  });

  it('the other kinds keep their numbers', () => {
    expect(fixture('invoice').grossCents).toBe(11131);
    expect(fixture('line').cents).toBe(1770);
    expect(toCents(fixture('money'))).toBe(11131);
    expect(fixture('contract').versions[0]!.item.unitCents).toBe(4900);
    expect(fixture('catalog').plans[0]!.id).toBe('crm');
    // 20,00 € topped up, Basic S booked for 9,99 €; 28 days later it renews from the balance (R7, R17).
    expect(advancePrepaid(fixture('prepaidAccount'), '2026-03-30').account.balanceCents).toBe(2);
    expect(fixture('bookingAccount').bookings[0]!.status).toBe('paid');
    // Two 3-month packages at 29,97 € with the voucher FUENF (5,00 € off, R20).
    expect(priceCart(fixture('cart'), '2026-03-10').totalCents).toBe(5494);
  });

  it('the finalized CRM document (R27) reads back and is corrected: −6,47 net, −1,23 VAT, −7,70 gross', () => {
    const original = fixture('document');
    if (original.status !== 'final') throw new Error('the fixture is a finalized document');
    expect([original.number, original.netCents, original.vatCents, original.grossCents]).toEqual(['RE-2026-0042', 4682, 890, 5572]);
    const { document } = finalizeDocument(createCorrection(original, '2026-04-24', { lines: [3] }), { prefix: 'RE-2026-', last: 42 });
    expect([document.number, document.type, document.netCents, document.vatCents, document.grossCents]).toEqual(['RE-2026-0043', 'correction', -647, -123, -770]);
  });

  it('a consumer mobile contract withdrawn after an early start (R31) keeps 2,90 € + 0,39 € and bills nothing more', () => {
    const sub = fixture('subscription', 'withdrawn');
    expect(sub.order).toMatchObject({ earlyStart: true });
    expect(sub.contract.end).toBe('2026-03-25');
    expect(sub.invoices.map((invoice) => [invoice.issuedOn, invoice.grossCents])).toEqual([['2026-03-19', 713], ['2026-03-25', -384]]);
    expect(sub.nextInvoiceOn).toBeNull();
    expect(advance(sub, '2027-03-31').invoices).toEqual([]);
    expectTarifkitError(() => applyEvent(sub, { type: 'charge', on: '2026-03-26', item: { id: 'sim', name: 'SIM', unitCents: 990, vatRate: 19 } }), 'NOT_WITHIN', 'event.on');
  });

  it('a prepaid package withdrawn after an early start (R31): 18,00 € back on the balance, and it can be booked again', () => {
    const account = fixture('prepaidAccount', 'withdrawn');
    expect([account.balanceCents, account.chargesCents]).toEqual([1800, 200]);
    const again = bookPrepaid(account, { id: 'basic-s', name: 'Prepaid Basic S', unitCents: 999, vatRate: 19, cycleDays: 30 }, '2026-04-01');
    expect(again.ok && again.account.balanceCents).toBe(801);
  });
});
