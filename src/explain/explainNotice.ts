import { fail, isRecord } from '../errors/fail.js';
import { TarifkitError } from '../errors/TarifkitError.js';
import { localeOf } from '../money/formatMoney.js';
import type { Locale, LocaleTag } from '../money/types.js';
import type { BookingNotice } from '../booking/types.js';
import type { PrepaidNotice } from '../prepaid/types.js';
import type { SubscriptionNotice } from '../subscription/types.js';
import { dateText, moneyText } from './words.js';

/** Every notice {@link explainNotice} words: a subscription's, a prepaid account's or a booking account's. */
export type Notice = SubscriptionNotice | PrepaidNotice | BookingNotice;

/** An amount of a notice for people; INVALID_ARGUMENT unless it is whole cents. */
function noticeMoney(cents: unknown, currency: unknown, key: string, locale: Locale): string {
  if (typeof cents !== 'number' || !Number.isSafeInteger(cents)) fail('INVALID_ARGUMENT', `notice.${key}`, cents);
  return moneyText(cents, typeof currency === 'string' ? currency : 'EUR', locale);
}

type Words = (notice: never, locale: Locale) => string;

const NOTICES: Readonly<Record<Notice['type'], Readonly<Record<Locale, Words>>>> = {
  termRenewed: {
    de: (n: Extract<Notice, { type: 'termRenewed' }>, l) => `Vertrag verlängert: neue Laufzeit ${dateText(n.term.start, l)}\u2013${dateText(n.term.end, l, -1)}.`,
    en: (n: Extract<Notice, { type: 'termRenewed' }>, l) => `Contract renewed: new term ${dateText(n.term.start, l)}\u2013${dateText(n.term.end, l, -1)}.`,
  },
  cancellationDeadline: {
    de: (n: Extract<Notice, { type: 'cancellationDeadline' }>, l) => `Heute ist der letzte Tag, um zum ${dateText(n.termEnd, l, -1)} zu kündigen.`,
    en: (n: Extract<Notice, { type: 'cancellationDeadline' }>, l) => `Today is the last day to cancel for ${dateText(n.termEnd, l, -1)}.`,
  },
  downgradeInForce: {
    de: (n: Extract<Notice, { type: 'downgradeInForce' }>, l) => `Ab ${dateText(n.on, l)} gilt ${n.name}.`,
    en: (n: Extract<Notice, { type: 'downgradeInForce' }>, l) => `From ${dateText(n.on, l)} on, ${n.name} applies.`,
  },
  contractEnded: {
    de: (n: Extract<Notice, { type: 'contractEnded' }>, l) => `Der Vertrag ist zum ${dateText(n.on, l, -1)} beendet.`,
    en: (n: Extract<Notice, { type: 'contractEnded' }>, l) => `The contract ended on ${dateText(n.on, l, -1)}.`,
  },
  addOnQuantityChanged: {
    de: (n: Extract<Notice, { type: 'addOnQuantityChanged' }>, l) => `${n.bookingId}: ab ${dateText(n.on, l)} Menge ${n.quantity}.`,
    en: (n: Extract<Notice, { type: 'addOnQuantityChanged' }>, l) => `${n.bookingId}: quantity ${n.quantity} from ${dateText(n.on, l)}.`,
  },
  addOnEnded: {
    de: (n: Extract<Notice, { type: 'addOnEnded' }>, l) => `${n.name} (${n.bookingId}) ist zum ${dateText(n.on, l, -1)} beendet.`,
    en: (n: Extract<Notice, { type: 'addOnEnded' }>, l) => `${n.name} (${n.bookingId}) ended on ${dateText(n.on, l, -1)}.`,
  },
  optionActivated: {
    de: (n: Extract<Notice, { type: 'optionActivated' }>, l) => `${n.name} (${n.bookingId}) ist ab ${dateText(n.on, l)} aktiv.`,
    en: (n: Extract<Notice, { type: 'optionActivated' }>, l) => `${n.name} (${n.bookingId}) is active from ${dateText(n.on, l)}.`,
  },
  optionRenewed: {
    de: (n: Extract<Notice, { type: 'optionRenewed' }>, l) => `${n.name} (${n.bookingId}) verlängert bis ${dateText(n.period.end, l, -1)}.`,
    en: (n: Extract<Notice, { type: 'optionRenewed' }>, l) => `${n.name} (${n.bookingId}) renewed until ${dateText(n.period.end, l, -1)}.`,
  },
  optionEnded: {
    de: (n: Extract<Notice, { type: 'optionEnded' }>, l) => `${n.name} (${n.bookingId}) ist zum ${dateText(n.on, l, -1)} beendet.`,
    en: (n: Extract<Notice, { type: 'optionEnded' }>, l) => `${n.name} (${n.bookingId}) ended on ${dateText(n.on, l, -1)}.`,
  },
  prepaidLapsed: {
    de: (n: Extract<Notice, { type: 'prepaidLapsed' }>, l) => `${n.name} nicht verlängert: Das Guthaben von ${noticeMoney(n.balanceCents, n.currency, 'balanceCents', l)} deckt den Preis von ${noticeMoney(n.priceCents, n.currency, 'priceCents', l)} nicht; ab ${dateText(n.on, l)} nicht mehr aktiv.`,
    en: (n: Extract<Notice, { type: 'prepaidLapsed' }>, l) => `${n.name} not renewed: the balance of ${noticeMoney(n.balanceCents, n.currency, 'balanceCents', l)} does not cover the price of ${noticeMoney(n.priceCents, n.currency, 'priceCents', l)}; inactive from ${dateText(n.on, l)}.`,
  },
  prepaidEnded: {
    de: (n: Extract<Notice, { type: 'prepaidEnded' }>, l) => `${n.name} gekündigt: ab ${dateText(n.on, l)} nicht mehr aktiv.`,
    en: (n: Extract<Notice, { type: 'prepaidEnded' }>, l) => `${n.name} cancelled: inactive from ${dateText(n.on, l)}.`,
  },
  bookingReminder: {
    de: (n: Extract<Notice, { type: 'bookingReminder' }>, l) => (n.when === 'expiryDay'
      ? `Erinnerung: Ihr Paket ${n.name} läuft heute ab (letzter Tag ${dateText(n.lastDay, l)}). Jetzt verlängern, damit der Zugang nicht endet.`
      : `Erinnerung: Ihr Paket ${n.name} läuft in 5 Tagen ab (letzter Tag ${dateText(n.lastDay, l)}). Jetzt verlängern, damit der Zugang nicht endet.`),
    en: (n: Extract<Notice, { type: 'bookingReminder' }>, l) => (n.when === 'expiryDay'
      ? `Reminder: your package ${n.name} expires today (last day ${dateText(n.lastDay, l)}). Extend it now to keep your access.`
      : `Reminder: your package ${n.name} expires in 5 days (last day ${dateText(n.lastDay, l)}). Extend it now to keep your access.`),
  },
};

