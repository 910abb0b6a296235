/**
 * The words of an invoice in German and English (R23, R24). No math here.
 *
 * @internal
 * @module
 */
import type { CustomerType } from '../invoice/types.js';
import type { Locale } from '../money/types.js';

export interface InvoiceWords {
  readonly invoiceOf: string;
  readonly period: string;
  readonly customer: Readonly<Record<CustomerType, string>>;
  readonly rate: (rate: number) => string;
  readonly net: string;
  readonly vat: string;
  readonly gross: string;
  readonly totalNet: string;
  readonly totalVat: string;
  readonly totalGross: string;
  readonly noLines: string;
  readonly rounding: string;
}

export const INVOICE_WORDS: Readonly<Record<Locale, InvoiceWords>> = {
  de: {
    invoiceOf: 'Rechnung vom',
    period: 'Abrechnungszeitraum',
    customer: { b2c: 'Privatkunde: Preise inkl. USt.', b2b: 'Geschäftskunde: Preise zzgl. USt.' },
    rate: (rate) => `USt. ${rate} %`,
    net: 'netto',
    vat: 'USt.',
    gross: 'brutto',
    totalNet: 'Summe netto',
    totalVat: 'Summe USt.',
    totalGross: 'Gesamtbetrag',
    noLines: 'Keine Positionen',
    rounding: 'USt. je Steuersatz auf die Summe berechnet, einmal kaufmännisch gerundet',
  },
  en: {
    invoiceOf: 'Invoice of',
    period: 'billing period',
    customer: { b2c: 'Consumer: prices include VAT', b2b: 'Business: prices exclude VAT' },
    rate: (rate) => `VAT ${rate} %`,
    net: 'net',
    vat: 'VAT',
    gross: 'gross',
    totalNet: 'Total net',
    totalVat: 'Total VAT',
    totalGross: 'Total due',
    noLines: 'No lines',
    rounding: 'VAT per rate on the sum, rounded once, half up',
  },
};
