/**
 * bench documents: 20,000 invoice documents (R27) and their XRechnung 3.0 CII
 * e-invoices (R28) through the public API (`createDocument`,
 * `finalizeDocument`, `toXRechnungCii`), against hand-written integer code
 * that numbers the same documents, computes the same VAT breakdown and writes
 * the same XML by string concatenation.
 *
 * Each invoice: a business customer (net prices), one of four buyers, one
 * seller, an invoice date on the first of a month of 2026 and 1 to 8 lines:
 * month charges (the whole month), pro-rata charges (from a day of the month
 * to its end, day-exact), one-off items and now and then a credit, at 19 %
 * and 7 % (category S), and at 0 % as category Z or as category E with its
 * exemption reason. An invoice whose total is in the customer's favour is a
 * credit note (381). Payment by credit transfer, due in 14 days, a payment
 * terms text and a note.
 *
 * Both sides read the same input records, built before timing: the invoices
 * (from `chargeLine` and `createInvoice`), the parties, the payment means and
 * the VAT rules. The library side creates each draft, finalizes it with the
 * next number of a running sequence (`RE-2026-000001` on) and writes its CII
 * XML. The baseline does the same on integers and ISO text: the number, each
 * line's net, category, rate and note (the German line sentence), the groups
 * per category and rate (net, VAT on the group's net rounded once half up,
 * gross), the totals, the invoice period, and the XML text. The check compares
 * all of it, invoice by invoice and line by line, and the XML byte for byte,
 * before timing; the timed rounds fold each document's number, totals and
 * XML (its length and a character from the middle, so the text is written out
 * in full) into a checksum.
 *
 * `BENCH_DOCUMENTS` (else `BENCH_CUSTOMERS`) sets the number of invoices.
 */
import {
  chargeLine,
  createDocument,
  createInvoice,
  finalizeDocument,
  type DocumentInput,
  type FinalDocument,
  type Invoice,
  type Line,
  type NumberSequence,
  type Party,
  type PaymentMeans,
  type PricedItem,
  type VatRules,
} from '../src/index.js';
import { toXRechnungCii } from '../src/einvoice/index.js';
import { civilToDays, dayOfIso, iso, isoDay, signedHalfUp } from './baseline.js';
import { firstDifference, mix, runBench, seeded } from './harness.js';

const DOCUMENTS = Number(process.env['BENCH_DOCUMENTS'] ?? process.env['BENCH_CUSTOMERS'] ?? 20_000);

/* ------------------------------------------------------------------ */
/* The workload.                                                       */
/* ------------------------------------------------------------------ */

/** A seller with everything XRechnung asks for. */
const SELLER: Party = {
  name: 'CloudCRM GmbH',
  address: { street: 'Hafenstraße 1', postcode: '20457', city: 'Hamburg', country: 'DE' },
  vatId: 'DE123456789',
  taxNumber: '22/815/08154',
  electronicAddress: { scheme: 'EM', id: 'rechnung@cloudcrm.example' },
  contact: { name: 'Buchhaltung', phone: '+49 40 1234567', email: 'buchhaltung@cloudcrm.example' },
};

/** The buyers, each with its buyer reference (BT-10). */
const BUYERS: readonly { readonly party: Party; readonly reference: string }[] = [
  { party: { name: 'Muster AG', address: { street: 'Ring 5', postcode: '50667', city: 'Köln', country: 'DE' }, vatId: 'DE987654321', electronicAddress: { scheme: 'EM', id: 'ap@muster.example' }, id: 'K-1001' }, reference: 'K-1001' },
  { party: { name: 'Müller & Söhne KG', address: { street: 'Hauptstraße 5', postcode: '80331', city: 'München', country: 'DE' }, vatId: 'DE811907980', electronicAddress: { scheme: '9930', id: 'DE811907980' } }, reference: 'PO-2026-17' },
  { party: { name: 'Stadtwerke Beispielstadt', address: { postcode: '10117', city: 'Berlin', country: 'DE' }, electronicAddress: { scheme: '0204', id: '991-12345-06' }, id: 'K-2040' }, reference: '991-12345-06' },
  { party: { name: 'Bäckerei Schmidt e. K.', address: { street: 'Marktplatz 2', postcode: '01067', city: 'Dresden', country: 'DE' }, electronicAddress: { scheme: 'EM', id: 'buchhaltung@baeckerei-schmidt.example' } }, reference: 'Kundennr. 3381' },
];

