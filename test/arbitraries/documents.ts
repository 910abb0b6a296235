/**
 * Random finalized documents (R27) for the e-invoice properties and the CI
 * validation run: every VAT category (S, Z, E, AE, K, G, O), net-priced
 * business and gross-priced consumer invoices, OSS rates, corrections (384),
 * credit notes (381), credit transfer and direct debit, lines with and without
 * service ranges and of mixed signs, and texts that need escaping. Built with
 * the public API only (chargeLine, createInvoice, createDocument,
 * finalizeDocument, createCorrection). No vitest import: the CI script
 * imports this file too.
 */
import { Temporal } from '@js-temporal/polyfill';
import fc from 'fast-check';
import {
  chargeLine, createCorrection, createDocument, createInvoice, finalizeDocument,
  type DocumentInput, type FinalDocument, type Line, type Party, type PaymentMeans, type VatRules,
} from '../../src/index.js';

/** How a document's lines are taxed. */
export type VatScenario = 'domestic' | 'smallBusiness' | 'reverseCharge' | 'intraCommunity' | 'export' | 'notSubject' | 'oss' | 'mixed';

export const VAT_SCENARIOS: readonly VatScenario[] = ['domestic', 'smallBusiness', 'reverseCharge', 'intraCommunity', 'export', 'notSubject', 'oss', 'mixed'];

/** One drawn case: the finalized documents (an invoice, and a correction of it when drawn) and what they were drawn as. */
export interface DocumentCase {
  readonly scenario: VatScenario;
  /** Whether the documents carry what XRechnung needs beyond EN 16931 (buyer reference, seller contact, electronic addresses). */
  readonly xrechnung: boolean;
  readonly documents: readonly FinalDocument[];
}

/** ISO 7064 MOD 97-10 remainder of digits and letters (A = 10 … Z = 35), test-side. */
function mod97(text: string): number {
  let rest = 0;
  for (const char of text) rest = (rest * (/[0-9]/.test(char) ? 10 : 100) + parseInt(char, 36)) % 97;
  return rest;
}

/** A Leitweg-ID with the coarse address `coarse`, a fine address and correct check digits. */
export function leitwegId(coarse: string, fine: string): string {
  const check = 98 - mod97(`${coarse}${fine}00`);
  return `${coarse}-${fine}-${String(check).padStart(2, '0')}`;
}

const IBANS = ['DE02120300000000202051', 'DE02500105170137075030', 'DE89370400440532013000', 'AT611904300234573201', 'FR1420041010050500013M02606'];

/** Names and texts that need escaping or are not ASCII. */
const NAMES = [
  'Zusätzliche Benutzer', 'Speicherpaket 10 GB', 'Support & Wartung', 'Tarif "Business" <Premium>', 'Müller\'s Einrichtung',
  'Lizenz ✓ Ünïcödé 𝄞', 'Domain example.de', 'LTE 50', 'Beratung (Stunde)',
];
const NOTES = ['Vielen Dank für Ihren Auftrag.', 'Fragen? Rufen Sie uns an: 030 1234567 & schreiben Sie <uns>.', 'Kunde seit 2019 – "Treue" zählt.'];

const dayArb = fc.integer({ min: 0, max: 800 }).map((n) => Temporal.PlainDate.from('2025-01-01').add({ days: n }));

interface LineDraw {
  readonly name: string;
  readonly id: string;
  readonly unitCents: number;
  readonly vatRate: 19 | 7 | 0;
  readonly quantity: number;
  readonly credit: boolean;
  /** none: a one-off item; whole: a whole period; part: part of a period. */
  readonly dated: 'none' | 'whole' | 'part';
  readonly start: Temporal.PlainDate;
  readonly periodDays: number;
  readonly cut: readonly [number, number];
}

