/**
 * Valid random values of every kind a public function takes, built with the
 * real API from the shared arbitraries: the starting points that the fuzz
 * suite passes as they are, frozen, through JSON, or spoiled at one path.
 */
import { Temporal } from '@js-temporal/polyfill';
import fc from 'fast-check';
import {
  advance,
  applyEvent,
  isTarifkitError,
  advanceBookings,
  applyVoucher,
  chargeLine,
  checkPriceChange,
  checkWithdrawal,
  createCart,
  createCycle,
  createInvoice,
  createPeriod,
  createSubscription,
  createVoucher,
  listAddOns,
  money,
  openBookingAccount,
  orderPackage,
  recordPayment,
  type BookingAccount,
  type Cart,
  type Catalog,
  type Line,
  type Subscription,
  type SubscriptionEvent,
  type SubscriptionInput,
} from '../../src/index.js';
import { centsArb, cycleSpecArb, isoDateArb, ratiosArb, signedCentsArb } from '../arbitraries/core.js';
import { prepaidScriptArb, runScript } from '../arbitraries/prepaid.js';
import { eventLogArb, familyCatalog, orderArb, planShapeArb } from '../arbitraries/subscription.js';

export const dateArb: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: isoDateArb(2020, 2035), weight: 4 },
  { arbitrary: isoDateArb(1, 9999), weight: 1 },
  { arbitrary: isoDateArb(2020, 2035).map((d) => Temporal.PlainDate.from(d)), weight: 1 },
);

export const periodArb: fc.Arbitrary<unknown> = fc
  .tuple(isoDateArb(2020, 2035), fc.integer({ min: 1, max: 800 }))
  .map(([start, days]) => createPeriod(start, Temporal.PlainDate.from(start).add({ days }).toString()));

export const cycleSpec: fc.Arbitrary<unknown> = cycleSpecArb(2000, 2040);
export const cycleArb: fc.Arbitrary<unknown> = cycleSpecArb(2000, 2040).map((spec) => createCycle(spec));

export const instantArb: fc.Arbitrary<unknown> = fc
  .tuple(isoDateArb(2020, 2035), fc.integer({ min: 0, max: 23 }), fc.constantFrom('Z', '+01:00', '+02:00', '[Europe/Berlin]'), fc.boolean())
  .map(([day, hour, zone, temporal]) => {
    const text = `${day}T${String(hour).padStart(2, '0')}:15:00${zone}`;
    if (!temporal) return text;
    return zone.includes('[') ? Temporal.ZonedDateTime.from(text) : Temporal.Instant.from(text);
  });

export const moneyArb: fc.Arbitrary<unknown> = fc.oneof(
  signedCentsArb.map((cents) => money(cents)),
  fc.constantFrom(2 ** 53 - 1, 1e15, -1e15, 999_999_999_999_999).map((cents) => money(Math.min(cents, 1e15))),
);
export const priceArb: fc.Arbitrary<unknown> = centsArb.map((cents) => money(cents));
export const ratiosValid: fc.Arbitrary<unknown> = ratiosArb;
export const localeArb: fc.Arbitrary<unknown> = fc.constantFrom('de', 'en', 'de-DE', 'en-GB');
export const currencyCodeArb: fc.Arbitrary<unknown> = fc.constantFrom(undefined, 'EUR', 'USD', 'JPY');
export const basisOptionsArb: fc.Arbitrary<unknown> = fc.constantFrom(undefined, {}, { basis: 'day' }, { basis: 'month' });

export const itemArb = fc.record({
  id: fc.constantFrom('a', 'b', 'setup'),
  name: fc.constantFrom('Setup', 'Datenpaket', 'Speicher'),
  unitCents: centsArb,
  vatRate: fc.constantFrom(19 as const, 7 as const, 0 as const),
});

export const chargeInputArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.record({ item: itemArb, quantity: fc.integer({ min: 1, max: 20 }), credit: fc.boolean() }),
  fc.tuple(itemArb, isoDateArb(2020, 2035), fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 60 }), fc.boolean())
    .map(([item, start, days, inside, credit]) => {
      const s = Temporal.PlainDate.from(start);
      const period = { start, end: s.add({ days: days + inside }).toString() };
      return { item, range: { start: s.add({ days: inside }).toString(), end: period.end }, period, credit };
    }),
);

export const lineArb: fc.Arbitrary<Line> = chargeInputArb.map((input) => chargeLine(input as never));

export const invoiceInputArb = fc.record({
  lines: fc.array(lineArb, { maxLength: 5 }),
  customer: fc.constantFrom('consumer' as const, 'business' as const),
  issuedOn: isoDateArb(2020, 2035),
});
export const invoiceArb: fc.Arbitrary<unknown> = invoiceInputArb.map((input) => createInvoice(input));

export const catalogArb: fc.Arbitrary<Catalog> = planShapeArb.map(familyCatalog);
export const catalogDataArb: fc.Arbitrary<unknown> = planShapeArb.map((shape) => JSON.parse(JSON.stringify(familyCatalog(shape))) as unknown);

