/**
 * Random invoice documents for properties and e-invoice checks: lines at 19, 7
 * and 0 %, charges and credits, dated and undated, every VAT category, credit
 * transfer and direct debit, business (net) and consumer (gross) prices, and
 * corrections of part or all of a finalized original.
 */
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
