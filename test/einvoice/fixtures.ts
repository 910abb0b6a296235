/**
 * Finalized documents for the e-invoice tests, built by hand as the document
 * types describe them: lines from chargeLine, one VAT group per category and
 * rate rounded once half up, totals as sums. The base document is the CRM
 * add-on account closed on 2026-04-18 for a business: net 46,82, VAT 8,90,
 * gross 55,72, invoice period 2026-03-18 to 2026-05-17.
 */
import {
  chargeLine, type DocumentLine, type FinalDocument, type Line, type Party, type PaymentMeans, type VatCategory, type VatGroup,
} from '../../src/index.js';

/** Half up (away from zero) of `numerator / denominator` for safe integers, test-side. */
export function roundHalfUp(numerator: number, denominator: number): number {
  const sign = numerator < 0 ? -1 : 1;
  const magnitude = Math.abs(numerator);
  const quotient = Math.floor(magnitude / denominator);
  const rest = magnitude - quotient * denominator;
  const rounded = rest * 2 >= denominator ? quotient + 1 : quotient;
  return rounded === 0 ? 0 : sign * rounded;
}

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

/** A line of a document: the category, rate and net amount it carries. */
export interface LineSpec {
  readonly line: Line;
  readonly category?: VatCategory;
  readonly vatRate?: number;
  readonly netCents?: number;
  readonly note?: string;
}

/** Default exemption reasons and codes per category (what a document carries for them). */
export const REASONS: Readonly<Record<Exclude<VatCategory, 'S' | 'Z'>, readonly [string, string]>> = {
  E: ['Kein Ausweis von Umsatzsteuer, da Kleinunternehmer gemäß § 19 UStG', 'VATEX-EU-132'],
  AE: ['Steuerschuldnerschaft des Leistungsempfängers (Reverse charge)', 'VATEX-EU-AE'],
  K: ['Steuerfreie innergemeinschaftliche Lieferung', 'VATEX-EU-IC'],
  G: ['Steuerfreie Ausfuhrlieferung', 'VATEX-EU-G'],
  O: ['Nicht steuerbar', 'VATEX-EU-O'],
};

/** What a hand-made document may change. */
export interface DocumentSpec {
  readonly lines?: readonly LineSpec[];
  readonly type?: FinalDocument['type'];
  readonly seller?: Party;
  readonly buyer?: Party;
  readonly payment?: PaymentMeans;
  readonly buyerReference?: string | null;
  readonly issuedOn?: string;
  readonly dueOn?: string;
  readonly termsNote?: string | null;
  readonly notes?: readonly string[];
  readonly precedingInvoice?: FinalDocument['precedingInvoice'];
  readonly number?: string;
  readonly customer?: FinalDocument['customer'];
  readonly pricesAre?: FinalDocument['pricesAre'];
}

/** The span of the lines' service ranges, half-open, or null. */
function spanOf(lines: readonly Line[]): { start: string; end: string } | null {
  const ranges = lines.map((line) => line.range).filter((range) => range !== null);
  if (ranges.length === 0) return null;
  return {
    start: ranges.map((range) => range.start).sort()[0] as string,
    end: ranges.map((range) => range.end).sort().at(-1) as string,
  };
}

/** A finalized document from lines, with the breakdown and totals computed as EN 16931 wants them. */
export function documentOf(spec: DocumentSpec = {}): FinalDocument {
  const specs = spec.lines ?? BASE_LINES.map((line) => ({ line }));
  const lines: DocumentLine[] = specs.map((s) => {
    const category = s.category ?? 'S';
    return {
      line: s.line,
      category,
      vatRate: s.vatRate ?? (category === 'S' ? s.line.item.vatRate : 0),
      netCents: s.netCents ?? s.line.cents,
      note: s.note ?? `${s.line.item.name}${s.line.range === null ? '' : `, ${s.line.range.start} bis ${s.line.range.end}`}`,
    };
  });
  const groups = new Map<string, { category: VatCategory; vatRate: number; netCents: number }>();
  for (const line of lines) {
    const key = `${line.category} ${line.vatRate}`;
    const group = groups.get(key) ?? { category: line.category, vatRate: line.vatRate, netCents: 0 };
    groups.set(key, { ...group, netCents: group.netCents + line.netCents });
  }
  const breakdown: VatGroup[] = [...groups.values()].map((group) => {
    const vatCents = roundHalfUp(group.netCents * Math.round(group.vatRate * 100), 10_000);
    const [reason, reasonCode] = group.category === 'S' || group.category === 'Z' ? [null, null] : REASONS[group.category];
    return { ...group, vatCents, grossCents: group.netCents + vatCents, reason, reasonCode };
  });
  const netCents = lines.reduce((sum, line) => sum + line.netCents, 0);
  const vatCents = breakdown.reduce((sum, group) => sum + group.vatCents, 0);
  return {
    tarifkit: 1,
    kind: 'document',
    status: 'final',
    number: spec.number ?? 'RE-2026-0042',
    type: spec.type ?? 'invoice',
    issuedOn: spec.issuedOn ?? '2026-04-18',
    dueOn: spec.dueOn ?? '2026-05-02',
    termsNote: spec.termsNote === undefined ? 'Zahlbar innerhalb von 14 Tagen ohne Abzug.' : spec.termsNote,
    period: spanOf(lines.map((line) => line.line)),
    currency: 'EUR',
    customer: spec.customer ?? 'business',
    pricesAre: spec.pricesAre ?? 'net',
    seller: spec.seller ?? SELLER,
    buyer: spec.buyer ?? BUYER,
    buyerReference: spec.buyerReference === undefined ? 'K-10042' : spec.buyerReference,
    payment: spec.payment ?? TRANSFER,
    lines,
    breakdown,
    netCents,
    vatCents,
    grossCents: netCents + vatCents,
    notes: spec.notes ?? [],
    precedingInvoice: spec.precedingInvoice ?? null,
    locale: 'de',
  };
}

/** The base document: the CRM account of 2026-04-18, five lines at 19 %. */
export const BASE: FinalDocument = documentOf();