/** A catalog, an order, the events of a log that were kept, and the day it was advanced to. */
export interface History {
  readonly catalog: Catalog;
  readonly order: SubscriptionInput;
  readonly events: SubscriptionEvent[];
  readonly to: string;
  readonly subscription: Subscription;
}

/** The day an event happens (test side: the text of its day). */
function dayOfEvent(event: SubscriptionEvent): string {
  return 'on' in event ? String(event.on) : String(event.at).slice(0, 10);
}

/** Applies a log as a user would: advance to each event's day, apply it, drop what throws. */
function history(catalog: Catalog, order: SubscriptionInput, events: readonly SubscriptionEvent[], to: string): History {
  let sub = createSubscription(catalog, order);
  const kept: SubscriptionEvent[] = [];
  for (const event of events) {
    const day = dayOfEvent(event);
    if (day > to) break;
    sub = advance(sub, day).subscription;
    try {
      const result = applyEvent(sub, event);
      if (result.ok) sub = result.subscription;
      kept.push(event);
    } catch (error) {
      if (!isTarifkitError(error)) throw error;
    }
  }
  return { catalog, order, events: kept, to, subscription: advance(sub, to).subscription };
}

export const historyArb: fc.Arbitrary<History> = fc
  .tuple(catalogArb, orderArb, fc.integer({ min: 0, max: 200 }))
  .chain(([catalog, order, after]) => eventLogArb(order.start as string, 6).map((events) =>
    history(catalog, order, events, Temporal.PlainDate.from(order.start as string).add({ days: after }).toString())));

export const subscriptionArb: fc.Arbitrary<Subscription> = fc.oneof(
  fc.tuple(catalogArb, orderArb).map(([catalog, order]) => createSubscription(catalog, order)),
  historyArb.map((h) => h.subscription),
);

export const contractArb: fc.Arbitrary<unknown> = subscriptionArb.map((sub) => sub.contract);

export const eventArb: fc.Arbitrary<unknown> = orderArb.chain((order) => eventLogArb(order.start as string, 4)).map((events) => events[events.length - 1]);

/** A subscription and one event for it, or a log of them. */
export const eventsArb: fc.Arbitrary<unknown> = orderArb.chain((order) => eventLogArb(order.start as string, 6));

export const noticeArb: fc.Arbitrary<unknown> = fc.oneof(
  historyArb.map((h) => advance(h.subscription, Temporal.PlainDate.from(h.to).add({ days: 800 }).toString()).notices[0]),
  prepaidScriptArb.map((ops) => runScript(ops.slice(0, 8)).steps.flatMap((s) => s.step.notices)[0]),
  fc.constant(null).map(() => advanceBookings(bookingAccountFixed(), '2027-06-01').notices[0]),
).filter((n) => n !== undefined);

export const addOnRowArb: fc.Arbitrary<unknown> = historyArb
  .map((h) => listAddOns(h.subscription, h.to)[0])
  .filter((row) => row !== undefined);

export const refusalArb: fc.Arbitrary<unknown> = fc.oneof(
  isoDateArb(2020, 2035).map((d) => checkWithdrawal(d, Temporal.PlainDate.from(d).add({ days: 30 }).toString())),
  fc.constant(null).map(() => applyVoucher(createCart([{ id: 'a', name: 'A', unitCents: 100, vatRate: 19 }]), 'NOPE', [], '2026-01-01')),
  fc.tuple(isoDateArb(2020, 2035), fc.constantFrom(0, 10, 70, 95)).map(([d, days]) => checkPriceChange({ notifiedOn: d, effectiveOn: Temporal.PlainDate.from(d).add({ days }).toString() })),
).filter((r) => !(r as { ok: boolean }).ok);

export const prepaidAccountArb: fc.Arbitrary<unknown> = prepaidScriptArb.map((ops) => runScript(ops.slice(0, 10)).account);
export const prepaidOfferArb: fc.Arbitrary<unknown> = fc.record({
  id: fc.constantFrom('pkg', 'a', 'b'),
  name: fc.constant('Paket'),
  unitCents: fc.integer({ min: 0, max: 3000 }),
  vatRate: fc.constant(19 as const),
  cycleDays: fc.constantFrom(28, 30),
});

/** A booking account with a paid subscription, a paid one-off and an unpaid order. */
function bookingAccountFixed(): BookingAccount {
  const item = { id: 'homecloud-l', name: 'HomeCloud L', unitCents: 999, vatRate: 19 as const };
  let account = orderPackage(openBookingAccount(), { id: 'S-1', item, months: 1, kind: 'subscription' }, '2026-03-01').account;
  const paid = recordPayment(account, 'S-1', '2026-03-02');
  if (paid.ok) account = paid.account;
  account = orderPackage(account, { id: 'A-3', item: { ...item, unitCents: 2997 }, months: 3, kind: 'oneOff' }, '2026-03-05').account;
  return account;
}

