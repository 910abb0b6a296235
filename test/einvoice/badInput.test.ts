/**
 * What the e-invoice writers refuse (R27, R28): anything that is no document
 * (INVALID_ARGUMENT), a draft (NOT_FINALIZED), a document that lacks what the
 * format requires (EINVOICE_INCOMPLETE naming the field, never an invalid
 * file), and hand-made documents whose amounts do not add up.
 */
import { describe, expect, it } from 'vitest';
import { toXRechnungCii, toXRechnungUbl, toZugferd } from '../../src/einvoice/index.js';
import { createDocument, createInvoice, type FinalDocument } from '../../src/index.js';
import { expectTarifkitError } from '../arbitraries/core.js';
import { BASE, BASE_LINES, BUYER, SELLER, TRANSFER } from './fixtures.js';

const WRITERS = { toXRechnungCii, toXRechnungUbl, toZugferd } as const;
const XRECHNUNG = { toXRechnungCii, toXRechnungUbl } as const;

/** The base document with some fields replaced, as a caller might hand-make it. */
function changed(changes: Record<string, unknown>): FinalDocument {
  return { ...BASE, ...changes } as FinalDocument;
}

describe.each(Object.entries(WRITERS))('%s refuses', (_name, write) => {
  it('anything that is no document: INVALID_ARGUMENT naming document', () => {
    for (const value of [undefined, null, 42, 'RE-2026-0042', [], [BASE], () => BASE]) {
      expectTarifkitError(() => write(value as never), 'INVALID_ARGUMENT', 'document');
    }
    expectTarifkitError(() => write(BASE.lines[0] as never), 'INVALID_ARGUMENT', 'document.kind');
    expectTarifkitError(() => write(changed({ kind: 'invoice' })), 'INVALID_ARGUMENT', 'document.kind');
    expectTarifkitError(() => write(changed({ tarifkit: 2 })), 'INVALID_ARGUMENT', 'document.tarifkit');
    expectTarifkitError(() => write(changed({ type: 'proforma' })), 'INVALID_ARGUMENT', 'document.type');
  });

  it('a draft: NOT_FINALIZED, also for a final document without its number', () => {
    const draft = createDocument({ invoice: createInvoice({ lines: BASE_LINES, customer: 'business', issuedOn: '2026-04-18' }), seller: SELLER, buyer: BUYER, payment: TRANSFER, buyerReference: 'K-10042' });
    expectTarifkitError(() => write(draft as never), 'NOT_FINALIZED', 'document.status');
    expectTarifkitError(() => write(changed({ number: null })), 'NOT_FINALIZED', 'document.number');
    expectTarifkitError(() => write(changed({ status: 'sent' })), 'INVALID_ARGUMENT', 'document.status');
  });

  it('a seller that neither a VAT ID nor an id identifies (BR-CO-26): EINVOICE_INCOMPLETE naming document.seller.id', () => {
    const { vatId: _vatId, ...seller } = SELLER;
    expectTarifkitError(() => write(changed({ seller })), 'EINVOICE_INCOMPLETE', 'document.seller.id');
  });

  it('tax ids the categories need: MISSING_TAX_ID naming the party\'s field', () => {
    const { vatId: _vatId, taxNumber: _taxNumber, ...bare } = SELLER;
    expectTarifkitError(() => write(changed({ seller: { ...bare, id: 'HRB 1' } })), 'MISSING_TAX_ID', 'document.seller.taxNumber');
    const { vatId: _buyerVatId, ...buyer } = BUYER;
    const reverse = changed({ buyer, lines: BASE.lines.map((line) => ({ ...line, category: 'AE', vatRate: 0 })), breakdown: [{ category: 'AE', vatRate: 0, netCents: 4682, vatCents: 0, grossCents: 4682, reason: 'Reverse charge', reasonCode: 'VATEX-EU-AE' }], vatCents: 0, grossCents: 4682 });
    expectTarifkitError(() => write(reverse), 'MISSING_TAX_ID', 'document.buyer.vatId');
  });

  it('a correction without its original, and a document without lines: EINVOICE_INCOMPLETE', () => {
    expectTarifkitError(() => write(changed({ type: 'correction' })), 'EINVOICE_INCOMPLETE', 'document.precedingInvoice');
    expectTarifkitError(() => write(changed({ lines: [], breakdown: [], netCents: 0, vatCents: 0, grossCents: 0 })), 'EINVOICE_INCOMPLETE', 'document.lines');
  });

  it('amounts that do not add up as EN 16931 checks them (BR-CO-10 … BR-CO-17): INVALID_ARGUMENT naming the amount', () => {
    expectTarifkitError(() => write(changed({ netCents: 4683 })), 'INVALID_ARGUMENT', 'document.netCents');
    expectTarifkitError(() => write(changed({ vatCents: 891, grossCents: 5573 })), 'INVALID_ARGUMENT', 'document.vatCents');
    expectTarifkitError(() => write(changed({ grossCents: 5573 })), 'INVALID_ARGUMENT', 'document.grossCents');
    const group = BASE.breakdown[0] as FinalDocument['breakdown'][number];
    expectTarifkitError(() => write(changed({ breakdown: [{ ...group, netCents: 4681 }] })), 'INVALID_ARGUMENT', 'document.breakdown.0.netCents');
    expectTarifkitError(() => write(changed({ breakdown: [{ ...group, vatCents: 1000 }], vatCents: 1000, grossCents: 5682 })), 'INVALID_ARGUMENT', 'document.breakdown.0.vatCents');
    expectTarifkitError(() => write(changed({ breakdown: [group, group] })), 'INVALID_ARGUMENT', 'document.breakdown.1.netCents');
    expectTarifkitError(() => write(changed({ breakdown: [] })), 'INVALID_ARGUMENT', 'document.breakdown');
  });

  it('a category that contradicts its rate, or O beside another category: VAT_CATEGORY_MISMATCH', () => {
    const lines = BASE.lines.map((line, i) => (i === 0 ? { ...line, vatRate: 0 } : line));
    expectTarifkitError(() => write(changed({ lines })), 'VAT_CATEGORY_MISMATCH', 'document.lines.0.vatRate');
    // 17,70 not subject to VAT beside 29,12 at 19 % (VAT 5,53): each group adds up, but O must stand alone (BR-O-11).
    const mixed = BASE.lines.map((line, i) => (i === 0 ? { ...line, category: 'O', vatRate: 0 } : line));
    const breakdown = [
      { category: 'O', vatRate: 0, netCents: 1770, vatCents: 0, grossCents: 1770, reason: 'Nicht steuerbar', reasonCode: 'VATEX-EU-O' },
      { category: 'S', vatRate: 19, netCents: 2912, vatCents: 553, grossCents: 3465, reason: null, reasonCode: null },
    ];
    expectTarifkitError(() => write(changed({ lines: mixed, breakdown, vatCents: 553, grossCents: 5235 })), 'VAT_CATEGORY_MISMATCH', 'document.lines');
  });

  it('texts XML cannot carry, dates that are none, and a line outside the invoice period', () => {
    const name = (text: string): FinalDocument => changed({ lines: BASE.lines.map((line, i) => (i === 2 ? { ...line, line: { ...line.line, item: { ...line.line.item, name: text } } } : line)) });
    expectTarifkitError(() => write(name('Benutzer\u0000')), 'INVALID_ARGUMENT', 'document.lines.2.line.item.name');
    expectTarifkitError(() => write(name('\ud800 half a pair')), 'INVALID_ARGUMENT', 'document.lines.2.line.item.name');
    expectTarifkitError(() => write(name('   ')), 'INVALID_ARGUMENT', 'document.lines.2.line.item.name');
    expectTarifkitError(() => write(changed({ issuedOn: '2026-02-30' })), 'INVALID_DATE', 'document.issuedOn');
    expectTarifkitError(() => write(changed({ dueOn: '2026-05-02T00:00' })), 'INVALID_DATE', 'document.dueOn');
    expectTarifkitError(() => write(changed({ period: { start: '2026-04-01', end: '2026-05-18' } })), 'INVALID_ARGUMENT', 'document.period');
    expectTarifkitError(() => write(changed({ period: { start: '2026-05-18', end: '2026-03-18' } })), 'END_BEFORE_START', 'document.period');
  });

  it('payment means with a wrong checksum or of no known kind', () => {
    expectTarifkitError(() => write(changed({ payment: { ...TRANSFER, iban: 'DE03120300000000202051' } })), 'INVALID_IBAN', 'document.payment.iban');
    expectTarifkitError(() => write(changed({ payment: { kind: 'directDebit', mandateReference: 'M1', creditorId: 'DE99ZZZ09999999999', debitedIban: 'DE02120300000000202051' } })), 'INVALID_CREDITOR_ID', 'document.payment.creditorId');
    expectTarifkitError(() => write(changed({ payment: { kind: 'directDebit', mandateReference: 'M#1', creditorId: 'DE98ZZZ09999999999', debitedIban: 'DE02120300000000202051' } })), 'INVALID_MANDATE', 'document.payment.mandateReference');
    expectTarifkitError(() => write(changed({ payment: { kind: 'cash' } })), 'INVALID_ARGUMENT', 'document.payment.kind');
  });
});

