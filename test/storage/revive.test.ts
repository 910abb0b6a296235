import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCartItem, advance, advanceBookings, applyEvent, applyVoucher, createCart, createSubscription, createVoucher,
  isTarifkitError, money, openBookingAccount, orderPackage, recordPayment, revive, toCents,
  type BookingAccount, type Catalog, type Invoice, type StoredKind, type Subscription, type SubscriptionEvent, type SubscriptionInput,
} from '../../src/index.js';
import { expectTarifkitError, RUNS } from '../arbitraries/core.js';
import { cartItemsArb, corruptedArb, dayOfText, iso, prepaidWithdrawalScriptArb, runScript, voucherSpecArb } from '../arbitraries/prepaid.js';
import { eventLogArb, familyCatalog, orderArb, planShapeArb } from '../arbitraries/subscription.js';
import { crmCatalog } from '../subscription/fixtures.js';

/** Stores a value as JSON text and reads it back. */
function stored<K extends StoredKind>(value: unknown, kind: K): ReturnType<typeof revive<K>> {
  return revive(JSON.parse(JSON.stringify(value)), kind);
}

/** The JSON of a value, read back and written again: must be the same text. */
function again(value: unknown): string {
  return JSON.stringify(revive(JSON.parse(JSON.stringify(value))));
}

/** The CRM subscription of the add-on example up to 2026-05-05 (R14–R16), each step through `carry`. */
function crm(carry: (sub: Subscription) => Subscription): { sub: Subscription; invoices: Invoice[] } {
  let sub = carry(createSubscription(crmCatalog, { planId: 'crm', start: '2026-03-18' }));
  const invoices: Invoice[] = [];
  const step = (to: string): void => {
    const advanced = advance(carry(sub), to);
    invoices.push(...advanced.invoices);
    sub = advanced.subscription;
  };
  const apply = (event: SubscriptionEvent): void => {
    const result = applyEvent(carry(sub), event);
    if (!result.ok) throw new Error(result.reason);
    sub = result.subscription;
  };
  step('2026-03-18');
  apply({ type: 'bookAddOn', on: '2026-03-20', addOnId: 'users', quantity: 1 });
  apply({ type: 'bookAddOn', on: '2026-04-01', addOnId: 'storage', quantity: 2 });
  apply({ type: 'changeAddOnQuantity', on: '2026-04-10', bookingId: 'users#1', quantity: 3 });
  step('2026-04-18');
  apply({ type: 'bookAddOn', on: '2026-04-25', addOnId: 'storage', quantity: 1 });
  apply({ type: 'withdrawAddOn', on: '2026-05-02', bookingId: 'storage#3' });
  apply({ type: 'changeAddOnQuantity', on: '2026-05-05', bookingId: 'users#1', quantity: 1 });
  apply({ type: 'cancelAddOn', on: '2026-05-05', bookingId: 'storage#2' });
  step('2026-05-18');
  return { sub, invoices };
}

describe('revive: examples', () => {
  it('the CRM subscription stored between every step bills 58,31 / 111,31 / 65,33 € gross as without storing (R14–R16, R26)', () => {
    const plain = crm((sub) => sub);
    const kept = crm((sub) => stored(sub, 'subscription'));
    expect(kept.invoices.map((invoice) => invoice.grossCents)).toEqual([5831, 11131, 6533]);
    expect(JSON.stringify(kept.invoices)).toBe(JSON.stringify(plain.invoices));
    expect(JSON.stringify(kept.sub)).toBe(JSON.stringify(plain.sub));
  });

  it('every value carries its version and kind, and reads back to the same JSON', () => {
    const { sub } = crm((s) => s);
    const invoice = sub.invoices[1]!;
    const line = invoice.lines[0]!;
    expect(JSON.stringify(sub).slice(0, 38)).toBe('{"tarifkit":1,"kind":"subscription","i');
    for (const [value, kind] of [[sub, 'subscription'], [sub.contract, 'contract'], [sub.catalog, 'catalog'], [invoice, 'invoice'], [line, 'line']] as const) {
      expect(value.kind).toBe(kind);
      expect(again(value)).toBe(JSON.stringify(value));
    }
    expect(stored(invoice, 'invoice').grossCents).toBe(11131);
    expect(stored(line, 'line').cents).toBe(line.cents);
  });

  it('a Money reads back from the JSON dinero.js writes', () => {
    const amount = money(-123456);
    expect(JSON.stringify(amount)).toBe('{"amount":-123456,"currency":{"code":"EUR","base":10,"exponent":2},"scale":2}');
    expect(toCents(stored(amount, 'money'))).toBe(-123456);
    expect(again(money(590))).toBe(JSON.stringify(money(590)));
  });

  it('accepts the JSON text itself, and the kind only when it matches', () => {
    const cart = createCart();
    expect(revive(JSON.stringify(cart), 'cart').items).toEqual([]);
    expectTarifkitError(() => revive(JSON.stringify(cart), 'invoice'), 'INVALID_JSON', '$.kind');
    expectTarifkitError(() => revive('{"tarifkit":1,'), 'INVALID_JSON', '$');
    expectTarifkitError(() => revive(cart, 'basket' as never), 'INVALID_ARGUMENT', 'kind');
  });
});

