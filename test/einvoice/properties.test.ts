/**
 * The arithmetic rules of EN 16931 as properties of the XML (R28), for random
 * finalized documents of every VAT category, corrections and credit notes, in
 * all three formats: read back from the XML text, the line nets add up to
 * BT-106, the groups to the totals, quantity × price is the line net, and the
 * amounts are the document's (with the sign of a credit note turned).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toXRechnungCii, toXRechnungUbl, toZugferd } from '../../src/einvoice/index.js';
import { isTarifkitError, type FinalDocument } from '../../src/index.js';
import { RUNS } from '../arbitraries/core.js';
import { documentCaseArb, type DocumentCase } from '../arbitraries/documents.js';
import { all, centsOf, deep, one, parseXml, texts, type XmlNode } from './xmlTree.js';

/** What the XML says, in cents and ISO dates, whatever its syntax. */
interface Figures {
  readonly lines: readonly { net: number; quantity: number; price: number; category: string; rate: string; start: string | null; last: string | null; name: string; note: string }[];
  readonly groups: readonly { category: string; rate: string; basis: number; vat: number }[];
  readonly lineTotal: number;
  readonly taxBasis: number;
  readonly vat: number;
  readonly gross: number;
  readonly due: number;
  readonly period: readonly [string, string] | null;
  readonly typeCode: string;
}

const iso = (compact: string): string => `${compact.slice(0, 4)}-${compact.slice(4, 6)}-${compact.slice(6, 8)}`;
const maybe = (node: XmlNode, path: string): string | null => (all(node, path).length === 0 ? null : one(node, path));

function ciiFigures(root: XmlNode): Figures {
  const t = 'rsm:SupplyChainTradeTransaction';
  const s = `${t}/ram:ApplicableHeaderTradeSettlement`;
  const sum = `${s}/ram:SpecifiedTradeSettlementHeaderMonetarySummation`;
  const date = (node: XmlNode, path: string): string | null => {
    const text = maybe(node, `${path}/udt:DateTimeString`);
    return text === null ? null : iso(text);
  };
  return {
    lines: all(root, `${t}/ram:IncludedSupplyChainTradeLineItem`).map((line) => ({
      net: centsOf(one(line, 'ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount')),
      quantity: Number(one(line, 'ram:SpecifiedLineTradeDelivery/ram:BilledQuantity')),
      price: centsOf(one(line, 'ram:SpecifiedLineTradeAgreement/ram:NetPriceProductTradePrice/ram:ChargeAmount')),
      category: one(line, 'ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax/ram:CategoryCode'),
      rate: maybe(line, 'ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax/ram:RateApplicablePercent') ?? '0',
      start: date(line, 'ram:SpecifiedLineTradeSettlement/ram:BillingSpecifiedPeriod/ram:StartDateTime'),
      last: date(line, 'ram:SpecifiedLineTradeSettlement/ram:BillingSpecifiedPeriod/ram:EndDateTime'),
      name: one(line, 'ram:SpecifiedTradeProduct/ram:Name'),
      note: maybe(line, 'ram:AssociatedDocumentLineDocument/ram:IncludedNote/ram:Content') ?? '',
    })),
    groups: all(root, `${s}/ram:ApplicableTradeTax`).map((group) => ({
      category: one(group, 'ram:CategoryCode'), rate: one(group, 'ram:RateApplicablePercent'),
      basis: centsOf(one(group, 'ram:BasisAmount')), vat: centsOf(one(group, 'ram:CalculatedAmount')),
    })),
    lineTotal: centsOf(one(root, `${sum}/ram:LineTotalAmount`)),
    taxBasis: centsOf(one(root, `${sum}/ram:TaxBasisTotalAmount`)),
    vat: centsOf(one(root, `${sum}/ram:TaxTotalAmount`)),
    gross: centsOf(one(root, `${sum}/ram:GrandTotalAmount`)),
    due: centsOf(one(root, `${sum}/ram:DuePayableAmount`)),
    period: all(root, `${s}/ram:BillingSpecifiedPeriod`).length === 0 ? null : [date(root, `${s}/ram:BillingSpecifiedPeriod/ram:StartDateTime`) as string, date(root, `${s}/ram:BillingSpecifiedPeriod/ram:EndDateTime`) as string],
    typeCode: one(root, 'rsm:ExchangedDocument/ram:TypeCode'),
  };
}

