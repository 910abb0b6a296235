/**
 * Shared fixtures, arbitraries and reference models for the prepaid, booking
 * and cart tests (R7, R8, R17–R20): offers, random scripts of top-ups,
 * bookings, cancellations and settlements, and a day-by-day simulation written
 * independently of the library's engine, so the properties compare two
 * separate paths. Dates are computed with Temporal here, never with the
 * library's integer calendar.
 */
import { Temporal } from '@js-temporal/polyfill';
import fc from 'fast-check';
import {
  advancePrepaid,
  bookPrepaid,
  cancelPrepaid,
  openPrepaidAccount,
  topUp,
  withdrawPrepaid,
  type CartItemInput,
  type PrepaidAccount,
  type PrepaidCycleDays,
  type PrepaidItemKind,
  type PrepaidOffer,
  type PrepaidStep,
  type VatRate,
  type VoucherSpec,
} from '../../src/index.js';
import { temporalEpochDay, temporalFromEpochDay } from './core.js';

/** A prepaid mobile package: 9,99 € per four weeks. */
export const BASIC_S: PrepaidOffer = { id: 'basic-s', name: 'Prepaid Basic S', unitCents: 999, vatRate: 19 };
/** A legacy tariff: 30-day periods. */
export const LEGACY: PrepaidOffer = { id: 'legacy', name: 'Prepaid Classic', unitCents: 900, vatRate: 19, cycleDays: 30 };
/** Options of an option tariff ("wie ich will"). */
export const SMS_FLAT: PrepaidOffer = { id: 'sms', name: 'SMS Flat', unitCents: 300, vatRate: 19 };
export const DATA_M: PrepaidOffer = { id: 'data', name: 'Datenpaket M', unitCents: 500, vatRate: 19 };

/** The ISO date of an epoch day, by Temporal. */
export function iso(day: number): string {
  return temporalFromEpochDay(day).toString();
}

/** The epoch day of an ISO date, by Temporal. */
export function dayOfText(text: string): number {
  return temporalEpochDay(Temporal.PlainDate.from(text));
}

/** The first day of every generated script: 2026-01-31 (a month end, so calendar months cannot hide in 28 days). */
export const SCRIPT_START = dayOfText('2026-01-31');

/** One step of a script; `after` is the number of days since the previous step. */
export type PrepaidOp =
  | { readonly type: 'topUp'; readonly after: number; readonly cents: number }
  | {
    readonly type: 'book'; readonly after: number; readonly kind: PrepaidItemKind; readonly id: string;
    readonly priceCents: number; readonly cycleDays: PrepaidCycleDays;
    /** The withdrawal facts of the booking (R31); absent in the scripts the reference model runs. */
    readonly instructed?: boolean; readonly earlyStart?: boolean;
  }
  | { readonly type: 'cancel'; readonly after: number; readonly id: string }
  | { readonly type: 'withdraw'; readonly after: number; readonly id: string }
  | { readonly type: 'advance'; readonly after: number };

// Biased so that renewals fall due on the same day and balances hit prices exactly.
const afterArb = fc.oneof(fc.constantFrom(0, 0, 1, 27, 28, 29, 30), fc.integer({ min: 1, max: 10 }), fc.integer({ min: 20, max: 70 }));
const priceArb = fc.oneof(fc.constantFrom(0, 100, 200, 300, 500), fc.constantFrom(999, 1499), fc.integer({ min: 0, max: 3000 }));
const topUpArb = fc.oneof(fc.constantFrom(0, 100, 200, 300, 500, 1000), fc.integer({ min: 0, max: 5000 }));

/** A random step: top-ups of up to 50 €, bookings of a package or one of three options, cancellations, settlements. */
export const prepaidOpArb: fc.Arbitrary<PrepaidOp> = fc.oneof(
  fc.record({ type: fc.constant('topUp' as const), after: afterArb, cents: topUpArb }),
  fc.record({
    type: fc.constant('book' as const),
    after: afterArb,
    kind: fc.constantFrom<PrepaidItemKind>('package', 'option'),
    id: fc.constantFrom('a', 'b', 'c'),
    priceCents: priceArb,
    cycleDays: fc.constantFrom<PrepaidCycleDays>(28, 28, 30),
  }).map((op) => (op.kind === 'package' ? { ...op, id: 'pkg' } : op)),
  fc.record({ type: fc.constant('cancel' as const), after: afterArb, id: fc.constantFrom('pkg', 'a', 'b', 'c') }),
  fc.record({ type: fc.constant('advance' as const), after: afterArb }),
);

