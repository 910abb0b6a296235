/**
 * The pre-notification of a SEPA direct debit (R29), in German and English:
 * amount, due date, mandate reference, creditor identifier, the invoice, and
 * the debited IBAN masked but for its last four characters.
 */
import { Temporal } from '@js-temporal/polyfill';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { directDebitDates, formatMoney, preNotificationText, type PaymentMeans, type PreNotificationInput } from '../../src/index.js';
import { deepFreeze, expectTarifkitError, RUNS } from '../arbitraries/core.js';

vi.setConfig({ testTimeout: 60_000 });

const example: PreNotificationInput = {
  amountCents: 5572,
  dueOn: '2026-05-04',
  invoiceNumber: 'RE-2026-0042',
  invoicedOn: '2026-04-18',
  mandateReference: 'CRM-000123',
  creditorId: 'DE98ZZZ09999999999',
  debitedIban: 'DE02120300000000202051',
};

describe('preNotificationText: the worked example (R29)', () => {
  it('words invoice RE-2026-0042 of 2026-04-18 over 55,72 €, due 2026-05-04, in German', () => {
    expect(preNotificationText(example, 'de')).toBe(
      'Vorabankündigung (Pre-Notification): Den Betrag von 55,72 € für die Rechnung RE-2026-0042 vom 18.04.2026 '
      + 'ziehen wir am 04.05.2026 per SEPA-Basislastschrift von Ihrem Konto mit der IBAN **** **** **** **** **20 51 ein. '
      + 'Mandatsreferenz: CRM-000123, Gläubiger-Identifikationsnummer: DE98ZZZ09999999999. Bitte sorgen Sie für ausreichende Deckung.',
    );
  });

  it('and in English', () => {
    expect(preNotificationText(example, 'en')).toBe(
      'Pre-notification: we will collect €55.72 for invoice RE-2026-0042 of 2026-04-18 by SEPA Core direct debit '
      + 'from your account with IBAN **** **** **** **** **20 51 on 2026-05-04. '
      + 'Mandate reference: CRM-000123, creditor identifier: DE98ZZZ09999999999. Please make sure the account has sufficient funds.',
    );
  });

  it('goes from the invoice day to the text through directDebitDates', () => {
    const dates = directDebitDates({ invoicedOn: '2026-04-18', mandate: { reference: 'CRM-000123', signedOn: '2026-04-18' } });
    if (!dates.ok) throw new Error(dates.reason);
    expect(preNotificationText({ ...example, dueOn: dates.dueOn }, 'de')).toBe(preNotificationText(example, 'de'));
  });

  it('takes a document\'s direct debit payment means as they are, spread into the input', () => {
    const payment: PaymentMeans = { kind: 'directDebit', mandateReference: 'CRM-000123', creditorId: 'DE98ZZZ09999999999', debitedIban: 'DE02120300000000202051' };
    expect(preNotificationText({ ...payment, amountCents: 5572, dueOn: '2026-05-04', invoiceNumber: 'RE-2026-0042', invoicedOn: '2026-04-18' }, 'en'))
      .toBe(preNotificationText(example, 'en'));
  });
});