function ublFigures(root: XmlNode): Figures {
  const credit = root.name === 'CreditNote';
  const total = (name: string): number => centsOf(one(root, `cac:LegalMonetaryTotal/cbc:${name}`));
  return {
    lines: all(root, credit ? 'cac:CreditNoteLine' : 'cac:InvoiceLine').map((line) => ({
      net: centsOf(one(line, 'cbc:LineExtensionAmount')),
      quantity: Number(one(line, credit ? 'cbc:CreditedQuantity' : 'cbc:InvoicedQuantity')),
      price: centsOf(one(line, 'cac:Price/cbc:PriceAmount')),
      category: one(line, 'cac:Item/cac:ClassifiedTaxCategory/cbc:ID'),
      rate: maybe(line, 'cac:Item/cac:ClassifiedTaxCategory/cbc:Percent') ?? '0',
      start: maybe(line, 'cac:InvoicePeriod/cbc:StartDate'),
      last: maybe(line, 'cac:InvoicePeriod/cbc:EndDate'),
      name: one(line, 'cac:Item/cbc:Name'),
      note: maybe(line, 'cbc:Note') ?? '',
    })),
    groups: all(root, 'cac:TaxTotal/cac:TaxSubtotal').map((group) => ({
      category: one(group, 'cac:TaxCategory/cbc:ID'), rate: one(group, 'cac:TaxCategory/cbc:Percent'),
      basis: centsOf(one(group, 'cbc:TaxableAmount')), vat: centsOf(one(group, 'cbc:TaxAmount')),
    })),
    lineTotal: total('LineExtensionAmount'),
    taxBasis: total('TaxExclusiveAmount'),
    vat: centsOf(one(root, 'cac:TaxTotal/cbc:TaxAmount')),
    gross: total('TaxInclusiveAmount'),
    due: total('PayableAmount'),
    period: all(root, 'cac:InvoicePeriod').length === 0 ? null : [one(root, 'cac:InvoicePeriod/cbc:StartDate'), one(root, 'cac:InvoicePeriod/cbc:EndDate')],
    typeCode: one(root, credit ? 'cbc:CreditNoteTypeCode' : 'cbc:InvoiceTypeCode'),
  };
}

/** Every format a case is written in, with what its XML says. */
function written(kase: DocumentCase, document: FinalDocument): { format: string; root: XmlNode; figures: Figures }[] {
  const out = [{ format: 'ZUGFeRD', xml: toZugferd(document), read: ciiFigures }];
  if (kase.xrechnung) out.push({ format: 'XRechnung CII', xml: toXRechnungCii(document), read: ciiFigures }, { format: 'XRechnung UBL', xml: toXRechnungUbl(document), read: ublFigures });
  return out.map(({ format, xml, read }) => {
    const root = parseXml(xml);
    return { format, root, figures: read(root) };
  });
}

const sumOf = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

