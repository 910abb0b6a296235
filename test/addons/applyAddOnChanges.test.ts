/**
 * A run of add-on changes (R14–R16): the same rules as the single changes,
 * one new account at the end.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyAddOnChanges,
  bookAddOn,
  cancelAddOn,
  changeAddOnQuantity,
  closeAddOnPeriod,
  invoicedAddOnLines,
  withdrawAddOn,
  type AddOnAccount,
  type AddOnChange,
  type AddOnChangeRefusal,
} from '../../src/index.js';
import { deepFreeze, expectTarifkitError, RUNS } from '../arbitraries/core.js';
import { accountArb, iso, seedAccount, stepArb } from '../arbitraries/addons.js';

describe('applyAddOnChanges', () => {
  it('seed 004: an extra user on 2026-03-18, raised to 3 on 2026-04-01: drafts of 5,90 € and 6,47 €', () => {
    const result = applyAddOnChanges(seedAccount(), [
      { type: 'book', addOnId: 'users', quantity: 1, on: '2026-03-18' },
      { type: 'changeQuantity', bookingId: 'users#1', quantity: 3, on: '2026-04-01' },
    ]);
    expect(result.bookingIds).toEqual(['users#1']);
    expect(result.refusals).toEqual([]);
    expect(result.account.drafts.map((d) => [d.bookingId, d.line.reason, d.line.cents])).toEqual([
      ['users#1', 'prorataCharge', 590],
      ['users#1', 'quantityIncrease', 647], // 2 × 5,90 € × 17/31 = 6,4709… €
    ]);
    expect(result.account.bookings.map((b) => [b.id, b.quantity])).toEqual([['users#1', 3]]);
    expect(iso(result.account.lastChangeDay)).toBe('2026-04-01');
    // The regular invoice of 2026-04-18: three users for the next month and both drafts.
    const close = closeAddOnPeriod(result.account, '2026-04-18');
    expect(close.lines.map((l) => l.cents)).toEqual([1770, 590, 647]);
  });

  it('a lowering, a cancellation and a withdrawal in one run, each by the rules of its own function', () => {
    const result = applyAddOnChanges(seedAccount(), [
      { type: 'book', addOnId: 'users', quantity: 4, on: '2026-03-18' },
      { type: 'book', addOnId: 'storage', quantity: 2, on: '2026-03-20' },
      { type: 'book', addOnId: 'journal', quantity: 1, on: '2026-03-25' },
      { type: 'changeQuantity', bookingId: 'users#1', quantity: 2, on: '2026-03-26' },
      { type: 'cancel', bookingId: 'storage#2', on: '2026-03-27' },
      { type: 'withdraw', bookingId: 'journal#3', on: '2026-03-28' },
    ]);
    expect(result.bookingIds).toEqual(['users#1', 'storage#2', 'journal#3']);
    // Drafts: users 31/31 × 4 × 5,90 €; storage 29/31 × 2 × 5,90 € = 11,0387… €; the journal's left.
    expect(result.account.drafts.map((d) => [d.bookingId, d.line.cents])).toEqual([['users#1', 2360], ['storage#2', 1104]]);
    const [users, storage, journal] = result.account.bookings;
    expect(users!.scheduled).toEqual({ quantity: 2, fromDay: result.account.paidThroughDay });
    expect(storage!.termination).toMatchObject({ kind: 'cancelled', endDay: result.account.paidThroughDay });
    expect(journal!.termination).toMatchObject({ kind: 'withdrawn' });
    // The next regular invoice: 2 users (the lowering applies), no storage, no journal, then the drafts.
    expect(closeAddOnPeriod(result.account, '2026-04-18').lines.map((l) => [l.item.id, l.cents])).toEqual([
      ['users', 1180], ['users', 2360], ['storage', 1104],
    ]);
  });

  it('lists a withdrawal after its window as a refusal and goes on; nothing changes for it', () => {
    const booked = closeAddOnPeriod(bookAddOn(seedAccount(), { addOnId: 'users', quantity: 1, on: '2026-03-18' }).account, '2026-04-18').account;
    const result = applyAddOnChanges(booked, [
      { type: 'withdraw', bookingId: 'users#1', on: '2026-04-20' }, // 14 days from 2026-03-18 ended on 2026-04-01
      { type: 'book', addOnId: 'storage', quantity: 1, on: '2026-04-21' },
    ]);
    expect(result.refusals).toHaveLength(1);
    const refused = result.refusals[0] as AddOnChangeRefusal;
    expect(refused.index).toBe(0);
    expect(refused.refusal.reason).toBe('WITHDRAWAL_WINDOW_CLOSED');
    expect(refused.refusal.windowEnd.toString()).toBe('2026-04-01');
    expect(result.account.bookings[0]!.termination).toBeNull();
    expect(result.bookingIds).toEqual(['storage#2']);
    // Within the window, a withdrawal after an invoice gives credit notes for exactly what was invoiced.
    const early = applyAddOnChanges(closeAddOnPeriod(bookAddOn(seedAccount(), { addOnId: 'users', quantity: 1, on: '2026-04-10' }).account, '2026-04-18').account, [
      { type: 'withdraw', bookingId: 'users#1', on: '2026-04-20' },
    ]);
    expect(early.refusals).toEqual([]);
    expect(early.account.drafts.map((d) => [d.line.reason, d.line.cents])).toEqual([['withdrawalCredit', -590], ['withdrawalCredit', -152]]);
  });

  it('names the bad change in the field, and changes nothing', () => {
    const account = deepFreeze(seedAccount());
    const before = JSON.stringify(account);
    const book = { type: 'book', addOnId: 'users', quantity: 1, on: '2026-03-18' } as const;
    expectTarifkitError(() => applyAddOnChanges(account, [book, { ...book, quantity: 0 }]), 'INVALID_QUANTITY', 'changes.1.quantity');
    expectTarifkitError(() => applyAddOnChanges(account, [book, { ...book, quantity: 1.5 }]), 'INVALID_QUANTITY', 'changes.1.quantity');
    expectTarifkitError(() => applyAddOnChanges(account, [{ ...book, addOnId: 'fax' }]), 'UNKNOWN_ADDON', 'changes.0.addOnId');
    expectTarifkitError(() => applyAddOnChanges(account, [{ ...book, on: '2026-02-30' }]), 'INVALID_DATE', 'changes.0.on');
    expectTarifkitError(() => applyAddOnChanges(account, [{ ...book, on: '2026-03-20' }, book]), 'OUT_OF_SEQUENCE', 'changes.1.on');
    expectTarifkitError(() => applyAddOnChanges(account, [{ type: 'cancel', bookingId: 'users#1', on: '2026-03-18' }]), 'NOT_BOOKED', 'changes.0.bookingId');
    expectTarifkitError(() => applyAddOnChanges(account, [book, { type: 'upgrade' } as unknown as AddOnChange]), 'UNKNOWN_EVENT', 'changes.1.type');
    expectTarifkitError(() => applyAddOnChanges(account, [null as unknown as AddOnChange]), 'UNKNOWN_EVENT', 'changes.0');
    expectTarifkitError(() => applyAddOnChanges(account, ['book' as unknown as AddOnChange]), 'UNKNOWN_EVENT', 'changes.0');
    // The single function's error is kept as the cause.
    let caught: unknown = null;
    try {
      applyAddOnChanges(account, [{ ...book, quantity: -1 }]);
    } catch (error) {
      caught = error;
    }
    expect((caught as Error & { cause?: { details?: { field?: string } } }).cause?.details?.field).toBe('request.quantity');
    expectTarifkitError(() => applyAddOnChanges(account, 'book' as unknown as AddOnChange[]), 'UNKNOWN_EVENT', 'changes');
    const withdraw = { type: 'withdraw', bookingId: 'users#1', on: '2026-03-19' } as const;
    expectTarifkitError(() => applyAddOnChanges(account, [book, withdraw], { holidays: 'x' as unknown as string[] }), 'INVALID_HOLIDAYS', 'options.holidays');
    expect(JSON.stringify(account)).toBe(before);
  });

  it('an empty run gives the same account back in content', () => {
    const account = seedAccount();
    const result = applyAddOnChanges(account, []);
    expect(result.account).toEqual(account);
    expect(result.bookingIds).toEqual([]);
  });

  it('property: a run gives the account, the ids and the refusals that the single functions give one after another', () => {
    fc.assert(
      fc.property(accountArb, fc.array(stepArb, { maxLength: 14 }), (start, steps) => {
        // Play the steps one by one inside the open period, keeping the ones that apply as changes.
        let account: AddOnAccount = start;
        let day = start.lastChangeDay;
        const changes: AddOnChange[] = [];
        const ids: string[] = [];
        const refusals: number[] = [];
        for (const step of steps) {
          if (day + step.gap >= start.paidThroughDay) break;
          day += step.gap;
          const on = iso(day);
          const target = account.bookings.length === 0 || step.kind === 'book' || step.kind === 'wait'
            ? undefined
            : account.bookings[step.target % account.bookings.length]!;
          const ended = target !== undefined && target.termination !== null && (target.termination.kind === 'withdrawn' || target.termination.endDay <= day);
          switch (step.kind) {
            case 'book': {
              const booked = bookAddOn(account, { addOnId: step.addOn, quantity: step.quantity, on });
              account = booked.account;
              ids.push(booked.bookingId);
              changes.push({ type: 'book', addOnId: step.addOn, quantity: step.quantity, on });
              break;
            }
            case 'change':
              if (target === undefined || ended) break;
              account = changeAddOnQuantity(account, { bookingId: target.id, quantity: step.quantity, on }).account;
              changes.push({ type: 'changeQuantity', bookingId: target.id, quantity: step.quantity, on });
              break;
            case 'cancel':
              if (target === undefined || ended) break;
              account = cancelAddOn(account, { bookingId: target.id, on }).account;
              changes.push({ type: 'cancel', bookingId: target.id, on });
              break;
            case 'withdraw': {
              if (target === undefined || target.termination?.kind === 'withdrawn') break;
              const result = withdrawAddOn(account, { bookingId: target.id, on });
              if (result.ok) account = result.account;
              else refusals.push(changes.length);
              changes.push({ type: 'withdraw', bookingId: target.id, on });
              break;
            }
            case 'wait':
              break;
          }
        }
        const run = applyAddOnChanges(start, changes);
        expect(run.account).toEqual(account);
        expect(run.bookingIds).toEqual(ids);
        expect(run.refusals.map((r) => r.index)).toEqual(refusals);
        for (const booking of run.account.bookings) {
          expect(invoicedAddOnLines(run.account, booking.id)).toEqual(invoicedAddOnLines(account, booking.id));
        }
      }),
      RUNS,
    );
  });
});
