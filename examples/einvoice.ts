/**
 * E-invoices (R27–R29): a CRM provider's add-on account, closed on 2026-04-18
 * for a business, as invoice documents and as XML. The base document carries
 * five lines (17,70, 11,80, 5,90, 6,47 and 4,95 €), each with its own service
 * period, for the invoice period 2026-03-18 to 2026-05-17: net 46,82, VAT 8,90,
 * gross 55,72 €. Seven documents: credit transfer, direct debit, reverse charge
 * to a French business, an Austrian consumer under OSS, a § 19 small business,
 * a correction (384) and a credit note (381). Each is written as XRechnung CII,
 * XRechnung UBL and ZUGFeRD (EN16931) into the folder given as the first
 * argument (a temporary folder without one). Exits non-zero when a figure
 * differs from the guide's.
 *
 * Run: npx tsx examples/einvoice.ts [folder]
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { Temporal } from '@js-temporal/polyfill';
import { join } from 'node:path';
import {
  advance, applyEvent, chargeLine, createCatalog, createCorrection, createDocument, createInvoice, createSubscription,
  directDebitDates, finalizeDocument, formatMoney, money, preNotificationText,
  type DocumentInput, type FinalDocument, type NumberSequence, type Party,
} from '../src/index.js';
import { toXRechnungCii, toXRechnungUbl, toZugferd } from '../src/einvoice/index.js';

/** Stops the example when a figure is not the one the guide shows. */
function expectSame(actual: unknown, expected: unknown, what: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    console.error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    process.exitCode = 1;
  }
}

// The add-on account: a user booked on 2026-03-18, two storage packs on 2026-04-01, two more users on 2026-04-05.
const catalog = createCatalog({
  plans: [{
    id: 'crm', name: 'CloudCRM Team', price: { cents: 4900, per: 'billingPeriod' },
    billingCycle: { kind: 'monthly' }, termMonths: 1, renewal: { kind: 'openEnded' },
    policy: { optionsChangeable: true, notice: { unit: 'month', count: 1 }, customer: 'business' },
  }],
  addOns: [
    { id: 'users', name: 'Zusätzliche Benutzer', unitCents: 590, vatRate: 19 },
    { id: 'storage', name: 'Speicherpaket 10 GB', unitCents: 590, vatRate: 19 },
  ],
});
let subscription = createSubscription(catalog, { planId: 'crm', start: '2026-03-18' });
for (const event of [
  { type: 'bookAddOn', on: '2026-03-18', addOnId: 'users', quantity: 1 },
  { type: 'bookAddOn', on: '2026-04-01', addOnId: 'storage', quantity: 2 },
  { type: 'changeAddOnQuantity', on: '2026-04-05', bookingId: 'users#1', quantity: 3 },
] as const) {
  const result = applyEvent(advance(subscription, event.on).subscription, event);
  if (!result.ok) throw new Error(result.reason);
  subscription = result.subscription;
}
const april = advance(subscription, '2026-04-18').invoices.at(-1)!;
const lines = april.lines.filter((line) => line.ref !== 'contract');
expectSame(lines.map((line) => line.cents), [1770, 1180, 590, 647, 495], 'the add-on lines');
const invoice = createInvoice({ lines, customer: 'business', issuedOn: '2026-04-18' });

const seller: Party = {
  name: 'CloudCRM GmbH',
  address: { street: 'Hafenstraße 1', postcode: '20457', city: 'Hamburg', country: 'DE' },
  vatId: 'DE123456789',
  taxNumber: '22/815/08154',
  electronicAddress: { scheme: 'EM', id: 'rechnung@cloudcrm.example' },
  contact: { name: 'Buchhaltung', phone: '+49 40 1234567', email: 'buchhaltung@cloudcrm.example' },
};
const smallSeller: Party = {
  name: 'Webdesign Klein',
  address: { street: 'Gartenweg 3', postcode: '01067', city: 'Dresden', country: 'DE' },
  taxNumber: '203/111/22222',
  id: 'HRA 3141', // EN 16931 wants a seller id where there is no VAT ID (BR-CO-26)
  electronicAddress: { scheme: 'EM', id: 'post@klein.example' },
  contact: { name: 'Jana Klein', phone: '+49 351 765432', email: 'post@klein.example' },
};
const buyers = {
  DE: { name: 'Muster AG', address: { street: 'Ring 5', postcode: '50667', city: 'Köln', country: 'DE' }, electronicAddress: { scheme: 'EM', id: 'ap@muster.example' } },
  FR: { name: 'Dupont SARL', address: { street: '12 rue de la Paix', postcode: '75002', city: 'Paris', country: 'FR' }, vatId: 'FR40303265045', electronicAddress: { scheme: 'EM', id: 'compta@dupont.example' } },
  AT: { name: 'Maria Huber', address: { street: 'Praterstraße 7', postcode: '1020', city: 'Wien', country: 'AT' }, electronicAddress: { scheme: 'EM', id: 'maria.huber@mail.example' } },
} satisfies Record<string, Party>;
const transfer = { kind: 'creditTransfer', iban: 'DE02120300000000202051', bic: 'BYLADEM1001', accountName: 'CloudCRM GmbH' } as const;
const base: DocumentInput = { invoice, seller, buyer: buyers.DE, payment: transfer, buyerReference: 'K-1001', terms: { dueDays: 14, note: 'Zahlbar innerhalb von 14 Tagen ohne Abzug.' } };

