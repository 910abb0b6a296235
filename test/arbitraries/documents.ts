/**
 * Random invoice documents for properties and e-invoice checks: lines at 19, 7
 * and 0 %, charges and credits, dated and undated, every VAT category, credit
 * transfer and direct debit, business (net) and consumer (gross) prices, and
 * corrections of part or all of a finalized original. No vitest import: the
 * CI script .ci/einvoice.ts imports this file too.
 */
import { Temporal } from '@js-temporal/polyfill';
import fc from 'fast-check';
import {
  chargeLine, createCorrection, createDocument, createInvoice, finalizeDocument,
  type DocumentInput, type FinalDocument, type Line, type NumberSequence, type Party, type PaymentMeans, type VatRules,
} from '../../src/index.js';

/** A seller with everything XRechnung asks for. */
export const SELLER: Party = {
  name: 'CloudCRM GmbH',
  address: { street: 'Hafenstraße 1', postcode: '20457', city: 'Hamburg', country: 'DE' },
  vatId: 'DE123456789',
  taxNumber: '22/815/08154',
  electronicAddress: { scheme: 'EM', id: 'rechnung@cloudcrm.example' },
  contact: { name: 'Buchhaltung', phone: '+49 40 1234567', email: 'buchhaltung@cloudcrm.example' },
};

/** A small-business seller (§ 19 UStG): a tax number, no VAT ID. */
export const SMALL_SELLER: Party = {
  name: 'Webdesign Klein',
  address: { street: 'Gartenweg 3', postcode: '01067', city: 'Dresden', country: 'DE' },
  taxNumber: '203/111/22222',
  electronicAddress: { scheme: 'EM', id: 'post@klein.example' },
  contact: { name: 'Jana Klein', phone: '+49 351 765432', email: 'post@klein.example' },
};

/** Buyers: a German business, a French business, an Austrian consumer, a US business. */
export const BUYERS = {
  DE: { name: 'Muster AG', address: { street: 'Ring 5', postcode: '50667', city: 'Köln', country: 'DE' }, vatId: 'DE987654321', electronicAddress: { scheme: 'EM', id: 'ap@muster.example' }, id: 'K-1001' },
  FR: { name: 'Dupont SARL', address: { street: '12 rue de la Paix', postcode: '75002', city: 'Paris', country: 'FR' }, vatId: 'FR40303265045', electronicAddress: { scheme: 'EM', id: 'compta@dupont.example' } },
  AT: { name: 'Maria Huber', address: { street: 'Praterstraße 7', postcode: '1020', city: 'Wien', country: 'AT' }, electronicAddress: { scheme: 'EM', id: 'maria.huber@mail.example' } },
  US: { name: 'Acme Inc.', address: { street: '1 Main St', postcode: '10001', city: 'New York', country: 'US' }, electronicAddress: { scheme: 'EM', id: 'ap@acme.example' } },
} as const satisfies Record<string, Party>;

export const CREDIT_TRANSFER: PaymentMeans = { kind: 'creditTransfer', iban: 'DE02120300000000202051', bic: 'BYLADEM1001', accountName: 'CloudCRM GmbH' };
export const DIRECT_DEBIT: PaymentMeans = { kind: 'directDebit', mandateReference: 'CRM-000123', creditorId: 'DE98ZZZ09999999999', debitedIban: 'DE89370400440532013000' };

/** What a document's VAT is: domestic (S, with Z or E for 0 % lines), or one category for the whole document. */
export type Treatment = 'domestic' | 'Z' | 'E' | 'smallBusiness' | 'AE' | 'K' | 'G' | 'O' | 'OSS';

export interface DocumentScenario {
  readonly lines: readonly Line[];
  readonly customer: 'business' | 'consumer';
  readonly treatment: Treatment;
  readonly zeroCategory: 'Z' | 'E';
  readonly directDebit: boolean;
  /** Positions to take back in a correction, or null for none; an empty list means all. */
  readonly correction: readonly number[] | null;
  readonly withPeriod: boolean;
}

const item = fc.record({
  id: fc.constantFrom('users', 'storage', 'setup', 'support', 'sms'),
  vatRate: fc.constantFrom(19 as const, 19 as const, 7 as const, 0 as const),
  unitCents: fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.constantFrom(590, 4900, 999, 1)),
}).map(({ id, vatRate, unitCents }) => ({ id: `${id}-${vatRate}`, name: `Leistung ${id} <${vatRate} %> & Co`, unitCents, vatRate }));