const PAYMENT: PaymentMeans = { kind: 'creditTransfer', iban: 'DE02120300000000202051', bic: 'BYLADEM1001', accountName: 'CloudCRM GmbH' };

const E_REASON = 'Steuerfreie Bildungsleistung nach § 4 Nr. 21 UStG';

/** 0 % lines: PV modules zero-rated (§ 12 (3) UStG, Z), seminars exempt (E). */
const VAT: VatRules = { byItem: { 'pv-module': { category: 'Z' }, seminar: { category: 'E', reason: E_REASON } } };

const TERMS = { dueDays: 14, note: 'Zahlbar innerhalb von 14 Tagen ohne Abzug.' } as const;
const NOTES: readonly string[] = ['Vielen Dank für Ihren Auftrag.'];

const MONTHLY: readonly PricedItem[] = [
  { id: 'crm', name: 'CloudCRM Team', unitCents: 4900, vatRate: 19 },
  { id: 'users', name: 'Zusätzliche Benutzer', unitCents: 590, vatRate: 19 },
  { id: 'storage', name: 'Speicherpaket 10 GB', unitCents: 199, vatRate: 19 },
  { id: 'support', name: 'Support & Wartung', unitCents: 2900, vatRate: 19 },
  { id: 'journal', name: 'Fachzeitschrift „Vertrieb heute“ (digital)', unitCents: 890, vatRate: 7 },
  { id: 'monitoring', name: 'PV-Monitoring', unitCents: 1250, vatRate: 19 },
];
const ONE_OFF: readonly PricedItem[] = [
  { id: 'setup', name: 'Einrichtung', unitCents: 14900, vatRate: 19 },
  { id: 'ebook', name: 'Handbuch <CRM> als E-Book', unitCents: 1990, vatRate: 7 },
  { id: 'pv-module', name: 'PV-Modul 430 Wp', unitCents: 18900, vatRate: 0 },
  { id: 'seminar', name: 'Online-Seminar "Vertrieb"', unitCents: 24900, vatRate: 0 },
  { id: 'import', name: 'Datenübernahme', unitCents: 9500, vatRate: 19 },
];
const GOODWILL: PricedItem = { id: 'goodwill', name: 'Kulanz', unitCents: 1500, vatRate: 19 };

/** One invoice's workload, as both sides read it. */
interface Workload {
  readonly invoice: Invoice;
  readonly buyer: Party;
  readonly buyerReference: string;
}

function build(): Workload[] {
  const random = seeded(11);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const workloads: Workload[] = [];
  for (let n = 0; n < DOCUMENTS; n += 1) {
    const month = 1 + Math.floor(random() * 12);
    const start = civilToDays(2026, month, 1);
    const end = month === 12 ? civilToDays(2027, 1, 1) : civilToDays(2026, month + 1, 1);
    const period = { start: iso(start), end: iso(end) };
    const count = 1 + Math.floor(random() * 8);
    const lines: Line[] = [];
    for (let i = 0; i < count; i += 1) {
      const kind = random();
      const quantity = random() < 0.6 ? 1 : 2 + Math.floor(random() * 9);
      if (kind < 0.45) {
        lines.push(chargeLine({ item: pick(MONTHLY), quantity, range: period, period }));
      } else if (kind < 0.7) {
        const from = start + 1 + Math.floor(random() * (end - start - 1));
        lines.push(chargeLine({ item: pick(MONTHLY), quantity, range: { start: iso(from), end: period.end }, period }));
      } else if (kind < 0.93) {
        lines.push(chargeLine({ item: pick(ONE_OFF), quantity: random() < 0.8 ? 1 : quantity }));
      } else {
        lines.push(chargeLine({ item: GOODWILL, quantity, credit: true }));
      }
    }
    const buyer = pick(BUYERS);
    workloads.push({
      invoice: createInvoice({ lines, customer: 'business', issuedOn: period.start }),
      buyer: buyer.party,
      buyerReference: buyer.reference,
    });
  }
  return workloads;
}

const workloads = build();
const FIRST: NumberSequence = { prefix: 'RE-2026-', last: 0, digits: 6 };

/* ------------------------------------------------------------------ */
/* The library side.                                                   */
/* ------------------------------------------------------------------ */

