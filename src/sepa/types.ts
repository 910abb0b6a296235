import type { DateInput, IsoDate } from '../calendar/types.js';

/**
 * The sequence type of a SEPA direct debit (R29), as pain.008 carries it:
 * `FRST` for the first collection under a mandate, `RCUR` for every later one.
 */
export type SequenceType = 'FRST' | 'RCUR';

/** A SEPA direct debit mandate as {@link directDebitDates} reads it (R29). */
export interface MandateInput {
  /**
   * The mandate reference (BT-89): 1 to 35 characters of the SEPA set
   * `A–Z a–z 0–9 / - ? : ( ) . , ' +` and space, not only spaces.
   */
  readonly reference: string;
  /** The day the debtor signed the mandate: on or before the invoice day. */
  readonly signedOn: DateInput;
  /**
   * The due date of the last collection under the mandate; absent or null when
   * it was never used (the next collection is then `FRST`).
   */
  readonly lastCollectedOn?: DateInput | null;
}

/** What {@link directDebitDates} needs: the invoice day, the agreed notice and the mandate (R29). */
export interface DirectDebitInput {
  /** The invoice day, on which the pre-notification goes out with the invoice. */
  readonly invoicedOn: DateInput;
  /**
   * The pre-notification period in calendar days: 14 unless the creditor and the
   * debtor agreed a shorter one (a whole number from 1 to 60). Default 14.
   */
  readonly noticeDays?: number;
  /** The mandate the amount is collected under. */
  readonly mandate: MandateInput;
}

/**
 * The dates of one SEPA CORE direct debit (R29), from {@link directDebitDates}.
 * Every date is a plain ISO date.
 */
export interface DirectDebitDates {
  readonly ok: true;
  /** The day the pre-notification goes out: the invoice day. */
  readonly preNotifiedOn: IsoDate;
  /** The invoice day plus the notice in calendar days: no collection may be due before it. */
  readonly earliestDueOn: IsoDate;
  /** The due (collection) date: the first TARGET business day on or after `earliestDueOn`. */
  readonly dueOn: IsoDate;
  /** The last day to submit the collection to the bank: one TARGET business day before `dueOn` (CORE). */
  readonly submitOn: IsoDate;
  /** `FRST` for a mandate never used, `RCUR` after that. */
  readonly sequenceType: SequenceType;
}

/**
 * What {@link preNotificationText} words (R29). The field names are those of a
 * document's direct debit payment means, so `{ ...document.payment, … }` fits;
 * other fields (such as `kind`) are ignored.
 */
export interface PreNotificationInput {
  /** The amount to collect, in cents: 1 to 99,999,999,999 (the SEPA maximum of 999,999,999.99 €). */
  readonly amountCents: number;
  /** `"EUR"`, the only currency of SEPA direct debits. Default `"EUR"`. */
  readonly currency?: string;
  /** The due date, as {@link directDebitDates} gives it. */
  readonly dueOn: DateInput;
  /** The mandate reference (BT-89). */
  readonly mandateReference: string;
  /** The creditor's SEPA creditor identifier (BT-90), checksum checked, such as `"DE98ZZZ09999999999"`. */
  readonly creditorId: string;
  /** The debtor's IBAN (BT-91), checksum checked; the text shows only its last four characters. */
  readonly debitedIban: string;
  /** The number of the invoice collected, when there is one. */
  readonly invoiceNumber?: string | null;
  /** The invoice day, when the text should name it. */
  readonly invoicedOn?: DateInput | null;
}
