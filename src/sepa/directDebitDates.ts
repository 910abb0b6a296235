import { isoOf, landingIn } from '../calendar/days.js';
import { epochDayOfClampedMonth, ymdFromEpochDay } from '../calendar/epochDay.js';
import { epochDayFromInput } from '../calendar/parseDate.js';
import { fail, recordOf } from '../errors/fail.js';
import { refuse } from '../refusal/refuse.js';
import type { Refusal } from '../refusal/types.js';
import { mandateReferenceOf, noticeDaysOf } from './mandate.js';
import { targetDayBefore, targetDayOnOrAfter } from './targetDays.js';
import type { DirectDebitDates, DirectDebitInput } from './types.js';

/** The standard pre-notification period in calendar days (EPC SDD Core rulebook). */
const STANDARD_NOTICE_DAYS = 14;
/** Months without a collection after which a mandate lapses (EPC SDD Core rulebook). */
const LAPSE_MONTHS = 36;

/**
 * The dates of a SEPA CORE direct debit for an invoice (R29): when the
 * pre-notification goes out, when the amount is due, when the collection must
 * be submitted, and its sequence type.
 *
 * - The pre-notification goes out with the invoice, on `invoicedOn`.
 * - The earliest due date is `noticeDays` calendar days later (14 unless a
 *   shorter notice was agreed); the due date is the first TARGET business day on
 *   or after it ({@link isTargetBusinessDay}).
 * - The collection is submitted one TARGET business day before the due date
 *   (CORE, D-1). With a short notice this can lie before the invoice day.
 * - `FRST` when the mandate was never used, else `RCUR`.
 * - A mandate unused for 36 months lapses: when the due date lies more than 36
 *   months after the last collection (never used: after the signing day), the
 *   collection is refused with `MANDATE_LAPSED`. A new mandate is needed then,
 *   and its first collection is `FRST` again.
 *
 * @param input - the invoice day, the agreed notice and the mandate
 * @returns `{ ok: true, preNotifiedOn, earliestDueOn, dueOn, submitOn, sequenceType }`, or a
 *   refusal `MANDATE_LAPSED` (`allowedFrom: null`) whose details name the mandate reference,
 *   `signedOn`, `lastCollectedOn` (or null), `lastDay` (the last due date the mandate allowed) and `dueOn`
 * @throws TarifkitError `INVALID_ARGUMENT` for an input or mandate that is no record,
 *   `INVALID_DATE` for a bad date (fields `input.invoicedOn`, `input.mandate.signedOn`,
 *   `input.mandate.lastCollectedOn`), `INVALID_DURATION` (field `input.noticeDays`) for a notice
 *   that is no whole number from 1 to 60, `INVALID_MANDATE` (field `input.mandate.reference`),
 *   `END_BEFORE_START` for a mandate signed after the invoice day (field `input.mandate.signedOn`)
 *   or last used before it was signed (field `input.mandate.lastCollectedOn`), `DATE_OUT_OF_RANGE`
 *   when a date would fall outside 0001–9999
 * @example
 * ```ts
 * import { directDebitDates } from 'tarifkit';
 *
 * const mandate = { reference: 'CRM-000123', signedOn: '2026-04-18' };
 * // 2026-05-02 is a Saturday; 2026-05-01 (a Friday) is a TARGET holiday.
 * const dates = directDebitDates({ invoicedOn: '2026-04-18', mandate });
 * if (dates.ok) dates.dueOn; // "2026-05-04"
 * if (dates.ok) dates.submitOn; // "2026-04-30"
 * if (dates.ok) dates.sequenceType; // "FRST"
 * // An agreed notice of one day: due Monday, submitted the Friday before.
 * const short = directDebitDates({ invoicedOn: '2026-04-18', noticeDays: 1, mandate });
 * if (short.ok) [short.dueOn, short.submitOn]; // ["2026-04-20", "2026-04-17"]
 * // Last used on 2023-04-15: 36 months later the mandate has lapsed.
 * const old = directDebitDates({ invoicedOn: '2026-04-18', mandate: { ...mandate, signedOn: '2023-01-10', lastCollectedOn: '2023-04-15' } });
 * if (!old.ok) old.reason; // "MANDATE_LAPSED"
 * if (!old.ok) old.details.lastDay; // "2026-04-15"
 * ```
 */
export function directDebitDates(input: DirectDebitInput): DirectDebitDates | Refusal {
  const data = recordOf(input, 'input');
  const invoicedDay = epochDayFromInput(data.invoicedOn, 'input.invoicedOn');
  const noticeDays = data.noticeDays === undefined ? STANDARD_NOTICE_DAYS : noticeDaysOf(data.noticeDays, 'input.noticeDays');
  const mandate = recordOf(data.mandate, 'input.mandate');
  const reference = mandateReferenceOf(mandate.reference, 'input.mandate.reference');
  const signedDay = epochDayFromInput(mandate.signedOn, 'input.mandate.signedOn');
  const collected = mandate.lastCollectedOn === undefined || mandate.lastCollectedOn === null
    ? null
    : epochDayFromInput(mandate.lastCollectedOn, 'input.mandate.lastCollectedOn');
  if (signedDay > invoicedDay) {
    fail('END_BEFORE_START', 'input.mandate.signedOn', `${String(mandate.signedOn)}..${String(data.invoicedOn)}`, { reason: 'the mandate is signed after the invoice day' });
  }
  if (collected !== null && collected < signedDay) {
    fail('END_BEFORE_START', 'input.mandate.lastCollectedOn', `${String(mandate.signedOn)}..${String(mandate.lastCollectedOn)}`, { reason: 'the last collection lies before the mandate was signed' });
  }
  return landingIn('input.invoicedOn', data.invoicedOn, () => {
    const earliestDay = invoicedDay + noticeDays;
    const dueDay = targetDayOnOrAfter(earliestDay);
    const lastUsedDay = collected ?? signedDay;
    const { year, month, day } = ymdFromEpochDay(lastUsedDay);
    const lastDay = epochDayOfClampedMonth(year, month, LAPSE_MONTHS, day);
    if (dueDay > lastDay) {
      return refuse('MANDATE_LAPSED', null, {
        mandateReference: reference,
        signedOn: isoOf(signedDay),
        lastCollectedOn: collected === null ? null : isoOf(collected),
        lastDay: isoOf(lastDay),
        dueOn: isoOf(dueDay),
      });
    }
    return {
      ok: true,
      preNotifiedOn: isoOf(invoicedDay),
      earliestDueOn: isoOf(earliestDay),
      dueOn: isoOf(dueDay),
      submitOn: isoOf(targetDayBefore(dueDay)),
      sequenceType: collected === null ? 'FRST' : 'RCUR',
    } as const;
  });
}