const lineArb: fc.Arbitrary<Line> = fc.record({
  item,
  quantity: fc.integer({ min: 1, max: 5 }),
  month: fc.integer({ min: 1, max: 12 }),
  from: fc.integer({ min: 1, max: 28 }),
  dated: fc.boolean(),
  credit: fc.boolean(),
}).map(({ item: priced, quantity, month, from, dated, credit }) => {
  if (!dated) return chargeLine({ item: priced, quantity, credit });
  const start = `2026-${String(month).padStart(2, '0')}-01`;
  const end = month === 12 ? '2027-01-01' : `2026-${String(month + 1).padStart(2, '0')}-01`;
  const rangeStart = `2026-${String(month).padStart(2, '0')}-${String(from).padStart(2, '0')}`;
  return chargeLine({ item: priced, quantity, range: { start: rangeStart, end }, period: { start, end }, credit });
});

/** A scenario: lines and how the document treats them. */
export const scenarioArb: fc.Arbitrary<DocumentScenario> = fc.record({
  lines: fc.array(lineArb, { minLength: 1, maxLength: 8 }),
  customer: fc.constantFrom('business' as const, 'consumer' as const),
  treatment: fc.constantFrom<Treatment>('domestic', 'domestic', 'Z', 'E', 'smallBusiness', 'AE', 'K', 'G', 'O', 'OSS'),
  zeroCategory: fc.constantFrom('Z' as const, 'E' as const),
  directDebit: fc.boolean(),
  correction: fc.option(fc.array(fc.nat({ max: 7 }), { maxLength: 4 }), { nil: null }),
  withPeriod: fc.boolean(),
});

const E_REASON = 'Steuerfreie Leistung nach § 4 Nr. 8 UStG';
const SMALL_BUSINESS = 'Steuerbefreiung für Kleinunternehmer gemäß § 19 UStG';

/** The document input of a scenario. */
export function documentInputOf(scenario: DocumentScenario): DocumentInput {
  const invoice = createInvoice({ lines: scenario.lines, customer: scenario.customer, issuedOn: '2026-12-20' });
  const zeroIds = Object.fromEntries(scenario.lines.filter((line) => line.item.vatRate === 0).map((line) => [line.item.id,
    scenario.zeroCategory === 'Z' ? { category: 'Z' as const } : { category: 'E' as const, reason: E_REASON }]));
  let vat: VatRules = { byItem: zeroIds };
  let seller: Party = SELLER;
  let buyer: Party = BUYERS.DE;
  switch (scenario.treatment) {
    case 'domestic': break;
    case 'Z': vat = { default: { category: 'Z' } }; break;
    case 'E': vat = { default: { category: 'E', reason: E_REASON } }; break;
    case 'smallBusiness': vat = { default: { category: 'E', reason: SMALL_BUSINESS } }; seller = SMALL_SELLER; break;
    case 'AE': vat = { default: { category: 'AE' } }; buyer = BUYERS.FR; break;
    case 'K': vat = { default: { category: 'K' } }; buyer = BUYERS.FR; break;
    case 'G': vat = { default: { category: 'G' } }; buyer = BUYERS.US; break;
    case 'O': vat = { default: { category: 'O' } }; buyer = BUYERS.US; break;
    case 'OSS': vat = { rates: { 19: 20, 7: 10 }, byItem: zeroIds }; buyer = BUYERS.AT; break;
  }
  return {
    invoice, seller, buyer, vat,
    payment: scenario.directDebit ? DIRECT_DEBIT : CREDIT_TRANSFER,
    buyerReference: 'K-1001',
    terms: { dueDays: 14, note: 'Zahlbar innerhalb von 14 Tagen ohne Abzug.' },
    notes: ['Vielen Dank für Ihren Auftrag.'],
  };
}

/** The finalized documents of a scenario: the original and, when asked, its correction. */
export function documentsOf(scenario: DocumentScenario, sequence: NumberSequence = { prefix: 'RE-2026-', last: 41 }): FinalDocument[] {
  const first = finalizeDocument(createDocument(documentInputOf(scenario)), sequence);
  if (scenario.correction === null) return [first.document];
  const size = first.document.lines.length;
  const positions = [...new Set(scenario.correction.map((i) => i % size))];
  const draft = createCorrection(first.document, '2026-12-28', positions.length === 0 ? {} : { lines: positions });
  return [first.document, finalizeDocument(draft, first.sequence).document];
}