/** What the check compares per invoice. */
interface Outputs {
  readonly number: string;
  readonly type: string;
  readonly issuedOn: string;
  readonly dueOn: string;
  readonly period: readonly [string, string] | null;
  /** Per line: category, rate, net cents, note. */
  readonly lines: readonly (readonly [string, number, number, string])[];
  /** Per group: category, rate, net, VAT, gross, reason. */
  readonly groups: readonly (readonly [string, number, number, number, number, string | null])[];
  readonly totals: readonly [number, number, number];
  readonly notes: readonly string[];
  readonly xml: string;
}

function inputOf(w: Workload): DocumentInput {
  return {
    invoice: w.invoice, seller: SELLER, buyer: w.buyer, payment: PAYMENT, buyerReference: w.buyerReference,
    terms: TERMS, vat: VAT, notes: NOTES,
  };
}

/** Folds a document and its XML into the checksum: what both sides write. */
function fold(sum: number, counter: number, net: number, vat: number, gross: number, groups: number, xml: string): number {
  sum = mix(sum, counter);
  sum = mix(sum, net);
  sum = mix(sum, vat * 8 + groups);
  sum = mix(sum, gross);
  // The length and a character from the middle: the text is written out (and flattened) in full.
  return mix(sum, xml.length * 256 + xml.charCodeAt(xml.length >> 1));
}

function outputsOfLibrary(document: FinalDocument, xml: string): Outputs {
  return {
    number: document.number,
    type: document.type,
    issuedOn: document.issuedOn,
    dueOn: document.dueOn,
    period: document.period === null ? null : [document.period.start, document.period.end],
    lines: document.lines.map((row) => [row.category, row.vatRate, row.netCents, row.note] as const),
    groups: document.breakdown.map((g) => [g.category, g.vatRate, g.netCents, g.vatCents, g.grossCents, g.reason] as const),
    totals: [document.netCents, document.vatCents, document.grossCents],
    notes: document.notes,
    xml,
  };
}

/** One invoice through the library, numbered from `sequence`; folds it into `sum`, and with a sink records its outputs. */
function libraryInvoice(w: Workload, sequence: NumberSequence, sum: number, sink: Outputs[] | null): [NumberSequence, number] {
  const finalized = finalizeDocument(createDocument(inputOf(w)), sequence);
  const document = finalized.document;
  const xml = toXRechnungCii(document);
  sink?.push(outputsOfLibrary(document, xml));
  return [finalized.sequence, fold(sum, finalized.sequence.last, document.netCents, document.vatCents, document.grossCents, document.breakdown.length, xml)];
}

/** The library over the whole workload, from a fresh sequence (as {@link libraryInvoice}, without the sink). */
function libraryRun(): number {
  let sequence = FIRST;
  let sum = 0;
  for (let n = 0; n < workloads.length; n += 1) {
    const finalized = finalizeDocument(createDocument(inputOf(workloads[n] as Workload)), sequence);
    const document = finalized.document;
    sequence = finalized.sequence;
    sum = fold(sum, sequence.last, document.netCents, document.vatCents, document.grossCents, document.breakdown.length, toXRechnungCii(document));
  }
  return sum;
}

/* ------------------------------------------------------------------ */
/* The baseline: the same documents by hand, on integers and text.     */
/* ------------------------------------------------------------------ */

/** A VAT group as the baseline keeps it. */
interface PlainGroup {
  readonly category: string;
  readonly rate: number;
  net: number;
  vat: number;
  readonly reason: string | null;
}

const BY_ITEM = VAT.byItem as Readonly<Record<string, { readonly category: string; readonly reason?: string }>>;