const lineDrawArb: fc.Arbitrary<LineDraw> = fc.record({
  name: fc.constantFrom(...NAMES),
  id: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
  unitCents: fc.oneof({ arbitrary: fc.integer({ min: 1, max: 20_000 }), weight: 5 }, { arbitrary: fc.integer({ min: 0, max: 5_000_000 }), weight: 1 }),
  vatRate: fc.constantFrom<19 | 7 | 0>(19, 19, 19, 7, 0),
  quantity: fc.integer({ min: 1, max: 12 }),
  credit: fc.constantFrom(false, false, false, true),
  dated: fc.constantFrom<LineDraw['dated']>('none', 'whole', 'part', 'part'),
  start: dayArb,
  periodDays: fc.constantFrom(28, 30, 31, 365),
  cut: fc.tuple(fc.nat(), fc.nat()),
});

function lineOf(draw: LineDraw, vatRateOf: (draw: LineDraw) => 19 | 7 | 0): Line {
  const item = { id: `${draw.id}${vatRateOf(draw)}`, name: draw.name, unitCents: draw.unitCents, vatRate: vatRateOf(draw) };
  if (draw.dated === 'none') return chargeLine({ item, quantity: draw.quantity, credit: draw.credit });
  const period = { start: draw.start.toString(), end: draw.start.add({ days: draw.periodDays }).toString() };
  if (draw.dated === 'whole') return chargeLine({ item, quantity: draw.quantity, credit: draw.credit, range: period });
  const a = draw.cut[0] % draw.periodDays;
  const b = a + 1 + (draw.cut[1] % (draw.periodDays - a));
  const range = { start: draw.start.add({ days: a }).toString(), end: draw.start.add({ days: b }).toString() };
  return chargeLine({ item, quantity: draw.quantity, credit: draw.credit, range, period });
}

const SELLER: Party = {
  name: 'CloudCRM GmbH',
  address: { street: 'Friedrichstraße 123', postcode: '10117', city: 'Berlin', country: 'DE' },
  vatId: 'DE123456789',
  electronicAddress: { scheme: 'EM', id: 'rechnung@cloudcrm.example' },
  contact: { name: 'Buchhaltung', phone: '+49 30 1234567', email: 'buchhaltung@cloudcrm.example' },
};

const BUYERS: Readonly<Record<'DE' | 'FR' | 'AT' | 'US' | 'CH', Party>> = {
  DE: { name: 'Muster & Söhne KG', address: { street: 'Hauptstraße 5', postcode: '80331', city: 'München', country: 'DE' }, vatId: 'DE987654321' },
  FR: { name: 'Dupont SARL', address: { street: '12 rue de la Paix', postcode: '75002', city: 'Paris', country: 'FR' }, vatId: 'FR40303265045' },
  AT: { name: 'Huber Handel GmbH', address: { street: 'Ringstraße 1', postcode: '1010', city: 'Wien', country: 'AT' }, vatId: 'ATU12345678' },
  US: { name: 'Acme Inc.', address: { street: '1 Market St', postcode: '94105', city: 'San Francisco', country: 'US' } },
  CH: { name: 'Berger AG', address: { postcode: '8001', city: 'Zürich', country: 'CH' } },
};

const CONSUMER_AT: Party = { name: 'Anna Gruber', address: { street: 'Gasse 3', postcode: '5020', city: 'Salzburg', country: 'AT' } };
const CONSUMER_DE: Party = { name: 'Max Mustermann', address: { street: 'Weg 7', postcode: '50667', city: 'Köln', country: 'DE' } };

const SMALL_BUSINESS_NOTE = 'Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.';

