import { describe, expect, it } from 'vitest';
import {
  allocateNumber, chargeLine, checkInvoiceContents, createInvoice, createCorrection, createDocument, finalizeDocument, revive, type DocumentInput,
} from '../../src/index.js';
import { expectTarifkitError } from '../arbitraries/core.js';
import { BUYERS, CREDIT_TRANSFER, DIRECT_DEBIT, SELLER, SMALL_SELLER } from '../arbitraries/documents.js';
import { BASE_LINES, baseInvoice } from './base.js';

const base: DocumentInput = { invoice: baseInvoice(), seller: SELLER, buyer: BUYERS.DE, payment: CREDIT_TRANSFER, buyerReference: 'K-1001' };
const totals = (doc: { netCents: number; vatCents: number; grossCents: number }) => [doc.netCents, doc.vatCents, doc.grossCents];

describe('createDocument (R27): the base document', () => {
  it('carries the five lines with their periods: net 46,82, VAT 8,90, gross 55,72', () => {
    expect(BASE_LINES.map((line) => line.cents)).toEqual([1770, 1180, 590, 647, 495]);
    const draft = createDocument(base);
    expect(totals(draft)).toEqual([4682, 890, 5572]);
    expect(draft.period).toEqual({ start: '2026-03-18', end: '2026-05-18' });
    expect([draft.status, draft.number, draft.type, draft.issuedOn, draft.dueOn]).toEqual(['draft', null, 'invoice', '2026-04-18', '2026-05-02']);
    expect(draft.breakdown).toEqual([{ category: 'S', vatRate: 19, netCents: 4682, vatCents: 890, grossCents: 5572, reason: null, reasonCode: null }]);
    expect(draft.lines[3]!.note).toBe('Anteilig Speicherpaket 10 GB ×2, 01.04.2026–17.04.2026, 17/31 Tage: 6,47 €');
    expect(createDocument({ ...base, locale: 'en' }).lines[4]!.note).toBe('Quantity increase pro rata Zusätzliche Benutzer ×2, 2026-04-05–2026-04-17, 13/31 days: €4.95');
    expect(draft.notes).toEqual([]);
  });

  it('direct debit keeps mandate, creditor ID and debited IBAN (BT-89, BT-90, BT-91)', () => {
    const draft = createDocument({ ...base, payment: { kind: 'directDebit', mandateReference: 'CRM-000123', creditorId: 'de98 zzz0 9999 9999 99', debitedIban: 'DE89 3704 0044 0532 0130 00' } });
    expect(draft.payment).toEqual({ kind: 'directDebit', mandateReference: 'CRM-000123', creditorId: 'DE98ZZZ09999999999', debitedIban: 'DE89370400440532013000' });
    expect(totals(draft)).toEqual([4682, 890, 5572]);
  });

  it('reverse charge (AE) to a French business: VAT 0,00, gross 46,82, with the note', () => {
    const draft = createDocument({ ...base, buyer: BUYERS.FR, vat: { default: { category: 'AE' } } });
    expect(totals(draft)).toEqual([4682, 0, 4682]);
    expect(draft.breakdown[0]).toMatchObject({ category: 'AE', vatRate: 0, reasonCode: 'VATEX-EU-AE' });
    expect(draft.notes).toEqual(['Steuerschuldnerschaft des Leistungsempfängers (§ 13b UStG) / Reverse charge: the recipient is liable for the VAT']);
  });

  it('an Austrian consumer under OSS at 20 %: VAT 9,36, gross 56,18', () => {
    const draft = createDocument({ ...base, buyer: BUYERS.AT, vat: { rates: { 19: 20, 7: 10 } } });
    expect(totals(draft)).toEqual([4682, 936, 5618]);
    expect(draft.lines.map((row) => row.vatRate)).toEqual([20, 20, 20, 20, 20]);
  });

  it('a § 19 small-business seller: exempt (E) with the note, no VAT', () => {
    const reason = 'Steuerbefreiung für Kleinunternehmer gemäß § 19 UStG';
    const draft = createDocument({ ...base, seller: SMALL_SELLER, vat: { default: { category: 'E', reason } } });
    expect(totals(draft)).toEqual([4682, 0, 4682]);
    expect(draft.breakdown).toEqual([{ category: 'E', vatRate: 0, netCents: 4682, vatCents: 0, grossCents: 4682, reason, reasonCode: null }]);
    expect(draft.notes).toEqual([reason]);
  });

  it('gross prices for a consumer: VAT out of the gross sum, net = gross − VAT, split over the lines', () => {
    const draft = createDocument({ ...base, invoice: baseInvoice('consumer'), buyer: BUYERS.AT });
    expect(totals(draft)).toEqual([3934, 748, 4682]);
    expect(draft.lines.map((row) => row.netCents)).toEqual([1487, 991, 496, 544, 416]);
    expect(draft.pricesAre).toBe('gross');
  });

  it('mixes categories per item: 0 % lines as Z or E, one group per category and rate', () => {
    const draft = createDocument({ ...base, vat: { byItem: { storage: { category: 'S', rate: 7 } } } });
    expect(draft.breakdown.map((g) => [g.category, g.vatRate, g.netCents, g.vatCents])).toEqual([['S', 19, 2855, 542], ['S', 7, 1827, 128]]);
    expect(totals(draft)).toEqual([4682, 670, 5352]);
  });

  it('a public buyer\'s Leitweg-ID becomes the buyer reference and electronic address', () => {
    const { electronicAddress: _drop, ...buyer } = BUYERS.DE;
    const { buyerReference: _ref, ...rest } = base;
    const draft = createDocument({ ...rest, buyer, leitwegId: '04011000-12345-03' });
    expect(draft.buyerReference).toBe('04011000-12345-03');
    expect(draft.buyer.electronicAddress).toEqual({ scheme: '0204', id: '04011000-12345-03' });
  });
});

