/**
 * Prepaid (R7, R8, R17): a four-week package and an option renew from the
 * balance, the package lapses when the balance runs short, a top-up does not
 * bring it back, and booking again starts a new cycle. Every line and event is
 * explained in German and English.
 *
 * Run: npx tsx examples/prepaid.ts
 */
import {
  advancePrepaid,
  bookPrepaidOption,
  bookPrepaidPackage,
  explainBookingNotice,
  explainLine,
  formatMoney,
  money,
  openPrepaidAccount,
  parseSmsCommand,
  topUp,
  type PrepaidBookingResult,
  type PrepaidStep,
} from '../src/index.js';

const basic = { id: 'basic-s', label: 'Prepaid Basic S', price: money(999) };
const sms = { id: 'sms-flat', label: 'SMS Flat', price: money(300) };

function show(title: string, step: PrepaidStep): void {
  console.log(`\n${title}`);
  for (const line of step.lines) {
    console.log(`  de: ${explainLine(line, 'de')}`);
    console.log(`  en: ${explainLine(line, 'en')}`);
  }
  for (const event of step.events) {
    console.log(`  de: ${explainBookingNotice(event, 'de')}`);
    console.log(`  en: ${explainBookingNotice(event, 'en')}`);
  }
  console.log(`  balance: ${formatMoney(step.account.balance, 'de')} (settled to ${step.account.settledTo.toString()})`);
}

function booked(result: PrepaidBookingResult): PrepaidStep {
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result;
}

// 30 € on 2026-01-31, the package the same day, and the SMS option by text message on 2026-02-05.
let step = topUp(openPrepaidAccount('2026-01-31'), money(3000), '2026-01-31');
step = booked(bookPrepaidPackage(step.account, basic, '2026-01-31'));
show('Booked Prepaid Basic S on 2026-01-31 (30,00 € topped up):', step);
const intent = parseSmsCommand('  start sms flat ', [{ id: sms.id, name: sms.label }]);
console.log(`\nSMS "  start sms flat " → ${intent.type} ${intent.optionId}`);
step = booked(bookPrepaidOption(step.account, sms, '2026-02-05'));
show('Booked SMS Flat on 2026-02-05 (its own four-week cycle):', step);

// Settle to 2026-04-15: renewals until the balance runs short, then the lapse.
step = advancePrepaid(step.account, '2026-04-15');
show('Settled to 2026-04-15:', step);

// A top-up after the lapse does not bring the lapsed period back ...
step = topUp(step.account, money(2000), '2026-04-15');
show('Topped up 20,00 € on 2026-04-15 (the package stays lapsed):', step);
const item = step.account.items.find((candidate) => candidate.id === 'basic-s');
if (item?.status === 'lapsed') console.log(`  Prepaid Basic S: lapsed from ${item.lapsedFrom.toString()}, last paid period ${item.period.toString()}`);

// ... booking again starts a new cycle from the booking day.
step = booked(bookPrepaidPackage(step.account, basic, '2026-04-15'));
show('Booked Prepaid Basic S again on 2026-04-15 (new cycle):', step);

console.log('\nLedger:');
for (const entry of step.account.ledger) {
  const what = entry.type === 'topUp' ? 'top-up' : `charge ${entry.itemId}`;
  console.log(`  ${entry.on.toString()}  ${what.padEnd(16)} ${String(entry.cents).padStart(6)}  balance ${entry.balanceAfterCents}`);
}
console.log(`top-ups ${step.account.topUpsCents} − charges ${step.account.chargesCents} = balance ${step.account.balanceCents}`);
