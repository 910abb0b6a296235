/**
 * A smart-home cloud's package shop (R18–R20): a one-off booking with its two
 * expiry reminders, an extension paid while still active, a subscription that
 * orders itself again, and a cart with a voucher whose discount is split over
 * the lines with VAT per line. Exits non-zero when a figure differs from the
 * guide's.
 *
 * Run: npx tsx examples/package-booking.ts
 */
import {
  activeBookingOn,
  addCartItem,
  advanceBookings,
  applyVoucher,
  createCart,
  createVoucher,
  explainLine,
  explainNotice,
  explainRefusal,
  formatMoney,
  openBookingAccount,
  orderPackage,
  priceCart,
  recordPayment,
  type BookingAccount,
  type PaymentResult,
} from '../src/index.js';

/** Stops the example when a figure is not the one the guide shows. */
function expectSame(actual: unknown, expected: unknown, what: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    console.error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    process.exit(1);
  }
}

const euro = (cents: number): string => formatMoney(cents, 'de');

function paid(result: PaymentResult): BookingAccount {
  if (!result.ok) throw new Error(explainRefusal(result, 'en'));
  const { booking } = result;
  console.log(`  ${booking.id} paid on ${booking.paidOn}: access [${booking.access.start}, ${booking.access.end}), last day ${booking.lastDay}${result.extended ? ' (runs on)' : ''}`);
  for (const line of result.lines) console.log(`    ${explainLine(line, 'de')}`);
  return result.account;
}

const month = { id: 'homecloud-l', name: 'HomeCloud L', unitCents: 999, vatRate: 19 } as const;
const quarter = { ...month, unitCents: 2997 };

console.log('One-off booking: HomeCloud L for 1 month, ordered 2026-01-30, paid 2026-01-31');
let account = orderPackage(openBookingAccount(), { id: 'A-1', item: month, months: 1, kind: 'oneOff' }, '2026-01-30').account;
console.log(`  access on 2026-01-30 (not yet paid): ${activeBookingOn(account, '2026-01-30')?.id ?? 'none'}`);
account = paid(recordPayment(account, 'A-1', '2026-01-31'));
const february = advanceBookings(account, '2026-03-01');
console.log('  reminders due in February:');
for (const notice of february.notices) {
  console.log(`    ${notice.on} ${notice.when}`);
  console.log(`      de: ${explainNotice(notice, 'de')}`);
  console.log(`      en: ${explainNotice(notice, 'en')}`);
}
expectSame(february.notices.map((notice) => `${notice.on} ${notice.when}`), ['2026-02-22 fiveDaysBefore', '2026-02-27 expiryDay'], 'the reminders of A-1');

console.log('\nExtended by 3 months, paid on 2026-02-24 while still active:');
account = orderPackage(account, { id: 'A-2', item: quarter, months: 3, kind: 'oneOff' }, '2026-02-24').account;
account = paid(recordPayment(account, 'A-2', '2026-02-24'));
const later = advanceBookings(account, '2026-06-30');
console.log('  reminders due until June (the expiry-day reminder of A-1 is dropped):');
for (const notice of later.notices) console.log(`    ${notice.on} ${notice.when} ${notice.bookingId}`);
expectSame(later.notices.map((notice) => `${notice.on} ${notice.when} ${notice.bookingId}`), [
  '2026-02-22 fiveDaysBefore A-1', '2026-05-22 fiveDaysBefore A-2', '2026-05-27 expiryDay A-2',
], 'the reminders after the extension');
const twice = recordPayment(account, 'A-2', '2026-02-25');
if (!twice.ok) console.log(`  a second payment for A-2: ${explainRefusal(twice, 'de')}`);

console.log('\nSubscription: HomeCloud S monthly, paid 2026-03-10; no reminders, it orders itself again');
const small = { id: 'homecloud-s', name: 'HomeCloud S', unitCents: 499, vatRate: 19 } as const;
let subscription = orderPackage(openBookingAccount(), { id: 'S-1', item: small, months: 1, kind: 'subscription' }, '2026-03-10').account;
subscription = paid(recordPayment(subscription, 'S-1', '2026-03-10'));
const april = advanceBookings(subscription, '2026-04-10');
for (const order of april.orders) console.log(`  follow-up ${order.id} ordered ${order.orderedOn}, ${order.status}`);
console.log(`  reminders: ${april.notices.length}`);
subscription = paid(recordPayment(april.account, 'S-1#2', '2026-04-09'));
const may = advanceBookings(subscription, '2026-05-11');
console.log(`  without the next payment, access on 2026-05-10: ${activeBookingOn(may.account, '2026-05-10')?.id ?? 'none'}`);
expectSame(april.orders.map((order) => order.id), ['S-1#2'], 'the follow-up order');

console.log('\nCart with a voucher (checkout on 2026-03-10):');
let cart = createCart([{ id: 'l-3', name: 'HomeCloud L, 3 Monate', unitCents: 2997, vatRate: 19 }]);
cart = addCartItem(cart, { id: 'funk', name: 'Funk-Modul', unitCents: 1499, vatRate: 19, quantity: 2 }).cart;
cart = addCartItem(cart, { id: 'handbuch', name: 'Handbuch (E-Book)', unitCents: 1000, vatRate: 7 }).cart;
const vouchers = [
  createVoucher({ code: 'FRUEHLING10', kind: 'percentage', percent: 10, minimumCents: 2000, validFrom: '2026-03-01', lastDay: '2026-03-31' }),
  createVoucher({ code: 'FUENF', kind: 'fixed', amountCents: 500 }),
];
const early = applyVoucher(cart, 'fruehling10', vouchers, '2026-02-20');
if (!early.ok) console.log(`  on 2026-02-20: ${explainRefusal(early, 'de')}`);
const applied = applyVoucher(cart, 'fruehling10', vouchers, '2026-03-10');
if (!applied.ok) throw new Error(applied.reason);
const second = applyVoucher(applied.cart, 'FUENF', vouchers, '2026-03-10');
if (!second.ok) console.log(`  second voucher: ${explainRefusal(second, 'en')}`);
const price = priceCart(applied.cart, '2026-03-10');
for (const line of price.lines) {
  console.log(`  ${explainLine(line.charge, 'de')}`);
  if (line.discount !== null) console.log(`  ${explainLine(line.discount, 'de')}`);
  console.log(`    → zu zahlen ${euro(line.payCents)}, darin ${line.vatRate} % USt ${euro(line.vatCents)}, netto ${euro(line.netCents)}`);
}
console.log(`  Zwischensumme ${euro(price.subtotalCents)}, Rabatt ${euro(price.discountCents)} (Anteile ${price.lines.map((line) => euro(line.discountCents)).join(' + ')})`);
console.log(`  Gesamt ${euro(price.totalCents)}, darin USt ${euro(price.vatCents)}, netto ${euro(price.netCents)} (USt je Zeile gerundet)`);
expectSame([price.subtotalCents, price.discountCents, price.totalCents, price.vatCents, price.netCents], [6995, 700, 6295, 921, 5374], 'the cart');
expectSame(price.lines.map((line) => line.discountCents), [300, 300, 100], 'the discount parts');