/**
 * Words a notice for the customer (R15, R24), in German or English: a renewal,
 * the last day to cancel, a downgrade in force, the contract's end, an add-on's
 * new quantity or end, an option activated, renewed or ended; a prepaid item
 * lapsed or ended (R17); a reminder that a package expires (R18).
 *
 * @param notice - a notice from {@link advance}, a prepaid step's or {@link advanceBookings}'s
 * @param locale - `"de"` or `"en"`
 * @returns one sentence
 * @throws TarifkitError `INVALID_LOCALE`, `INVALID_ARGUMENT` for something that is no notice (or a
 *   prepaid notice whose amounts are no whole cents), `INVALID_DATE` for a notice's bad date
 * @example
 * ```ts
 * import { explainNotice } from 'tarifkit';
 *
 * explainNotice({ type: 'addOnEnded', on: '2026-05-18', bookingId: 'storage#2', name: 'Speicherpaket 10 GB' }, 'de');
 * // "Speicherpaket 10 GB (storage#2) ist zum 17.05.2026 beendet."
 * const ended = { type: 'prepaidEnded', on: '2026-04-02', itemId: 'sms', kind: 'option', name: 'SMS Flat' } as const;
 * explainNotice(ended, 'en'); // "SMS Flat cancelled: inactive from 2026-04-02."
 * ```
 */
export function explainNotice(notice: Notice, locale: LocaleTag): string {
  const language = localeOf(locale);
  if (!isRecord(notice) || typeof notice.type !== 'string' || !Object.hasOwn(NOTICES, notice.type)) fail('INVALID_ARGUMENT', 'notice', notice);
  // Every field is plain data: text, whole numbers, booleans, null, or a plain record of text (a period).
  for (const [key, value] of Object.entries(notice)) {
    const plain = typeof value === 'string' || typeof value === 'boolean' || value === null || (typeof value === 'number' && Number.isSafeInteger(value))
      || (isRecord(value) && Object.getPrototypeOf(value) === Object.prototype && Object.values(value).every((part) => typeof part === 'string'));
    if (!plain) fail('INVALID_ARGUMENT', `notice.${key}`, value);
  }
  const words = (NOTICES[notice.type as Notice['type']] as Readonly<Record<Locale, Words>>)[language] as (n: Notice, l: Locale) => string;
  try {
    return words(notice as unknown as Notice, language);
  } catch (cause) {
    // A field its type needs is missing (a period without an end): say so, with the notice.
    if (cause instanceof TarifkitError) throw cause;
    throw new TarifkitError('INVALID_ARGUMENT', { field: 'notice', value: notice, reason: `not a complete ${notice.type} notice` }, { cause });
  }
}
