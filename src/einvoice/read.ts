/**
 * From a finalized document to the EN 16931 model the writers share (R27,
 * R28): every field the XML uses is checked, the signs of a credit note are
 * turned, line quantities and prices are chosen, and what a format requires
 * but the document lacks is refused with EINVOICE_INCOMPLETE naming the field.
 * Nothing here needs Temporal or dinero.js: dates stay ISO text and amounts
 * integer cents until the writer turns them into decimals.
 *
 * @internal
 * @module
 */
import { fail, isRecord } from '../errors/fail.js';
import type { TarifkitErrorCode } from '../errors/codes.js';
import { creditorIdOf, ibanOf } from '../sepa/iban.js';
import type { VatCategory } from '../document/types.js';
import { isTrustedDocument } from '../document/trusted.js';
import { decimalOf } from './decimal.js';

/** The rule set a format is checked against: XRechnung 3.0 (CIUS of the KoSIT) or plain EN 16931 (ZUGFeRD / Factur-X EN16931). */
export type Profile = 'xrechnung' | 'en16931';

type Data = Readonly<Record<string, unknown>>;

/** A seller or buyer as written (BG-4, BG-7). */
export interface ModelParty {
  readonly name: string;
  readonly street: string | null;
  readonly postcode: string;
  readonly city: string;
  readonly country: string;
  /** BT-31 / BT-48; null when the document has none or its category is O (BR-O-02). */
  readonly vatId: string | null;
  /** BT-32 (seller only). */
  readonly taxNumber: string | null;
  /** BT-29 / BT-46. */
  readonly id: string | null;
  /** BT-34 / BT-49. */
  readonly endpoint: { readonly scheme: string; readonly id: string } | null;
  /** BG-6 / BG-9. */
  readonly contact: { readonly name: string; readonly phone: string | null; readonly email: string | null } | null;
}

/** A line as written (BG-25): amounts as decimals, signs as the document type shows them. */
export interface ModelLine {
  /** BT-126: 1 to n. */
  readonly id: string;
  /** BT-153. */
  readonly name: string;
  /** BT-127. */
  readonly note: string | null;
  /** BT-129: an integer, negative for a negative line. */
  readonly quantity: string;
  /** BT-146: never negative (BR-27). */
  readonly price: string;
  /** BT-131. */
  readonly net: string;
  /** BT-151. */
  readonly category: VatCategory;
  /** BT-152; null for category O (BR-O-05). */
  readonly rate: string | null;
  /** BT-134 and BT-135, the first and the last day; null without a service range. */
  readonly start: string | null;
  readonly last: string | null;
}

/** A VAT group as written (BG-23). */
export interface ModelGroup {
  readonly category: VatCategory;
  readonly rate: string;
  readonly net: string;
  readonly vat: string;
  readonly reason: string | null;
  readonly reasonCode: string | null;
}

/** Everything a writer needs, checked and in the order of EN 16931. */
export interface Model {
  /** BT-3: 380, 384 or 381. */
  readonly typeCode: '380' | '384' | '381';
  readonly number: string;
  readonly issuedOn: string;
  readonly dueOn: string;
  readonly termsNote: string | null;
  readonly notes: readonly string[];
  readonly currency: string;
  readonly buyerReference: string | null;
  /** BG-14 with inclusive days. */
  readonly period: { readonly start: string; readonly last: string } | null;
  /** BT-72: the invoice date for an intra-community supply without a period (BR-IC-11). */
  readonly deliveredOn: string | null;
  /** BG-13/BG-15 for an intra-community supply (BR-IC-12): the buyer's address. */
  readonly deliverTo: ModelParty | null;
  readonly seller: ModelParty;
  readonly buyer: ModelParty;
  readonly payment:
    | { readonly kind: 'creditTransfer'; readonly iban: string; readonly bic: string | null; readonly accountName: string | null }
    | { readonly kind: 'directDebit'; readonly mandateReference: string; readonly creditorId: string; readonly debitedIban: string };
  readonly preceding: { readonly number: string; readonly issuedOn: string } | null;
  readonly lines: readonly ModelLine[];
  readonly groups: readonly ModelGroup[];
  /** BT-106 = BT-109 (no document level allowances or charges). */
  readonly net: string;
  readonly vat: string;
  /** BT-112 = BT-115 (nothing prepaid). */
  readonly gross: string;
}