describe('revive: refusals name the JSON path (INVALID_JSON)', () => {
  const { sub } = crm((s) => s);
  const json = (): Record<string, any> => JSON.parse(JSON.stringify(sub)) as Record<string, any>;

  it('a newer version, no version, an unknown kind', () => {
    expectTarifkitError(() => revive({ ...json(), tarifkit: 2 }), 'INVALID_JSON', '$.tarifkit');
    const { tarifkit: _v, ...headless } = json();
    expectTarifkitError(() => revive(headless), 'INVALID_JSON', '$.tarifkit');
    expectTarifkitError(() => revive({ ...json(), kind: 'order' }), 'INVALID_JSON', '$.kind');
    expectTarifkitError(() => revive(null), 'INVALID_JSON', '$');
    expectTarifkitError(() => revive([]), 'INVALID_JSON', '$');
  });

  it('a corrupted field, deep inside', () => {
    const broken = json();
    broken.events[2].on = '2026-02-30';
    expectTarifkitError(() => revive(broken), 'INVALID_JSON', '$.events.2.on');
    const cents = json();
    cents.invoices[1].lines[0].cents += 1;
    expectTarifkitError(() => revive(cents), 'INVALID_JSON', '$.invoices.1.lines.0.cents');
    const total = json();
    total.invoices[1].grossCents += 1;
    expectTarifkitError(() => revive(total), 'INVALID_JSON', '$.invoices.1.grossCents');
    const plan = json();
    plan.contract.versions[0].planId = 'crm-pro';
    expectTarifkitError(() => revive(plan), 'INVALID_JSON', '$.contract.versions.0.planId');
  });

  it('a log that no longer gives the state it holds (R26)', () => {
    const edited = json();
    expect(edited.events[0]).toEqual({ type: 'bookAddOn', on: '2026-03-20', addOnId: 'users', quantity: 1, bookingId: 'users#1' });
    edited.events[0].quantity = 3;
    expectTarifkitError(() => revive(edited), 'INVALID_JSON', '$.addOns.0.quantities.length');
    const dropped = json();
    dropped.events.splice(6, 1);
    expectTarifkitError(() => revive(dropped), 'INVALID_JSON', '$.addOns.1.ending');
    const moved = json();
    moved.nextInvoiceOn = '2026-06-01';
    expectTarifkitError(() => revive(moved), 'INVALID_JSON', '$.nextInvoiceOn');
  });

  it('an unknown field, and a missing one', () => {
    const extra = json();
    extra.addOns[0].note = 'vip';
    expectTarifkitError(() => revive(extra), 'INVALID_JSON', '$.addOns.0.note');
    const missing = json();
    delete missing.addOns[0].ending;
    expectTarifkitError(() => revive(missing), 'INVALID_JSON', '$.addOns.0.ending');
    const lineExtra = json();
    lineExtra.pending = [{ ...sub.invoices[0]!.lines[0], discount: 0 }];
    expectTarifkitError(() => revive(lineExtra), 'INVALID_JSON', '$.pending.0.discount');
  });

  it('says which check failed, and what it would have been', () => {
    const broken = json();
    broken.timeZone = 'Mars/Olympus';
    try {
      revive(broken);
      expect.unreachable();
    } catch (error) {
      expect(isTarifkitError(error, 'INVALID_JSON')).toBe(true);
      if (!isTarifkitError(error)) throw error;
      expect(error.details.field).toBe('$.timeZone');
      expect(error.details.code).toBe('INVALID_TIME_ZONE');
    }
    const zone = json();
    zone.timeZone = 'America/New_York';
    try {
      revive(zone);
      expect.unreachable();
    } catch (error) {
      if (!isTarifkitError(error)) throw error;
      expect(error.details.field).toBe('$.timeZone');
      expect(error.details.expected).toBe('Europe/Berlin');
    }
  });
});