export const packageOrderArb: fc.Arbitrary<unknown> = fc.record({
  id: fc.constantFrom('B-1', 'B-3', 'T-9'),
  item: fc.record({ id: fc.constant('homecloud-l'), name: fc.constant('HomeCloud L'), unitCents: centsArb, vatRate: fc.constant(19 as const) }),
  months: fc.constantFrom(1, 3, 12),
  kind: fc.constantFrom('oneOff' as const, 'subscription' as const),
});

export const bookingAccountArb: fc.Arbitrary<unknown> = fc
  .tuple(packageOrderArb, fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 400 }))
  .map(([order, after, payAfter, advanceAfter]) => {
    // After the fixed account's own payment (2026-03-02): payments come in date order.
    const start = Temporal.PlainDate.from('2026-03-10').add({ days: after });
    let account = orderPackage(bookingAccountFixed(), order as never, start.add({ days: 40 }).toString()).account;
    const paid = recordPayment(account, (order as { id: string }).id, start.add({ days: 40 + payAfter }).toString());
    if (paid.ok) account = paid.account;
    return advanceBookings(account, start.add({ days: 80 + advanceAfter }).toString()).account;
  });

export const cartItemArb: fc.Arbitrary<unknown> = fc.record({
  id: fc.constantFrom('l-3', 'funk', 'x'),
  name: fc.constant('Funk-Modul'),
  unitCents: fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.constantFrom(0, 1, 1499, 2997)),
  vatRate: fc.constantFrom(19 as const, 7 as const),
  quantity: fc.integer({ min: 1, max: 5 }),
});

export const voucherSpecArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.record({ code: fc.constant('FUENF'), kind: fc.constant('fixed' as const), amountCents: centsArb }),
  fc.record({ code: fc.constant('FRUEHLING10'), kind: fc.constant('percentage' as const), percent: fc.integer({ min: 0, max: 100 }), minimumCents: fc.constantFrom(0, 2000), validFrom: fc.constant('2026-03-01'), lastDay: fc.constant('2026-03-31') }),
);
export const voucherArb: fc.Arbitrary<unknown> = voucherSpecArb.map((spec) => createVoucher(spec as never));

export const cartArb: fc.Arbitrary<Cart> = fc
  .tuple(fc.uniqueArray(cartItemArb, { selector: (i) => (i as { id: string }).id, maxLength: 3 }), fc.option(voucherArb))
  .map(([items, voucher]) => {
    const cart = createCart(items as never);
    if (voucher === null) return cart;
    const applied = applyVoucher(cart, (voucher as { code: string }).code, [voucher as never], '2026-03-15');
    return applied.ok ? applied.cart : cart;
  });

export const smsOptionsArb: fc.Arbitrary<unknown> = fc.constant([
  { id: 'sms', name: 'SMS Flat' },
  { id: 'data', name: 'Datenpaket M' },
]);
export const smsTextArb: fc.Arbitrary<unknown> = fc.constantFrom('Start SMS Flat', 'stop datenpaket m', 'START SMS FLAT ', 'Hallo', 'Start');

export const holidaysOptionsArb: fc.Arbitrary<unknown> = fc.constantFrom(
  undefined, {}, { holidays: ['2026-04-03', '2026-04-06'] }, { holidays: [] }, { state: 'BY' }, { state: 'DE-SN', holidays: ['2026-08-08'] },
);
/** A year the built-in holidays cover, at its edges too. */
export const holidayYearArb: fc.Arbitrary<unknown> = fc.oneof(fc.integer({ min: 1995, max: 2100 }), fc.constantFrom(1995, 9999));
/** Options of germanHolidays: no state, a state by its short or its full code. */
export const holidayStateOptionsArb: fc.Arbitrary<unknown> = fc.constantFrom(undefined, {}, { state: 'BW' }, { state: 'DE-TH' }, { state: 'BE' });
export const zoneOptionsArb: fc.Arbitrary<unknown> = fc.constantFrom(undefined, {}, { timeZone: 'Europe/Berlin' }, { timeZone: 'Pacific/Kiritimati' }, { timeZone: 'UTC' });
export const prepaidBookOptionsArb: fc.Arbitrary<unknown> = fc.constantFrom(
  undefined, {}, { kind: 'package' }, { kind: 'option' }, { earlyStart: true }, { kind: 'option', instructed: false, earlyStart: true }, { instructed: false },
);
export const bigCentsArb: fc.Arbitrary<unknown> = fc.oneof(centsArb, fc.constantFrom(1e15, 2 ** 53 - 1, 999_999_999_999_999));
export const ratioSumArb: fc.Arbitrary<unknown> = ratiosArb;
export const anyIdArb: fc.Arbitrary<unknown> = fc.constantFrom('a', 'a1', 'o1', 'pkg', 'S-1', 'A-3', 'A-1', 'l-3', 'funk', 'x', 'sms', 'B-1', 'T-9');
/** The ids a prepaid script books, and a few others. */
export const prepaidIdArb: fc.Arbitrary<unknown> = fc.oneof(fc.constantFrom('basic-s', 'legacy', 'sms', 'data'), anyIdArb);
