/**
 * The add-on list view (R15): every add-on, running and ended, with quantity,
 * price, "billed until" and status; seed 004's table exactly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bookAddOn,
  cancelAddOn,
  changeAddOnQuantity,
  closeAddOnPeriod,
  formatAddOnRow,
  invoicedAddOnLines,
  listAddOns,
  toCents,
  withdrawAddOn,
  type AddOnAccount,
} from '../../src/index.js';
import { deepFreeze, expectTarifkitError, RUNS } from '../arbitraries/core.js';
import { accountArb, iso, runScript, seedAccount, stepArb } from '../arbitraries/addons.js';

function seedTable(): AddOnAccount {
  return bookAddOn(seedAccount(), { addOnId: 'users', quantity: 1, on: '2026-03-18' }).account;
}

/** Seed 004 plus a storage pack, a quantity change, a cancellation and a withdrawal. */
function fullTable(): AddOnAccount {
  let account = seedTable();
  account = bookAddOn(account, { addOnId: 'storage', quantity: 2, on: '2026-03-25' }).account;
  account = changeAddOnQuantity(account, { bookingId: 'users#1', quantity: 3, on: '2026-04-01' }).account;
  account = bookAddOn(account, { addOnId: 'journal', quantity: 1, on: '2026-04-02' }).account;
  account = cancelAddOn(account, { bookingId: 'storage#2', on: '2026-04-05' }).account;
  const withdrawn = withdrawAddOn(account, { bookingId: 'journal#3', on: '2026-04-10' });
  if (!withdrawn.ok) throw new Error('expected a withdrawal');
  account = changeAddOnQuantity(withdrawn.account, { bookingId: 'users#1', quantity: 2, on: '2026-04-10' }).account;
  return account;
}