const scenarioArb = fc.tuple(planShapeArb, orderArb).chain(([shape, order]) => eventLogArb(String(order.start), 10).chain((events) =>
  // For each event: how many days after its own day it is recorded (0: on time; later: backdated, R26).
  fc.array(fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 1, max: 70 })), { minLength: events.length, maxLength: events.length })
    .map((delays) => ({ shape, order, events, delays }))));

/** The day `days` after an ISO day. */
function later(day: string, days: number): string {
  return iso(dayOfText(day) + days);
}

/** A random history: advance to each event's day, apply it (refusals and errors skip it); each step through `carry`. */
function history(
  catalog: Catalog, order: SubscriptionInput, events: readonly SubscriptionEvent[], delays: readonly number[],
  carry: (sub: Subscription) => Subscription,
): { sub: Subscription; json: string[] } {
  let sub = carry(createSubscription(catalog, order));
  const json: string[] = [];
  for (const [i, event] of events.entries()) {
    const day = later('on' in event ? String(event.on) : String(event.at).slice(0, 10), delays[i] ?? 0);
    if (sub.advancedTo !== null && day < sub.advancedTo) continue;
    const step = advance(carry(sub), day);
    json.push(JSON.stringify(step.invoices));
    sub = step.subscription;
    try {
      const result = applyEvent(carry(sub), event);
      json.push(JSON.stringify(result));
      if (result.ok) sub = result.subscription;
    } catch (error) {
      if (!isTarifkitError(error)) throw error;
      json.push(error.code);
    }
  }
  const last = advance(carry(sub), '2027-03-31');
  json.push(JSON.stringify(last.invoices));
  return { sub: last.subscription, json };
}

const SUBSCRIPTION_RUNS = { ...RUNS, numRuns: Math.max(100, Math.floor(RUNS.numRuns / 4)) };