// Direct debit: the collection day is the due date (R29).
const dates = directDebitDates({ invoicedOn: '2026-04-18', mandate: { reference: 'CRM-000123', signedOn: '2026-03-18' } });
if (!dates.ok) throw new Error(dates.reason);
expectSame([dates.earliestDueOn, dates.dueOn, dates.submitOn, dates.sequenceType], ['2026-05-02', '2026-05-04', '2026-04-30', 'FRST'], 'direct debit dates');
const debit = { kind: 'directDebit', mandateReference: 'CRM-000123', creditorId: 'DE98ZZZ09999999999', debitedIban: 'DE89370400440532013000' } as const;

let sequence: NumberSequence = { prefix: 'RE-2026-', last: 41 };
function finalize(input: DocumentInput | ReturnType<typeof createCorrection>): FinalDocument {
  const draft = 'kind' in input ? input : createDocument(input);
  const result = finalizeDocument(draft, sequence);
  sequence = result.sequence;
  return result.document;
}

const plain = finalize(base);
const documents: [string, FinalDocument, [number, number, number]][] = [
  ['credit-transfer', plain, [4682, 890, 5572]],
  ['direct-debit', finalize({ ...base, payment: debit, terms: { dueOn: dates.dueOn, note: `Der Betrag wird am ${dates.dueOn} per SEPA-Lastschrift eingezogen.` } }), [4682, 890, 5572]],
  ['reverse-charge-fr', finalize({ ...base, buyer: buyers.FR, vat: { default: { category: 'AE' } } }), [4682, 0, 4682]],
  ['oss-at-consumer', finalize({ ...base, buyer: buyers.AT, vat: { rates: { 19: 20, 7: 10 } } }), [4682, 936, 5618]],
  ['small-business', finalize({ ...base, seller: smallSeller, vat: { default: { category: 'E', reason: 'Steuerbefreiung für Kleinunternehmer gemäß § 19 UStG' } } }), [4682, 0, 4682]],
  ['correction', finalize(createCorrection(plain, '2026-04-24', { lines: [3] })), [-647, -123, -770]],
  ['credit-note', finalize({
    ...base,
    invoice: createInvoice({
      lines: [chargeLine({ item: lines[1]!.item, quantity: 2, range: { start: '2026-04-18', end: '2026-05-18' }, period: { start: '2026-04-18', end: '2026-05-18' }, credit: true, reason: 'credit' })],
      customer: 'business', issuedOn: '2026-04-24',
    }),
  }), [-1180, -224, -1404]],
];

const folder = process.argv[2] ?? mkdtempSync(join(tmpdir(), 'tarifkit-einvoice-'));
mkdirSync(folder, { recursive: true });
let files = 0;
for (const [name, document, totals] of documents) {
  expectSame([document.netCents, document.vatCents, document.grossCents], totals, name);
  const code = { invoice: 380, correction: 384, creditNote: 381 }[document.type];
  const amount = (cents: number) => formatMoney(money(cents), 'de');
  const period = document.period === null ? 'ohne Leistungszeitraum'
    : `Leistungszeitraum ${document.period.start} bis ${Temporal.PlainDate.from(document.period.end).subtract({ days: 1 })}`;
  console.log(`${document.number} ${code} ${name}: netto ${amount(document.netCents)}, USt. ${amount(document.vatCents)}, brutto ${amount(document.grossCents)}; ${document.breakdown.map((g) => `${g.category} ${g.vatRate} %`).join(', ')}; ${period}`);
  for (const [format, write] of [['xrechnung-cii', toXRechnungCii], ['xrechnung-ubl', toXRechnungUbl], ['zugferd', toZugferd]] as const) {
    writeFileSync(join(folder, `${document.number}-${name}.${format}.xml`), write(document));
    files += 1;
  }
}
expectSame(documents.map(([, document]) => document.number), ['RE-2026-0042', 'RE-2026-0043', 'RE-2026-0044', 'RE-2026-0045', 'RE-2026-0046', 'RE-2026-0047', 'RE-2026-0048'], 'numbers');
expectSame(documents[1]![1].dueOn, '2026-05-04', 'the direct debit due date');
console.log(preNotificationText({ ...debit, amountCents: 5572, dueOn: dates.dueOn, invoiceNumber: 'RE-2026-0043', invoicedOn: '2026-04-18' }, 'de'));
console.log(`${files} XML files in ${folder}`);
