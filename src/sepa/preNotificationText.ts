import { dayOf } from '../calendar/days.js';
import { fail, recordOf, textOf } from '../errors/fail.js';
import { dateOfDay, moneyText } from '../explain/words.js';
import { localeOf } from '../money/formatMoney.js';
import type { Locale, LocaleTag } from '../money/types.js';
import { creditorIdOf, ibanOf } from './iban.js';
import { mandateReferenceOf, maskedIban } from './mandate.js';
import type { PreNotificationInput } from './types.js';

/** The largest amount of a SEPA direct debit: 999,999,999.99 €. */
const MAX_SEPA_CENTS = 99_999_999_999;

interface Parts {
  readonly amount: string;
  readonly dueOn: string;
  readonly invoice: string | null;
  readonly invoicedOn: string | null;
  readonly reference: string;
  readonly creditorId: string;
  readonly iban: string;
}

const WORDS: Readonly<Record<Locale, (p: Parts) => string>> = {
  de: (p) => {
    const invoice = p.invoice === null && p.invoicedOn === null
      ? ''
      : ` für die Rechnung${p.invoice === null ? '' : ` ${p.invoice}`}${p.invoicedOn === null ? '' : ` vom ${p.invoicedOn}`}`;
    return `Vorabankündigung (Pre-Notification): Den Betrag von ${p.amount}${invoice} ziehen wir am ${p.dueOn} per SEPA-Basislastschrift `
      + `von Ihrem Konto mit der IBAN ${p.iban} ein. Mandatsreferenz: ${p.reference}, Gläubiger-Identifikationsnummer: ${p.creditorId}. `
      + 'Bitte sorgen Sie für ausreichende Deckung.';
  },
  en: (p) => {
    const invoice = p.invoice === null && p.invoicedOn === null
      ? ''
      : ` for ${p.invoice === null ? 'the invoice' : `invoice ${p.invoice}`}${p.invoicedOn === null ? '' : ` of ${p.invoicedOn}`}`;
    return `Pre-notification: we will collect ${p.amount}${invoice} by SEPA Core direct debit from your account with IBAN ${p.iban} `
      + `on ${p.dueOn}. Mandate reference: ${p.reference}, creditor identifier: ${p.creditorId}. `
      + 'Please make sure the account has sufficient funds.';
  },
};

/**
 * The pre-notification of a SEPA direct debit (R29), in German or English: the
 * amount, the due date, the mandate reference, the creditor identifier, the
 * invoice when given, and the debited IBAN masked but for its last four
 * characters. It goes out with the invoice, at least the agreed notice before
 * the due date ({@link directDebitDates}).
 *
 * Amounts are written as {@link formatMoney} writes them, dates as `04.05.2026`
 * in German and `2026-05-04` in English. IBAN and creditor identifier are
 * checked (MOD 97-10) and shown without spaces, upper case; the masked IBAN is
 * in groups of four.
 *
 * @param input - the amount in cents, the due date and the mandate's fields (see {@link PreNotificationInput})
 * @param locale - `"de"` or `"en"`, or a full tag that names one of them (`"de-DE"`)
 * @returns one paragraph, ready for an invoice or an email
 * @throws TarifkitError `INVALID_LOCALE`, `INVALID_ARGUMENT` for an input that is no record or an
 *   invoice number that is no text, `INVALID_AMOUNT` (field `input.amountCents`) for an amount that is
 *   no whole number of cents from 1 to 99,999,999,999, `INVALID_CURRENCY` for another currency than EUR,
 *   `INVALID_DATE` (fields `input.dueOn`, `input.invoicedOn`), `INVALID_MANDATE`
 *   (field `input.mandateReference`), `INVALID_CREDITOR_ID` (field `input.creditorId`),
 *   `INVALID_IBAN` (field `input.debitedIban`)
 * @example
 * ```ts
 * import { preNotificationText } from 'tarifkit';
 *
 * const notice = {
 *   amountCents: 5572, dueOn: '2026-05-04', invoiceNumber: 'RE-2026-0042', invoicedOn: '2026-04-18',
 *   mandateReference: 'CRM-000123', creditorId: 'DE98ZZZ09999999999', debitedIban: 'DE02 1203 0000 0000 2020 51',
 * };
 * preNotificationText(notice, 'en'); // "Pre-notification: we will collect €55.72 for invoice RE-2026-0042 of 2026-04-18 by SEPA Core direct debit from your account with IBAN **** **** **** **** **20 51 on 2026-05-04. Mandate reference: CRM-000123, creditor identifier: DE98ZZZ09999999999. Please make sure the account has sufficient funds."
 * preNotificationText({ ...notice, debitedIban: 'DE02120300000000202052' }, 'de'); // throws INVALID_IBAN
 * ```
 */
export function preNotificationText(input: PreNotificationInput, locale: LocaleTag): string {
  const language = localeOf(locale);
  const data = recordOf(input, 'input');
  const cents = data.amountCents;
  if (typeof cents !== 'number' || !Number.isSafeInteger(cents) || cents < 1 || cents > MAX_SEPA_CENTS) {
    fail('INVALID_AMOUNT', 'input.amountCents', cents, { min: 1, max: MAX_SEPA_CENTS });
  }
  if (data.currency !== undefined && data.currency !== 'EUR') {
    fail('INVALID_CURRENCY', 'input.currency', data.currency, { reason: 'SEPA direct debits are in euro' });
  }
  const dueDay = dayOf(data.dueOn, 'input.dueOn');
  const reference = mandateReferenceOf(data.mandateReference, 'input.mandateReference');
  const creditorId = creditorIdOf(data.creditorId, 'input.creditorId');
  const iban = ibanOf(data.debitedIban, 'input.debitedIban');
  const invoice = data.invoiceNumber === undefined || data.invoiceNumber === null ? null : textOf(data.invoiceNumber, 'input.invoiceNumber').trim();
  const invoicedOn = data.invoicedOn === undefined || data.invoicedOn === null ? null : dateOfDay(dayOf(data.invoicedOn, 'input.invoicedOn'), language);
  return WORDS[language]({
    amount: moneyText(cents, 'EUR', language),
    dueOn: dateOfDay(dueDay, language),
    invoice,
    invoicedOn,
    reference,
    creditorId,
    iban: maskedIban(iban),
  });
}