describe('numbers, finalization and corrections (R27)', () => {
  it('allocates RE-2026-0042 after 41 and returns the next state', () => {
    expect(allocateNumber({ prefix: 'RE-2026-', last: 41 })).toEqual({ number: 'RE-2026-0042', sequence: { prefix: 'RE-2026-', last: 42, digits: 4 } });
    expect(allocateNumber({ prefix: 'R', last: 0, digits: 1 }).number).toBe('R1');
  });

  it('finalizes with the number, keeps the payment period when the invoice date moves', () => {
    const { document, sequence } = finalizeDocument(createDocument(base), { prefix: 'RE-2026-', last: 41 }, { issuedOn: '2026-04-20' });
    expect([document.status, document.number, document.issuedOn, document.dueOn]).toEqual(['final', 'RE-2026-0042', '2026-04-20', '2026-05-04']);
    expect(sequence.last).toBe(42);
    expectTarifkitError(() => finalizeDocument(document as never, sequence), 'INVALID_ARGUMENT', 'draft.status');
  });

  it('a correction (384) takes back the 6,47 line: −6,47 net, −1,23 VAT, −7,70 gross', () => {
    const { document: original, sequence } = finalizeDocument(createDocument(base), { prefix: 'RE-2026-', last: 41 });
    const draft = createCorrection(original, '2026-04-24', { lines: [3] });
    expect(totals(draft)).toEqual([-647, -123, -770]);
    expect([draft.type, draft.precedingInvoice]).toEqual(['correction', { number: 'RE-2026-0042', issuedOn: '2026-04-18' }]);
    expect(draft.notes).toEqual(['Rechnungskorrektur zur Rechnung RE-2026-0042 vom 18.04.2026']);
    expect(draft.lines[0]!.note).toBe('Storno: Anteilig Speicherpaket 10 GB ×2, 01.04.2026–17.04.2026, 17/31 Tage: −6,47 €');
    const { document } = finalizeDocument(draft, sequence);
    expect(document.number).toBe('RE-2026-0043');
  });

  it('a credit note (381): a document whose total is in the customer\'s favour', () => {
    const { document: original } = finalizeDocument(createDocument(base), { prefix: 'RE-2026-', last: 41 });
    const back = createCorrection(original, '2026-04-24').lines.map((row) => row.line);
    const credit = createDocument({ ...base, invoice: createInvoice({ lines: back, customer: 'business', issuedOn: '2026-04-24' }) });
    expect([credit.type, ...totals(credit)]).toEqual(['creditNote', -4682, -890, -5572]);
  });

  it('stores and reads back drafts, finals and corrections', () => {
    const { document: original } = finalizeDocument(createDocument(base), { prefix: 'RE-2026-', last: 41 });
    for (const doc of [createDocument(base), original, createCorrection(original, '2026-05-01', { lines: [0, 3] })]) {
      const json = JSON.stringify(doc);
      expect(JSON.stringify(revive(JSON.parse(json), 'document'))).toBe(json);
    }
    const stored = JSON.parse(JSON.stringify(original));
    stored.breakdown[0].vatCents = 891;
    expectTarifkitError(() => revive(stored), 'INVALID_JSON', '$.breakdown.0.vatCents');
    const edited = JSON.parse(JSON.stringify(original));
    edited.lines[0].netCents = 1771;
    expectTarifkitError(() => revive(edited), 'INVALID_JSON', '$.lines.0.netCents');
  });

  it('a document tarifkit made passes at once; a copy, a JSON copy or a spread one is read in full, with the same result', () => {
    const sequence = { prefix: 'RE-2026-', last: 41 };
    for (const draft of [createDocument(base), createDocument({ ...base, buyer: BUYERS.AT, vat: { rates: { 19: 20, 7: 10 } }, terms: { dueDays: 30, note: 'Zahlbar in 30 Tagen.' } })]) {
      const made = finalizeDocument(draft, sequence, { issuedOn: '2026-04-20' });
      for (const copy of [JSON.parse(JSON.stringify(draft)), structuredClone(draft), { ...draft }]) {
        expect(JSON.stringify(finalizeDocument(copy, sequence, { issuedOn: '2026-04-20' }))).toBe(JSON.stringify(made));
      }
      // The finalized document is what building it from its parts gives: revive rebuilds it so.
      expect(JSON.stringify(revive(JSON.parse(JSON.stringify(made.document)), 'document'))).toBe(JSON.stringify(made.document));
      const correction = createCorrection(made.document, '2026-04-24');
      expect(JSON.stringify(createCorrection(JSON.parse(JSON.stringify(made.document)), '2026-04-24'))).toBe(JSON.stringify(correction));
    }
    const draft = createDocument(base);
    const spoiled = { ...draft, netCents: draft.netCents + 1 };
    expectTarifkitError(() => finalizeDocument(spoiled, sequence), 'INVALID_ARGUMENT', 'draft.netCents');
    const stored = JSON.parse(JSON.stringify(draft));
    stored.lines[0].netCents = 1771;
    expectTarifkitError(() => finalizeDocument(stored, sequence), 'INVALID_ARGUMENT', 'draft.lines.0.netCents');
  });
});