const XML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#13;' };
const NEEDS_ESCAPE = /[&<>"'\r]/;
const ESCAPED = /[&<>"'\r]/g;

/** Text for XML content or an attribute value. */
function esc(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(ESCAPED, (char) => XML_ESCAPES[char] as string) : text;
}

/** Signed cents as a decimal with two places (`-647` → `-6.47`). */
function decimal(cents: number): string {
  const abs = cents < 0 ? -cents : cents;
  const whole = Math.floor(abs / 100);
  const rest = abs - whole * 100;
  return `${cents < 0 ? '-' : ''}${whole}${rest < 10 ? '.0' : '.'}${rest}`;
}

/** Signed cents in German for people: `1.234,56 €`, a minus sign U+2212 in front of a negative amount. */
function euros(cents: number): string {
  const abs = cents < 0 ? -cents : cents;
  let whole = String(Math.floor(abs / 100));
  const rest = abs % 100;
  for (let at = whole.length - 3; at > 0; at -= 3) whole = `${whole.slice(0, at)}.${whole.slice(at)}`;
  return `${cents < 0 ? '\u2212' : ''}${whole},${rest < 10 ? '0' : ''}${rest} €`;
}

/** `2026-09-14` → `14.09.2026`. */
function german(isoText: string): string {
  return `${isoText.slice(8, 10)}.${isoText.slice(5, 7)}.${isoText.slice(0, 4)}`;
}

/** `2026-09-14` → `20260914`, the CII date format 102. */
function compact(isoText: string): string {
  return isoText.slice(0, 4) + isoText.slice(5, 7) + isoText.slice(8, 10);
}

/** A CII date element at `indent`. */
function ciiDate(indent: string, name: string, isoText: string): string {
  return `${indent}<${name}>\n${indent}  <udt:DateTimeString format="102">${compact(isoText)}</udt:DateTimeString>\n${indent}</${name}>\n`;
}

const LEADS: Readonly<Record<string, string>> = { periodCharge: 'Grundgebühr', prorataCharge: 'Anteilig', oneOff: 'Einmalig', credit: 'Gutschrift' };

/** The line's sentence (BT-127) in German, for the line kinds of the workload. */
function sentence(line: Line, lastDay: string): string {
  let text = `${LEADS[line.reason] as string} ${line.item.name}`;
  if (line.quantity > 1) text += ` \u00d7${line.quantity}`;
  const range = line.range;
  if (range !== null) text += `, ${german(range.start)}\u2013${german(lastDay)}, ${line.days}/${line.periodDays} Tage`;
  return `${text}: ${euros(line.cents)}`;
}

const ROOT = '<?xml version="1.0" encoding="UTF-8"?>\n'
  + '<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:qdt="urn:un:unece:uncefact:data:standard:QualifiedDataType:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">\n'
  + '  <rsm:ExchangedDocumentContext>\n'
  + '    <ram:BusinessProcessSpecifiedDocumentContextParameter>\n'
  + '      <ram:ID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</ram:ID>\n'
  + '    </ram:BusinessProcessSpecifiedDocumentContextParameter>\n'
  + '    <ram:GuidelineSpecifiedDocumentContextParameter>\n'
  + '      <ram:ID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</ram:ID>\n'
  + '    </ram:GuidelineSpecifiedDocumentContextParameter>\n'
  + '  </rsm:ExchangedDocumentContext>\n'
  + '  <rsm:ExchangedDocument>\n';

/** A seller or buyer (BG-4, BG-7) at six spaces; the tax number (BT-32) for the seller only. */
function partyXml(name: string, p: Party, seller: boolean): string {
  let x = `      <${name}>\n`;
  if (p.id !== undefined) x += `        <ram:ID>${esc(p.id)}</ram:ID>\n`;
  x += `        <ram:Name>${esc(p.name)}</ram:Name>\n`;
  const contact = p.contact;
  if (contact !== undefined) {
    x += `        <ram:DefinedTradeContact>\n          <ram:PersonName>${esc(contact.name)}</ram:PersonName>\n`;
    if (contact.phone !== undefined) x += `          <ram:TelephoneUniversalCommunication>\n            <ram:CompleteNumber>${esc(contact.phone)}</ram:CompleteNumber>\n          </ram:TelephoneUniversalCommunication>\n`;
    if (contact.email !== undefined) x += `          <ram:EmailURIUniversalCommunication>\n            <ram:URIID>${esc(contact.email)}</ram:URIID>\n          </ram:EmailURIUniversalCommunication>\n`;
    x += '        </ram:DefinedTradeContact>\n';
  }
  const a = p.address;
  x += `        <ram:PostalTradeAddress>\n          <ram:PostcodeCode>${esc(a.postcode)}</ram:PostcodeCode>\n`;
  if (a.street !== undefined) x += `          <ram:LineOne>${esc(a.street)}</ram:LineOne>\n`;
  x += `          <ram:CityName>${esc(a.city)}</ram:CityName>\n          <ram:CountryID>${a.country}</ram:CountryID>\n        </ram:PostalTradeAddress>\n`;
  const endpoint = p.electronicAddress;
  if (endpoint !== undefined) x += `        <ram:URIUniversalCommunication>\n          <ram:URIID schemeID="${esc(endpoint.scheme)}">${esc(endpoint.id)}</ram:URIID>\n        </ram:URIUniversalCommunication>\n`;
  if (p.vatId !== undefined) x += `        <ram:SpecifiedTaxRegistration>\n          <ram:ID schemeID="VA">${esc(p.vatId)}</ram:ID>\n        </ram:SpecifiedTaxRegistration>\n`;
  if (seller && p.taxNumber !== undefined) x += `        <ram:SpecifiedTaxRegistration>\n          <ram:ID schemeID="FC">${esc(p.taxNumber)}</ram:ID>\n        </ram:SpecifiedTaxRegistration>\n`;
  return `${x}      </${name}>\n`;
}

/** The payment means (BG-16) of a credit transfer at six spaces. */
function paymentXml(payment: PaymentMeans): string {
  if (payment.kind !== 'creditTransfer') throw new Error('baseline: the workload pays by credit transfer');
  let x = `      <ram:SpecifiedTradeSettlementPaymentMeans>\n        <ram:TypeCode>58</ram:TypeCode>\n        <ram:PayeePartyCreditorFinancialAccount>\n          <ram:IBANID>${esc(payment.iban)}</ram:IBANID>\n`;
  if (payment.accountName !== undefined) x += `          <ram:AccountName>${esc(payment.accountName)}</ram:AccountName>\n`;
  x += '        </ram:PayeePartyCreditorFinancialAccount>\n';
  if (payment.bic !== undefined) x += `        <ram:PayeeSpecifiedCreditorFinancialInstitution>\n          <ram:BICID>${esc(payment.bic)}</ram:BICID>\n        </ram:PayeeSpecifiedCreditorFinancialInstitution>\n`;
  return `${x}      </ram:SpecifiedTradeSettlementPaymentMeans>\n`;
}

/** One invoice by hand: number `counter`; folds it into `sum`, and with a sink records its outputs. */
function baselineInvoice(w: Workload, counter: number, sum: number, sink: Outputs[] | null): number {
  const invoice = w.invoice;
  const lines = invoice.lines;
  const count = lines.length;
  const number = FIRST.prefix + String(counter).padStart(6, '0');
  const issuedOn = invoice.issuedOn;
  const dueOn = isoDay(dayOfIso(issuedOn) + TERMS.dueDays);

  // Categories, groups in order of first appearance, the invoice period.
  const categories: string[] = [];
  const rates: number[] = [];
  const lastDays: string[] = [];
  const groups: PlainGroup[] = [];
  let start = '';
  let end = '';
  for (let i = 0; i < count; i += 1) {
    const line = lines[i] as Line;
    const rule = BY_ITEM[line.item.id];
    const category = rule === undefined ? 'S' : rule.category;
    const rate = category === 'S' ? line.item.vatRate : 0;
    categories.push(category);
    rates.push(rate);
    let group: PlainGroup | undefined;
    for (const g of groups) if (g.category === category && g.rate === rate) group = g;
    if (group === undefined) groups.push({ category, rate, net: line.cents, vat: 0, reason: rule?.reason ?? null });
    else group.net += line.cents;
    const range = line.range;
    if (range === null) {
      lastDays.push('');
    } else {
      lastDays.push(isoDay(dayOfIso(range.end) - 1));
      if (start === '' || range.start < start) start = range.start;
      if (end === '' || range.end > end) end = range.end;
    }
  }
  let net = 0;
  let vat = 0;
  for (const g of groups) {
    // VAT on the group's net at its rate, rounded once, half up (away from zero).
    g.vat = signedHalfUp(g.net * g.rate, 100);
    net += g.net;
    vat += g.vat;
  }
  const gross = net + vat;
  const credit = gross < 0;
  const sign = credit ? -1 : 1;
  const notes = NOTES.slice();
  for (const g of groups) if (g.reason !== null && !notes.includes(g.reason)) notes.push(g.reason);

  // The XML.
  let x = `${ROOT}    <ram:ID>${esc(number)}</ram:ID>\n    <ram:TypeCode>${credit ? '381' : '380'}</ram:TypeCode>\n${ciiDate('    ', 'ram:IssueDateTime', issuedOn)}`;
  for (const note of notes) x += `    <ram:IncludedNote>\n      <ram:Content>${esc(note)}</ram:Content>\n    </ram:IncludedNote>\n`;
  x += '  </rsm:ExchangedDocument>\n  <rsm:SupplyChainTradeTransaction>\n';
  const lineNotes: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const line = lines[i] as Line;
    const note = sentence(line, lastDays[i] as string);
    lineNotes.push(note);
    const lineNet = sign * line.cents;
    const magnitude = lineNet < 0 ? -lineNet : lineNet;
    const units = line.quantity * line.item.unitCents === magnitude;
    x += `    <ram:IncludedSupplyChainTradeLineItem>\n      <ram:AssociatedDocumentLineDocument>\n        <ram:LineID>${i + 1}</ram:LineID>\n`
      + `        <ram:IncludedNote>\n          <ram:Content>${esc(note)}</ram:Content>\n        </ram:IncludedNote>\n      </ram:AssociatedDocumentLineDocument>\n`
      + `      <ram:SpecifiedTradeProduct>\n        <ram:Name>${esc(line.item.name)}</ram:Name>\n      </ram:SpecifiedTradeProduct>\n`
      + `      <ram:SpecifiedLineTradeAgreement>\n        <ram:NetPriceProductTradePrice>\n          <ram:ChargeAmount>${decimal(units ? line.item.unitCents : magnitude)}</ram:ChargeAmount>\n        </ram:NetPriceProductTradePrice>\n      </ram:SpecifiedLineTradeAgreement>\n`
      + `      <ram:SpecifiedLineTradeDelivery>\n        <ram:BilledQuantity unitCode="C62">${lineNet < 0 ? '-' : ''}${units ? line.quantity : 1}</ram:BilledQuantity>\n      </ram:SpecifiedLineTradeDelivery>\n`
      + `      <ram:SpecifiedLineTradeSettlement>\n        <ram:ApplicableTradeTax>\n          <ram:TypeCode>VAT</ram:TypeCode>\n          <ram:CategoryCode>${categories[i] as string}</ram:CategoryCode>\n          <ram:RateApplicablePercent>${rates[i] as number}</ram:RateApplicablePercent>\n        </ram:ApplicableTradeTax>\n`;
    const range = line.range;
    if (range !== null) x += `        <ram:BillingSpecifiedPeriod>\n${ciiDate('          ', 'ram:StartDateTime', range.start)}${ciiDate('          ', 'ram:EndDateTime', lastDays[i] as string)}        </ram:BillingSpecifiedPeriod>\n`;
    x += `        <ram:SpecifiedTradeSettlementLineMonetarySummation>\n          <ram:LineTotalAmount>${decimal(lineNet)}</ram:LineTotalAmount>\n        </ram:SpecifiedTradeSettlementLineMonetarySummation>\n      </ram:SpecifiedLineTradeSettlement>\n    </ram:IncludedSupplyChainTradeLineItem>\n`;
  }
  x += `    <ram:ApplicableHeaderTradeAgreement>\n      <ram:BuyerReference>${esc(w.buyerReference)}</ram:BuyerReference>\n`
    + partyXml('ram:SellerTradeParty', SELLER, true) + partyXml('ram:BuyerTradeParty', w.buyer, false)
    + '    </ram:ApplicableHeaderTradeAgreement>\n    <ram:ApplicableHeaderTradeDelivery/>\n'
    + `    <ram:ApplicableHeaderTradeSettlement>\n      <ram:InvoiceCurrencyCode>${invoice.currency}</ram:InvoiceCurrencyCode>\n${paymentXml(PAYMENT)}`;
  for (const g of groups) {
    x += `      <ram:ApplicableTradeTax>\n        <ram:CalculatedAmount>${decimal(sign * g.vat)}</ram:CalculatedAmount>\n        <ram:TypeCode>VAT</ram:TypeCode>\n`;
    if (g.reason !== null) x += `        <ram:ExemptionReason>${esc(g.reason)}</ram:ExemptionReason>\n`;
    x += `        <ram:BasisAmount>${decimal(sign * g.net)}</ram:BasisAmount>\n        <ram:CategoryCode>${g.category}</ram:CategoryCode>\n        <ram:RateApplicablePercent>${g.rate}</ram:RateApplicablePercent>\n      </ram:ApplicableTradeTax>\n`;
  }
  const last = start === '' ? '' : isoDay(dayOfIso(end) - 1);
  if (start !== '') x += `      <ram:BillingSpecifiedPeriod>\n${ciiDate('        ', 'ram:StartDateTime', start)}${ciiDate('        ', 'ram:EndDateTime', last)}      </ram:BillingSpecifiedPeriod>\n`;
  x += `      <ram:SpecifiedTradePaymentTerms>\n        <ram:Description>${esc(TERMS.note)}</ram:Description>\n${ciiDate('        ', 'ram:DueDateDateTime', dueOn)}      </ram:SpecifiedTradePaymentTerms>\n`;
  const netText = decimal(sign * net);
  const grossText = decimal(sign * gross);
  x += `      <ram:SpecifiedTradeSettlementHeaderMonetarySummation>\n        <ram:LineTotalAmount>${netText}</ram:LineTotalAmount>\n        <ram:TaxBasisTotalAmount>${netText}</ram:TaxBasisTotalAmount>\n`
    + `        <ram:TaxTotalAmount currencyID="${invoice.currency}">${decimal(sign * vat)}</ram:TaxTotalAmount>\n        <ram:GrandTotalAmount>${grossText}</ram:GrandTotalAmount>\n        <ram:DuePayableAmount>${grossText}</ram:DuePayableAmount>\n`
    + '      </ram:SpecifiedTradeSettlementHeaderMonetarySummation>\n    </ram:ApplicableHeaderTradeSettlement>\n  </rsm:SupplyChainTradeTransaction>\n</rsm:CrossIndustryInvoice>\n';

  sum = fold(sum, counter, net, vat, gross, groups.length, x);
  sink?.push({
    number,
    type: credit ? 'creditNote' : 'invoice',
    issuedOn,
    dueOn,
    period: start === '' ? null : [start, end],
    lines: lines.map((line, i) => [categories[i] as string, rates[i] as number, line.cents, lineNotes[i] as string] as const),
    groups: groups.map((g) => [g.category, g.rate, g.net, g.vat, g.net + g.vat, g.reason] as const),
    totals: [net, vat, gross],
    notes,
    xml: x,
  });
  return sum;
}

/** The baseline over the whole workload, numbering from the same sequence. */
function baselineRun(): number {
  let sum = 0;
  for (let n = 0; n < workloads.length; n += 1) sum = baselineInvoice(workloads[n] as Workload, FIRST.last + n + 1, sum, null);
  return sum;
}

/** The first line where two XML texts differ, with both versions. */
function xmlDifference(library: string, baseline: string): string | null {
  if (library === baseline) return null;
  const a = library.split('\n');
  const b = baseline.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    if (a[i] !== b[i]) return `xml line ${i + 1}: library ${JSON.stringify(a[i])}, baseline ${JSON.stringify(b[i])}`;
  }
  return 'xml: the texts differ';
}

