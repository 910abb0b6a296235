/**
 * Seed 004: a CRM subscription billed monthly from the 18th, with add-ons.
 * Books an extra user (seed 004's row), two 10 GB storage packs, raises and
 * lowers the users, cancels the storage, books and withdraws a journal, then
 * prints the add-on table and the next collective invoice in German and English.
 * Then the next month's changes, read as stored records, go in as one run, and
 * the lines invoiced for the extra user are listed.
 *
 * Run: npx tsx examples/crm-addons.ts
 */
import {
  applyAddOnChanges,
  bookAddOn,
  cancelAddOn,
  changeAddOnQuantity,
  closeAddOnPeriod,
  createAddOnAccount,
  createCycle,
  createInvoice,
  explainInvoice,
  explainLine,
  formatAddOnRow,
  invoicedAddOnLines,
  listAddOns,
  withdrawAddOn,
  type AddOnAccount,
} from '../src/index.js';

let account: AddOnAccount = createAddOnAccount({
  cycle: createCycle({ kind: 'monthly', anchor: '2026-01-18' }),
  catalog: [
    { id: 'users', name: 'Zusätzliche Benutzer', unitCents: 590, vatRate: 19 },
    { id: 'storage', name: 'Speicherpaket 10 GB', unitCents: 590, vatRate: 19 },
    { id: 'journal', name: 'Fachmagazin digital', unitCents: 490, vatRate: 7 },
  ],
  base: { id: 'crm-team', name: 'CloudCRM Team', unitCents: 2990, vatRate: 19 },
  start: '2026-03-18', // the regular invoice for [2026-03-18, 2026-04-18) is out
});

function table(asOf: string): void {
  console.log(`\nIhre Zusatzoptionen / your add-ons, ${asOf}:`);
  for (const row of listAddOns(account, asOf)) {
    console.log(`  de: ${formatAddOnRow(row, 'de')}`);
    console.log(`  en: ${formatAddOnRow(row, 'en')}`);
  }
}

// Seed 004: one extra user on 2026-03-18, usable at once; the month is a draft item.
const users = bookAddOn(account, { addOnId: 'users', quantity: 1, on: '2026-03-18' });
account = users.account;
console.log(`draft: ${explainLine(users.lines[0]!, 'de')}`);
table('2026-03-18');

// Two storage packs on 2026-03-25: 24 of 31 days.
const storage = bookAddOn(account, { addOnId: 'storage', quantity: 2, on: '2026-03-25' });
account = storage.account;
console.log(`\ndraft: ${explainLine(storage.lines[0]!, 'de')}`);

// Raise the users to 3 on 2026-04-01: immediate, prorated.
const raise = changeAddOnQuantity(account, { bookingId: users.bookingId, quantity: 3, on: '2026-04-01' });
account = raise.account;
console.log(`draft: ${explainLine(raise.lines[0]!, 'en')}`);

// A journal booked on 2026-04-02 and withdrawn on 2026-04-10: its draft leaves the invoice.
const journal = bookAddOn(account, { addOnId: 'journal', quantity: 1, on: '2026-04-02' });
account = journal.account;
const cancelled = cancelAddOn(account, { bookingId: storage.bookingId, on: '2026-04-05' });
account = cancelled.account;
console.log(`storage cancelled, effective ${cancelled.effective.toString()}`);
const withdrawal = withdrawAddOn(account, { bookingId: journal.bookingId, on: '2026-04-10' });
if (!withdrawal.ok) throw new Error(`withdrawal refused: window ended ${withdrawal.windowEnd.toString()}`);
account = withdrawal.account;
console.log(`journal withdrawn (window to ${withdrawal.window.last.toString()}); taken off the invoice: ${withdrawal.removed.map((line) => explainLine(line, 'en')).join('; ')}`);

// Lower the users to 2 on 2026-04-10: from the next period on.
const lower = changeAddOnQuantity(account, { bookingId: users.bookingId, quantity: 2, on: '2026-04-10' });
account = lower.account;
console.log(`users lowered to 2 from ${lower.effectiveFrom.toString()}`);
table('2026-04-10');

// A withdrawal after the window is a refusal value, not an error.
const late = withdrawAddOn(account, { bookingId: users.bookingId, on: '2026-04-10' });
if (!late.ok) console.log(`\nwithdrawing the extra user on 2026-04-10: ${late.reason}, the window ended ${late.windowEnd.toString()}`);

// The next regular invoice, 2026-04-18: the period charges and the drafts (R14).
const close = closeAddOnPeriod(account, '2026-04-18');
account = close.account;
const consumer = createInvoice({ lines: close.lines, customerType: 'b2c', issuedOn: '2026-04-18', period: close.period });
console.log('\n' + explainInvoice(consumer, 'de').join('\n'));
console.log('\n' + explainInvoice(consumer, 'en').join('\n'));
const business = createInvoice({ lines: close.lines, customerType: 'b2b', issuedOn: '2026-04-18', period: close.period });
console.log(`\nThe same lines for a business (net prices): net ${business.netCents}, VAT ${business.vatCents}, gross ${business.grossCents} cents`);
table('2026-04-18');

// The next month's changes, as a billing run reads them from storage: one run, the same rules.
const run = applyAddOnChanges(account, [
  { type: 'book', addOnId: 'storage', quantity: 1, on: '2026-04-20' },
  { type: 'changeQuantity', bookingId: users.bookingId, quantity: 4, on: '2026-05-02' },
  { type: 'withdraw', bookingId: users.bookingId, on: '2026-05-03' }, // too late: listed, not thrown
]);
account = run.account;
console.log(`
run: booked ${run.bookingIds.join(', ')}; refused: ${run.refusals.map((r) => `#${r.index} ${r.refusal.reason}`).join(', ')}`);
for (const draft of account.drafts) console.log(`  draft: ${explainLine(draft.line, 'en')}`);

// What the regular invoice of 2026-04-18 carried for the extra user (the account's ledger).
console.log(`
invoiced for ${users.bookingId}:`);
for (const line of invoicedAddOnLines(account, users.bookingId)) console.log(`  ${explainLine(line, 'de')}`);