/** A script of 1 to 40 steps. */
export const prepaidScriptArb: fc.Arbitrary<PrepaidOp[]> = fc.array(prepaidOpArb, { minLength: 1, maxLength: 40 });

/** The withdrawal facts of a booking (R31): with or without a proper instruction and an early start. */
const flagsArb = fc.record({
  instructed: fc.constantFrom<boolean | undefined>(undefined, true, false),
  earlyStart: fc.constantFrom<boolean | undefined>(undefined, true, false),
}).map((flags) => ({
  ...(flags.instructed === undefined ? {} : { instructed: flags.instructed }),
  ...(flags.earlyStart === undefined ? {} : { earlyStart: flags.earlyStart }),
}));

/** A random step whose bookings carry withdrawal facts, or a withdrawal (mostly within the 14 days). */
const flaggedOpArb: fc.Arbitrary<PrepaidOp> = fc.oneof<fc.Arbitrary<PrepaidOp>[]>(
  prepaidOpArb.chain((op): fc.Arbitrary<PrepaidOp> => (op.type !== 'book' ? fc.constant(op) : flagsArb.map((flags) => ({ ...op, ...flags })))),
  fc.record({
    type: fc.constant('withdraw' as const),
    after: fc.oneof(fc.integer({ min: 0, max: 13 }), afterArb),
    id: fc.constantFrom('pkg', 'a', 'b', 'c'),
  }),
);

/**
 * Scripts with withdrawals as well (R13, R31): random steps before and after one booking made with
 * or without a proper instruction and an early start, and withdrawn after 0 to 70 days.
 */
export const prepaidWithdrawalScriptArb: fc.Arbitrary<PrepaidOp[]> = fc.tuple(
  fc.array(flaggedOpArb, { maxLength: 20 }),
  fc.record({ kind: fc.constantFrom<PrepaidItemKind>('package', 'option'), priceCents: priceArb, cycleDays: fc.constantFrom<PrepaidCycleDays>(28, 30) }),
  flagsArb,
  fc.oneof(fc.integer({ min: 0, max: 16 }), afterArb),
  fc.array(flaggedOpArb, { maxLength: 15 }),
).map(([before, offer, flags, after, rest]) => {
  // One booking withdrawn for sure, among random steps before and after it.
  const id = offer.kind === 'package' ? 'pkg' : 'a';
  return [
    ...before,
    { type: 'topUp', after: 0, cents: 3000 },
    { type: 'book', after: 0, id, ...offer, ...flags },
    { type: 'withdraw', after, id },
    ...rest,
  ];
});

/** What one step of a script gave. */
export interface ScriptStep {
  readonly op: PrepaidOp;
  readonly day: number;
  readonly before: PrepaidAccount;
  /** `JSON.stringify(before)` taken before the step ran. */
  readonly beforeJson: string;
  readonly step: PrepaidStep;
  /** The refusal's reason of a booking, or null. */
  readonly refused: string | null;
  readonly after: PrepaidAccount;
}

/** How a script hands the account to the next step: as it is, or changed (a JSON round trip). */
export type Carry = (account: PrepaidAccount) => PrepaidAccount;

/**
 * What an action on `day` settles before it acts, as a step of its own: the
 * account advanced to the day before (or left where it is, if it is advanced
 * further). Stands in for a refused booking and a skipped cancel.
 */
function settledBefore(account: PrepaidAccount, day: number): PrepaidStep {
  return advancePrepaid(account, iso(Math.max(dayOfText(account.advancedTo), day - 1)));
}

/**
 * Runs a script through the library from {@link SCRIPT_START}, and then 100
 * days on; cancels of items not active (after what is due before their day) are
 * skipped. `carry` turns each account before it goes into the next step. An
 * `advance` step moves the account to its day, inclusive: the steps after it
 * on the same day come after that day's renewals.
 */
