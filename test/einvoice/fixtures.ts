/**
 * Finalized documents for the e-invoice tests, made with the public API. The
 * base document is the CRM add-on account closed on 2026-04-18 for a business:
 * lines 17,70, 11,80, 5,90, 6,47 and 4,95 (19 %), net 46,82, VAT 8,90, gross
 * 55,72, invoice period 2026-03-18 to 2026-05-17. The variants are the ones an
 * e-invoice must carry: direct debit, reverse charge, OSS, §19 UStG, a
 * correction and a credit note.
 */
import {
  chargeLine, createCorrection, createDocument, createInvoice, finalizeDocument,
  type DocumentInput, type FinalDocument, type Line, type Party, type PaymentMeans,
} from '../../src/index.js';

export const SELLER: Party = {
  name: 'CloudCRM GmbH',
  address: { street: 'Friedrichstraße 123', postcode: '10117', city: 'Berlin', country: 'DE' },
  vatId: 'DE123456789',
  taxNumber: '30/123/45678',
  electronicAddress: { scheme: 'EM', id: 'rechnung@cloudcrm.example' },
  contact: { name: 'Buchhaltung', phone: '+49 30 1234567', email: 'buchhaltung@cloudcrm.example' },
};

export const BUYER: Party = {
  name: 'Muster & Söhne KG',
  address: { street: 'Hauptstraße 5', postcode: '80331', city: 'München', country: 'DE' },
  vatId: 'DE987654321',
  electronicAddress: { scheme: 'EM', id: 'eingang@muster.example' },
  id: 'K-10042',
};

export const FRENCH_BUYER: Party = {
  name: 'Dupont SARL',
  address: { street: '12 rue de la Paix', postcode: '75002', city: 'Paris', country: 'FR' },
  vatId: 'FR40303265045',
  electronicAddress: { scheme: 'EM', id: 'factures@dupont.example' },
};

export const TRANSFER: PaymentMeans = { kind: 'creditTransfer', iban: 'DE02120300000000202051', bic: 'BYLADEM1001', accountName: 'CloudCRM GmbH' };
export const DEBIT: PaymentMeans = { kind: 'directDebit', mandateReference: 'CRM-000123', creditorId: 'DE98ZZZ09999999999', debitedIban: 'DE02500105170137075030' };

const users = { id: 'users', name: 'Zusätzliche Benutzer', unitCents: 590, vatRate: 19 } as const;
const storage = { id: 'storage', name: 'Speicherpaket 10 GB', unitCents: 590, vatRate: 19 } as const;
const march = { start: '2026-03-18', end: '2026-04-18' };
const april = { start: '2026-04-18', end: '2026-05-18' };

/** The five lines of the base document: 17,70, 11,80, 5,90, 6,47 and 4,95. */
export const BASE_LINES: readonly Line[] = [
  chargeLine({ item: users, quantity: 3, range: april }),
  chargeLine({ item: storage, quantity: 2, range: april }),
  chargeLine({ item: users, quantity: 1, range: march }),
  chargeLine({ item: storage, quantity: 2, range: { start: '2026-04-01', end: '2026-04-18' }, period: march }),
  chargeLine({ item: users, quantity: 1, range: { start: '2026-03-23', end: '2026-04-18' }, period: march }),
];

/** A finalized document of the base lines (or others), number RE-2026-0042 unless the sequence says otherwise. */
export function finalOf(changes: Partial<DocumentInput> = {}, lines: readonly Line[] = BASE_LINES, customer: 'business' | 'consumer' = 'business'): FinalDocument {
  const draft = createDocument({
    invoice: createInvoice({ lines, customer, issuedOn: '2026-04-18' }),
    seller: SELLER,
    buyer: BUYER,
    payment: TRANSFER,
    buyerReference: 'K-10042',
    terms: { dueDays: 14, note: 'Zahlbar innerhalb von 14 Tagen ohne Abzug.' },
    ...changes,
  });
  return finalizeDocument(draft, { prefix: 'RE-2026-', last: 41 }).document;
}

/** The base document: credit transfer. */
export const BASE: FinalDocument = finalOf();

/** The base document paid by SEPA direct debit. */
export const DIRECT_DEBIT: FinalDocument = finalOf({ payment: DEBIT });

/** Reverse charge (AE) to a French business: no VAT, the §13b note. */
export const REVERSE_CHARGE: FinalDocument = finalOf({ buyer: FRENCH_BUYER, vat: { default: { category: 'AE' } } });

/** Intra-community supply (K) to a French business. */
export const INTRA_COMMUNITY: FinalDocument = finalOf({ buyer: FRENCH_BUYER, vat: { default: { category: 'K' } } });

/** An Austrian business under the OSS rate table: 19 % lines at 20 %. */
export const OSS: FinalDocument = finalOf({
  buyer: { ...BUYER, name: 'Huber Handel GmbH', address: { street: 'Ringstraße 1', postcode: '1010', city: 'Wien', country: 'AT' }, vatId: 'ATU12345678' },
  vat: { rates: { 19: 20 } },
});

/** A §19 UStG small business: a tax number and a seller id, no VAT ID; category E with its note. */
const { vatId: _sellerVatId, ...SELLER_WITHOUT_VAT_ID } = SELLER;
export const SMALL_BUSINESS: FinalDocument = finalOf({
  seller: { ...SELLER_WITHOUT_VAT_ID, id: 'HRB 12345' },
  vat: { default: { category: 'E', reason: 'Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.' } },
});

/** Not subject to VAT (O): the VAT IDs stay out of the XML. */
export const NOT_SUBJECT: FinalDocument = finalOf({
  seller: { ...SELLER, id: 'HRB 12345' },
  buyer: { ...BUYER, address: { street: '1 Market St', postcode: '94105', city: 'San Francisco', country: 'US' } },
  vat: { default: { category: 'O' } },
});

/** The correction (384) that takes back the 6,47 line: −6,47 net, −1,23 VAT, −7,70 gross. */
export const CORRECTION: FinalDocument = finalizeDocument(createCorrection(BASE, '2026-04-24', { lines: [3] }), { prefix: 'RE-2026-', last: 42 }).document;

/** A credit note (381): the customer gets 5,90 and 4,95 net back, −10,85 net, −2,06 VAT, −12,91 gross as stored. */
export const CREDIT_NOTE: FinalDocument = finalOf({}, [
  chargeLine({ item: users, quantity: 1, range: march, credit: true }),
  chargeLine({ item: users, quantity: 1, range: { start: '2026-03-23', end: '2026-04-18' }, period: march, credit: true }),
]);

/** A consumer's gross-priced invoice: the net is split over the lines so that net + VAT = gross. */
export const CONSUMER: FinalDocument = finalOf({
  buyer: { name: 'Max Mustermann', address: { street: 'Weg 7', postcode: '50667', city: 'Köln', country: 'DE' }, electronicAddress: { scheme: 'EM', id: 'max@example.de' } },
}, BASE_LINES, 'consumer');

/** The documents an e-invoice must carry, by name. */
export const VARIANTS: Readonly<Record<string, FinalDocument>> = {
  base: BASE, directDebit: DIRECT_DEBIT, reverseCharge: REVERSE_CHARGE, intraCommunity: INTRA_COMMUNITY, oss: OSS,
  smallBusiness: SMALL_BUSINESS, notSubject: NOT_SUBJECT, correction: CORRECTION, creditNote: CREDIT_NOTE, consumer: CONSUMER,
};