describe('preNotificationText: variants', () => {
  it('leaves the invoice out when none is given, and names what is given', () => {
    const { invoiceNumber: _n, invoicedOn: _d, ...bare } = example;
    expect(preNotificationText(bare, 'de')).toContain('Den Betrag von 55,72 € ziehen wir am 04.05.2026 per');
    expect(preNotificationText(bare, 'en')).toContain('we will collect €55.72 by SEPA Core direct debit');
    expect(preNotificationText({ ...example, invoiceNumber: null, invoicedOn: null }, 'de')).toBe(preNotificationText(bare, 'de'));
    expect(preNotificationText({ ...bare, invoiceNumber: 'RE-2026-0042' }, 'de')).toContain('55,72 € für die Rechnung RE-2026-0042 ziehen wir');
    expect(preNotificationText({ ...bare, invoiceNumber: 'RE-2026-0042' }, 'en')).toContain('€55.72 for invoice RE-2026-0042 by SEPA');
    expect(preNotificationText({ ...bare, invoicedOn: '2026-04-18' }, 'de')).toContain('55,72 € für die Rechnung vom 18.04.2026 ziehen wir');
    expect(preNotificationText({ ...bare, invoicedOn: '2026-04-18' }, 'en')).toContain('€55.72 for the invoice of 2026-04-18 by SEPA');
  });

  it('masks IBANs of any length in groups of four, read with spaces and in lower case', () => {
    const iban = (debitedIban: string) => /IBAN (.*) on /.exec(preNotificationText({ ...example, debitedIban }, 'en'))?.[1];
    expect(iban('NL91ABNA0417164300')).toBe('**** **** **** **43 00');
    expect(iban('DE89 3704 0044 0532 0130 00')).toBe('**** **** **** **** **30 00');
    expect(iban('fr1420041010050500013m02606')).toBe('**** **** **** **** **** ***2 606');
    expect(iban('AT611904300234573201')).toBe('**** **** **** **** 3201');
  });

  it('writes amounts as formatMoney does, from one cent to the SEPA maximum', () => {
    expect(preNotificationText({ ...example, amountCents: 1 }, 'de')).toContain('Den Betrag von 0,01 € für');
    expect(preNotificationText({ ...example, amountCents: 123_456_789 }, 'de')).toContain('Den Betrag von 1.234.567,89 € für');
    expect(preNotificationText({ ...example, amountCents: 99_999_999_999 }, 'en')).toContain('collect €999,999,999.99 for');
  });

  it('shows the creditor identifier compact and upper case, and takes EUR and a full locale tag', () => {
    expect(preNotificationText({ ...example, creditorId: 'de98 zzz 0999 9999 999', currency: 'EUR' }, 'de-DE')).toBe(preNotificationText(example, 'de'));
    expect(preNotificationText({ ...example, dueOn: Temporal.PlainDate.from('2026-05-04') }, 'en-GB')).toBe(preNotificationText(example, 'en'));
  });

  it('does not mutate its input', () => {
    const input = deepFreeze({ ...example });
    const before = JSON.stringify(input);
    preNotificationText(input, 'de');
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe('preNotificationText: properties (R29)', () => {
  const ibans = ['DE02120300000000202051', 'GB82WEST12345698765432', 'FR1420041010050500013M02606', 'NL91ABNA0417164300', 'AT611904300234573201'];

  it('shows the last four characters of the IBAN and nothing else of it, the amount as formatMoney writes it, and the due date', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 99_999_999_999 }),
      fc.constantFrom(...ibans),
      fc.constantFrom('de', 'en') as fc.Arbitrary<'de' | 'en'>,
      (amountCents, debitedIban, locale) => {
        const text = preNotificationText({ ...example, amountCents, debitedIban }, locale);
        expect(text).toContain(formatMoney(amountCents, locale));
        expect(text).toContain(locale === 'de' ? '04.05.2026' : '2026-05-04');
        const shown = /IBAN ([* A-Z0-9]+?) (?:ein|on)\b/.exec(text)?.[1] ?? '';
        const compact = shown.replace(/ /g, '');
        expect(compact).toHaveLength(debitedIban.length);
        expect(compact.slice(-4)).toBe(debitedIban.slice(-4));
        expect(compact.slice(0, -4)).toMatch(/^\*+$/);
        expect(text).not.toContain(debitedIban.slice(0, 8));
      },
    ), RUNS);
  });
});

describe('preNotificationText: bad input names the field', () => {
  const call = (input: unknown, locale: unknown = 'de') => () => preNotificationText(input as PreNotificationInput, locale as 'de');

  it('INVALID_IBAN for a wrong checksum or no IBAN', () => {
    for (const bad of ['DE02120300000000202052', 'DE0212030000', '', 'DE02 1203 0000 0000 2020 5!', null, 42]) {
      expectTarifkitError(call({ ...example, debitedIban: bad }), 'INVALID_IBAN', 'input.debitedIban');
    }
  });

  it('INVALID_CREDITOR_ID for a wrong checksum', () => {
    for (const bad of ['DE99ZZZ09999999999', 'DE98ZZZ09999999998', 'ZZZ', undefined]) {
      expectTarifkitError(call({ ...example, creditorId: bad }), 'INVALID_CREDITOR_ID', 'input.creditorId');
    }
  });

  it('INVALID_MANDATE for a reference outside the SEPA set or longer than 35 characters', () => {
    for (const bad of ['', ' ', 'CRM 000123 ä', 'X'.repeat(36), 'CRM#1', undefined]) {
      expectTarifkitError(call({ ...example, mandateReference: bad }), 'INVALID_MANDATE', 'input.mandateReference');
    }
  });

  it('INVALID_AMOUNT for no amount, zero, a refund, a fraction or more than the SEPA maximum', () => {
    for (const bad of [undefined, 0, -5572, 55.72, 100_000_000_000, Number.NaN, '5572']) {
      expectTarifkitError(call({ ...example, amountCents: bad }), 'INVALID_AMOUNT', 'input.amountCents');
    }
  });

  it('INVALID_CURRENCY for another currency than EUR', () => {
    expectTarifkitError(call({ ...example, currency: 'USD' }), 'INVALID_CURRENCY', 'input.currency');
    expectTarifkitError(call({ ...example, currency: null }), 'INVALID_CURRENCY', 'input.currency');
  });

  it('INVALID_DATE for a bad due date or invoice day', () => {
    expectTarifkitError(call({ ...example, dueOn: '2026-05-32' }), 'INVALID_DATE', 'input.dueOn');
    expectTarifkitError(call({ ...example, invoicedOn: '18.04.2026' }), 'INVALID_DATE', 'input.invoicedOn');
  });

  it('INVALID_ARGUMENT for no input record or an invoice number that is no text; INVALID_LOCALE for another language', () => {
    for (const bad of [null, undefined, 'text', []]) expectTarifkitError(call(bad), 'INVALID_ARGUMENT', 'input');
    for (const bad of ['', '  ', 42]) expectTarifkitError(call({ ...example, invoiceNumber: bad }), 'INVALID_ARGUMENT', 'input.invoiceNumber');
    expectTarifkitError(call(example, 'fr'), 'INVALID_LOCALE', 'locale');
  });
});