/** The largest amount read, in minor units (as the rest of tarifkit: 10^15). */
const MAX_CENTS = 1_000_000_000_000_000;
const MAX_LINES = 100_000;
const CATEGORIES: readonly string[] = ['S', 'Z', 'E', 'AE', 'K', 'G', 'O'];
/** Characters XML 1.0 does not allow, and lone surrogates. */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** A payment terms line that starts with # is a discount (Skonto) line in XRechnung and must read so (BR-DE-18). */
const SKONTO = /^#SKONTO#TAGE=[0-9]+#PROZENT=[0-9]+\.[0-9]{2}(#BASISBETRAG=-?[0-9]+\.[0-9]{2})?#$/;

function recordAt(value: unknown, field: string, code: TarifkitErrorCode = 'INVALID_ARGUMENT'): Data {
  if (!isRecord(value)) fail(code, field, value);
  return value;
}

/** Text for the XML: a string that is not blank and holds only characters XML allows. */
function textAt(value: unknown, field: string, code: TarifkitErrorCode = 'INVALID_ARGUMENT'): string {
  if (typeof value !== 'string' || value.trim() === '' || value.length > 100_000 || NOT_XML.test(value)) fail(code, field, value);
  return value;
}

/** Optional text: null, undefined or a blank string are none. */
function optionalTextAt(value: unknown, field: string, code: TarifkitErrorCode = 'INVALID_ARGUMENT'): string | null {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return null;
  return textAt(value, field, code);
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysOfMonth(year: number, month: number): number {
  return month === 2 ? (isLeap(year) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** An ISO date `YYYY-MM-DD` of the years 0001 to 9999, or INVALID_DATE naming `field`. */
function dateAt(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) fail('INVALID_DATE', field, value);
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 7);
  const day = digitsAt(value, 8, 10);
  if (!(year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysOfMonth(year, month))) fail('INVALID_DATE', field, value);
  return value;
}

/** The number the ASCII digits of `text` from `start` to `end` write; NaN if any is no digit. */
function digitsAt(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i += 1) {
    const digit = text.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return Number.NaN;
    n = n * 10 + digit;
  }
  return n;
}

/** The day before an ISO date (the last day of a half-open range ending on it). */
export function dayBefore(iso: string): string {
  let year = Number(iso.slice(0, 4));
  let month = Number(iso.slice(5, 7));
  let day = Number(iso.slice(8, 10)) - 1;
  if (day === 0) {
    month -= 1;
    if (month === 0) {
      month = 12;
      year -= 1;
    }
    day = daysOfMonth(year, month);
  }
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** A half-open range `{ start, end }` with `start < end`, as its first and last day. */
function rangeAt(value: unknown, field: string): { start: string; last: string; end: string } {
  const data = recordAt(value, field);
  const start = dateAt(data.start, `${field}.start`);
  const end = dateAt(data.end, `${field}.end`);
  if (end < start) fail('END_BEFORE_START', field, value);
  if (end === start) fail('EMPTY_PERIOD', field, value);
  return { start, last: dayBefore(end), end };
}

function centsAt(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || Math.abs(value) > MAX_CENTS) fail('INVALID_AMOUNT', field, value);
  return value;
}

/** A VAT rate in percent as EN 16931 writes it: 0 to below 100, at most two decimals (`"19"`, `"5.5"`). */
function rateAt(value: unknown, field: string): string {
  const written = typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
  if (!/^[0-9]{1,2}(\.[0-9]{1,2})?$/.test(written)) fail('INVALID_ARGUMENT', field, value, { reason: 'a VAT rate in percent from 0 to below 100 with at most two decimals' });
  return written;
}