/** The VAT rules, buyer and seller of a scenario, and the rate its lines carry. */
function setting(scenario: VatScenario, consumer: boolean, pick: number): { vat: VatRules; buyer: Party; seller: Party; rate: (d: LineDraw) => 19 | 7 | 0 } {
  const german = (d: LineDraw): 19 | 7 | 0 => d.vatRate;
  const zeroRated: VatRules = { byItem: Object.fromEntries(['a0', 'b0', 'c0', 'd0', 'e0'].map((id, i) => [id, i % 2 === 0 ? { category: 'Z' as const } : { category: 'E' as const, reason: 'Steuerfrei nach § 4 Nr. 14 UStG', reasonCode: 'VATEX-EU-132' }])) };
  switch (scenario) {
    case 'domestic':
      return { vat: zeroRated, buyer: consumer ? CONSUMER_DE : BUYERS.DE, seller: pick % 2 === 0 ? SELLER : { ...SELLER, taxNumber: '30/123/45678' }, rate: german };
    case 'smallBusiness': {
      // A §19 small business often has a tax number and no VAT ID: its seller id (BT-29) identifies it (BR-CO-26).
      const { vatId: _drop, ...rest } = SELLER;
      return { vat: { default: { category: 'E', reason: SMALL_BUSINESS_NOTE } }, buyer: consumer ? CONSUMER_DE : BUYERS.DE, seller: { ...rest, taxNumber: '30/123/45678', id: 'HRB 12345' }, rate: german };
    }
    case 'reverseCharge':
      return { vat: { default: { category: 'AE' } }, buyer: BUYERS.FR, seller: SELLER, rate: german };
    case 'intraCommunity':
      return { vat: { default: { category: 'K' } }, buyer: pick % 2 === 0 ? BUYERS.AT : BUYERS.FR, seller: SELLER, rate: german };
    case 'export':
      return { vat: { default: { category: 'G' } }, buyer: pick % 2 === 0 ? BUYERS.US : BUYERS.CH, seller: SELLER, rate: german };
    case 'notSubject':
      return { vat: { default: { category: 'O' } }, buyer: BUYERS.US, seller: { ...SELLER, taxNumber: '30/123/45678', id: 'HRB 12345' }, rate: german };
    case 'oss':
      return { vat: { ...zeroRated, rates: { 19: 20, 7: 10 } }, buyer: consumer ? CONSUMER_AT : BUYERS.AT, seller: SELLER, rate: german };
    case 'mixed': {
      const categories = ['S', 'Z', 'E', 'AE', 'K', 'G'] as const;
      const byItem: Record<string, VatRules['default'] & object> = {};
      ['a', 'b', 'c', 'd', 'e'].forEach((id, i) => {
        const category = categories[(pick + i) % categories.length] as (typeof categories)[number];
        for (const rate of [19, 7, 0]) {
          if (category === 'S' && rate === 0) byItem[`${id}${rate}`] = { category: 'Z' };
          else if (category === 'E') byItem[`${id}${rate}`] = { category: 'E', reason: 'Steuerfreie Heilbehandlung, § 4 Nr. 14 UStG' };
          else if (category !== 'S') byItem[`${id}${rate}`] = { category };
        }
      });
      return { vat: { byItem }, buyer: BUYERS.FR, seller: SELLER, rate: german };
    }
  }
}

const paymentArb: fc.Arbitrary<PaymentMeans> = fc.oneof(
  fc.record({
    iban: fc.constantFrom(...IBANS),
    bic: fc.constantFrom(undefined, 'BYLADEM1001', 'COBADEFFXXX', 'GENODEF1M04'),
    accountName: fc.constantFrom(undefined, 'CloudCRM GmbH', 'Müller & Co.'),
  }).map(({ iban, bic, accountName }): PaymentMeans => ({
    kind: 'creditTransfer', iban, ...(bic === undefined ? {} : { bic }), ...(accountName === undefined ? {} : { accountName }),
  })),
  fc.record({
    mandateReference: fc.constantFrom('CRM-000123', 'M/2026/0001', 'A1'),
    debitedIban: fc.constantFrom(...IBANS),
  }).map(({ mandateReference, debitedIban }): PaymentMeans => ({ kind: 'directDebit', mandateReference, creditorId: 'DE98ZZZ09999999999', debitedIban })),
);

/**
 * A case: one finalized invoice (or credit note) of a scenario and, when
 * drawn, a finalized correction of some of its lines. `xrechnung` false
 * leaves out what only XRechnung needs, for the ZUGFeRD-only path.
 */
