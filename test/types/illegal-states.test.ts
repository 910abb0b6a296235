/**
 * Illegal states do not type-check. Every `@ts-expect-error` below must meet an
 * error, or the typecheck step of `npm test` (tsc over test/) fails: a line
 * that starts to compile is a broken promise of the types. The runtime part
 * checks that the refused shapes are also refused at run time, for callers
 * from plain JavaScript.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  applyAddOnChanges,
  applyEvent,
  bookAddOn,
  closeAddOnPeriod,
  createCycle,
  createInvoice,
  money,
  withdrawAddOn,
  type AddOnAccount,
  type AddOnChange,
  type ApplyResult,
  type ContractEvent,
  type CycleSpec,
  type Invoice,
  type Line,
  type VatRate,
  type WithdrawAddOnResult,
} from '../../src/index.js';
import { expectTarifkitError } from '../arbitraries/core.js';
import { seedAccount } from '../arbitraries/addons.js';

/** Type-only checks: compiled, never run. */
function typeChecks(account: AddOnAccount, line: Line, invoice: Invoice, withdrawal: WithdrawAddOnResult, applied: ApplyResult): void {
  // VAT rates are 19, 7 or 0 (R23).
  // @ts-expect-error 16 % is no German VAT rate
  const sixteen: VatRate = 16;

  // Values are read-only: lines, invoices, accounts and their lists.
  // @ts-expect-error a line's cents cannot be changed
  line.cents = 1;
  // @ts-expect-error an invoice's total cannot be changed
  invoice.grossCents = 0;
  // @ts-expect-error an account's lists cannot be pushed to
  account.bookings.push(account.bookings[0]!);
  // @ts-expect-error an invoice's lines cannot be replaced
  invoice.lines[0] = line;

  // A refusal is a value: the account exists only when `ok` is true.
  // @ts-expect-error `account` is not known before `ok` is checked
  void withdrawal.account;
  if (withdrawal.ok) expectTypeOf(withdrawal.account).toEqualTypeOf<AddOnAccount>();
  else expectTypeOf(withdrawal.windowEnd.toString()).toBeString();
  // @ts-expect-error a refused change has no contract
  void applied.contract;

  // Each kind of change carries exactly what it needs.
  // @ts-expect-error a booking names the add-on, not a booking
  const book: AddOnChange = { type: 'book', bookingId: 'users#1', quantity: 1, on: '2026-03-18' };
  // @ts-expect-error a cancellation names the booking
  const cancel: AddOnChange = { type: 'cancel', on: '2026-03-18' };
  // @ts-expect-error there is no such change
  const pause: AddOnChange = { type: 'pause', bookingId: 'users#1', on: '2026-03-18' };
  // @ts-expect-error contract events are told apart by `type` too
  const event: ContractEvent = { type: 'upgrade' };

  // Cycles: only the five kinds, each with its own fields.
  // @ts-expect-error weekly billing is not a cycle kind
  const weekly: CycleSpec = { kind: 'weekly', anchor: '2026-01-01' };
  // @ts-expect-error a cycle of days says how many
  const days: CycleSpec = { kind: 'days', anchor: '2026-01-01' };

  // Days are ISO strings or PlainDates, not numbers; customers are b2c or b2b.
  // @ts-expect-error a number is no date
  bookAddOn(account, { addOnId: 'users', quantity: 1, on: 20260318 });
  // @ts-expect-error "consumer" is spelled b2c
  createInvoice({ lines: [line], customerType: 'consumer', issuedOn: '2026-04-18' });
  // @ts-expect-error money is made from integer cents, not from text
  money('5,90');

  void [sixteen, book, cancel, pause, event, weekly, days];
}

describe('types', () => {
  it('keep the compile-time checks above in the build', () => {
    expectTypeOf(typeChecks).toBeFunction();
    expectTypeOf<ReturnType<typeof closeAddOnPeriod>['lines']>().toEqualTypeOf<readonly Line[]>();
    expectTypeOf(applyEvent).returns.toEqualTypeOf<ApplyResult>();
  });

  it('refuse the same shapes at run time, for callers without types', () => {
    const account = seedAccount();
    expectTarifkitError(() => createCycle({ kind: 'weekly', anchor: '2026-01-01' } as unknown as CycleSpec), 'UNKNOWN_CYCLE_KIND', 'cycle.kind');
    expectTarifkitError(() => bookAddOn(account, { addOnId: 'users', quantity: 1, on: 20260318 as unknown as string }), 'INVALID_DATE', 'request.on');
    expectTarifkitError(
      () => applyAddOnChanges(account, [{ type: 'pause', bookingId: 'users#1', on: '2026-03-18' } as unknown as AddOnChange]),
      'UNKNOWN_EVENT',
      'changes.0.type',
    );
    expectTarifkitError(() => money('5,90' as unknown as number), 'INVALID_AMOUNT', 'cents');
    const refused = withdrawAddOn(
      closeAddOnPeriod(bookAddOn(account, { addOnId: 'users', quantity: 1, on: '2026-03-18' }).account, '2026-04-18').account,
      { bookingId: 'users#1', on: '2026-04-20' },
    );
    expect(refused.ok).toBe(false);
    expect('account' in refused).toBe(false);
  });
});