export function runScript(ops: readonly PrepaidOp[], carry: Carry = (account) => account): { readonly steps: ScriptStep[]; readonly account: PrepaidAccount; readonly end: number } {
  let account = openPrepaidAccount(iso(SCRIPT_START));
  let day = SCRIPT_START;
  const steps: ScriptStep[] = [];
  for (const op of ops) {
    day += op.after;
    const before = carry(account);
    const beforeJson = JSON.stringify(before);
    let step: PrepaidStep;
    let refused: string | null = null;
    switch (op.type) {
      case 'topUp':
        step = topUp(before, op.cents, iso(day));
        break;
      case 'book': {
        const offer: PrepaidOffer = { id: op.id, name: op.id.toUpperCase(), unitCents: op.priceCents, vatRate: 19, cycleDays: op.cycleDays };
        const flags = {
          ...(op.instructed === undefined ? {} : { instructed: op.instructed }),
          ...(op.earlyStart === undefined ? {} : { earlyStart: op.earlyStart }),
        };
        const result = bookPrepaid(before, offer, iso(day), { kind: op.kind, ...flags });
        if (result.ok) step = result;
        else {
          refused = result.reason;
          step = settledBefore(before, day);
        }
        break;
      }
      case 'cancel': {
        // Active on its day: not lapsed or ended before it, and not a cancelled item that ends on it.
        const settled = settledBefore(before, day);
        const item = settled.account.items.find((candidate) => candidate.id === op.id);
        const active = item !== undefined && item.status === 'active' && (item.renews || dayOfText(item.period.end) !== day);
        step = active ? cancelPrepaid(before, op.id, iso(day)) : settled;
        break;
      }
      case 'withdraw': {
        // Booked and not withdrawn yet; outside the window the refusal stands in as a settlement.
        const item = before.items.find((candidate) => candidate.id === op.id);
        if (item === undefined || ('withdrawnOn' in item && item.withdrawnOn !== undefined)) step = settledBefore(before, day);
        else {
          const result = withdrawPrepaid(before, op.id, iso(day));
          if (result.ok) step = result;
          else {
            refused = result.reason;
            step = settledBefore(before, day);
          }
        }
        break;
      }
      case 'advance':
        step = advancePrepaid(before, iso(day));
        break;
    }
    account = step.account;
    steps.push({ op, day, before, beforeJson, step, refused, after: account });
  }
  const end = day + 100;
  const before = carry(account);
  const beforeJson = JSON.stringify(before);
  const last = advancePrepaid(before, iso(end));
  steps.push({ op: { type: 'advance', after: 100 }, day: end, before, beforeJson, step: last, refused: null, after: last.account });
  return { steps, account: last.account, end };
}

interface ModelItem {
  kind: PrepaidItemKind;
  id: string;
  price: number;
  cycle: number;
  bookedDay: number;
  end: number;
  status: 'active' | 'lapsed' | 'ended';
  renews: boolean;
}

/** The result of the reference model. */
export interface ModelResult {
  readonly balance: number;
  readonly renewals: number;
  readonly lapses: number;
  readonly ends: number;
  readonly refusals: readonly (string | null)[];
}

/**
 * The same script, simulated day by day (no search for the next due item):
 * each day, first the steps' actions, then every item whose period ends that
 * day, package first, then by booking day, then id. An `advance` step closes
 * its day: the steps after it on that day come after that day's renewals.
 */
export function modelScript(ops: readonly PrepaidOp[]): ModelResult {
  let balance = 0;
  let renewals = 0;
  let lapses = 0;
  let ends = 0;
  const items: ModelItem[] = [];
  const refusals: (string | null)[] = [];
  const order = (a: ModelItem, b: ModelItem): number =>
    (a.kind === b.kind ? 0 : a.kind === 'package' ? -1 : 1) || a.bookedDay - b.bookedDay || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  // The first day whose due items are not processed yet.
  let settled = SCRIPT_START;
  const settleTo = (to: number): void => {
    for (let d = settled; d < to; d += 1) {
      for (const item of items.filter((i) => i.status === 'active' && i.end === d).sort(order)) {
        if (!item.renews) { item.status = 'ended'; ends += 1; }
        else if (balance >= item.price) { balance -= item.price; item.end += item.cycle; renewals += 1; }
        else { item.status = 'lapsed'; lapses += 1; }
      }
    }
    settled = Math.max(settled, to);
  };
  const endToday = (day: number): void => {
    // A cancelled item ending today is already gone when the day's actions run.
    for (const item of items) if (item.status === 'active' && !item.renews && item.end === day) { item.status = 'ended'; ends += 1; }
  };
  let day = SCRIPT_START;
  for (const op of ops) {
    day += op.after;
    if (op.type === 'advance') {
      settleTo(day + 1);
      continue;
    }
    settleTo(day);
    endToday(day);
    if (op.type === 'topUp') balance += op.cents;
    if (op.type === 'book') {
      const active = items.find((i) => i.status === 'active' && (i.id === op.id || (op.kind === 'package' && i.kind === 'package')));
      if (active !== undefined) refusals.push('ALREADY_ACTIVE');
      else if (balance < op.priceCents) refusals.push('INSUFFICIENT_BALANCE');
      else {
        refusals.push(null);
        balance -= op.priceCents;
        const fresh: ModelItem = { kind: op.kind, id: op.id, price: op.priceCents, cycle: op.cycleDays, bookedDay: day, end: day + op.cycleDays, status: 'active', renews: true };
        const at = items.findIndex((i) => i.id === op.id);
        if (at >= 0) items[at] = fresh;
        else items.push(fresh);
      }
    }
    if (op.type === 'cancel') {
      const item = items.find((i) => i.id === op.id && i.status === 'active');
      if (item !== undefined) item.renews = false;
    }
  }
  settleTo(day + 100 + 1);
  return { balance, renewals, lapses, ends, refusals };
}