function categoryAt(value: unknown, field: string): VatCategory {
  if (typeof value !== 'string' || !CATEGORIES.includes(value)) fail('INVALID_ARGUMENT', field, value, { reason: 'a VAT category: S, Z, E, AE, K, G or O' });
  return value as VatCategory;
}

/** A party as written; `withVatId` false leaves the VAT ID out (category O, BR-O-02). */
function partyAt(value: unknown, field: string, withVatId: boolean): ModelParty {
  const data = recordAt(value, field, 'INVALID_PARTY');
  const address = recordAt(data.address, `${field}.address`, 'INVALID_PARTY');
  const country = address.country;
  if (typeof country !== 'string' || !/^[A-Z]{2}$/.test(country)) fail('INVALID_PARTY', `${field}.address.country`, country, { reason: 'an ISO 3166-1 alpha-2 code such as DE' });
  const vatId = optionalTextAt(data.vatId, `${field}.vatId`, 'INVALID_PARTY');
  if (vatId !== null && !/^[A-Z]{2}[0-9A-Z+*.]{2,13}$/.test(vatId)) fail('INVALID_PARTY', `${field}.vatId`, vatId, { reason: 'a VAT ID with its country prefix, such as DE123456789' });
  let endpoint: ModelParty['endpoint'] = null;
  if (data.electronicAddress !== undefined && data.electronicAddress !== null) {
    const at = `${field}.electronicAddress`;
    const electronic = recordAt(data.electronicAddress, at, 'INVALID_PARTY');
    const scheme = electronic.scheme;
    if (typeof scheme !== 'string' || !/^(EM|[0-9]{4})$/.test(scheme)) fail('INVALID_PARTY', `${at}.scheme`, scheme, { reason: 'an EAS code such as EM, 0204 or 9930' });
    endpoint = { scheme, id: textAt(electronic.id, `${at}.id`, 'INVALID_PARTY') };
  }
  let contact: ModelParty['contact'] = null;
  if (data.contact !== undefined && data.contact !== null) {
    const at = `${field}.contact`;
    const person = recordAt(data.contact, at, 'INVALID_PARTY');
    contact = {
      name: textAt(person.name, `${at}.name`, 'INVALID_PARTY'),
      phone: optionalTextAt(person.phone, `${at}.phone`, 'INVALID_PARTY'),
      email: optionalTextAt(person.email, `${at}.email`, 'INVALID_PARTY'),
    };
  }
  return {
    name: textAt(data.name, `${field}.name`, 'INVALID_PARTY'),
    street: optionalTextAt(address.street, `${field}.address.street`, 'INVALID_PARTY'),
    postcode: textAt(address.postcode, `${field}.address.postcode`, 'INVALID_PARTY'),
    city: textAt(address.city, `${field}.address.city`, 'INVALID_PARTY'),
    country,
    vatId: withVatId ? vatId : null,
    taxNumber: optionalTextAt(data.taxNumber, `${field}.taxNumber`, 'INVALID_PARTY'),
    id: optionalTextAt(data.id, `${field}.id`, 'INVALID_PARTY'),
    endpoint,
    contact,
  };
}