// ---------------------------------------------------------------------------------------------
// Cases for the e-invoice properties and the CI validation run (.ci/einvoice.ts): scenarios by
// VAT treatment with buyers abroad, OSS, mixed categories, credit notes of all-credit lines,
// Leitweg-IDs, texts that need escaping, discount terms, and documents without what only
// XRechnung needs (for the ZUGFeRD-only path).
// ---------------------------------------------------------------------------------------------

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

const CASE_BUYERS: Readonly<Record<'DE' | 'FR' | 'AT' | 'US' | 'CH', Party>> = {
  DE: { name: 'Muster & Söhne KG', address: { street: 'Hauptstraße 5', postcode: '80331', city: 'München', country: 'DE' }, vatId: 'DE987654321' },
  FR: { name: 'Dupont SARL', address: { street: '12 rue de la Paix', postcode: '75002', city: 'Paris', country: 'FR' }, vatId: 'FR40303265045' },
  AT: { name: 'Huber Handel GmbH', address: { street: 'Ringstraße 1', postcode: '1010', city: 'Wien', country: 'AT' }, vatId: 'ATU12345678' },
  US: { name: 'Acme Inc.', address: { street: '1 Market St', postcode: '94105', city: 'San Francisco', country: 'US' } },
  CH: { name: 'Berger AG', address: { postcode: '8001', city: 'Zürich', country: 'CH' } },
};

const { taxNumber: _taxNumber, ...SELLER_WITHOUT_TAX_NUMBER } = SELLER;

const CONSUMER_AT: Party = { name: 'Anna Gruber', address: { street: 'Gasse 3', postcode: '5020', city: 'Salzburg', country: 'AT' } };
const CONSUMER_DE: Party = { name: 'Max Mustermann', address: { street: 'Weg 7', postcode: '50667', city: 'Köln', country: 'DE' } };

const SMALL_BUSINESS_NOTE = 'Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.';

/** The VAT rules, buyer and seller of a scenario, and the rate its lines carry. */
function setting(scenario: VatScenario, consumer: boolean, pick: number): { vat: VatRules; buyer: Party; seller: Party; rate: (d: LineDraw) => 19 | 7 | 0 } {
  const german = (d: LineDraw): 19 | 7 | 0 => d.vatRate;
  const zeroRated: VatRules = { byItem: Object.fromEntries(['a0', 'b0', 'c0', 'd0', 'e0'].map((id, i) => [id, i % 2 === 0 ? { category: 'Z' as const } : { category: 'E' as const, reason: 'Steuerfrei nach § 4 Nr. 14 UStG', reasonCode: 'VATEX-EU-132' }])) };
  switch (scenario) {
    case 'domestic':
      return { vat: zeroRated, buyer: consumer ? CONSUMER_DE : CASE_BUYERS.DE, seller: pick % 2 === 0 ? SELLER : SELLER_WITHOUT_TAX_NUMBER, rate: german };
    case 'smallBusiness': {
      // A §19 small business often has a tax number and no VAT ID: its seller id (BT-29) identifies it (BR-CO-26).
      const { vatId: _drop, ...rest } = SELLER;
      return { vat: { default: { category: 'E', reason: SMALL_BUSINESS_NOTE } }, buyer: consumer ? CONSUMER_DE : CASE_BUYERS.DE, seller: { ...rest, taxNumber: '30/123/45678', id: 'HRB 12345' }, rate: german };
    }
    case 'reverseCharge':
      return { vat: { default: { category: 'AE' } }, buyer: CASE_BUYERS.FR, seller: SELLER, rate: german };
    case 'intraCommunity':
      return { vat: { default: { category: 'K' } }, buyer: pick % 2 === 0 ? CASE_BUYERS.AT : CASE_BUYERS.FR, seller: SELLER, rate: german };
    case 'export':
      return { vat: { default: { category: 'G' } }, buyer: pick % 2 === 0 ? CASE_BUYERS.US : CASE_BUYERS.CH, seller: SELLER, rate: german };
    case 'notSubject':
      return { vat: { default: { category: 'O' } }, buyer: CASE_BUYERS.US, seller: { ...SELLER, taxNumber: '30/123/45678', id: 'HRB 12345' }, rate: german };
    case 'oss':
      return { vat: { ...zeroRated, rates: { 19: 20, 7: 10 } }, buyer: consumer ? CONSUMER_AT : CASE_BUYERS.AT, seller: SELLER, rate: german };
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
      return { vat: { byItem }, buyer: CASE_BUYERS.FR, seller: SELLER, rate: german };
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