/**
 * Scripts aimed at one due day: a package and up to three options booked within
 * two days of each other (28- and 30-day cycles, so due days meet), a top-up
 * that often misses a price by one cent, and a settlement past the due days.
 */
export const sameDayScriptArb: fc.Arbitrary<PrepaidOp[]> = fc
  .record({
    items: fc.uniqueArray(
      fc.record({
        id: fc.constantFrom('pkg', 'a', 'b', 'c'),
        priceCents: fc.constantFrom(100, 200, 300, 500, 999),
        cycleDays: fc.constantFrom<PrepaidCycleDays>(28, 30),
        after: fc.constantFrom(0, 0, 1, 2),
      }),
      { minLength: 1, maxLength: 4, selector: (item) => item.id },
    ),
    extra: fc.oneof(fc.integer({ min: 0, max: 3000 }), fc.constantFrom(-1, 0, 1)),
    pick: fc.nat(),
  })
  .map(({ items, extra, pick }) => {
    const first = items.reduce((sum, item) => sum + item.priceCents, 0);
    const target = items[pick % items.length]!;
    const cents = first + (extra <= 1 ? Math.max(0, target.priceCents + extra) : extra);
    const ops: PrepaidOp[] = [{ type: 'topUp', after: 0, cents: first }];
    for (const item of items) {
      ops.push({ type: 'book', after: item.after, kind: item.id === 'pkg' ? 'package' : 'option', id: item.id, priceCents: item.priceCents, cycleDays: item.cycleDays });
    }
    ops.push({ type: 'topUp', after: 0, cents: cents - first }, { type: 'advance', after: 40 });
    return ops;
  });

/** Up to six cart items with unique ids, prices up to 500 €, quantities 1–12 and every VAT rate (R20). */
export const cartItemsArb: fc.Arbitrary<CartItemInput[]> = fc.uniqueArray(
  fc.record({
    id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
    name: fc.constant('Item'),
    unitCents: fc.oneof(fc.integer({ min: 0, max: 50_000 }), fc.constantFrom(0, 1, 999, 1499, 2997)),
    quantity: fc.integer({ min: 1, max: 12 }),
    vatRate: fc.constantFrom<VatRate>(19, 7, 0),
  }),
  { minLength: 0, maxLength: 6, selector: (item) => item.id },
);

/** A voucher with the code "V": a fixed amount up to 2000 € or a whole percentage (R20). */
export const voucherSpecArb: fc.Arbitrary<VoucherSpec> = fc.oneof(
  fc.record({ code: fc.constant('V'), kind: fc.constant('fixed' as const), amountCents: fc.integer({ min: 0, max: 200_000 }) }),
  fc.record({ code: fc.constant('V'), kind: fc.constant('percentage' as const), percent: fc.integer({ min: 0, max: 100 }) }),
);

/** Every path into a JSON value (objects and arrays), the root excluded. */
function pathsOf(value: unknown, prefix: readonly (string | number)[] = []): (readonly (string | number)[])[] {
  if (typeof value !== 'object' || value === null) return [];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((key) => {
    const path = [...prefix, key];
    return [path, ...pathsOf((value as Record<string | number, unknown>)[key], path)];
  });
}

/**
 * A JSON copy of `value` with one field (anywhere in it) replaced by anything
 * fast-check makes, or deleted: what a caller's storage might hand back broken.
 */
export function corruptedArb<T>(value: T): fc.Arbitrary<unknown> {
  const json = JSON.stringify(value);
  const paths = pathsOf(JSON.parse(json));
  return fc.tuple(fc.nat({ max: Math.max(0, paths.length - 1) }), fc.oneof(fc.anything(), fc.constant(undefined), fc.constant(Symbol('x')), fc.constant(() => 1)), fc.boolean())
    .map(([index, replacement, remove]) => {
      const copy = JSON.parse(json) as unknown;
      const path = paths[index];
      if (path === undefined) return replacement;
      let target = copy as Record<string | number, unknown>;
      for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
      const last = path[path.length - 1]!;
      if (remove && !Array.isArray(target)) delete target[last];
      else target[last] = replacement;
      return copy;
    });
}
