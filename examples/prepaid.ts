/**
 * A mobile carrier's prepaid account (R7, R8, R17): a four-week package and an
 * SMS option (booked by text message) renew from the balance, the package
 * lapses when the balance runs short, a top-up does not bring it back, and
 * booking again starts a new cycle. Every line and notice is explained in
 * German and English; exits non-zero when a figure differs from the guide's.
 *
 * Run: npx tsx examples/prepaid.ts
 */
import {
  advancePrepaid,
  bookPrepaid,
  explainLine,
  explainNotice,
  explainRefusal,
  formatMoney,
  openPrepaidAccount,
  parseSmsCommand,
  topUp,
  type PrepaidBookResult,
  type PrepaidStep,
} from '../src/index.js';

/** Stops the example when a figure is not the one the guide shows. */
function expectSame(actual: unknown, expected: unknown, what: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    console.error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    process.exit(1);
  }
}

const basic = { id: 'basic-s', name: 'Prepaid Basic S', unitCents: 999, vatRate: 19 } as const;
const sms = { id: 'sms-flat', name: 'SMS Flat', unitCents: 300, vatRate: 19 } as const;

function show(title: string, step: PrepaidStep): void {
  console.log(`\n${title}`);
  for (const line of step.lines) {
    console.log(`  de: ${explainLine(line, 'de')}`);
    console.log(`  en: ${explainLine(line, 'en')}`);
  }
  for (const notice of step.notices) {
    console.log(`  de: ${explainNotice(notice, 'de')}`);
    console.log(`  en: ${explainNotice(notice, 'en')}`);
  }
  console.log(`  balance: ${formatMoney(step.account.balanceCents, 'de')} (advanced to ${step.account.advancedTo})`);
}

function booked(result: PrepaidBookResult): PrepaidStep {
  if (!result.ok) throw new Error(explainRefusal(result, 'en'));
  return result;
}

// A package booked on an empty account is refused, not thrown.
const empty = bookPrepaid(openPrepaidAccount('2026-01-31'), basic, '2026-01-31');
if (empty.ok) throw new Error('an empty account cannot pay');
console.log(`Booked on an empty account: ${explainRefusal(empty, 'de')}`);

// 30 € on 2026-01-31, the package the same day, and the SMS option by text message on 2026-02-05.
let step = topUp(openPrepaidAccount('2026-01-31'), 3000, '2026-01-31');
step = booked(bookPrepaid(step.account, basic, '2026-01-31'));
show('Booked Prepaid Basic S on 2026-01-31 (30,00 € topped up):', step);
const intent = parseSmsCommand('  start sms flat ', [{ id: sms.id, name: sms.name }]);
console.log(`\nSMS "  start sms flat " → ${intent.type} ${intent.optionId}`);
step = booked(bookPrepaid(step.account, sms, '2026-02-05', { kind: 'option' }));
show('Booked SMS Flat on 2026-02-05 (its own four-week cycle):', step);

// Advance to 2026-04-15: renewals until the balance runs short, then the lapse.
step = advancePrepaid(step.account, '2026-04-15');
show('Advanced to 2026-04-15:', step);
expectSame(step.lines.map((line) => `${line.item.id} ${line.range?.start}`), ['basic-s 2026-02-28', 'sms-flat 2026-03-05', 'sms-flat 2026-04-02'], 'the renewals');
expectSame(step.notices.map((notice) => `${notice.type} ${notice.on}`), ['prepaidLapsed 2026-03-28'], 'the lapse');

// A top-up after the lapse does not bring the lapsed period back ...
step = topUp(step.account, 2000, '2026-04-15');
show('Topped up 20,00 € on 2026-04-15 (the package stays lapsed):', step);
const item = step.account.items.find((candidate) => candidate.id === 'basic-s');
if (item?.status === 'lapsed') console.log(`  Prepaid Basic S: lapsed from ${item.lapsedFrom}, last paid period [${item.period.start}, ${item.period.end})`);
expectSame(item?.status, 'lapsed', 'the package after the top-up');

// ... booking again starts a new cycle from the booking day.
step = booked(bookPrepaid(step.account, basic, '2026-04-15'));
show('Booked Prepaid Basic S again on 2026-04-15 (new cycle):', step);

console.log('\nLedger:');
for (const entry of step.account.ledger) {
  const what = entry.type === 'topUp' ? 'top-up' : `charge ${entry.itemId}`;
  console.log(`  ${entry.on}  ${what.padEnd(16)} ${String(entry.cents).padStart(6)}  balance ${entry.balanceAfterCents}`);
}
const { topUpsCents, chargesCents, balanceCents } = step.account;
console.log(`top-ups ${topUpsCents} − charges ${chargesCents} = balance ${balanceCents}`);
expectSame([topUpsCents, chargesCents, balanceCents], [5000, 3897, 1103], 'top-ups, charges and balance');
