/**
 * Shared fixtures, arbitraries and a script runner for the add-on and invoice
 * tests (R14–R16, R22, R23): seed 004's catalog and account, add-on cycles,
 * random lines, and random sequences of bookings, quantity changes,
 * cancellations, withdrawals and period closes.
 */
import fc from 'fast-check';
import { daysInMonth, epochDayFromYmd, isoFromEpochDay } from '../../src/calendar/epochDay.js';
import { createLine } from '../../src/lines/createLine.js';
import { DEFAULT_CURRENCY } from '../../src/money/cents.js';
import {
  bookAddOn,
  cancelAddOn,
  changeAddOnQuantity,
  closeAddOnPeriod,
  createAddOnAccount,
  createCycle,
  createPeriod,
  withdrawAddOn,
  type AddOnAccount,
  type AddOnDefinition,
  type AddOnPeriodClose,
  type BaseCharge,
  type CycleSpec,
  type Line,
  type LineReason,
  type VatRate,
} from '../../src/index.js';

/** Seed 004: 5,90 € per extra user and month. */
export const USERS: AddOnDefinition = { id: 'users', name: 'Zusätzliche Benutzer', unitCents: 590, vatRate: 19 };
/** Seed 004: 5,90 € per 10 GB storage pack and month, booked in whole packs. */
export const STORAGE: AddOnDefinition = { id: 'storage', name: 'Speicherpaket 10 GB', unitCents: 590, vatRate: 19 };
/** A 7 % add-on (a digital trade journal), for mixed VAT rates. */
export const JOURNAL: AddOnDefinition = { id: 'journal', name: 'Fachmagazin digital', unitCents: 490, vatRate: 7 };
/** The plan of the CRM contract (made up; seed 004 gives no plan price). */
export const TEAM_PLAN: BaseCharge = { id: 'crm-team', name: 'CloudCRM Team', unitCents: 2990, vatRate: 19 };

/** Seed 004's contract: billed monthly from the 18th, the period of 2026-03-18 invoiced. */
export function seedAccount(options: { base?: boolean } = {}): AddOnAccount {
  return createAddOnAccount({
    cycle: createCycle({ kind: 'monthly', anchor: '2026-01-18' }),
    catalog: [USERS, STORAGE, JOURNAL],
    start: '2026-03-18',
    ...(options.base === true ? { base: TEAM_PLAN } : {}),
  });
}

/** An ISO date from an epoch day (library helper; the dates themselves are checked elsewhere). */
export const iso = isoFromEpochDay;

/** The epoch day of an ISO date, through the library's integer calendar. */
export function dayOf(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return epochDayFromYmd(y, m, d);
}

/** A billing cycle add-ons run on: monthly anchored (any day), calendar month, four-week, 30 days, yearly. */
export const addOnCycleArb: fc.Arbitrary<CycleSpec> = fc.oneof(
  fc.record({ kind: fc.constant('monthly' as const), anchor: isoDayArb(2020, 2032) }),
  fc.constant<CycleSpec>({ kind: 'calendarMonth' }),
  fc.record({ kind: fc.constant('days' as const), days: fc.constantFrom(28, 30), anchor: isoDayArb(2020, 2032) }),
  fc.record({ kind: fc.constant('yearly' as const), anchor: isoDayArb(2020, 2032) }),
);

/** An ISO date between two years, month ends drawn often. */
export function isoDayArb(fromYear: number, toYear: number): fc.Arbitrary<string> {
  return fc.oneof(
    fc.integer({ min: epochDayFromYmd(fromYear, 1, 1), max: epochDayFromYmd(toYear, 12, 31) }),
    fc.record({ y: fc.integer({ min: fromYear, max: toYear }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 28, max: 31 }) })
      .map(({ y, m, d }) => epochDayFromYmd(y, m, Math.min(d, daysInMonth(y, m)))),
  ).map(isoFromEpochDay);
}

/** A unit price: zero to 1.000 €, 5,90 € often. */
export const unitCentsArb: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(590, 0, 1, 99, 1000),
  fc.integer({ min: 0, max: 100_000 }),
);

/** A German VAT rate. */
export const vatRateArb: fc.Arbitrary<VatRate> = fc.constantFrom<VatRate>(19, 7, 0);

/** Two add-on definitions ("a" and "b") with random prices and rates. */
export const catalogArb: fc.Arbitrary<AddOnDefinition[]> = fc
  .tuple(unitCentsArb, vatRateArb, unitCentsArb, vatRateArb)
  .map(([ua, ra, ub, rb]) => [
    { id: 'a', name: 'Add-on A', unitCents: ua, vatRate: ra },
    { id: 'b', name: 'Add-on B', unitCents: ub, vatRate: rb },
  ]);

/** An optional plan charge. */
export const baseArb: fc.Arbitrary<BaseCharge | undefined> = fc.option(
  fc.record({ id: fc.constant('plan'), name: fc.constant('Plan'), unitCents: unitCentsArb, vatRate: vatRateArb }),
  { nil: undefined },
);

/** A random account: cycle, catalog of "a" and "b", optional plan, start day. */
export const accountArb: fc.Arbitrary<AddOnAccount> = fc
  .record({ cycle: addOnCycleArb, catalog: catalogArb, base: baseArb, start: isoDayArb(2024, 2030) })
  .map(({ cycle, catalog, base, start }) =>
    createAddOnAccount({ cycle: createCycle(cycle), catalog, start, ...(base === undefined ? {} : { base }) }));