describe('§ 14 UStG contents (R27)', () => {
  it('lists what a draft lacks and relaxes small invoices (§ 33 UStDV)', () => {
    const { street: _s, ...address } = BUYERS.DE.address;
    const draft = createDocument({ ...base, buyer: { ...BUYERS.DE, address } });
    expect(checkInvoiceContents(draft, 'de')).toEqual({ complete: true, smallInvoice: true, missing: [] });
    const large = createDocument({ ...base, invoice: createInvoice({ lines: [...BASE_LINES, ...BASE_LINES, ...BASE_LINES, ...BASE_LINES, ...BASE_LINES], customer: 'business', issuedOn: '2026-04-18' }), buyer: { ...BUYERS.DE, address } });
    expect(checkInvoiceContents(large, 'de').missing.map((gap) => [gap.field, gap.paragraph])).toEqual([
      ['buyer.address.street', '§ 14 Abs. 4 Nr. 1 UStG'], ['number', '§ 14 Abs. 4 Nr. 4 UStG'],
    ]);
    const final = finalizeDocument(createDocument(base), { prefix: 'RE-', last: 0 }).document;
    expect(checkInvoiceContents(final, 'en')).toEqual({ complete: true, smallInvoice: true, missing: [] });
  });

  it('reverse charge with a reason of the caller\'s own needs the § 14a words', () => {
    const draft = createDocument({ ...base, buyer: BUYERS.FR, vat: { default: { category: 'AE', reason: 'Reverse charge' } } });
    expect(checkInvoiceContents(draft, 'en').missing.map((gap) => gap.paragraph)).toEqual(['§ 14 Abs. 4 Nr. 4 UStG', '§ 14a Abs. 5 UStG']);
  });
});

