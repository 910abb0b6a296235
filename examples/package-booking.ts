/**
 * Package bookings of seed 002 (R18–R20): a one-off booking with its two
 * expiry reminders, an extension paid while still active, a subscription that
 * orders itself again, and a cart with a voucher whose discount is split over
 * the lines with VAT per line.
 *
 * Run: npx tsx examples/package-booking.ts
 */
import {
  activeBookingOn,
  addCartItem,
  applyVoucher,
  createCart,
  createVoucher,
  explainBookingNotice,
  explainLine,
  formatMoney,
  money,
  openBookingAccount,
  orderPackage,
  priceCart,
  recordPayment,
  remindersDue,
  renewSubscriptions,
  type BookingAccount,
  type PaymentResult,
} from '../src/index.js';

const euro = (cents: number): string => formatMoney(money(cents), 'de');

function paid(result: PaymentResult): BookingAccount {
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  const { booking } = result;
  console.log(`  ${booking.id} paid on ${booking.paidOn.toString()}: access ${booking.access.toString()}, last day ${booking.expiresOn.toString()}${result.extended ? ' (runs on)' : ''}`);
  console.log(`    ${explainLine(result.line, 'de')}`);
  return result.account;
}

console.log('One-off booking: CloudMatic L for 1 month, ordered 2026-01-30, paid 2026-01-31');
let account = orderPackage(openBookingAccount(), { id: 'A-1', packageId: 'l', label: 'CloudMatic L', price: money(999), months: 1, kind: 'oneOff' }, '2026-01-30');
console.log(`  access on 2026-01-30 (not yet paid): ${activeBookingOn(account, '2026-01-30')?.id ?? 'none'}`);
account = paid(recordPayment(account, 'A-1', '2026-01-31'));
console.log('  reminders due in February:');
for (const reminder of remindersDue(account.bookings, '2026-02-01', '2026-03-01')) {
  console.log(`    ${reminder.dueOn.toString()} ${reminder.when}`);
  console.log(`      de: ${explainBookingNotice(reminder, 'de')}`);
  console.log(`      en: ${explainBookingNotice(reminder, 'en')}`);
}

console.log('\nExtended by 3 months, paid on 2026-02-24 while still active:');
account = orderPackage(account, { id: 'A-2', packageId: 'l', label: 'CloudMatic L', price: money(2997), months: 3, kind: 'oneOff' }, '2026-02-24');
account = paid(recordPayment(account, 'A-2', '2026-02-24'));
console.log('  reminders due from 2026-02-24 on (the expiry-day reminder of A-1 is dropped):');
for (const reminder of remindersDue(account.bookings, '2026-02-24', '2026-06-30')) {
  console.log(`    ${reminder.dueOn.toString()} ${reminder.when} ${reminder.bookingId}`);
}

console.log('\nSubscription: CloudMatic S monthly, paid 2026-03-10; no reminders, it orders itself again');
let sub = orderPackage(openBookingAccount(), { id: 'S-1', packageId: 's', label: 'CloudMatic S', price: money(499), months: 1, kind: 'subscription' }, '2026-03-10');
sub = paid(recordPayment(sub, 'S-1', '2026-03-10'));
console.log(`  reminders: ${remindersDue(sub.bookings, '2026-03-01', '2026-12-31').length}`);
const renewal = renewSubscriptions(sub, '2026-04-10');
for (const order of renewal.orders) console.log(`  follow-up ${order.id} ordered ${order.orderedOn.toString()}, ${order.status}`);
sub = paid(recordPayment(renewal.account, 'S-1#2', '2026-04-09'));
console.log(`  without the next payment, access on 2026-05-10: ${activeBookingOn(renewSubscriptions(sub, '2026-05-10').account, '2026-05-10')?.id ?? 'none'}`);

console.log('\nCart with a voucher (checkout on 2026-03-10):');
let cart = createCart([{ id: 'l-3', label: 'CloudMatic L, 3 Monate', unitPrice: money(2997) }]);
cart = addCartItem(cart, { id: 'funk', label: 'Funk-Modul', unitPrice: money(1499), quantity: 2 });
cart = addCartItem(cart, { id: 'handbuch', label: 'Handbuch (E-Book)', unitPrice: money(1000), vatRate: 7 });
const vouchers = [
  createVoucher({ code: 'FRUEHLING10', kind: 'percentage', percent: 10, minimumOrder: money(2000), validFrom: '2026-03-01', validBefore: '2026-04-01' }),
  createVoucher({ code: 'FUENF', kind: 'fixed', amount: money(500) }),
];
const early = applyVoucher(cart, 'fruehling10', vouchers, '2026-02-20');
if (!early.ok) console.log(`  on 2026-02-20: ${explainBookingNotice(early, 'de')}`);
const applied = applyVoucher(cart, 'fruehling10', vouchers, '2026-03-10');
if (!applied.ok) throw new Error(applied.reason);
const second = applyVoucher(applied.cart, 'FUENF', vouchers, '2026-03-10');
if (!second.ok) console.log(`  second voucher: ${explainBookingNotice(second, 'en')}`);
const price = priceCart(applied.cart, '2026-03-10');
for (const line of price.lines) {
  console.log(`  ${explainLine(line.charge, 'de')}`);
  if (line.discount !== null) console.log(`  ${explainLine(line.discount, 'de')}`);
  console.log(`    → zu zahlen ${euro(line.payCents)}, darin ${line.vatRate} % USt ${euro(line.vatCents)}, netto ${euro(line.netCents)}`);
}
console.log(`  Zwischensumme ${euro(price.subtotalCents)}, Rabatt ${euro(price.discountCents)} (Anteile ${price.lines.map((l) => euro(l.discountCents)).join(' + ')})`);
console.log(`  Gesamt ${formatMoney(price.total, 'de')}, darin USt ${euro(price.vatCents)}, netto ${euro(price.netCents)} (USt je Zeile gerundet)`);
