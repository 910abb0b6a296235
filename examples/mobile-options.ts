/**
 * Mobile options (seed 003): option and package tariffs, postpaid pro rata, the 48-hour
 * deadline over the DST night of 2026-03-29, and the 14-day withdrawal.
 *
 * Run: npx tsx examples/mobile-options.ts
 */
import {
  bookOption,
  cancelOption,
  cancellationDeadline,
  createOptionAccount,
  createOptionTariff,
  createPeriod,
  explainLine,
  explainOptionRefusal,
  listOptions,
  optionLinesFor,
  withdrawalWindow,
  withdrawOption,
  type BookOptionResult,
  type OptionAccount,
} from '../src/index.js';

function accountOf(result: BookOptionResult): OptionAccount {
  if (!result.ok) throw new Error(`unexpected refusal: ${result.reason}`);
  return result.account;
}

const catalog = [
  { id: 'sms', name: 'SMS Flat', unitCents: 300, vatRate: 19 as const },
  { id: 'data', name: 'Daten 3 GB', unitCents: 799, vatRate: 19 as const },
];

console.log('— Option tariff (R8, R10): every option on its own four-week cycle from its activation day');
const optionTariff = createOptionTariff({ kind: 'optionTariff', options: catalog });
let line = createOptionAccount(optionTariff);
line = accountOf(bookOption(line, { optionId: 'sms', at: '2026-03-05T10:00+01:00' }));
line = accountOf(bookOption(line, { optionId: 'data', at: '2026-03-10T18:30+01:00' }));
for (const charge of optionLinesFor(line, createPeriod('2026-03-01', '2026-05-01'))) console.log(' ', explainLine(charge, 'de'));

console.log('\n— Package tariff (R9): the period ends on the 20th, SMS booked on the 10th');
const packageTariff = createOptionTariff({
  kind: 'packageTariff',
  options: catalog,
  package: { kind: 'days', days: 28, anchor: '2026-02-21' },
});
const preBooked = bookOption(createOptionAccount(packageTariff), { optionId: 'sms', at: '2026-03-10T12:00+01:00' });
if (preBooked.ok) {
  console.log('  active from', preBooked.activeFrom.toString());
  for (const day of ['2026-03-15', '2026-03-21']) {
    console.log(`  status on ${day}:`, listOptions(preBooked.account, day)[0]?.status.kind);
  }
  const dropped = cancelOption(preBooked.account, { bookingId: 'sms#1', at: '2026-03-18T09:00+01:00' });
  if (dropped.ok) {
    console.log(`  dropped on 2026-03-18 before it started: ${dropped.outcome},`,
      `${optionLinesFor(dropped.account, createPeriod('2026-03-01', '2026-06-01')).length} lines charged`);
  }
}

console.log('\n— Postpaid calendar month (R11): LTE 50 at 5,00 € booked on 2026-03-19');
const postpaid = createOptionTariff({ kind: 'postpaidMonth', options: [{ id: 'lte50', name: 'LTE 50', unitCents: 500, vatRate: 19 }] });
const lte = accountOf(bookOption(createOptionAccount(postpaid), { optionId: 'lte50', at: '2026-03-19T09:00+01:00' }));
for (const charge of optionLinesFor(lte, createPeriod('2026-03-01', '2026-05-01'))) {
  console.log('  de:', explainLine(charge, 'de'));
  console.log('  en:', explainLine(charge, 'en'));
}

console.log('\n— The 48-hour deadline (R12) over the DST night of 2026-03-29');
const sms = accountOf(bookOption(createOptionAccount(optionTariff), { optionId: 'sms', at: '2026-03-02T09:00+01:00' }));
console.log('  period [2026-03-02, 2026-03-30) ends 2026-03-30T00:00 Berlin; deadline', cancellationDeadline('2026-03-30').toString());
for (const at of ['2026-03-27T22:59+01:00', '2026-03-27T23:00+01:00', '2026-03-27T23:01+01:00', '2026-03-28T00:00+01:00']) {
  const result = cancelOption(sms, { bookingId: 'sms#1', at });
  if (result.ok && result.outcome === 'scheduled') {
    console.log(`  cancelled at ${at}: ${result.effective.onTime ? 'on time' : 'late   '} → last day ${result.effective.last.toString()}`);
  }
}

console.log('\n— Withdrawal (R13): booked Saturday 2026-03-07, day 14 is a Saturday, so the window runs to Monday');
const data = accountOf(bookOption(createOptionAccount(optionTariff), { optionId: 'data', at: '2026-03-07T15:00+01:00' }));
console.log('  window', String(withdrawalWindow('2026-03-07')), 'last day', withdrawalWindow('2026-03-07').last.toString());
const invoiced = optionLinesFor(data, createPeriod('2026-03-01', '2026-03-08'));
const inTime = withdrawOption(data, { bookingId: 'data#1', at: '2026-03-23T18:00+01:00' }, { invoiced });
if (inTime.ok) {
  console.log('  withdrawn 2026-03-23: lines still charged', optionLinesFor(inTime.account, createPeriod('2026-03-01', '2027-01-01')).length);
  for (const credit of inTime.credits) console.log('  credit note:', explainLine(credit, 'de'));
}
const late = withdrawOption(data, { bookingId: 'data#1', at: '2026-03-24T08:00+01:00' });
if (!late.ok) {
  console.log('  2026-03-24:', explainOptionRefusal(late, 'de'));
  console.log('  2026-03-24:', explainOptionRefusal(late, 'en'));
}