describe('e-invoices of random finalized documents, read back from the XML', () => {
  it('the sums hold to the cent: the line nets add up to BT-106 = BT-109, each VAT group is the sum of its lines by category and rate, the groups add up to BT-110, and BT-112 = BT-115 = net + VAT (BR-CO-10 … BR-CO-17, BR-S-08, BR-S-09 and the like)', () => {
    fc.assert(fc.property(documentCaseArb, (kase) => {
      for (const document of kase.documents) {
        for (const { format, figures: f } of written(kase, document)) {
          expect(sumOf(f.lines.map((line) => line.net)), format).toBe(f.lineTotal);
          expect(f.taxBasis, format).toBe(f.lineTotal);
          expect(sumOf(f.groups.map((group) => group.vat)), format).toBe(f.vat);
          expect(sumOf(f.groups.map((group) => group.basis)), format).toBe(f.taxBasis);
          expect(f.gross, format).toBe(f.taxBasis + f.vat);
          expect(f.due, format).toBe(f.gross);
          const keys = new Set(f.lines.map((line) => `${line.category} ${line.rate}`));
          expect(f.groups.map((group) => `${group.category} ${group.rate}`).sort(), format).toEqual([...keys].sort());
          for (const group of f.groups) {
            const lines = f.lines.filter((line) => line.category === group.category && line.rate === group.rate);
            expect(group.basis, format).toBe(sumOf(lines.map((line) => line.net)));
            if (group.category === 'S') {
              expect(Number(group.rate)).toBeGreaterThan(0);
              // Within one cent of net × rate: rounded once on the net, or taken out of the gross for gross prices.
              expect(Math.abs(Math.abs(group.vat) - Math.abs(group.basis) * Number(group.rate) / 100), format).toBeLessThanOrEqual(1);
            } else {
              // Only S carries VAT.
              expect([group.rate, group.vat], format).toEqual(['0', 0]);
            }
          }
        }
      }
    }), RUNS);
  });

  it('every line is written as the document has it: quantity × price = net with a price that is not negative (PEPPOL-EN16931-R120, BR-27), its name and note as they are, its service range with its last day within the invoice period (BT-134, BT-135, BG-14)', () => {
    fc.assert(fc.property(documentCaseArb, (kase) => {
      for (const document of kase.documents) {
        for (const { format, figures } of written(kase, document)) {
          expect(figures.lines.map((line) => [line.name, line.note]), format).toEqual(document.lines.map((line) => [line.line.item.name, line.note]));
          for (const [i, line] of figures.lines.entries()) {
            expect(Number.isInteger(line.quantity), format).toBe(true);
            expect(line.price, format).toBeGreaterThanOrEqual(0);
            expect(line.quantity * line.price, format).toBe(line.net);
            const range = (document.lines[i] as FinalDocument['lines'][number]).line.range;
            expect(line.start, format).toBe(range?.start ?? null);
            if (line.start === null || line.last === null) continue;
            expect(line.start <= line.last).toBe(true);
            expect(figures.period).not.toBeNull();
            const [start, last] = figures.period as readonly [string, string];
            expect(start <= line.start && line.last <= last, format).toBe(true);
          }
        }
      }
    }), RUNS);
  });

  it('the amounts are the document\'s (as stored for 380 and 384, with the sign turned for a credit note, 381); category O shows no VAT ID (BR-O-02); K names the deliver-to country and a delivery date or period (BR-IC-11, BR-IC-12)', () => {
    fc.assert(fc.property(documentCaseArb, (kase) => {
      for (const document of kase.documents) {
        const sign = document.type === 'creditNote' ? -1 : 1;
        const code = { invoice: '380', correction: '384', creditNote: '381' }[document.type];
        const categories = new Set(document.lines.map((line) => line.category));
        for (const { format, root, figures } of written(kase, document)) {
          expect(figures.typeCode, format).toBe(code);
          expect([figures.lineTotal, figures.vat, figures.gross], format).toEqual([sign * document.netCents + 0, sign * document.vatCents + 0, sign * document.grossCents + 0]);
          expect(figures.lines.map((line) => line.net), format).toEqual(document.lines.map((line) => sign * line.netCents + 0));
          expect(figures.groups.map((group) => [group.basis, group.vat]), format).toEqual(document.breakdown.map((group) => [sign * group.netCents + 0, sign * group.vatCents + 0]));
          const vatIds = format === 'XRechnung UBL'
            ? deep(root, 'cac:PartyTaxScheme').filter((scheme) => texts(scheme, 'cac:TaxScheme/cbc:ID').includes('VAT'))
            : deep(root, 'ram:ID').filter((node) => node.attributes['schemeID'] === 'VA');
          if (categories.has('O')) expect(vatIds, format).toEqual([]);
          if (categories.has('K')) {
            const country = format === 'XRechnung UBL'
              ? one(root, 'cac:Delivery/cac:DeliveryLocation/cac:Address/cac:Country/cbc:IdentificationCode')
              : one(root, 'rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeDelivery/ram:ShipToTradeParty/ram:PostalTradeAddress/ram:CountryID');
            expect(country, format).toBe(document.buyer.address.country);
            const delivered = format === 'XRechnung UBL'
              ? all(root, 'cac:Delivery/cbc:ActualDeliveryDate')
              : all(root, 'rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeDelivery/ram:ActualDeliverySupplyChainEvent');
            expect(delivered.length + (figures.period === null ? 0 : 1), format).toBe(1);
          }
        }
      }
    }), RUNS);
  });

  it('a document without what only XRechnung needs is refused by both XRechnung writers with EINVOICE_INCOMPLETE', () => {
    fc.assert(fc.property(documentCaseArb.filter((kase) => !kase.xrechnung), (kase) => {
      for (const document of kase.documents) {
        for (const write of [toXRechnungCii, toXRechnungUbl]) {
          let error: unknown;
          try {
            write(document);
          } catch (caught) {
            error = caught;
          }
          expect(isTarifkitError(error, 'EINVOICE_INCOMPLETE')).toBe(true);
        }
      }
    }), { numRuns: Math.max(1, Math.floor(RUNS.numRuns / 10)) });
  });

  it('a document tarifkit made and its JSON copy, which is read in full, give the same XML in every format, or the same error', () => {
    const outcome = (write: (document: FinalDocument) => string, document: FinalDocument): string => {
      try {
        return write(document);
      } catch (error) {
        return isTarifkitError(error) ? `${error.code} ${String(error.details.field)}` : `not a TarifkitError: ${String(error)}`;
      }
    };
    fc.assert(fc.property(documentCaseArb, (kase) => {
      for (const document of kase.documents) {
        const copy = JSON.parse(JSON.stringify(document)) as FinalDocument;
        for (const write of [toXRechnungCii, toXRechnungUbl, toZugferd]) expect(outcome(write, document)).toBe(outcome(write, copy));
      }
    }), RUNS);
  });
});
