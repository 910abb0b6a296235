import { dayOf } from '../calendar/days.js';
import { epochDayFromPlainDate } from '../calendar/epochDay.js';
import type { DateInput } from '../calendar/types.js';
import { fail, recordOf, textOf } from '../errors/fail.js';
import { localeOf } from '../money/formatMoney.js';
import type { LocaleTag } from '../money/types.js';
import type { InstantInput } from '../rules/types.js';
import { DEFAULT_TIME_ZONE, instantNsOf, timeZoneOf, zonedOf } from '../rules/zone.js';
import { dateOfDay } from './words.js';

/** What {@link withdrawalConfirmationText} confirms (§356a BGB, R31). */
export interface WithdrawalConfirmationInput {
  /**
   * When the withdrawal was received: a `Temporal.ZonedDateTime`, a `Temporal.Instant`, or ISO
   * text with an offset or a zone (`"2026-03-25T14:30+01:00"`). Text without either names no instant.
   */
  readonly receivedAt: InstantInput;
  /** What was withdrawn, as the customer knows it: `"LTE 50"`, a plan's or an add-on's name. */
  readonly name: string;
  /** The booking or contract withdrawn from: a booking id (`"lte50#1"`) or a contract number. */
  readonly ref: string;
  /** The day it was booked or the contract made, when the confirmation should name it. */
  readonly bookedOn?: DateInput;
  /** The customer's IANA time zone, in which the date and time of receipt are given. Default `"Europe/Berlin"`. */
  readonly timeZone?: string;
}

function two(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * The confirmation of a withdrawal the seller sends on a durable medium (§356a BGB, mandatory
 * with the withdrawal button from 2026-06-19; R31): its content (what was withdrawn, the booking
 * or contract, and its day when given) and the date and time of receipt in the customer's zone,
 * to the minute, with the UTC offset so that the repeated hour of an autumn night is unambiguous.
 *
 * @param input - the instant of receipt, what was withdrawn (`name`, `ref`, optional `bookedOn`) and the customer's zone
 * @param locale - `"de"` or `"en"` (or a tag such as `"de-DE"`)
 * @returns one paragraph of text
 * @throws TarifkitError `INVALID_INSTANT` (field `input.receivedAt`) for a receipt instant without an offset or
 *   a zone, `DATE_OUT_OF_RANGE` for one outside 0001–9999, `INVALID_ARGUMENT` for an input that is no record or a
 *   `name` or `ref` that is no non-empty text, `INVALID_DATE` (field `input.bookedOn`), `END_BEFORE_START` (field
 *   `input.receivedAt`) for a receipt before the booking day, `INVALID_TIME_ZONE`, `INVALID_LOCALE`
 * @example
 * ```ts
 * import { withdrawalConfirmationText } from 'tarifkit';
 *
 * const withdrawal = { receivedAt: '2026-03-25T13:30:00Z', name: 'LTE 50', ref: 'lte50#1', bookedOn: '2026-03-19' };
 * withdrawalConfirmationText(withdrawal, 'de'); // "Wir bestätigen den Eingang Ihres Widerrufs am 25.03.2026 um 14:30 Uhr (UTC+01:00). Inhalt: Widerruf von LTE 50 (lte50#1, gebucht am 19.03.2026)."
 * withdrawalConfirmationText(withdrawal, 'en'); // "We confirm receipt of your withdrawal on 2026-03-25 at 14:30 (UTC+01:00). Content: withdrawal from LTE 50 (lte50#1, booked on 2026-03-19)."
 * ```
 */
export function withdrawalConfirmationText(input: WithdrawalConfirmationInput, locale: LocaleTag): string {
  const language = localeOf(locale);
  const data = recordOf(input, 'input');
  const ns = instantNsOf(data.receivedAt, 'input.receivedAt');
  const name = textOf(data.name, 'input.name');
  const ref = textOf(data.ref, 'input.ref');
  const zone = timeZoneOf(data.timeZone ?? DEFAULT_TIME_ZONE, 'input.timeZone');
  const received = zonedOf(ns, zone);
  const receivedDay = epochDayFromPlainDate(received);
  let booked = '';
  if (data.bookedOn !== undefined) {
    const bookedDay = dayOf(data.bookedOn, 'input.bookedOn');
    if (receivedDay < bookedDay) fail('END_BEFORE_START', 'input.receivedAt', String(data.receivedAt), { bookedOn: data.bookedOn });
    booked = language === 'de' ? `, gebucht am ${dateOfDay(bookedDay, 'de')}` : `, booked on ${dateOfDay(bookedDay, 'en')}`;
  }
  const time = `${two(received.hour)}:${two(received.minute)}`;
  const offset = `UTC${received.offset}`;
  const day = dateOfDay(receivedDay, language);
  return language === 'de'
    ? `Wir bestätigen den Eingang Ihres Widerrufs am ${day} um ${time} Uhr (${offset}). Inhalt: Widerruf von ${name} (${ref}${booked}).`
    : `We confirm receipt of your withdrawal on ${day} at ${time} (${offset}). Content: withdrawal from ${name} (${ref}${booked}).`;
}