describe('revive: properties over random histories', () => {
  it('subscriptions (with backdated events), contracts, catalogs, invoices, lines: store, read back and continue gives what continuing gives', () => {
    fc.assert(fc.property(scenarioArb, ({ shape, order, events, delays }) => {
      const catalog = familyCatalog(shape);
      const plain = history(catalog, order, events, delays, (sub) => sub);
      const kept = history(catalog, order, events, delays, (sub) => stored(sub, 'subscription'));
      expect(kept.json).toEqual(plain.json);
      expect(JSON.stringify(kept.sub)).toBe(JSON.stringify(plain.sub));
      const sub = plain.sub;
      expect(again(sub)).toBe(JSON.stringify(sub));
      expect(again(sub.contract)).toBe(JSON.stringify(sub.contract));
      expect(again(sub.catalog)).toBe(JSON.stringify(sub.catalog));
      for (const invoice of sub.invoices) expect(again(invoice)).toBe(JSON.stringify(invoice));
      for (const line of sub.pending) expect(again(line)).toBe(JSON.stringify(line));
    }), SUBSCRIPTION_RUNS);
  });

  it('prepaid accounts: store, read back and continue gives what continuing gives', () => {
    fc.assert(fc.property(prepaidWithdrawalScriptArb, (ops) => {
      const plain = runScript(ops);
      const kept = runScript(ops, (account) => stored(account, 'prepaidAccount'));
      expect(kept.steps.map((step) => JSON.stringify(step.step))).toEqual(plain.steps.map((step) => JSON.stringify(step.step)));
      for (const step of plain.steps) expect(again(step.after)).toBe(JSON.stringify(step.after));
    }), RUNS);
  });

  const bookingOpsArb = fc.array(fc.record({
    after: fc.integer({ min: 0, max: 60 }),
    op: fc.constantFrom('order', 'orderSubscription', 'pay', 'advance'),
    months: fc.constantFrom(1, 3, 12),
  }), { maxLength: 15 });

  function bookings(ops: readonly { after: number; op: string; months: number }[], carry: (a: BookingAccount) => BookingAccount): string[] {
    let account = openBookingAccount();
    let day = dayOfText('2026-01-31');
    const out: string[] = [];
    let n = 0;
    for (const { after, op, months } of ops) {
      day += after;
      if (op === 'advance') {
        const result = advanceBookings(carry(account), iso(day));
        account = result.account;
        out.push(JSON.stringify(result));
      } else if (op === 'pay') {
        const open = account.bookings.find((booking) => booking.status === 'awaitingPayment');
        if (open === undefined) continue;
        const result = recordPayment(carry(account), open.id, iso(day));
        if (result.ok) account = result.account;
        out.push(JSON.stringify(result));
      } else {
        n += 1;
        const result = orderPackage(carry(account), {
          id: `A-${n}`, item: { id: 'cloud', name: 'HomeCloud', unitCents: 999 * months, vatRate: 19 }, months,
          kind: op === 'order' ? 'oneOff' : 'subscription',
        }, iso(day));
        account = result.account;
        out.push(JSON.stringify(result));
      }
    }
    out.push(again(account) === JSON.stringify(account) ? 'same' : 'different');
    return out;
  }

  it('booking accounts: store, read back and continue gives what continuing gives', () => {
    fc.assert(fc.property(bookingOpsArb, (ops) => {
      const plain = bookings(ops, (a) => a);
      expect(plain[plain.length - 1]).toBe('same');
      expect(bookings(ops, (a) => stored(a, 'bookingAccount'))).toEqual(plain);
    }), RUNS);
  });

  it('carts and Money: read back to the same JSON, byte for byte', () => {
    fc.assert(fc.property(cartItemsArb, fc.option(voucherSpecArb), fc.integer({ min: -(10 ** 15), max: 10 ** 15 }), (items, spec, cents) => {
      let cart = createCart();
      for (const item of items) cart = addCartItem(stored(cart, 'cart'), item).cart;
      if (spec !== null) {
        const result = applyVoucher(stored(cart, 'cart'), 'V', [createVoucher(spec)], '2026-03-10');
        if (result.ok) cart = result.cart;
      }
      expect(again(cart)).toBe(JSON.stringify(cart));
      expect(toCents(stored(money(cents), 'money'))).toBe(cents);
    }), RUNS);
  });

  it('a stored value with one field broken anywhere is refused with INVALID_JSON, or read back as exactly what it says', () => {
    const { sub } = crm((s) => s);
    const values: readonly unknown[] = [sub, runScript([{ type: 'topUp', after: 0, cents: 2000 }, { type: 'book', after: 1, id: 'data', priceCents: 500, cycleDays: 28, kind: 'option' }]).account,
      orderPackage(openBookingAccount(), { id: 'A-1', item: { id: 'l', name: 'L', unitCents: 999, vatRate: 19 }, months: 1, kind: 'subscription' }, '2026-03-10').account,
      addCartItem(createCart(), { id: 'l-3', name: 'HomeCloud L', unitCents: 2997, vatRate: 19, quantity: 2 }).cart, money(590)];
    for (const value of values) {
      fc.assert(fc.property(corruptedArb(value), (broken) => {
        let read: unknown;
        try {
          read = revive(broken);
        } catch (error) {
          expect(isTarifkitError(error, 'INVALID_JSON')).toBe(true);
          return;
        }
        // Accepted: then it is a valid value, and exactly what the stored JSON says.
        expect(JSON.stringify(read)).toBe(JSON.stringify(broken));
      }), { ...RUNS, numRuns: Math.max(100, Math.floor(RUNS.numRuns / 5)) });
    }
  });
});