describe.each(Object.entries(XRECHNUNG))('%s refuses what XRechnung requires beyond EN 16931, naming the field (ZUGFeRD writes these documents)', (_name, write) => {
  const { contact: _contact, ...withoutContact } = SELLER;
  const { electronicAddress: _sellerAddress, ...sellerWithoutAddress } = SELLER;
  const { electronicAddress: _buyerAddress, ...buyerWithoutAddress } = BUYER;
  const cases: readonly [string, FinalDocument][] = [
    ['document.buyerReference', changed({ buyerReference: null })],
    ['document.seller.contact', changed({ seller: withoutContact })],
    ['document.seller.contact.phone', changed({ seller: { ...SELLER, contact: { name: 'Buchhaltung', email: 'a@b.example' } } })],
    ['document.seller.contact.email', changed({ seller: { ...SELLER, contact: { name: 'Buchhaltung', phone: '030 123' } } })],
    ['document.seller.electronicAddress', changed({ seller: sellerWithoutAddress })],
    ['document.buyer.electronicAddress', changed({ buyer: buyerWithoutAddress })],
  ];
  it.each(cases)('%s', (field, document) => {
    expectTarifkitError(() => write(document), 'EINVOICE_INCOMPLETE', field);
    expect(toZugferd(document)).toContain('<ram:GrandTotalAmount>55.72</ram:GrandTotalAmount>');
  });

  it('a seller contact whose phone has fewer than three digits or whose email is none (BR-DE-27, BR-DE-28): INVALID_PARTY', () => {
    expectTarifkitError(() => write(changed({ seller: { ...SELLER, contact: { name: 'Buchhaltung', phone: 'on request', email: 'a@b.example' } } })), 'INVALID_PARTY', 'document.seller.contact.phone');
    expectTarifkitError(() => write(changed({ seller: { ...SELLER, contact: { name: 'Buchhaltung', phone: '01', email: 'buchhaltung@localhost' } } })), 'INVALID_PARTY', 'document.seller.contact.phone');
    expectTarifkitError(() => write(changed({ seller: { ...SELLER, contact: { name: 'Buchhaltung', phone: '030 123', email: 'buchhaltung@localhost' } } })), 'INVALID_PARTY', 'document.seller.contact.email');
  });

  it('a payment terms line starting with # that is no discount line #SKONTO#TAGE=n#PROZENT=n.nn# (BR-DE-18): INVALID_ARGUMENT', () => {
    expectTarifkitError(() => write(changed({ termsNote: '#2 % Skonto bei Zahlung in 7 Tagen' })), 'INVALID_ARGUMENT', 'document.termsNote');
    expectTarifkitError(() => write(changed({ termsNote: '#SKONTO#TAGE=7#PROZENT=2.00#' })), 'INVALID_ARGUMENT', 'document.termsNote');
    expect(write(changed({ termsNote: '#SKONTO#TAGE=7#PROZENT=2.00#\n' }))).toContain('#SKONTO#TAGE=7#PROZENT=2.00#\n</ram:Description>'.replace('ram:Description', write === toXRechnungUbl ? 'cbc:Note' : 'ram:Description'));
    expect(toZugferd(changed({ termsNote: '#2 % Skonto' }))).toContain('#2 % Skonto');
  });
});