/* ------------------------------------------------------------------ */
/* The run.                                                            */
/* ------------------------------------------------------------------ */

runBench({
  name: 'documents',
  target: 5,
  check: () => {
    let sequence = FIRST;
    let lines = 0;
    let credits = 0;
    let bytes = 0;
    const kinds = new Set<string>();
    for (let n = 0; n < workloads.length; n += 1) {
      const fromLibrary: Outputs[] = [];
      const fromBaseline: Outputs[] = [];
      [sequence] = libraryInvoice(workloads[n] as Workload, sequence, 0, fromLibrary);
      baselineInvoice(workloads[n] as Workload, FIRST.last + n + 1, 0, fromBaseline);
      const library = fromLibrary[0] as Outputs;
      const baseline = fromBaseline[0] as Outputs;
      const difference = firstDifference({ ...library, xml: null }, { ...baseline, xml: null }) ?? xmlDifference(library.xml, baseline.xml);
      if (difference !== null) return `invoice ${n}: ${difference}`;
      lines += library.lines.length;
      if (library.type === 'creditNote') credits += 1;
      bytes += Buffer.byteLength(library.xml);
      for (const g of library.groups) kinds.add(`${g[0]} ${g[1]} %`);
    }
    console.log(`  documents: ${workloads.length.toLocaleString('en')} documents (${credits.toLocaleString('en')} credit notes), ${lines.toLocaleString('en')} lines, groups ${[...kinds].sort().join(', ')}; numbers, lines, breakdowns, totals, notes and ${(bytes / 1e6).toFixed(1)} MB of XRechnung CII XML agree byte for byte`);
    return null;
  },
  library: libraryRun,
  baseline: baselineRun,
});