const REASONS: readonly LineReason[] = [
  'periodCharge', 'prorataCharge', 'upgradeCharge', 'upgradeCredit', 'quantityIncrease',
  'withdrawalCredit', 'renewal', 'oneOff', 'discount',
];

/** A line as any module could make it: signed cents (credits negative), any VAT rate. */
export const lineArb: fc.Arbitrary<Line> = fc
  .record({
    cents: fc.oneof(fc.integer({ min: -100_000, max: 1_000_000 }), fc.integer({ min: -1000, max: 1000 })),
    vatRate: vatRateArb,
    reason: fc.constantFrom(...REASONS),
    quantity: fc.integer({ min: 1, max: 20 }),
  })
  .map(({ cents, vatRate, reason, quantity }) => {
    const period = createPeriod('2026-04-18', '2026-05-18');
    return createLine({
      kind: cents < 0 ? 'credit' : 'charge',
      reason,
      item: { id: 'x', label: 'Item', quantity },
      currency: DEFAULT_CURRENCY,
      unitCents: Math.abs(cents),
      range: period,
      period,
      basis: 'day',
      fraction: { numerator: 1, denominator: 1 },
      exact: { numerator: cents, denominator: 1 },
      cents,
      vatRate,
    });
  });

/** One step of a script: wait `gap` days, then act. Targets pick a booking by index, modulo. */
export type Step =
  | { readonly kind: 'book'; readonly gap: number; readonly addOn: 'a' | 'b'; readonly quantity: number }
  | { readonly kind: 'change'; readonly gap: number; readonly target: number; readonly quantity: number }
  | { readonly kind: 'cancel'; readonly gap: number; readonly target: number }
  | { readonly kind: 'withdraw'; readonly gap: number; readonly target: number }
  | { readonly kind: 'wait'; readonly gap: number };

/** A random step; gaps of 0 to 20 days. */
export const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('book' as const), gap: fc.integer({ min: 0, max: 20 }), addOn: fc.constantFrom('a' as const, 'b' as const), quantity: fc.integer({ min: 1, max: 9 }) }),
  fc.record({ kind: fc.constant('change' as const), gap: fc.integer({ min: 0, max: 20 }), target: fc.nat(20), quantity: fc.integer({ min: 1, max: 9 }) }),
  fc.record({ kind: fc.constant('cancel' as const), gap: fc.integer({ min: 0, max: 20 }), target: fc.nat(20) }),
  fc.record({ kind: fc.constant('withdraw' as const), gap: fc.integer({ min: 0, max: 20 }), target: fc.nat(20) }),
  fc.record({ kind: fc.constant('wait' as const), gap: fc.integer({ min: 0, max: 40 }) }),
);

/** What a script produced: the account, every regular close in order, and every line handed out. */
export interface ScriptRun {
  readonly account: AddOnAccount;
  readonly closes: readonly AddOnPeriodClose[];
  /** The day of the last step. */
  readonly day: number;
}

/**
 * Closes every regular invoice due up to `day` (each on its own invoice day),
 * as a billing run would, so changes always fall in an invoiced period.
 */
export function closeDue(account: AddOnAccount, day: number, closes: AddOnPeriodClose[]): AddOnAccount {
  let current = account;
  while (current.paidThroughDay <= day) {
    const close = closeAddOnPeriod(current, iso(current.paidThroughDay));
    closes.push(close);
    current = close.account;
  }
  return current;
}

/**
 * Plays steps on an account, in date order, closing regular invoices on their
 * days. A step that does not apply (no booking, an ended booking, a closed
 * window) is skipped, so every script is valid.
 */
export function runScript(start: AddOnAccount, steps: readonly Step[]): ScriptRun {
  let account = start;
  let day = start.lastChangeDay;
  const closes: AddOnPeriodClose[] = [];
  for (const step of steps) {
    day += step.gap;
    account = closeDue(account, day, closes);
    const on = iso(day);
    const bookings = account.bookings;
    const target = step.kind === 'book' || step.kind === 'wait' ? undefined : bookings[step.target % Math.max(1, bookings.length)];
    switch (step.kind) {
      case 'book':
        account = bookAddOn(account, { addOnId: step.addOn, quantity: step.quantity, on }).account;
        break;
      case 'change':
        if (target !== undefined && !endedAt(target, day)) {
          account = changeAddOnQuantity(account, { bookingId: target.id, quantity: step.quantity, on }).account;
        }
        break;
      case 'cancel':
        if (target !== undefined && !endedAt(target, day)) account = cancelAddOn(account, { bookingId: target.id, on }).account;
        break;
      case 'withdraw':
        if (target !== undefined && target.termination?.kind !== 'withdrawn') {
          const result = withdrawAddOn(account, { bookingId: target.id, on });
          if (result.ok) account = result.account;
        }
        break;
      case 'wait':
        break;
    }
  }
  return { account, closes, day };
}

function endedAt(booking: AddOnAccount['bookings'][number], day: number): boolean {
  const t = booking.termination;
  return t !== null && (t.kind === 'withdrawn' || t.endDay <= day);
}

/** The sum of the cents of lines. */
export function sumCents(lines: readonly Line[]): number {
  let sum = 0;
  for (const line of lines) sum += line.cents;
  return sum;
}