export const documentCaseArb: fc.Arbitrary<DocumentCase> = fc.record({
  scenario: fc.constantFrom(...VAT_SCENARIOS),
  consumer: fc.boolean(),
  pick: fc.nat({ max: 11 }),
  credits: fc.constantFrom<'some' | 'all'>('some', 'some', 'some', 'all'),
  lines: fc.array(lineDrawArb, { minLength: 1, maxLength: 7 }),
  payment: paymentArb,
  xrechnung: fc.oneof({ arbitrary: fc.constant(true), weight: 5 }, { arbitrary: fc.constant(false), weight: 1 }),
  leitweg: fc.boolean(),
  dueDays: fc.integer({ min: 0, max: 30 }),
  termsNote: fc.constantFrom(undefined, 'Zahlbar innerhalb von 14 Tagen ohne Abzug.', '#SKONTO#TAGE=7#PROZENT=2.00#\n', 'Zahlbar sofort & ohne Abzug.'),
  notes: fc.subarray(NOTES),
  locale: fc.constantFrom<'de' | 'en'>('de', 'en'),
  correct: fc.boolean(),
  takeBack: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
  number: fc.nat({ max: 9000 }),
}).map((draw): DocumentCase => {
  const consumer = draw.consumer && (draw.scenario === 'domestic' || draw.scenario === 'oss' || draw.scenario === 'smallBusiness');
  const { vat, buyer: baseBuyer, seller: baseSeller, rate } = setting(draw.scenario, consumer, draw.pick);
  // Now and then every line is a credit: the document is a credit note (381).
  const draws = draw.credits === 'all' ? draw.lines.map((d) => ({ ...d, credit: true })) : draw.lines;
  const lines = draws.map((d) => lineOf(d, rate));
  const issuedOn = draws.map((d) => d.start).reduce((a, b) => (Temporal.PlainDate.compare(a, b) > 0 ? a : b)).add({ days: 20 }).toString();
  const invoice = createInvoice({ lines, customer: consumer ? 'consumer' : 'business', issuedOn });
  const complete = draw.xrechnung;
  let buyer: Party = { ...baseBuyer, ...(draw.pick % 3 === 0 ? { id: `K-${draw.number}` } : {}), ...(draw.pick % 4 === 1 ? { contact: { name: 'Einkauf', email: 'einkauf@kunde.example' } } : {}) };
  let seller: Party = baseSeller;
  let reference: Partial<Pick<DocumentInput, 'buyerReference' | 'leitwegId'>> = {};
  if (complete) {
    if (draw.leitweg && baseBuyer.address.country === 'DE' && !consumer) reference = { leitwegId: leitwegId('991', `${draw.number}`) };
    else {
      reference = { buyerReference: `K-${draw.number}` };
      buyer = { ...buyer, electronicAddress: { scheme: 'EM', id: `rechnung${draw.number}@kunde.example` } };
    }
  } else {
    const { electronicAddress: _a, contact: _c, ...bare } = seller;
    seller = bare;
  }
  const input: DocumentInput = {
    invoice, seller, buyer, payment: draw.payment, vat, ...reference,
    terms: { dueDays: draw.dueDays, ...(draw.termsNote === undefined ? {} : { note: draw.termsNote }) },
    notes: draw.notes, locale: draw.locale,
  };
  const first = finalizeDocument(createDocument(input), { prefix: 'RE-2026-', last: draw.number });
  const documents: FinalDocument[] = [first.document];
  if (draw.correct) {
    const positions = [...new Set(draw.takeBack.map((n) => n % lines.length))];
    const correction = createCorrection(first.document, Temporal.PlainDate.from(issuedOn).add({ days: 3 }), { lines: positions });
    documents.push(finalizeDocument(correction, first.sequence).document);
  }
  return { scenario: draw.scenario, xrechnung: complete, documents };
});