describe('bad input: a typed error naming the field', () => {
  it('refuses what the law or the rules forbid', () => {
    const { vatId: _v, taxNumber: _t, ...noIds } = SELLER;
    expectTarifkitError(() => createDocument({ ...base, seller: noIds }), 'MISSING_TAX_ID', 'input.seller.vatId');
    expectTarifkitError(() => createDocument({ ...base, buyer: BUYERS.AT, vat: { default: { category: 'AE' } } }), 'MISSING_TAX_ID', 'input.buyer.vatId');
    expectTarifkitError(() => createDocument({ ...base, payment: { kind: 'creditTransfer', iban: 'DE02120300000000202052' } }), 'INVALID_IBAN', 'input.payment.iban');
    expectTarifkitError(() => createDocument({ ...base, payment: { ...DIRECT_DEBIT, creditorId: 'DE99ZZZ09999999999' } as never }), 'INVALID_CREDITOR_ID', 'input.payment.creditorId');
    expectTarifkitError(() => createDocument({ ...base, payment: { ...DIRECT_DEBIT, mandateReference: 'ÄÖÜ' } as never }), 'INVALID_MANDATE', 'input.payment.mandateReference');
    expectTarifkitError(() => createDocument({ ...base, leitwegId: '04011000-12345-04' }), 'INVALID_LEITWEG_ID', 'input.leitwegId');
    expectTarifkitError(() => createDocument({ ...base, leitwegId: '0401100012345' }), 'INVALID_LEITWEG_ID', 'input.leitwegId');
    expectTarifkitError(() => createDocument({ ...base, vat: { default: { category: 'S', rate: 0 } } }), 'VAT_CATEGORY_MISMATCH', 'input.vat.default.rate');
    expectTarifkitError(() => createDocument({ ...base, vat: { default: { category: 'AE', rate: 19 } } }), 'VAT_CATEGORY_MISMATCH', 'input.vat.default.rate');
    expectTarifkitError(() => createDocument({ ...base, vat: { default: { category: 'E' } } }), 'VAT_CATEGORY_MISMATCH', 'input.vat.default.reason');
    expectTarifkitError(() => createDocument({ ...base, seller: { ...SELLER, address: { postcode: '1', city: 'x', country: 'Germany' } } }), 'INVALID_PARTY', 'input.seller.address.country');
    expectTarifkitError(() => createCorrection(createDocument(base) as never, '2026-05-01'), 'MISSING_ORIGINAL', 'original');
    expectTarifkitError(() => createCorrection(undefined as never, '2026-05-01'), 'MISSING_ORIGINAL', 'original');
    expectTarifkitError(() => allocateNumber({ prefix: 'RE-', last: 9999 }), 'INVALID_SEQUENCE', 'sequence.last');
    expectTarifkitError(() => allocateNumber({ prefix: 'RE-2026', last: 1 }), 'INVALID_SEQUENCE', 'sequence.prefix');
    expectTarifkitError(() => allocateNumber({ prefix: 'RE-', last: -1 }), 'INVALID_SEQUENCE', 'sequence.last');
  });

  it('refuses a line at 0 % without a category (S at 0 %)', () => {
    const free = chargeLine({ item: { id: 'free', name: 'Kostenlos', unitCents: 100, vatRate: 0 } });
    expectTarifkitError(() => createDocument({ ...base, invoice: createInvoice({ lines: [free], customer: 'business', issuedOn: '2026-04-18' }) }), 'VAT_CATEGORY_MISMATCH', 'input.invoice.lines.0.item.vatRate');
  });
});