function paymentAt(value: unknown, field: string): Model['payment'] {
  const data = recordAt(value, field);
  if (data.kind === 'creditTransfer') {
    const bic = optionalTextAt(data.bic, `${field}.bic`);
    if (bic !== null && !/^[A-Z0-9]{8}([A-Z0-9]{3})?$/.test(bic)) fail('INVALID_ARGUMENT', `${field}.bic`, bic, { reason: 'a BIC of 8 or 11 letters and digits' });
    return { kind: 'creditTransfer', iban: ibanOf(data.iban, `${field}.iban`), bic, accountName: optionalTextAt(data.accountName, `${field}.accountName`) };
  }
  if (data.kind === 'directDebit') {
    const mandate = data.mandateReference;
    if (typeof mandate !== 'string' || !/^[A-Za-z0-9+?/:().,' -]{1,35}$/.test(mandate) || mandate.trim() === '') fail('INVALID_MANDATE', `${field}.mandateReference`, mandate);
    return {
      kind: 'directDebit',
      mandateReference: mandate,
      creditorId: creditorIdOf(data.creditorId, `${field}.creditorId`),
      debitedIban: ibanOf(data.debitedIban, `${field}.debitedIban`),
    };
  }
  return fail('INVALID_ARGUMENT', `${field}.kind`, data.kind, { reason: 'creditTransfer or directDebit' });
}

function incomplete(field: string, rule: string): never {
  return fail('EINVOICE_INCOMPLETE', field, undefined, { rule });
}

/** What XRechnung requires beyond EN 16931 (BR-DE-2, -5, -6, -7, -15, -18, -27, -28; PEPPOL-EN16931-R010, -R020). */
function checkXRechnung(model: Model, document: Data): void {
  if (model.buyerReference === null) incomplete('document.buyerReference', 'BR-DE-15: the buyer reference (BT-10), such as a Leitweg-ID');
  const contact = model.seller.contact;
  if (contact === null) incomplete('document.seller.contact', 'BR-DE-2: the seller contact (BG-6)');
  if (contact.phone === null) incomplete('document.seller.contact.phone', 'BR-DE-6: the seller contact telephone number (BT-42)');
  if (contact.email === null) incomplete('document.seller.contact.email', 'BR-DE-7: the seller contact email address (BT-43)');
  if ((contact.phone.match(/[0-9]/g) ?? []).length < 3) fail('INVALID_PARTY', 'document.seller.contact.phone', contact.phone, { rule: 'BR-DE-27: a telephone number with at least three digits' });
  if (!/^[^@\s]+@([^@.\s]+\.)+[^@.\s]+$/.test(contact.email.trim())) fail('INVALID_PARTY', 'document.seller.contact.email', contact.email, { rule: 'BR-DE-28: an email address name@domain.tld' });
  if (model.seller.endpoint === null) incomplete('document.seller.electronicAddress', 'PEPPOL-EN16931-R020: the seller electronic address (BT-34)');
  if (model.buyer.endpoint === null) incomplete('document.buyer.electronicAddress', 'PEPPOL-EN16931-R010: the buyer electronic address (BT-49)');
  if (model.termsNote !== null) {
    const lines = model.termsNote.split(/\r?\n/);
    const skonto = lines.filter((line) => line.trim().startsWith('#'));
    const after = model.termsNote.split(/#.+#/).pop() as string;
    if (skonto.some((line) => !SKONTO.test(line.trim())) || (skonto.length > 0 && !/^\s*\n/.test(after))) {
      fail('INVALID_ARGUMENT', 'document.termsNote', document.termsNote, { reason: 'BR-DE-18: a line starting with # is a discount line #SKONTO#TAGE=n#PROZENT=n.nn# and ends with a line break' });
    }
  }
}

/** The line's quantity and price (BT-129, BT-146) for its net amount: quantity × price = net (PEPPOL-EN16931-R120), price ≥ 0 (BR-27). */
function quantityAndPrice(line: Data, net: number, netPrices: boolean): [string, string] {
  const quantity = line.quantity;
  const item = line.item as Data;
  const unit = item.unitCents;
  if (netPrices && typeof quantity === 'number' && Number.isSafeInteger(quantity) && quantity > 0
    && typeof unit === 'number' && Number.isSafeInteger(unit) && unit >= 0 && quantity * unit === Math.abs(net)) {
    return [String(net < 0 ? -quantity : quantity), decimalOf(unit)];
  }
  return [net < 0 ? '-1' : '1', decimalOf(Math.abs(net))];
}

/**
 * The model of a finalized document for `profile`, or a TarifkitError naming
 * the field: INVALID_ARGUMENT for what is no document, NOT_FINALIZED for a
 * draft, EINVOICE_INCOMPLETE for what the format requires and the document lacks.
 */
export function modelOf(value: unknown, profile: Profile): Model {
  const document = recordAt(value, 'document');
  if (document.kind !== 'document') fail('INVALID_ARGUMENT', 'document.kind', document.kind, { reason: 'a document from createDocument' });
  if (document.tarifkit !== 1) fail('INVALID_ARGUMENT', 'document.tarifkit', document.tarifkit);
  if (document.status !== 'final') fail(document.status === 'draft' ? 'NOT_FINALIZED' : 'INVALID_ARGUMENT', 'document.status', document.status);
  const number = textAt(document.number, 'document.number', 'NOT_FINALIZED');
  const type = document.type;
  if (type !== 'invoice' && type !== 'correction' && type !== 'creditNote') fail('INVALID_ARGUMENT', 'document.type', type, { reason: 'invoice, correction or creditNote' });
  // A credit note shows the amounts in the customer's favour as positive ones.
  const sign = type === 'creditNote' ? -1 : 1;
  const currency = document.currency;
  if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency)) fail('INVALID_CURRENCY', 'document.currency', currency);
  const pricesAre = document.pricesAre;
  if (pricesAre !== 'net' && pricesAre !== 'gross') fail('INVALID_ARGUMENT', 'document.pricesAre', pricesAre);

  // Lines and their categories. A document tarifkit made and this module's copy of trusted.ts saw
  // (trusted.ts) holds together by construction: its lines' categories, rates, amounts and service
  // ranges and the sums of its groups are not checked again. Its texts, dates, parties, payment and
  // totals are, as the formats want more of them than a document does.
  const known = isTrustedDocument(value);
  const rawLines = document.lines;
  if (!Array.isArray(rawLines) || rawLines.length > MAX_LINES) fail('INVALID_ARGUMENT', 'document.lines', rawLines);
  if (rawLines.length === 0) incomplete('document.lines', 'BR-16: at least one invoice line (BG-25)');
  const period = document.period === null ? null : rangeAt(document.period, 'document.period');
  const sums = new Map<string, number>();
  // Array.from visits the holes of a sparse list too, as undefined, which the checks refuse.
  const read = Array.from(rawLines as unknown[], (raw: unknown, i: number) => {
    const at = `document.lines.${i}`;
    const entry = recordAt(raw, at);
    const line = recordAt(entry.line, `${at}.line`);
    const item = recordAt(line.item, `${at}.line.item`);
    const name = textAt(item.name, `${at}.line.item.name`);
    let category = entry.category as VatCategory;
    let rate = String(entry.vatRate);
    let net = entry.netCents as number;
    if (!known) {
      category = categoryAt(entry.category, `${at}.category`);
      rate = rateAt(entry.vatRate, `${at}.vatRate`);
      if ((category === 'S') === (rate === '0')) fail('VAT_CATEGORY_MISMATCH', `${at}.vatRate`, entry.vatRate, { category });
      net = centsAt(entry.netCents, `${at}.netCents`);
      if (typeof entry.note !== 'string') fail('INVALID_ARGUMENT', `${at}.note`, entry.note);
    }
    const note = optionalTextAt(entry.note, `${at}.note`);
    const range = line.range === null ? null : rangeAt(line.range, `${at}.line.range`);
    if (!known) {
      if (range !== null && period !== null && (range.start < period.start || range.end > period.end)) {
        fail('INVALID_ARGUMENT', 'document.period', document.period, { reason: `the invoice period must span the service range of line ${i + 1}` });
      }
      const key = `${category} ${rate}`;
      sums.set(key, (sums.get(key) ?? 0) + net);
    }
    return { line, name, category, rate, net, note, range };
  });

  // The VAT breakdown: one group per category and rate, each the sum of its lines.
  const rawGroups = document.breakdown;
  if (!Array.isArray(rawGroups) || rawGroups.length > MAX_LINES) fail('INVALID_ARGUMENT', 'document.breakdown', rawGroups);
  const seen = new Set<string>();
  let vatSum = 0;
  const groups = Array.from(rawGroups as unknown[], (raw: unknown, i: number): ModelGroup => {
    const at = `document.breakdown.${i}`;
    const group = recordAt(raw, at);
    const category = categoryAt(group.category, `${at}.category`);
    const rate = rateAt(group.vatRate, `${at}.vatRate`);
    const net = centsAt(group.netCents, `${at}.netCents`);
    const vat = centsAt(group.vatCents, `${at}.vatCents`);
    const key = `${category} ${rate}`;
    if (!known && (seen.has(key) || sums.get(key) !== net)) fail('INVALID_ARGUMENT', `${at}.netCents`, net, { reason: 'the sum of the net amounts of the lines of its category and rate, one group each' });
    seen.add(key);
    if ((category === 'S') === (rate === '0')) fail('VAT_CATEGORY_MISMATCH', `${at}.vatRate`, group.vatRate, { category });
    if (category !== 'S' && vat !== 0) fail('VAT_CATEGORY_MISMATCH', `${at}.vatCents`, vat, { category });
    // BR-S-09 and BR-CO-17 allow the VAT to differ from net × rate by less than one unit of the currency.
    if (category === 'S' && Math.abs(Math.abs(vat) - Math.round((Math.abs(net) * Number(rate)) / 100)) >= 100) {
      fail('INVALID_ARGUMENT', `${at}.vatCents`, vat, { reason: 'the VAT of the group must be its net amount times its rate' });
    }
    vatSum += vat;
    let reason: string | null = null;
    let reasonCode: string | null = null;
    // S and Z carry no exemption reason (BR-S-10, BR-Z-10); the others need one (BR-E-10, BR-AE-10, BR-IC-10, BR-G-10, BR-O-10).
    if (category !== 'S' && category !== 'Z') {
      reason = optionalTextAt(group.reason, `${at}.reason`);
      reasonCode = optionalTextAt(group.reasonCode, `${at}.reasonCode`);
      if (reasonCode !== null && !/^VATEX-[A-Z0-9-]+$/i.test(reasonCode)) fail('INVALID_ARGUMENT', `${at}.reasonCode`, reasonCode, { reason: 'a code of the VATEX list, such as VATEX-EU-AE' });
      if (reason === null && reasonCode === null) incomplete(`${at}.reason`, `BR-${category === 'K' ? 'IC' : category}-10: the exemption reason (BT-120) or its code (BT-121)`);
    }
    return { category, rate, net: decimalOf(sign * net), vat: decimalOf(sign * vat), reason, reasonCode };
  });
  if (!known && seen.size !== sums.size) fail('INVALID_ARGUMENT', 'document.breakdown', rawGroups.length, { reason: 'one group for each category and rate of the lines' });

  // Totals (BR-CO-10, -13, -14, -15, -16).
  const netTotal = centsAt(document.netCents, 'document.netCents');
  const vatTotal = centsAt(document.vatCents, 'document.vatCents');
  const grossTotal = centsAt(document.grossCents, 'document.grossCents');
  let lineSum = 0;
  for (const line of read) lineSum += line.net;
  if (lineSum !== netTotal) fail('INVALID_ARGUMENT', 'document.netCents', netTotal, { reason: 'the sum of the lines\' net amounts' });
  if (vatSum !== vatTotal) fail('INVALID_ARGUMENT', 'document.vatCents', vatTotal, { reason: 'the sum of the groups\' VAT' });
  if (netTotal + vatTotal !== grossTotal) fail('INVALID_ARGUMENT', 'document.grossCents', grossTotal, { reason: 'net plus VAT' });

  // Categories decide which tax ids the parties need and may show.
  const categories = new Set(read.map((line) => line.category));
  const notSubject = categories.has('O');
  if (notSubject && categories.size > 1) fail('VAT_CATEGORY_MISMATCH', 'document.lines', [...categories].join(', '), { reason: 'BR-O-11: a document with category O has no other category' });
  const seller = partyAt(document.seller, 'document.seller', !notSubject);
  const buyer = partyAt(document.buyer, 'document.buyer', !notSubject);
  if (seller.id === null && seller.vatId === null) incomplete('document.seller.id', 'BR-CO-26: a seller identifier (BT-29) or VAT ID (BT-31)');
  const needsVatId = categories.has('K') || categories.has('G');
  if (needsVatId && seller.vatId === null) fail('MISSING_TAX_ID', 'document.seller.vatId', undefined, { rule: 'BR-IC-02, BR-G-02' });
  if (!notSubject && seller.vatId === null && seller.taxNumber === null) fail('MISSING_TAX_ID', 'document.seller.taxNumber', undefined, { rule: 'BR-S-02, BR-Z-02, BR-E-02, BR-AE-02' });
  if ((categories.has('AE') || categories.has('K')) && buyer.vatId === null) fail('MISSING_TAX_ID', 'document.buyer.vatId', undefined, { rule: 'BR-AE-02, BR-IC-02' });

  let preceding: Model['preceding'] = null;
  if (document.precedingInvoice !== null && document.precedingInvoice !== undefined) {
    const original = recordAt(document.precedingInvoice, 'document.precedingInvoice');
    preceding = { number: textAt(original.number, 'document.precedingInvoice.number'), issuedOn: dateAt(original.issuedOn, 'document.precedingInvoice.issuedOn') };
  } else if (type === 'correction') {
    incomplete('document.precedingInvoice', 'BR-DE-26: a correction (384) names the invoice it corrects (BG-3)');
  }

  const notes = document.notes;
  if (!Array.isArray(notes) || notes.length > MAX_LINES) fail('INVALID_ARGUMENT', 'document.notes', notes);
  const issuedOn = dateAt(document.issuedOn, 'document.issuedOn');
  const intraCommunity = categories.has('K');
  const model: Model = {
    typeCode: type === 'invoice' ? '380' : type === 'correction' ? '384' : '381',
    number,
    issuedOn,
    dueOn: dateAt(document.dueOn, 'document.dueOn'),
    termsNote: optionalTextAt(document.termsNote, 'document.termsNote'),
    notes: Array.from(notes as unknown[], (note, i) => optionalTextAt(note, `document.notes.${i}`)).filter((note): note is string => note !== null),
    currency,
    buyerReference: optionalTextAt(document.buyerReference, 'document.buyerReference'),
    period: period === null ? null : { start: period.start, last: period.last },
    deliveredOn: intraCommunity && period === null ? issuedOn : null,
    deliverTo: intraCommunity ? buyer : null,
    seller,
    buyer,
    payment: paymentAt(document.payment, 'document.payment'),
    preceding,
    lines: read.map((line, i): ModelLine => {
      const net = sign * line.net;
      const [quantity, price] = quantityAndPrice(line.line, net, pricesAre === 'net');
      return {
        id: String(i + 1),
        name: line.name,
        note: line.note,
        quantity,
        price,
        net: decimalOf(net),
        category: line.category,
        rate: line.category === 'O' ? null : line.rate,
        start: line.range === null ? null : line.range.start,
        last: line.range === null ? null : line.range.last,
      };
    }),
    groups,
    net: decimalOf(sign * netTotal),
    vat: decimalOf(sign * vatTotal),
    gross: decimalOf(sign * grossTotal),
  };
  if (profile === 'xrechnung') checkXRechnung(model, document);
  return model;
}