describe('listAddOns', () => {
  it('reproduces seed 004\'s table: "Zusätzliche Benutzer (+1) · 5,90 € · abgerechnet bis 17.04.2026 · aktiv"', () => {
    const rows = listAddOns(seedTable(), '2026-03-18');
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row.name).toBe('Zusätzliche Benutzer');
    expect(row.quantity).toBe(1);
    expect(toCents(row.unitPrice)).toBe(590);
    expect(row.unitCents).toBe(590);
    expect(row.billedUntil!.toString()).toBe('2026-04-17');
    expect(row.bookedOn.toString()).toBe('2026-03-18');
    expect(row.status).toEqual({ kind: 'active' });
    expect(row.nextQuantity).toBeNull();
    expect(formatAddOnRow(row, 'de')).toBe('Zusätzliche Benutzer (+1) \u00b7 5,90 € \u00b7 abgerechnet bis 17.04.2026 \u00b7 aktiv');
    expect(formatAddOnRow(row, 'en')).toBe('Zusätzliche Benutzer (+1) \u00b7 €5.90 \u00b7 billed until 2026-04-17 \u00b7 active');
  });

  it('shows every add-on with its status on 2026-04-10: a waiting lowering, a pending cancellation, a withdrawal', () => {
    const rows = listAddOns(fullTable(), '2026-04-10');
    expect(rows.map((row) => formatAddOnRow(row, 'de'))).toEqual([
      'Zusätzliche Benutzer (+3) \u00b7 5,90 € \u00b7 abgerechnet bis 17.04.2026 \u00b7 aktiv \u00b7 Menge ab 18.04.2026: +2',
      'Speicherpaket 10 GB (+2) \u00b7 5,90 € \u00b7 abgerechnet bis 17.04.2026 \u00b7 Kündigung zum 17.04.2026',
      'Fachmagazin digital (+1) \u00b7 4,90 € \u00b7 nicht berechnet \u00b7 widerrufen am 10.04.2026',
    ]);
    expect(rows.map((row) => formatAddOnRow(row, 'en'))).toEqual([
      'Zusätzliche Benutzer (+3) \u00b7 €5.90 \u00b7 billed until 2026-04-17 \u00b7 active \u00b7 quantity from 2026-04-18: +2',
      'Speicherpaket 10 GB (+2) \u00b7 €5.90 \u00b7 billed until 2026-04-17 \u00b7 cancellation effective 2026-04-17',
      'Fachmagazin digital (+1) \u00b7 €4.90 \u00b7 not charged \u00b7 withdrawn 2026-04-10',
    ]);
  });

  it('after the regular invoice of 2026-04-18: billed until 17.05.2026, the lowering applied, the cancelled add-on ended', () => {
    const rows = listAddOns(closeAddOnPeriod(fullTable(), '2026-04-18').account, '2026-04-18');
    expect(rows.map((row) => formatAddOnRow(row, 'de'))).toEqual([
      'Zusätzliche Benutzer (+2) \u00b7 5,90 € \u00b7 abgerechnet bis 17.05.2026 \u00b7 aktiv',
      'Speicherpaket 10 GB (+2) \u00b7 5,90 € \u00b7 abgerechnet bis 17.04.2026 \u00b7 beendet zum 17.04.2026',
      'Fachmagazin digital (+1) \u00b7 4,90 € \u00b7 nicht berechnet \u00b7 widerrufen am 10.04.2026',
    ]);
    expect(formatAddOnRow(rows[1]!, 'en')).toBe('Speicherpaket 10 GB (+2) \u00b7 €5.90 \u00b7 billed until 2026-04-17 \u00b7 ended 2026-04-17');
  });

  it('read on a later day before the close, the lowering shows as the quantity and the cancellation as ended', () => {
    const rows = listAddOns(fullTable(), '2026-04-18');
    expect(rows[0]!.quantity).toBe(2);
    expect(rows[0]!.nextQuantity).toBeNull();
    expect(rows[0]!.billedUntil!.toString()).toBe('2026-04-17');
    expect(rows[1]!.status.kind).toBe('ended');
  });

  it('does not mutate the account', () => {
    const account = deepFreeze(fullTable());
    const before = JSON.stringify(account);
    listAddOns(account, '2026-04-12');
    expect(JSON.stringify(account)).toBe(before);
  });

  it('refuses a day before the last change (OUT_OF_SEQUENCE) and a bad day (INVALID_DATE)', () => {
    expectTarifkitError(() => listAddOns(fullTable(), '2026-04-09'), 'OUT_OF_SEQUENCE', 'asOf');
    expectTarifkitError(() => listAddOns(fullTable(), ''), 'INVALID_DATE', 'asOf');
  });

  it('property: one row per booking, in booking order; withdrawn ones are billed nothing, the others up to the last day a line charged them for', () => {
    fc.assert(
      fc.property(accountArb, fc.array(stepArb, { maxLength: 12 }), (start, steps) => {
        const run = runScript(start, steps);
        const rows = listAddOns(run.account, iso(run.account.lastChangeDay));
        expect(rows.map((r) => r.bookingId)).toEqual(run.account.bookings.map((b) => b.id));
        rows.forEach((row, i) => {
          const booking = run.account.bookings[i]!;
          if (row.status.kind === 'withdrawn') expect(row.billedUntil).toBeNull();
          else {
            // The last day charged by any of its lines, invoiced or still a draft.
            const own = [...invoicedAddOnLines(run.account, booking.id), ...run.account.drafts.filter((d) => d.bookingId === booking.id).map((d) => d.line)];
            expect(row.billedUntil!.toString()).toBe(iso(Math.max(...own.map((line) => line.range!.endDay)) - 1));
          }
          expect(row.quantity).toBeGreaterThanOrEqual(1);
          for (const locale of ['de', 'en'] as const) {
            expect(formatAddOnRow(row, locale).startsWith(`${row.name} (+${row.quantity}) \u00b7 `)).toBe(true);
          }
        });
      }),
      RUNS,
    );
  });
});
